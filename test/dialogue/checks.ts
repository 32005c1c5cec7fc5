/**
 * Evaluates the benchmark's predicates: over catalog products (tri-state, so a yes/no question about a
 * missing attribute has the right answer "unknown"), and over one answer summary given what the shopper
 * saw before in the dialogue. Plain TypeScript: the label checker runs it in Node, the runner in Chromium.
 */
import type { AnswerSummary, AttrPred, Dialogue, Expect, PickBy, Pred, Turn } from './types.ts';

/** A product as the shops' plain catalog feeds carry it (public/demo-data/*.json). */
export interface FeedProduct {
  id: string;
  title: string;
  description?: string;
  brand?: string;
  category: string[];
  price: number;
  listPrice?: number;
  currency?: string;
  availability: string;
  rating?: { value: number; count: number };
  reviews?: unknown[];
  attributes: Record<string, string>;
  variants?: { id: string; attributes: Record<string, string>; availability?: string }[];
  url?: string;
}

export interface FeedStore {
  name: string;
  currency: string;
  shipping: { cost: number; freeOver?: number }[];
  returns: { days: number };
  payment: string[];
  faq: { question: string; answer: string }[];
}

export interface Feed {
  store: FeedStore;
  products: FeedProduct[];
}

export type Tri = 'yes' | 'no' | 'unknown';

const IN_STOCK = new Set(['InStock', 'LimitedAvailability', 'OnlineOnly']);

export class ShopCatalog {
  readonly products: FeedProduct[];
  readonly byId: Map<string, FeedProduct>;
  readonly store: FeedStore;
  /** Brands from the brand fields, longest first (so "Apex Run" wins over a shorter name in a title). */
  readonly brands: string[];
  readonly popularCount: number;

  constructor(feed: Feed) {
    this.products = feed.products;
    this.store = feed.store;
    this.byId = new Map(feed.products.map((p) => [p.id, p]));
    this.brands = [...new Set(feed.products.flatMap((p) => (p.brand ? [p.brand] : [])))].sort((a, b) => b.length - a.length);
    const counts = feed.products.map((p) => p.rating?.count ?? 0).sort((a, b) => b - a);
    this.popularCount = counts[Math.floor(counts.length / 4)] ?? 0;
  }

  /** The brand field, else a known brand the title names (marketplace listings often have only that). */
  brandOf(p: FeedProduct): string | undefined {
    if (p.brand) return p.brand;
    const title = p.title.toLowerCase();
    return this.brands.find((b) => wordIn(title, b.toLowerCase()));
  }

  categories(): Set<string> {
    return new Set(this.products.flatMap((p) => p.category.map((c) => c.toLowerCase())));
  }
}

function wordIn(text: string, word: string): boolean {
  let i = text.indexOf(word);
  while (i >= 0) {
    const before = text[i - 1];
    const after = text[i + word.length];
    if ((!before || !/[a-z0-9]/.test(before)) && (!after || !/[a-z0-9]/.test(after))) return true;
    i = text.indexOf(word, i + 1);
  }
  return false;
}

const lower = (s: string | string[]) => (Array.isArray(s) ? s : [s]).map((x) => x.toLowerCase());

export function leadingNumber(value: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)/.exec(value.replace(/,/g, ''));
  return m ? Number(m[1]) : undefined;
}

export function colorsOf(p: FeedProduct): string[] {
  const out = new Set<string>();
  if (p.attributes['color']) out.add(p.attributes['color'].toLowerCase());
  for (const v of p.variants ?? []) if (v.attributes['color']) out.add(v.attributes['color'].toLowerCase());
  return [...out];
}

function all(parts: Tri[]): Tri {
  if (parts.includes('no')) return 'no';
  if (parts.includes('unknown')) return 'unknown';
  return 'yes';
}
const tri = (b: boolean): Tri => (b ? 'yes' : 'no');

function attrTri(p: FeedProduct, a: AttrPred): Tri {
  const raw = p.attributes[a.key];
  if (raw === undefined || raw === '' || /^(n\/a|none|无|不适用)$/i.test(raw)) {
    // "none" as a value is an honest no for a feature ("laptop sleeve: none"), unknown for a number.
    if (raw !== undefined && a.eq !== undefined) return tri(lower(a.eq).includes(raw.toLowerCase()));
    return raw === undefined ? 'unknown' : 'no';
  }
  const value = raw.toLowerCase();
  const parts: Tri[] = [];
  if (a.eq !== undefined) parts.push(tri(lower(a.eq).includes(value)));
  if (a.has !== undefined) parts.push(tri(value.includes(a.has.toLowerCase())));
  if (a.min !== undefined || a.max !== undefined) {
    const n = leadingNumber(value);
    if (n === undefined) parts.push('unknown');
    else parts.push(tri((a.min === undefined || n >= a.min) && (a.max === undefined || n <= a.max)));
  }
  return all(parts);
}

export interface EvalContext {
  catalog: ShopCatalog;
  page?: FeedProduct;
}

/** Whether product `p` satisfies `pred`: yes, no, or unknown (the catalog does not say). */
export function evaluate(pred: Pred, p: FeedProduct, ctx: EvalContext): Tri {
  const parts: Tri[] = [];
  const { catalog } = ctx;
  if (pred.category !== undefined) {
    const want = lower(pred.category);
    parts.push(tri(p.category.some((c) => want.includes(c.toLowerCase()))));
  }
  if (pred.brand !== undefined) {
    const b = catalog.brandOf(p);
    parts.push(b === undefined ? 'no' : tri(lower(pred.brand).includes(b.toLowerCase())));
  }
  if (pred.notBrand !== undefined) {
    const b = catalog.brandOf(p);
    parts.push(tri(b === undefined || !lower(pred.notBrand).includes(b.toLowerCase())));
  }
  if (pred.priceMax !== undefined) parts.push(tri(p.price <= pred.priceMax));
  if (pred.priceMin !== undefined) parts.push(tri(p.price >= pred.priceMin));
  if (pred.inStock !== undefined) parts.push(tri(IN_STOCK.has(p.availability) === pred.inStock));
  if (pred.onSale !== undefined) parts.push(tri((p.listPrice !== undefined && p.listPrice > p.price) === pred.onSale));
  if (pred.color !== undefined) {
    const want = lower(pred.color);
    parts.push(tri(colorsOf(p).some((c) => want.includes(c))));
  }
  if (pred.attr !== undefined) for (const a of Array.isArray(pred.attr) ? pred.attr : [pred.attr]) parts.push(attrTri(p, a));
  if (pred.ratingMin !== undefined) parts.push(tri((p.rating?.value ?? 0) >= pred.ratingMin));
  if (pred.popular !== undefined) parts.push(tri(((p.rating?.count ?? 0) >= catalog.popularCount && catalog.popularCount > 0) === pred.popular));
  if (pred.hasReviews !== undefined) parts.push(tri(((p.reviews?.length ?? 0) > 0) === pred.hasReviews));
  if (pred.ids !== undefined) parts.push(tri(pred.ids.includes(p.id)));
  if (pred.notIds !== undefined) parts.push(tri(!pred.notIds.includes(p.id)));
  if (pred.any !== undefined) {
    const subs = pred.any.map((q) => evaluate(q, p, ctx));
    parts.push(subs.includes('yes') ? 'yes' : subs.includes('unknown') ? 'unknown' : 'no');
  }
  if (pred.not !== undefined) {
    const t = evaluate(pred.not, p, ctx);
    parts.push(t === 'yes' ? 'no' : t === 'no' ? 'yes' : 'unknown');
  }
  if (pred.sameCategoryAsPage) parts.push(ctx.page ? tri(p.category.at(-1) === ctx.page.category.at(-1)) : 'unknown');
  if (pred.cheaperThanPage) parts.push(ctx.page ? tri(p.price < ctx.page.price) : 'unknown');
  return all(parts);
}

export const satisfies = (pred: Pred, p: FeedProduct, ctx: EvalContext) => evaluate(pred, p, ctx) === 'yes';

/** The product a dialogue's page is about. */
export function pageProduct(d: Dialogue, catalog: ShopCatalog): FeedProduct | undefined {
  if (d.page === undefined) return undefined;
  if (typeof d.page === 'string') return catalog.byId.get(d.page);
  const pred = d.page;
  return catalog.products.find((p) => satisfies(pred, p, { catalog }));
}

/** What the shopper has seen so far in the dialogue: the references a turn may point at. */
export interface DialogueState {
  /** Cards of the latest answer that showed any (alternatives count: the shopper saw them). */
  shown: string[];
  /** Products of the latest comparison. */
  compared: string[];
}

/**
 * Answers about one product (its details, reviews, a pick) or a comparison do not replace the list the
 * shopper is working through: "the second one" after "tell me about the first one" is still the list's.
 */
const ABOUT_ONE: ReadonlySet<AnswerSummary['kind']> = new Set(['product', 'reviews', 'pick', 'compare']);

export function nextState(state: DialogueState, s: AnswerSummary | null): DialogueState {
  if (!s) return state;
  const cards = s.productIds.length ? s.productIds : s.alternativeIds;
  const shown = cards.length && !ABOUT_ONE.has(s.kind) ? [...cards] : state.shown;
  return { shown, compared: s.comparedIds.length ? [...s.comparedIds] : state.compared };
}

function pickValue(p: FeedProduct, by: PickBy): number | undefined {
  if (by === 'price-min' || by === 'price-max') return p.price;
  if (by === 'rating-max') return p.rating?.value;
  const key = 'attrMin' in by ? by.attrMin : by.attrMax;
  const raw = p.attributes[key];
  return raw === undefined ? undefined : leadingNumber(raw);
}
const pickWantsMin = (by: PickBy) => by === 'price-min' || (typeof by === 'object' && 'attrMin' in by);

/** Digits of a price as answers may write it: "164.99", "1169", "1,169.00", "¥1 169". */
export function mentionsAmount(text: string, amount: number): boolean {
  const t = text.replace(/[,\s\u00a0\u202f]/g, '');
  return t.includes(amount.toFixed(2)) || new RegExp(`(^|[^\\d.])${Math.round(amount)}(?!\\d)`).test(t) || (Number.isInteger(amount) && t.includes(String(amount)));
}

/** Why the answer fails the turn's expectations (empty: it passes). */
export function checkTurn(turn: Turn, s: AnswerSummary | null, state: DialogueState, ctx: EvalContext): string[] {
  if (!s) return ['ask() gave no answer summary'];
  const e: Expect = turn.expect;
  const { catalog } = ctx;
  const fails: string[] = [];
  const product = (id: string) => catalog.byId.get(id);
  const want = <T>(x: T | T[] | undefined): T[] | undefined => (x === undefined ? undefined : Array.isArray(x) ? x : [x]);

  const kinds = want(e.kind);
  if (kinds && !kinds.includes(s.kind)) fails.push(`kind ${s.kind}, expected ${kinds.join('|')}`);
  const statuses = want(e.status) ?? ((e.all || e.some) && !e.none ? ['ok' as const] : undefined);
  if (statuses && !statuses.includes(s.status)) fails.push(`status ${s.status}, expected ${statuses.join('|')}`);

  const ids = s.productIds;
  for (const id of [...ids, ...s.alternativeIds, ...s.comparedIds]) if (!product(id)) fails.push(`${id} is not in the catalog`);
  if (e.none && ids.length) fails.push(`expected no product cards, got ${ids.length}`);
  const min = e.count?.min ?? ((e.all || e.some) && !e.none ? 1 : undefined);
  if (min !== undefined && ids.length < min) fails.push(`${ids.length} cards, expected at least ${min}`);
  if (e.count?.max !== undefined && ids.length > e.count.max) fails.push(`${ids.length} cards, expected at most ${e.count.max}`);
  if (e.all) {
    const pred = e.all;
    const bad = ids.filter((id) => product(id) && !satisfies(pred, product(id)!, ctx));
    if (bad.length) fails.push(`cards not matching: ${bad.join(', ')}`);
  }
  if (e.some) {
    const pred = e.some;
    if (!ids.some((id) => product(id) && satisfies(pred, product(id)!, ctx))) fails.push('no card matches the expected product');
  }
  if (e.sorted) {
    const vals = ids.map((id) => product(id)).filter((p): p is FeedProduct => !!p).map((p) => (e.sorted === 'rating-desc' ? (p.rating?.value ?? 0) : p.price));
    const ok = vals.every((v, i) => i === 0 || (e.sorted === 'price-asc' ? v >= vals[i - 1]! : v <= vals[i - 1]!));
    if (!ok) fails.push(`cards not sorted ${e.sorted}: ${vals.join(', ')}`);
  }
  if (e.best && ids.length) {
    const pred = e.all ?? {};
    const pool = catalog.products.filter((p) => satisfies(pred, p, ctx));
    const value = (p: FeedProduct) => (e.best === 'rating-max' ? (p.rating?.value ?? 0) : p.price);
    const target = e.best === 'price-min' ? Math.min(...pool.map(value)) : Math.max(...pool.map(value));
    const first = product(ids[0]!);
    if (first && value(first) !== target) fails.push(`first card ${first.id} has ${value(first)}, the ${e.best} is ${target}`);
  }
  if (e.alternatives) {
    const pred = e.alternatives;
    const bad = s.alternativeIds.filter((id) => product(id) && !satisfies(pred, product(id)!, ctx));
    if (bad.length) fails.push(`alternatives not matching: ${bad.join(', ')}`);
  }
  if (e.fresh) {
    const seen = ids.filter((id) => state.shown.includes(id));
    if (seen.length) fails.push(`already shown before: ${seen.join(', ')}`);
  }
  if (e.notPage && ctx.page && ids.includes(ctx.page.id)) fails.push('shows the page’s own product');

  let subject: FeedProduct | undefined = ctx.page;
  if (e.subject !== undefined) {
    const expected = e.subject === 'page' ? ctx.page?.id : 'id' in e.subject ? e.subject.id : state.shown.at(e.subject.shown);
    subject = expected ? product(expected) : undefined;
    if (!expected) fails.push(`no product to be about (reference ${JSON.stringify(e.subject)})`);
    else if (s.subjectId !== expected) fails.push(`about ${s.subjectId ?? 'nothing'}, expected ${expected}`);
  }
  if (e.verdict) {
    if (!subject) fails.push('no subject for the verdict');
    else {
      const expected = evaluate(e.verdict, subject, ctx);
      if (s.verdict !== expected) fails.push(`verdict ${s.verdict ?? 'none'}, expected ${expected}`);
    }
  }
  if (e.mentionsPrice && subject && !mentionsAmount(s.text, subject.price)) fails.push(`text does not give the price ${subject.price}`);
  if (e.mentions && subject) {
    const value = subject.attributes[e.mentions];
    const n = value === undefined ? undefined : leadingNumber(value);
    const said = value !== undefined && (s.text.toLowerCase().includes(value.toLowerCase()) || (n !== undefined && new RegExp(`(^|[^\\d.])${n}(?![\\d])`).test(s.text.replace(/,/g, ''))));
    if (!said) fails.push(`text does not give the ${e.mentions} (${value ?? 'not in the catalog'})`);
  }

  if (e.compared) {
    const c = e.compared;
    const got = [...s.comparedIds].sort();
    if ('fromShown' in c) {
      const outside = got.filter((id) => !state.shown.includes(id));
      if (outside.length) fails.push(`compared products never shown: ${outside.join(', ')}`);
      if (got.length < (c.min ?? 2) || got.length > (c.max ?? Infinity)) fails.push(`compared ${got.length} products`);
    } else {
      const expected = 'ids' in c ? c.ids : c.shown.map((i) => state.shown[i]);
      if (expected.some((x) => x === undefined)) fails.push(`the reference needs ${Math.max(...('shown' in c ? c.shown : [0])) + 1} shown products, ${state.shown.length} were`);
      const exp = [...(expected as string[])].sort();
      if (exp.join() !== got.join()) fails.push(`compared [${s.comparedIds.join(', ')}], expected [${exp.join(', ')}]`);
    }
  }
  if (e.pick) {
    const among = e.pick.among === 'compared' ? state.compared : state.shown;
    if (!s.pickId) fails.push('no pick');
    else if (!among.includes(s.pickId)) fails.push(`picked ${s.pickId}, not among the ${e.pick.among} products [${among.join(', ')}]`);
    else if (e.pick.by) {
      const by = e.pick.by;
      const vals = among.map((id) => product(id)).filter((p): p is FeedProduct => !!p).map((p) => pickValue(p, by)).filter((v): v is number => v !== undefined);
      const target = pickWantsMin(by) ? Math.min(...vals) : Math.max(...vals);
      const got = pickValue(product(s.pickId)!, by);
      if (got !== target) fails.push(`picked ${s.pickId} (${got}), the best by ${JSON.stringify(by)} has ${target}`);
    }
  }
  if (e.store) {
    const st = catalog.store;
    const text = s.text;
    const ok =
      e.store === 'returns'
        ? new RegExp(`(^|\\D)${st.returns.days}(?!\\d)`).test(text) || (st.returns.days === 15 && /十五/.test(text)) || (st.returns.days === 7 && /七天/.test(text))
        : e.store === 'shipping'
          ? st.shipping.some((x) => mentionsAmount(text, x.cost) || (x.freeOver !== undefined && mentionsAmount(text, x.freeOver)))
          : e.store === 'payment'
            ? st.payment.some((m) => text.toLowerCase().includes(m.toLowerCase()))
            : text.includes(faqKey(st.faq[e.store.faq]!.answer));
    if (!ok) fails.push(`text does not give the store's ${typeof e.store === 'string' ? e.store : `FAQ #${e.store.faq}`} fact`);
  }
  if (e.relaxed && !(s.relaxed && s.relaxed.length)) fails.push('does not say what was relaxed');
  return fails;
}

/** The part of an FAQ answer an answer must contain: its longest clause (not a bare "Yes,"). */
export function faqKey(answer: string): string {
  return answer
    .split(/[,.:;，。：；]/)
    .map((x) => x.trim())
    .sort((a, b) => b.length - a.length)[0]!;
}
