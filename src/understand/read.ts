/**
 * Reads one shopper message against the catalog's lexicon and the dialogue so far, into a typed
 * request: what they want done (the intent), which product type(s) they mean — the head noun first,
 * modifiers after ("waterproof jacket for hiking" is a jacket) — filters and exclusions, quantities
 * ("for 4 people"), a pick among what was shown ("which one is lighter?"), a gift, and whether the shop
 * sells the thing at all. Both answer paths consume this: retrieval directly, the model through the
 * same `Intent` it fills from its JSON-schema call.
 */
import type { Product } from '../catalog/types.ts';
import type { Lang } from '../i18n/types.ts';
import type { ParsedQuery, SearchFilters } from '../search/types.ts';
import { COLOR_WORD_LIST } from '../search/colors.ts';
import { classifyIntent, type Intent, type IntentContext } from './intents.ts';
import type { Lexicon, ProductType } from './lexicon.ts';
import { CHEAPER, MORE } from './refine.ts';
import { quantitiesIn, satisfies, type Family, type QuantityAsk } from './units.ts';
import { abbreviates, cjkRuns, cjkWords, editDistance, isCjkText, latinWords, wordKey } from './words.ts';
import { DESCRIBING_WORDS, GENERIC_WORDS, GIFT_RECIPIENT } from './word-lists.ts';

/** How a "which one …?" question picks among the products shown. */
export interface PickBy {
  by: 'price' | 'rating' | 'measure' | 'words';
  dir: 'min' | 'max';
  family?: Family;
  /** For 'words': what it should be good for ("a beginner"). */
  words?: string;
}

export interface ShopperRequest {
  intent: Intent;
  /** Product types named, head first. */
  types: ProductType[];
  /** The product word the shop does not sell ("blender", "laptops"), when that is what was asked for. */
  notSold?: string;
  /** The search to run: words left after filters and types, filters (types, quantities, brands…), sort. */
  query: ParsedQuery;
  quantities: QuantityAsk[];
  pick?: PickBy;
  gift?: { recipient?: string };
  /** The message asks about the page's (or the focused) product, not for a search. */
  aboutFocus: boolean;
}

export interface ReadContext extends IntentContext {
  lexicon: Lexicon;
  /** The catalog-vocabulary filter parser. */
  parse(text: string): ParsedQuery;
}

const SPLIT_WORDS = new Set(['for', 'with', 'to', 'that', 'which', 'under', 'over', 'below', 'above', 'except', 'without', 'but', 'not', 'from', 'like', 'than', 'in', 'near', 'around', 'between', 'who', 'when', 'if']);
const FUNCTION_WORDS = new Set(
  "recommend suggest compare comparison review reviews rating ratings price prices deal sale available availability stock shipping delivery return returns warranty size sizes color colour colors colours a an the and or of for with to in on at by is are am be do does did can could would should will i me my we you your it its this that these those some any any one ones what which who how where when there here please show find get buy need want looking look like love have has got sell sells carry stock offer see tell give just only also too very really so more most less about around under over below above than than from not no yes hi hello hey thanks ok okay kind sort type something anything else other others all every each much many lot lots way".split(' '),
);

/** Picks: the comparative the shopper used → how to choose. */
const PICKS: [RegExp, PickBy][] = [
  [/\b(?:lightest|lighter|least heavy)\b|最轻|更轻|轻一点|哪个轻|比较轻/i, { by: 'measure', family: 'mass', dir: 'min' }],
  [/\b(?:heaviest|heavier)\b|最重|更重/i, { by: 'measure', family: 'mass', dir: 'max' }],
  [/\b(?:cheapest|cheaper|least expensive|lowest price)\b|最便宜|更便宜|便宜一点|哪个便宜|价格低/i, { by: 'price', dir: 'min' }],
  [/\b(?:most expensive|pricier|priciest)\b|最贵|更贵/i, { by: 'price', dir: 'max' }],
  [/\b(?:best[- ]rated|highest[- ]rated|better rated|better reviews|best reviews|most popular)\b|评分最高|好评最多|口碑更好|评价更好/i, { by: 'rating', dir: 'max' }],
  [/\b(?:longest battery|longer battery|lasts? longer|longest[- ]lasting)\b|续航(?:更|最)?(?:长|久)|电池(?:更|最)?(?:耐用|久)/i, { by: 'measure', family: 'time', dir: 'max' }],
  [/\b(?:more powerful|most powerful|louder|loudest)\b|功率(?:更|最)?大|更响/i, { by: 'measure', family: 'power', dir: 'max' }],
  [/\b(?:bigger|biggest|larger|largest|more capacity|holds? more|roomier|roomiest)\b|容量(?:更|最)?大|更大|最大|装得(?:更)?多/i, { by: 'measure', family: 'volume', dir: 'max' }],
  [/\b(?:smaller|smallest|more compact|most compact)\b|更小|最小/i, { by: 'measure', family: 'volume', dir: 'min' }],
];
const WHICH = /\b(?:which|what)\s+(?:one|of (?:them|these|those|the \w+)|is|would|should|do you)|\bwhich\b|哪(?:个|款|一个|一款|双|件|台|只)|选哪/i;
const BETTER_FOR = /\b(?:better|best|good|suited|suitable|recommended?)\s+for\s+(.+?)[?.!]*$|(?:适合|更适合)(.+?)(?:的|用)?[?？吗呢]*$/i;

/** Questions whose answer is one product's fact: price, stock, sale, sizes, colours, delivery. */
const FACT_Q = /\b(?:how much|price|cost|on sale|discount|in stock|available|sizes?|colou?rs?|ship|delivery|warranty)\b|多少钱|价格|价钱|几块|打折|优惠|有货|库存|尺码|颜色|发货|保修/i;

const GIFT = /\b(?:gifts?|presents?|stocking stuffers?|something for (?:my|a|our))\b|礼物|送礼|礼品|送给|送人/i;
const POPULAR = /^(?:what(?:'s| is| are)\s+)?(?:popular|trending|hot|best[- ]?sell(?:ers?|ing))(?:\s+(?:right now|now|here|today|this week))?[?.!]*$|(?:什么|哪些)?(?:最)?(?:热销|热卖|受欢迎|流行|爆款)(?:的)?(?:是什么|有哪些|呢)?[?？]*$|^(?:what do people buy|what's everyone buying)/i;
const SUGGEST_ANY = /^(?:(?:please\s+)?(?:recommend|suggest)\s+(?:me\s+)?(?:something|anything|some(?:thing)? (?:good|nice))|surprise me|give me (?:some )?(?:ideas|suggestions|recommendations))[.!?]*$|^(?:给我)?推荐(?:点|一些|几个|一下)?(?:东西|好东西|商品|好物)?[吧吗。！!？?]*$|随便推荐/i;

/** A Chinese "thing" phrase: the shopper names an object ("有卖笔记本电脑吗", "有没有吸尘器"). */
const ZH_ASK_THING = /(?:有没有|有卖|卖不卖|卖|有)([\u3400-\u9fff]{2,8}?)(?:吗|么|嘛|呢|[?？]|$)/;
const ZH_FUNCTION = /^(?:多少钱|多少|什么|哪些|一些|东西|推荐|一下|这个|那个|这款|便宜|好的|好用|合适|适合|最好|折扣|打折|优惠|活动|货|现货|库存|颜色|尺码|多少|价格|评价|质量)$/;

interface TypeHit {
  type: ProductType;
  start: number;
  end: number;
  words: number;
}

/**
 * Replaces words the catalog never uses with its nearest word ("shoos" → "shoes"). Only words the
 * filter parser left (`free`): "sale", "available" or "recommend" are understood, not misspelt.
 */
function fixTypos(message: string, lex: Lexicon, free: Set<string>): string {
  return message.replace(/[A-Za-z]{4,}/g, (w) => {
    const k = wordKey(w);
    if (!free.has(w.toLowerCase()) || lex.df.has(k) || lex.synonyms.has(k) || lex.textDf.has(k) || FUNCTION_WORDS.has(w.toLowerCase()) || DESCRIBING_WORDS.has(w.toLowerCase())) return w;
    const max = k.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestD = max + 1;
    let bestDf = 0;
    for (const [cand, df] of lex.df) {
      if (Math.abs(cand.length - k.length) > max || cand[0] !== k[0]) continue;
      // Two edits only between words of similar length: "blender" is not a typo of "blend".
      const cap = Math.abs(cand.length - k.length) > 1 ? 1 : max;
      const d = editDistance(k, cand, cap);
      if (d > cap) continue;
      if (d < bestD || (d === bestD && df > bestDf)) [best, bestD, bestDf] = [cand, d, df];
    }
    return best && bestD <= max ? best : w;
  });
}

/** Latin words of a text with their character offsets. */
function wordSpans(text: string): { w: string; k: string; start: number; end: number }[] {
  const out: { w: string; k: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9\u00c0-\u024f]+(?:['’][a-z]+)?/g)) out.push({ w: m[0], k: wordKey(m[0]), start: m.index!, end: m.index! + m[0].length });
  return out;
}

/**
 * Product types named in Latin words. The core of the message is what comes before its first
 * "for/with/under/…"; the type is the rightmost type phrase in the core (the head noun), longest first —
 * "socks for running shoes" is socks, "light waterproof jacket" is a jacket.
 */
function latinTypes(text: string, lex: Lexicon): TypeHit[] {
  const spans = wordSpans(text);
  if (!spans.length) return [];
  const hits: TypeHit[] = [];
  for (let i = 0; i < spans.length; i++) {
    for (let n = Math.min(3, spans.length - i); n >= 1; n--) {
      const key = spans.slice(i, i + n).map((s) => s.k).join(' ');
      const t = lex.types.get(key) ?? lex.synonyms.get(key)?.[0];
      if (t) hits.push({ type: t, start: spans[i]!.start, end: spans[i + n - 1]!.end, words: n });
    }
  }
  // A head noun the catalog uses only in longer type names ("maker" in "coffee maker").
  if (!hits.length) {
    for (const s of spans) {
      const list = lex.byHead.get(s.k);
      if (list?.length && !GENERIC_WORDS.has(s.k)) hits.push({ type: list[0]!, start: s.start, end: s.end, words: 1 });
    }
  }
  if (!hits.length) return [];
  const split = spans.find((s, i) => i > 0 && SPLIT_WORDS.has(s.w.toLowerCase()) && hits.some((h) => h.end <= s.start));
  const core = split ? hits.filter((h) => h.end <= split.start) : hits;
  const pool = core.length ? core : hits;
  const end = Math.max(...pool.map((h) => h.end));
  const atHead = pool.filter((h) => h.end === end).sort((a, b) => b.words - a.words);
  let head = atHead[0]!;
  // A title phrase ("merino sock") gives way to the category its head names ("Socks"): the modifier
  // then ranks within the whole category instead of hiding products titled differently.
  if (!head.type.categories.length && head.words > 1) {
    const single = atHead.find((h) => h.words === 1 && h.type.categories.length);
    if (single) head = single;
  }
  const chosen = [head];
  // "tents and backpacks", "jackets or vests": types joined by and/or in the core are all wanted.
  for (const h of pool) {
    if (h === head || h.end > head.start) continue;
    const between = text.slice(h.end, head.start);
    if (/^\s*(?:,|and|or|&|\/)\s*(?:\w+\s*,?\s*)?$/i.test(between) && !chosen.some((c) => c.start <= h.start && c.end >= h.end)) chosen.unshift(h);
  }
  return chosen;
}

/** Chinese types: the rightmost catalog type word in the message, or one it abbreviates ("跑鞋" → 跑步鞋). */
function cjkTypes(text: string, lex: Lexicon): TypeHit[] {
  const hits: TypeHit[] = [];
  for (const [key, t] of lex.types) {
    if (!isCjkText(key) || key.length < 2) continue;
    let from = 0;
    for (let i = text.indexOf(key, from); i >= 0; i = text.indexOf(key, from)) {
      hits.push({ type: t, start: i, end: i + key.length, words: key.length });
      from = i + 1;
    }
  }
  for (const [key, list] of lex.synonyms) {
    if (!isCjkText(key)) continue;
    const i = text.lastIndexOf(key);
    if (i >= 0) hits.push({ type: list[0]!, start: i, end: i + key.length, words: key.length });
  }
  if (!hits.length) {
    for (const run of cjkRuns(text)) {
      const at = text.indexOf(run);
      for (const w of cjkWords(run).concat(run.length <= 4 ? [run] : [])) {
        for (const [key, t] of lex.types) {
          if (isCjkText(key) && abbreviates(w, key)) {
            const i = text.indexOf(w, at);
            hits.push({ type: t, start: i, end: i + w.length, words: w.length });
          }
        }
      }
    }
  }
  if (!hits.length) {
    // A compound the catalog writes differently ("登山鞋" for 登山靴): the type sharing most of its pairs.
    for (const run of cjkRuns(text)) {
      for (const w of cjkWords(run)) {
        if (w.length < 3) continue;
        const pairs = new Set<string>();
        for (let i = 0; i + 2 <= w.length; i++) pairs.add(w.slice(i, i + 2));
        let best: { t: ProductType; shared: number } | null = null;
        for (const [key, t] of lex.types) {
          if (!isCjkText(key) || key.length < 2) continue;
          let shared = 0;
          for (const p of pairs) if (key.includes(p)) shared++;
          if (shared && shared / pairs.size >= 0.5 && (!best || shared > best.shared || (shared === best.shared && t.count > best.t.count))) best = { t, shared };
        }
        if (best) {
          const i = text.indexOf(w);
          hits.push({ type: best.t, start: i, end: i + w.length, words: w.length });
        }
      }
    }
  }
  if (!hits.length) return [];
  // "送给妈妈的咖啡机" / "跑步鞋配什么袜子": the head is rightmost; a longer word there wins over its tail.
  const end = Math.max(...hits.map((h) => h.end));
  const atEnd = hits.filter((h) => h.end === end).sort((a, b) => b.words - a.words || b.type.count - a.type.count);
  return [atEnd[0]!];
}

/** The word the shopper wants that the shop does not sell, if any. */
function unsoldWord(text: string, types: TypeHit[], filtersRest: string, lex: Lexicon, intent: Intent): string | undefined {
  // filtersRest: the words the filter parser left ("cheapest in-stock blender" → "blender").
  if (types.length) return undefined;
  const searchLike = intent.kind === 'search' || intent.kind === 'best-deal' || (intent.kind === 'recommend' && !!intent.query && !GIFT.test(text));
  if (!searchLike || intent.refine) return undefined;
  // Chinese: an object named after 有/卖/有没有 whose characters the catalog never uses together.
  const zh = ZH_ASK_THING.exec(text.replace(/[的了]/g, ''));
  const cjkCandidates = zh ? [zh[1]!] : cjkRuns(filtersRest).flatMap((r) => cjkWords(r)).filter((w) => w.length >= 2).slice(-1);
  for (const w of cjkCandidates) {
    if (ZH_FUNCTION.test(w) || COLOR_WORD_LIST.some((c) => c.word === w)) continue;
    let known = 0;
    for (let i = 0; i + 2 <= w.length; i++) if (lex.cjkBigrams.has(w.slice(i, i + 2))) known++;
    if (known / Math.max(1, w.length - 1) < 0.5) return w;
  }
  // Latin: the last content word before any "for/with/…" — the head noun.
  const spans = wordSpans(filtersRest).filter((s) => !/\d/.test(s.w));
  const cut = spans.findIndex((s, i) => i > 0 && SPLIT_WORDS.has(s.w.toLowerCase()));
  const plain = (w: string) => w.toLowerCase().replace(/['’]s$/, '');
  const core = (cut > 0 ? spans.slice(0, cut) : spans).filter((s) => !FUNCTION_WORDS.has(plain(s.w)) && !DESCRIBING_WORDS.has(plain(s.w)));
  const head = core.at(-1);
  if (!head || lex.brands.has(head.w.toLowerCase()) || head.k.length < 3) return undefined;
  const known = lex.df.get(head.k) ?? 0;
  const adjective = /(?:able|ible|ful|ous|ive|al|ic|ed|ing|less|ish|y)$/i.test(head.w);
  if (adjective && !/s$/i.test(head.w)) return undefined;
  if (!known && !lex.textDf.has(head.k)) return head.w;
  // Known only as a modifier ("laptop" in "laptop sleeve"), and asked for as a thing: plural or after a/an/any.
  const asThing = head.w.toLowerCase() !== head.k && /s$/i.test(head.w);
  const named = (core.length === 1 && spans.length === 1) || new RegExp(`\\b(?:a|an|any|some|sell|have|carry)\\s+(?:\\w+\\s+)?${head.w}\\b`, 'i').test(text);
  if (!(lex.headDf.get(head.k) ?? 0) && !lex.byHead.has(head.k) && !lex.valueDf.has(head.k) && (asThing || named)) return head.w;
  return undefined;
}

function removeSpans(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = `${out.slice(0, s.start)} ${out.slice(s.end)}`;
  return out.replace(/\s+/g, ' ').trim();
}

/** Products of the types: category filters where the type is a category, ids where it comes from titles. */
export function typeFilter(types: ProductType[]): Partial<SearchFilters> {
  if (!types.length) return {};
  if (types.every((t) => t.categories.length)) return { categories: [...new Set(types.flatMap((t) => t.categories))] };
  return { ids: [...new Set(types.flatMap((t) => [...t.ids]))] };
}

/** Ids of products whose measured attributes satisfy every quantity asked (null: nothing measured). */
export function quantityIds(asks: QuantityAsk[], lex: Lexicon): Set<string> | null {
  let ids = null as Set<string> | null;
  for (const ask of asks) {
    const measured = lex.measured.filter((m) => m.family === ask.family);
    if (!measured.length) continue;
    const ok = new Set<string>();
    for (const m of measured) for (const [id, v] of m.values) if (satisfies(v, ask)) ok.add(id);
    ids = ids ? new Set<string>([...ids].filter((id: string) => ok.has(id))) : ok;
  }
  return ids;
}

function intersect(a: string[] | undefined, b: Iterable<string>): string[] {
  const set = new Set(b);
  return a ? a.filter((x) => set.has(x)) : [...set];
}

export function readMessage(message: string, ctx: ReadContext): ShopperRequest {
  const lex = ctx.lexicon;
  const raw = message.normalize('NFKC');
  const free = new Set(latinWords(ctx.parse(raw).text).map((w) => w.toLowerCase()));
  const text = fixTypos(raw, lex, free);
  let intent = classifyIntent(text, ctx);
  const focus = ctx.focusId ?? ctx.currentProductId;

  // The product words (the question's scaffolding off); quantities come out first: "tents for 4
  // people" must not search for "4".
  const words = intent.query || text;
  const quantities = quantitiesIn(words);
  const noQuantities = removeSpans(words, quantities);
  const types = isCjkText(noQuantities) ? [...latinTypes(noQuantities, lex), ...cjkTypes(noQuantities, lex)] : latinTypes(noQuantities, lex);
  const chosen = types.length > 1 && isCjkText(noQuantities) ? types.slice(-1) : types;
  const parsed = ctx.parse(removeSpans(noQuantities, chosen));
  const filters: SearchFilters = { ...parsed.filters };
  const typeList = chosen.map((h) => h.type);
  if (typeList.length) {
    delete filters.categories;
    Object.assign(filters, typeFilter(typeList));
  }
  // Brands written only in titles filter by the products that carry them.
  const titleBrandIds: string[][] = [];
  for (const w of latinWords(parsed.text)) {
    const ids = lex.titleBrands.get(w.toLowerCase());
    if (ids) titleBrandIds.push([...ids]);
  }
  let rest = parsed.text;
  if (titleBrandIds.length) {
    filters.ids = intersect(filters.ids, titleBrandIds.flat());
    rest = latinWords(rest).filter((w) => !lex.titleBrands.has(w.toLowerCase())).join(' ');
  }
  const qIds = quantityIds(quantities, lex);
  if (qIds) filters.ids = intersect(filters.ids, qIds);
  const query: ParsedQuery = { text: rest, filters, ...(parsed.sort ? { sort: parsed.sort } : {}) };

  // Gifts and "recommend me something": recommendations, not a search for the word "gift".
  let gift: ShopperRequest['gift'];
  if (GIFT.test(text) && !['compare', 'review-summary', 'shop-question', 'product-question'].includes(intent.kind)) {
    const r = GIFT_RECIPIENT.exec(text);
    gift = r ? { recipient: (r[1] ?? r[2])!.toLowerCase() } : {};
    intent = { ...intent, kind: 'recommend' };
  } else if (SUGGEST_ANY.test(text.trim()) || POPULAR.test(text.trim())) {
    intent = { ...intent, kind: 'recommend', query: '' };
  }

  // "Which one is lighter?" after a list or comparison picks one of them.
  let pick: PickBy | undefined;
  if (ctx.lastResultIds.length >= 2 && WHICH.test(text) && !typeList.length) {
    pick = PICKS.find(([re]) => re.test(text))?.[1];
    const forWhom = BETTER_FOR.exec(text);
    if (!pick && forWhom) pick = { by: 'words', dir: 'max', words: (forWhom[1] ?? forWhom[2] ?? '').trim() };
    if (!pick && /\b(?:better|best)\b|哪个好|哪款好|更好/i.test(text)) pick = { by: 'rating', dir: 'max' };
    if (pick) intent = { ...intent, kind: 'compare', refs: [{ kind: 'previous' }] };
  }

  // A question about the focused product made only of its facts ("is it on sale?", "多少钱", "有蓝色的吗").
  const namesSomething = typeList.length > 0 || !!filters.brands?.length || /\b(?:show|find|search|looking|any|recommend|other|others|similar|alternatives?)\b|推荐|别的|其他|类似|还有什么/i.test(text);
  const factQuestion = intent.kind === 'search' && !intent.refine && !!focus && !namesSomething && /[?？]|吗|么|\b(?:is|does|do|can|has|have|how much|what)\b|多少|几/i.test(text);
  let aboutFocus = intent.kind === 'product-question';
  if (factQuestion && (filters.colors?.length || filters.onSale || filters.inStock || quantities.length || FACT_Q.test(text) || !contentLeft(rest, lex))) {
    intent = { ...intent, kind: 'product-question', refs: intent.refs.length ? intent.refs : [{ kind: 'current' }] };
    aboutFocus = true;
  }

  // "Is it on sale?" / "这款打折吗" on a product: the product's own deal, not the shop's.
  if (intent.kind === 'best-deal' && focus && intent.refs.some((r) => r.kind === 'current') && !typeList.length) {
    intent = { ...intent, kind: 'product-question' };
    aboutFocus = true;
  }

  // Refinements keep the type: a follow-up with no type of its own and only filters narrows the last list.
  const refineWords = CHEAPER.test(text) || /换个|换一个|换成|有没有别的颜色|other colou?rs?|in (?:a )?different colou?r/i.test(text);
  if (!typeList.length && !intent.refine && intent.kind === 'search' && (ctx.hasPreviousSearch || focus) && refineWords && !contentLeft(rest, lex)) {
    intent = { ...intent, refine: true };
  }
  if (MORE.test(text.trim()) && ctx.hasPreviousSearch) intent = { ...intent, kind: 'search', refine: true };

  const notSold = unsoldWord(text, chosen, parsed.text, lex, intent);
  return { intent, types: typeList, notSold, query, quantities, pick, gift, aboutFocus };
}

/** Whether words are left that say what to search for (not only filler like "something", "的"). */
function contentLeft(rest: string, lex: Lexicon): boolean {
  const latin = latinWords(rest).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()) && !DESCRIBING_WORDS.has(w.toLowerCase()) && !/^(?:cheaper|cheap|expensive|colou?rs?|one|ones)$/i.test(w));
  const zh = cjkRuns(rest)
    .flatMap((r) => cjkWords(r))
    .filter((w) => !/^(?:的|了|吗|呢|吧|有|没有|一点|一些|点|些|换个|换一个|换|要|我|想|给|看看|还有|别的|其他|便宜|更|再|什么|颜色|个|款|是|不是|这|那|这款|这个)$/.test(w));
  void lex;
  return latin.length > 0 || zh.length > 0;
}

/** One product picked from `products` by `pick` (null when the catalog cannot tell them apart). */
export function pickProduct(products: Product[], pick: PickBy, lex: Lexicon, matches?: (p: Product) => number): Product | null {
  const score = (p: Product): number | null => {
    if (pick.by === 'price') return p.price ?? null;
    if (pick.by === 'rating') return p.rating ? (p.rating.value / (p.rating.best || 5)) * 5 + Math.log1p(p.rating.count) / 100 : null;
    if (pick.by === 'measure') {
      for (const m of lex.measured) if (m.family === pick.family && m.values.has(p.id)) return m.values.get(p.id)!;
      return null;
    }
    return matches ? matches(p) : null;
  };
  const scored = products.map((p) => ({ p, s: score(p) })).filter((x): x is { p: Product; s: number } => x.s !== null);
  if (scored.length < 2 && !(scored.length === 1 && products.length === 1)) return null;
  scored.sort((a, b) => (pick.dir === 'min' ? a.s - b.s : b.s - a.s));
  if (scored.length >= 2 && scored[0]!.s === scored[1]!.s && pick.by !== 'words') return null;
  return scored[0]!.p;
}

export type { Lang };
