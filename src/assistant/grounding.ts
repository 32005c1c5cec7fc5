/**
 * Retrieval: for each intent, find the products and facts the answer must rest on — search results,
 * the page's product, store policies, reviews, co-purchase data, recommendations. Both answer paths
 * (model and templates) use only what this returns.
 */
import type { Catalog, Product } from '../catalog/types.ts';
import type { AssistantStrings } from '../i18n/assistant/types.ts';
import type { Lang } from '../i18n/types.ts';
import { buildComparison } from './compare.ts';
import { discountPercent, fiveStar, inStockNow } from './format.ts';
import type { Grounding, RankedProduct } from './grounding-types.ts';
import type { Intent, ProductRef } from '../understand/intents.ts';
import { TimeSlicer } from '../catalog/time-slice.ts';
import type { ParsedQuery, QueryParser, RecEvent, RecommenderPort, SearchFilters, SearchPort } from './ports.ts';
import { answerProductQuestion, contentWords, productColors } from './product-answer.ts';
import { beyondShownIds, mergeFilters, MORE, refineQuery } from '../understand/refine.ts';
import { withoutReleased } from '../understand/release.ts';
import { summarizeReviews } from './reviews.ts';
import type { RecommendationReason } from '../recommend/types.ts';
import { answerShopQuestion } from './store-answer.ts';
import { sanitizeUntrusted } from './untrusted.ts';
import { normalize } from './text.ts';
import type { Lexicon } from '../understand/lexicon.ts';
import { pickMeasure, pickProduct, type ShopperRequest } from '../understand/read.ts';
import { colorIds } from '../search/colors.ts';
import { booleanValue } from '../understand/concepts.ts';

export const CARD_LIMIT = 6;

/** Gift scaffolding, not interests: "gift ideas for my sister", "送给同事的小礼物". */
const GIFT_WORDS = /\b(?:gifts?|ideas?|presents?|housewarming|birthday|christmas|for|my|a|an|the|her|him|sister|brother|mom|mum|dad|mother|father|wife|husband|friend|coworker|colleague|boss|parents?|kids?|loves?|likes?|enjoys?|into|who|is|she|he)\b|礼物|送礼|礼品|送给|送|小|的|乔迁|生日|朋友|同事|妈妈|爸爸|父母|老婆|老公|爱喝|爱|喜欢/gi;

/** Where the conversation stands: what was shown and searched, for follow-ups. */
export interface ConversationState {
  lastResultIds: string[];
  focusId?: string;
  lastSearch?: { query: ParsedQuery; queryText: string; offset: number; total: number };
  /** The features and values the last question about one product asked for ("is it induction compatible?"). */
  askedAttributes?: Record<string, string[]>;
}

/** How the assistant reads and writes the search filters' price bound (their shape belongs to src/search). */
export interface FilterOps {
  withMaxPrice(filters: SearchFilters, max: number): SearchFilters;
  maxPriceOf(filters: SearchFilters): number | undefined;
  /** Whether the filters restrict anything at all. */
  isEmpty(filters: SearchFilters): boolean;
  withInStock(filters: SearchFilters): SearchFilters;
  withCategories?(filters: SearchFilters, categories: string[]): SearchFilters;
}

export interface RetrieveDeps {
  catalog: Catalog;
  search: SearchPort;
  parse: QueryParser;
  filters: FilterOps;
  recommender?: RecommenderPort;
  /** The shopper's history events for the recommender (empty when tracking is off). */
  events?: () => Promise<readonly RecEvent[]>;
  /** Words a recommender's structured reason. */
  wordReason?: (reason: RecommendationReason) => string | undefined;
  lang: Lang;
  strings: AssistantStrings;
  /** The catalog's vocabulary (types, measured attributes) for picks and the page's product type. */
  lexicon?: Lexicon;
}

/** The shown products a "these" / "the top 3" / "the last two" points at (four at most). */
function previousIds(shown: string[], ref: { count?: number; fromEnd?: boolean }): string[] {
  const n = Math.min(4, ref.count ?? 4);
  return ref.fromEnd ? shown.slice(-n) : shown.slice(0, n);
}

function byIds(ids: string[], catalog: Catalog): Product[] {
  return ids.map((id) => catalog.byId.get(id)).filter((p): p is Product => !!p);
}

/** Why a search hit fits: query words it matches, plus its rating and discount when they stand out. */
export function searchReason(p: Product, queryText: string, lang: Lang, s: AssistantStrings, matched?: string[]): string | undefined {
  const hay = normalize(
    [p.title, p.brand ?? '', ...p.categories, ...Object.entries(p.attributes).flatMap(([k, v]) => [k, ...(Array.isArray(v) ? v : [v])])].join(' '),
  );
  // The index says which query words matched; otherwise look for them in the product's facts.
  const terms = matched?.length
    ? [...new Set(matched.map((m) => m.toLowerCase()))]
    : [...new Set(contentWords(queryText, lang))].filter((t) => t.length > 1 || /[\u3400-\u9fff]/.test(t)).filter((t) => hay.includes(t));
  const parts: string[] = [];
  if (terms.length) parts.push(s.reasonMatches(terms.slice(0, 3).map(sanitizeUntrusted)));
  const off = discountPercent(p.price, p.listPrice);
  if (off >= 10) parts.push(s.reasonSale(off));
  if (p.rating && p.rating.count >= 5 && fiveStar(p.rating) >= 4.3) {
    parts.push(s.reasonRating(fiveStar(p.rating), p.rating.count));
  }
  return parts.length ? parts.join(' · ') : undefined;
}

async function resolveRefs(refs: ProductRef[], state: ConversationState, deps: RetrieveDeps): Promise<Product[]> {
  const out: Product[] = [];
  const push = (p: Product | undefined) => {
    if (p && !out.includes(p)) out.push(p);
  };
  for (const ref of refs) {
    if (ref.kind === 'current') push(deps.catalog.byId.get(state.focusId ?? deps.catalog.currentProductId ?? ''));
    else if (ref.kind === 'id') push(deps.catalog.byId.get(ref.id));
    else if (ref.kind === 'ordinal') {
      const ids = state.lastResultIds;
      push(deps.catalog.byId.get(ids[ref.index < 0 ? ids.length + ref.index : ref.index] ?? ''));
    } else if (ref.kind === 'previous') for (const p of byIds(previousIds(state.lastResultIds, ref), deps.catalog)) push(p);
    else if (ref.kind === 'name') {
      // Parsed here, with the lexicon's vocabulary: a string would make the search build its own at once.
      const r = await deps.search.search(deps.parse(ref.text, deps.lang), { limit: 1, lang: deps.lang, facets: false });
      push(deps.catalog.byId.get(r.hits[0]?.id ?? ''));
    }
  }
  return out;
}

/** The one product a question is about: named, pointed at, the conversation's focus, or the page's. */
async function subjectOf(intent: Intent, state: ConversationState, deps: RetrieveDeps): Promise<Product | undefined> {
  const [first] = await resolveRefs(intent.refs, state, deps);
  if (first) return first;
  return deps.catalog.byId.get(state.focusId ?? '') ?? deps.catalog.byId.get(deps.catalog.currentProductId ?? '');
}

/** Popular, well-rated products in stock: the cold-start list. */
export function popular(catalog: Catalog, limit: number, exclude: Set<string> = new Set()): Product[] {
  const scored: { p: Product; s: number }[] = [];
  // Popular means many shoppers rated it: the top quarter by rating count, when that leaves enough to pick from.
  const counts = catalog.products.map((p) => p.rating?.count ?? 0).sort((a, b) => b - a);
  const quarter = counts[Math.floor(counts.length / 4)] ?? 0;
  const floor = counts.filter((c) => c >= quarter).length >= limit * 3 ? quarter : 0;
  for (const p of catalog.products) {
    if (exclude.has(p.id) || !inStockNow(p.availability) || (p.rating?.count ?? 0) < floor) continue;
    const r = p.rating ? fiveStar(p.rating) : 3;
    scored.push({ p, s: (r / 5) ** 2 * Math.log1p(p.rating?.count ?? 0) });
  }
  scored.sort((a, b) => b.s - a.s);
  // No more than two from one category, so the list is not five near-identical items.
  const perCat = new Map<string, number>();
  const out: Product[] = [];
  for (const { p } of scored) {
    const cat = p.categories.join('>');
    if ((perCat.get(cat) ?? 0) >= 2) continue;
    perCat.set(cat, (perCat.get(cat) ?? 0) + 1);
    out.push(p);
    if (out.length >= limit) break;
  }
  return out;
}

/** Items that go with `anchor`: the shop's co-purchase data, related items and the recommender's pairs. */
export async function complementsOf(anchor: Product, deps: RetrieveDeps, limit = CARD_LIMIT): Promise<RankedProduct[]> {
  const { catalog, strings: s } = deps;
  const score = new Map<string, { s: number; bought: boolean }>();
  const add = (id: string, w: number, bought: boolean) => {
    if (id === anchor.id) return;
    const cur = score.get(id) ?? { s: 0, bought: false };
    score.set(id, { s: cur.s + w, bought: cur.bought || bought });
  };
  const maxCount = Math.max(1, ...anchor.related.alsoBought.map((c) => c.count));
  for (const c of anchor.related.alsoBought) add(c.id, 1 + c.count / maxCount, true);
  for (const id of anchor.related.relatedTo) add(id, 0.8, false);
  // Products that list the anchor as bought with them count the other way round too (a pass over the
  // whole catalog: sliced, it was 30 ms at 100k products).
  const slicer = new TimeSlicer(8);
  for (let i = 0; i < catalog.products.length; i++) {
    const p = catalog.products[i]!;
    if (p.related.alsoBought.some((c) => c.id === anchor.id)) add(p.id, 0.6, true);
    else if (p.related.relatedTo.includes(anchor.id)) add(p.id, 0.3, false);
    if ((i & 1023) === 1023) await slicer.maybePause();
  }
  if (deps.recommender) {
    try {
      const recs = await deps.recommender.recommend({ mode: 'bought-together', productId: anchor.id, limit: limit * 2, events: (await deps.events?.()) ?? [] });
      recs.forEach((r, i) => add(r.id, 0.9 - i * 0.03, true));
    } catch (e) {
      console.warn('[shop-guide] recommender failed; using the catalog’s co-purchase data only', e);
    }
  }
  const anchorCat = anchor.categories.join('>');
  const ranked = [...score.entries()]
    .map(([id, v]) => ({ p: catalog.byId.get(id), ...v }))
    .filter((x): x is { p: Product; s: number; bought: boolean } => !!x.p && x.p.categories.join('>') !== anchorCat && inStockNow(x.p.availability))
    .sort((a, b) => b.s - a.s);
  const perCat = new Map<string, number>();
  const out: RankedProduct[] = [];
  const anchorTitle = sanitizeUntrusted(anchor.title);
  for (const x of ranked) {
    const cat = x.p.categories.join('>');
    if ((perCat.get(cat) ?? 0) >= 2) continue;
    perCat.set(cat, (perCat.get(cat) ?? 0) + 1);
    out.push({ product: x.p, reason: x.bought ? s.reasonBoughtWith(anchorTitle) : s.reasonGoesWith(anchorTitle) });
    if (out.length >= limit) break;
  }
  return out;
}

function ranked(products: Product[], reason: (p: Product) => string | undefined): RankedProduct[] {
  return products.map((product) => ({ product, reason: reason(product) }));
}

export async function retrieve(intent: Intent, message: string, state: ConversationState, deps: RetrieveDeps, request?: ShopperRequest): Promise<Grounding> {
  const { catalog, lang, strings: s } = deps;
  const current = catalog.byId.get(catalog.currentProductId ?? '');
  const base: Grounding = { intent, mode: 'chat', products: [], total: 0, current };

  // Not sold here: say so plainly; anything related is shown as an alternative, never as a match.
  if (request?.notSold && (intent.kind === 'search' || intent.kind === 'best-deal' || intent.kind === 'recommend') && !intent.refine) {
    const r = await deps.search.search({ text: request.notSold, filters: {} as SearchFilters }, { limit: 3, lang, facets: false });
    const alternatives = ranked(byIds(r.hits.map((h) => h.id), catalog), () => undefined);
    return { ...base, mode: 'not-sold', queryText: request.notSold, alternatives };
  }

  switch (intent.kind) {
    case 'small-talk':
    case 'out-of-scope':
      return base;

    case 'shop-question':
      return { ...base, mode: 'shop', storeAnswer: answerShopQuestion(catalog, message, lang, intent.topics) };

    case 'product-question': {
      const subject = await subjectOf(intent, state, deps);
      if (!subject) return { ...base, mode: 'none', needsProduct: true };
      const productAnswer = answerProductQuestion(subject, message, lang);
      const facts = factVerdict(subject, request, productAnswer.findings.map((f) => f.verdict));
      return { ...base, mode: 'product', subject, productAnswer, products: [{ product: subject }], ...facts };
    }

    case 'review-summary': {
      const subject = await subjectOf(intent, state, deps);
      if (!subject) return { ...base, mode: 'none', needsProduct: true };
      return { ...base, mode: 'reviews', subject, reviews: summarizeReviews(subject, lang), products: [{ product: subject }] };
    }

    case 'compare': {
      if (request?.pick && state.lastResultIds.length >= 2) {
        const shown = byIds(state.lastResultIds.slice(0, 6), catalog);
        const words = request.pick.words ? contentWords(request.pick.words, lang) : [];
        const matches = (p: Product) => {
          const hay = normalize(`${p.title} ${p.description} ${Object.values(p.attributes).flat().join(' ')} ${p.reviews.map((r) => r.body).join(' ')}`);
          const hits = words.filter((w) => hay.includes(w)).length;
          return hits * 10 + (p.rating ? fiveStar(p.rating) : 0);
        };
        const chosen = deps.lexicon ? pickProduct(shown, request.pick, deps.lexicon, matches, message) : null;
        if (chosen) {
          const pk = request.pick;
          const pickBy = pk.by === 'price' ? (pk.dir === 'min' ? 'price-min' : 'price-max') : pk.by;
          const measure = pk.by === 'measure' && deps.lexicon ? pickMeasure(shown, pk, deps.lexicon, message) : undefined;
          const pickDetail = measure ? `${measure.key}: ${sanitizeUntrusted(String([chosen.attributes[measure.key]].flat()[0] ?? ''))}` : pk.by === 'words' ? pk.words : undefined;
          return { ...base, mode: 'pick', pick: chosen, pickBy, pickDetail, subject: chosen, products: [{ product: chosen }], total: 1 };
        }
      }
      const previous = intent.refs.find((r) => r.kind === 'previous');
      if (previous && !intent.refs.some((r) => r.kind !== 'previous')) {
        // "Compare these two" / "the top 3": only what the shopper saw, as many as they said.
        const shown = byIds(previousIds(state.lastResultIds, previous), catalog);
        if (shown.length < 2) return { ...base, mode: 'none', needsProduct: true };
        const comparison = buildComparison(shown, lang, { price: s.price, rating: s.rating, availability: s.availabilityLabel, brand: s.brand });
        return { ...base, mode: 'compare', comparison, products: ranked(shown, () => undefined) };
      }
      let ps = await resolveRefs(intent.refs, state, deps);
      if (!ps.length && state.lastResultIds.length && /\b(?:top|them|these|those)\b|前|这几/i.test(message)) ps = byIds(state.lastResultIds.slice(0, 3), catalog);
      if (ps.length === 1 || (!ps.length && (state.focusId || current))) {
        // One product: compare it with its closest alternatives.
        const anchor = ps[0] ?? catalog.byId.get(state.focusId ?? '') ?? current!;
        const similar = byIds(anchor.related.similarTo, catalog);
        if (similar.length < 2) {
          const r = await deps.search.search(deps.parse(anchor.categories.at(-1) ?? anchor.title, lang), { limit: 4, lang, facets: false });
          similar.push(...byIds(r.hits.map((h) => h.id), catalog));
        }
        ps = [anchor, ...similar.filter((p) => p.id !== anchor.id)].filter((p, i, a) => a.indexOf(p) === i).slice(0, 3);
      }
      ps = ps.slice(0, 4);
      if (ps.length < 2) return { ...base, mode: 'none', needsProduct: true };
      const comparison = buildComparison(ps, lang, { price: s.price, rating: s.rating, availability: s.availabilityLabel, brand: s.brand });
      return { ...base, mode: 'compare', comparison, products: ranked(ps, () => undefined) };
    }

    case 'bundle': {
      let subject = await subjectOf(intent, state, deps);
      if (!subject && intent.query) {
        const r = await deps.search.search(deps.parse(intent.query, lang), { limit: 1, lang, facets: false });
        subject = catalog.byId.get(r.hits[0]?.id ?? '');
      }
      if (!subject) return { ...base, mode: 'none', needsProduct: true };
      return { ...base, mode: 'bundle', subject, products: await complementsOf(subject, deps) };
    }

    case 'best-deal': {
      const own = request && (request.query.text.trim() || !deps.filters.isEmpty(request.query.filters)) ? request.query : intent.query ? deps.parse(intent.query, lang) : undefined;
      const parsed = own ?? state.lastSearch?.query;
      const deal = intent.deal ?? 'cheapest';
      let pool: Product[];
      let total: number;
      if (parsed && (parsed.text.trim() || !deps.filters.isEmpty(parsed.filters))) {
        // The index filters and sorts: the cheapest of 800 matching tents is found, not the cheapest of the top 300.
        const r = await deps.search.search(parsed, {
          limit: deal === 'cheapest' ? CARD_LIMIT * 2 : 300,
          lang,
          facets: false,
          filters: { inStock: true, ...(deal === 'on-sale' ? { onSale: true } : {}) },
          ...(deal === 'cheapest' ? { sort: 'price-asc' as const } : deal === 'best-value' ? { sort: 'rating' as const } : {}),
        });
        pool = byIds(r.hits.map((h) => h.id), catalog);
        total = r.total;
      } else {
        pool = catalog.products;
        total = 0;
      }
      pool = pool.filter((p) => inStockNow(p.availability) && typeof p.price === 'number');
      const currency = pool[0]?.currency;
      pool = pool.filter((p) => p.currency === currency);
      if (!total) total = pool.length;
      let picks: RankedProduct[];
      if (deal === 'on-sale') {
        const sale = pool.filter((p) => discountPercent(p.price, p.listPrice) > 0).sort((a, b) => discountPercent(b.price, b.listPrice) - discountPercent(a.price, a.listPrice));
        picks = ranked(sale.slice(0, CARD_LIMIT), (p) => s.reasonSale(discountPercent(p.price, p.listPrice)));
        return { ...base, mode: picks.length ? 'deal-sale' : 'none', products: picks, total: Math.max(sale.length, parsed ? total : 0), query: parsed, queryText: parsed?.text };
      }
      if (deal === 'best-value') {
        const value = (p: Product) => {
          const r = p.rating ? fiveStar(p.rating) : 3;
          return ((r / 5) ** 3 * Math.log1p(p.rating?.count ?? 0)) / Math.log(p.price! + 2);
        };
        const best = [...pool].sort((a, b) => value(b) - value(a)).slice(0, CARD_LIMIT);
        picks = ranked(best, (p) => (p.rating ? s.reasonRating(fiveStar(p.rating), p.rating.count) : undefined));
        return { ...base, mode: picks.length ? 'deal-value' : 'none', products: picks, total, query: parsed, queryText: parsed?.text };
      }
      const cheap = [...pool].sort((a, b) => a.price! - b.price!).slice(0, CARD_LIMIT);
      picks = cheap.map((product, i) => ({ product, reason: i === 0 ? s.reasonCheapest : undefined }));
      return { ...base, mode: picks.length ? 'deal-cheapest' : 'none', products: picks, total, query: parsed, queryText: parsed?.text };
    }

    case 'recommend': {
      if (request?.gift) {
        // A gift: well-rated products in stock across the shop's kinds (or of the kind named).
        // Interests, a budget or a kind ("loves coffee", "under $40") narrow the ideas; best rated first.
        const interest = request.query.text.replace(GIFT_WORDS, ' ').trim();
        if (request.types.length || interest || !deps.filters.isEmpty(request.query.filters)) {
          const q: ParsedQuery = { text: interest, filters: { ...request.query.filters, inStock: true } as SearchFilters };
          const r = await deps.search.search(q, { limit: CARD_LIMIT, lang, facets: false, ...(interest ? {} : { sort: 'rating' as const }) });
          const found = byIds(r.hits.map((h) => h.id), catalog);
          if (found.length) return { ...base, mode: 'gift', gift: true, giftFor: request.gift.recipient, query: q, products: ranked(found, () => s.reasonPopular), total: r.total };
          // The interests matched nothing: the budget and kind still hold ("around $100").
          if (interest && (request.types.length || !deps.filters.isEmpty(request.query.filters))) {
            const plain: ParsedQuery = { text: '', filters: q.filters };
            const r2 = await deps.search.search(plain, { limit: CARD_LIMIT, lang, facets: false, sort: 'rating' });
            const within = byIds(r2.hits.map((h) => h.id), catalog);
            if (within.length) return { ...base, mode: 'gift', gift: true, giftFor: request.gift.recipient, query: plain, products: ranked(within, () => s.reasonPopular), total: r2.total };
          }
        }
        const picks = popular(catalog, CARD_LIMIT);
        return { ...base, mode: picks.length ? 'gift' : 'none', gift: true, giftFor: request.gift.recipient, products: ranked(picks, () => s.reasonPopular), total: picks.length };
      }
      const words = request ? (request.types.length ? ['type'] : contentWords(request.query.text, lang)) : contentWords(intent.query, lang);
      // "Recommend a gift for a hiker": a search, worded as one, with the shopper's taste for the model.
      if (words.length) return searchProducts(intent, message, state, deps, base, request);
      const events: readonly RecEvent[] = (await deps.events?.().catch(() => [])) ?? [];
      if (deps.recommender && events.length) {
        try {
          const focus = state.focusId ?? catalog.currentProductId;
          const recs = await deps.recommender.recommend({ mode: 'for-you', productId: focus, limit: CARD_LIMIT, events });
          const products: RankedProduct[] = [];
          for (const r of recs) {
            const product = catalog.byId.get(r.id);
            if (product) products.push({ product, reason: deps.wordReason?.(r.reason) });
          }
          if (products.length) return { ...base, mode: 'recommend', products, total: products.length };
        } catch (e) {
          console.warn('[shop-guide] recommender failed; showing popular products', e);
        }
      }
      const picks = popular(catalog, CARD_LIMIT);
      return { ...base, mode: picks.length ? 'cold-start' : 'none', products: ranked(picks, () => s.reasonPopular), total: picks.length };
    }

    case 'search':
      return searchProducts(intent, message, state, deps, base, request);
  }
}

async function searchProducts(intent: Intent, message: string, state: ConversationState, deps: RetrieveDeps, base: Grounding, request?: ShopperRequest): Promise<Grounding> {
  const { catalog, lang, strings: s } = deps;
  let last = state.lastSearch;
  let shownBefore = byIds(state.lastResultIds, catalog);
  const focus = catalog.byId.get(state.focusId ?? '') ?? base.current;
  // A search that found one product is still the thing being narrowed ("firm pillows" → one → "not
  // memory foam though"): only a product the shopper asked about is a focus to find others like.
  const searchFoundIt = !!last && last.total <= 1 && state.lastResultIds.length === 1 && state.lastResultIds[0] === focus?.id;
  if (intent.refine && focus && (!last || (state.focusId === focus.id && state.lastResultIds.length <= 1 && !searchFoundIt))) {
    // A refinement about one product ("something cheaper" on its page): its kind, compared with it.
    const leaf = focus.categories.at(-1);
    last = { query: { text: '', filters: (leaf ? { categories: [leaf], excludeIds: [focus.id] } : { excludeIds: [focus.id] }) as SearchFilters }, queryText: leaf ?? focus.title, offset: 0, total: 0 };
    shownBefore = [focus];
  }
  let query: ParsedQuery;
  let offset = 0;
  let refined = false;
  let more = false;
  const like = request?.relativeTo ? catalog.byId.get(request.relativeTo) : undefined;
  if (like && request) {
    // Like the product in focus: its kind (or the type named), without it, and cheaper when asked.
    const leaf = like.categories.at(-1);
    const filters: SearchFilters = { ...request.query.filters, excludeIds: [like.id] };
    // "similar shoes" on a running shoe's page: a type that includes the product means its own kind.
    const ownKind = request.types.every((t) => t.ids.has(like.id) || t.categories.some((c) => like.categories.includes(c)));
    if (leaf && ownKind) filters.categories = [leaf];
    if (request.cheaper && like.price !== undefined) filters.priceMax = Math.min(filters.priceMax ?? Infinity, like.price - 0.01);
    query = { text: '', filters, ...(request.query.sort ? { sort: request.query.sort } : {}) };
  } else if (intent.refine && last && MORE.test(message.trim())) {
    query = last.query;
    more = true;
    if (last.offset + CARD_LIMIT >= last.total) return { ...base, mode: 'more', query, queryText: last.queryText, total: last.total, offset: last.offset };
    offset = last.offset + CARD_LIMIT;
  } else if (intent.refine && last) {
    query = refineQuery({
      previous: last.query,
      followUp: request?.query ?? deps.parse(intent.query || message, lang),
      message,
      shown: shownBefore,
      withMaxPrice: deps.filters.withMaxPrice,
      maxPriceOf: deps.filters.maxPriceOf,
      withCategories: deps.filters.withCategories,
    });
    // "any price is fine", "不用防水了": the last search without that condition.
    if (request?.release) query = { ...query, filters: withoutReleased(query.filters, request.release) };
    // "bigger ones?": beyond the middle of what was shown on the measure the comparative names.
    const beyond = request?.beyondShown;
    const measure = beyond && deps.lexicon ? pickMeasure(shownBefore, beyond, deps.lexicon, message) : undefined;
    const ids = beyond && measure ? beyondShownIds(shownBefore, measure.values, beyond.dir, catalog.products) : null;
    if (ids) query = { ...query, filters: mergeFilters(query.filters, { ids }) };
    refined = true;
  } else query = request?.query ?? deps.parse(intent.query || message, lang);

  const queryText = refined && last ? last.queryText : intent.query || message;
  let result = await deps.search.search(query, { limit: CARD_LIMIT, offset, lang, facets: false });
  let mode: Grounding['mode'] = more ? 'more' : refined ? 'refined' : 'search';
  const relaxed: string[] = [];
  if (!result.hits.length && !more && query.text.trim() && request?.types.length && (query.filters.categories?.length || query.filters.ids?.length)) {
    // With the product type known, the other words only rank: "jacket for hiking" shows jackets.
    query = { ...query, text: '' };
    result = await deps.search.search(query, { limit: CARD_LIMIT, offset, lang, facets: false });
  }
  if (!result.hits.length && !more) {
    // Nothing fits everything: drop what matters least first, and say what was dropped.
    for (const [what, drop] of RELAXATIONS) {
      const next = drop(query);
      if (!next) continue;
      query = next;
      relaxed.push(what);
      result = await deps.search.search(query, { limit: CARD_LIMIT, lang, facets: false });
      if (result.hits.length) break;
    }
    if (result.hits.length && relaxed.length) mode = 'relaxed';
  }
  const products = byIds(result.hits.map((h) => h.id), catalog);
  const matched = new Map(result.hits.map((h) => [h.id, h.matched]));
  if (!products.length) return { ...base, mode: 'none', query, queryText, total: 0 };
  return {
    ...base,
    mode,
    ...(relaxed.length ? { relaxed } : {}),
    query,
    queryText,
    total: result.total,
    products: ranked(products, (p) => searchReason(p, query.text || queryText, lang, s, matched.get(p.id))),
    offset,
  };
}

type Relax = [string, (q: ParsedQuery) => ParsedQuery | null];
const without = (q: ParsedQuery, ...keys: (keyof SearchFilters)[]): ParsedQuery | null => {
  const f = { ...q.filters } as Record<string, unknown>;
  let changed = false;
  for (const k of keys) if (f[k] !== undefined) (delete f[k], (changed = true));
  return changed ? { ...q, filters: f as SearchFilters } : null;
};
/** What an empty search lets go of, least important first; the product type is never dropped. */
const RELAXATIONS: Relax[] = [
  ['words', (q) => (q.text.trim() && !q.filters.ids?.length ? { ...q, text: '' } : q.text.trim() && (q.filters.categories?.length || q.filters.ids?.length) ? { ...q, text: '' } : null)],
  ['rating', (q) => without(q, 'minRating')],
  ['stock', (q) => without(q, 'inStock', 'onSale')],
  ['colour', (q) => without(q, 'colors')],
  ['feature', (q) => without(q, 'attributes')],
  ['brand', (q) => without(q, 'brands')],
  ['price', (q) => without(q, 'priceMin', 'priceMax')],
];

/** The catalog's yes/no answer to a question about one product's colour, sale, stock or feature. */
function factVerdict(p: Product, request: ShopperRequest | undefined, findings: (boolean | null | undefined)[]): Partial<Pick<Grounding, 'verdict' | 'askedColors' | 'askedSale'>> {
  const f = request?.query.filters;
  if (f?.colors?.length) {
    const own = new Set(productColors(p).flatMap((c) => colorIds(c)));
    return { verdict: f.colors.some((c) => own.has(c)) ? 'yes' : 'no', askedColors: f.colors };
  }
  if (f?.onSale) return { verdict: discountPercent(p.price, p.listPrice) > 0 ? 'yes' : 'no', askedSale: true };
  if (f?.inStock) return { verdict: inStockNow(p.availability) ? 'yes' : 'no' };
  for (const [key, want] of Object.entries(f?.attributes ?? {})) {
    const own = p.attributes[key];
    if (own === undefined || !want.includes('yes')) continue;
    const b = booleanValue(String([own].flat()[0] ?? ''));
    if (b !== null) return { verdict: b ? 'yes' : 'no' };
  }
  const known = findings.filter((v): v is boolean => typeof v === 'boolean');
  if (known.length) return { verdict: known[0] ? 'yes' : 'no' };
  if (findings.some((v) => v === null)) return { verdict: 'unknown' };
  return {};
}
