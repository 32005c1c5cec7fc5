/**
 * Reads one shopper message against the catalog's lexicon and the dialogue so far, into a typed
 * request: what they want done (the intent), which product type(s) they mean — the head noun first,
 * modifiers after ("waterproof jacket for hiking" is a jacket) — filters and exclusions, quantities
 * ("for 4 people"), a pick among what was shown ("which one is lighter?"), a gift, and whether the shop
 * sells the thing at all. Both answer paths consume this: retrieval directly, the model through the
 * same `Intent` it fills from its JSON-schema call.
 */
import type { Product } from '../catalog/types.ts';
import type { ParsedQuery, SearchFilters } from '../search/types.ts';
import { COLOR_WORD_LIST } from '../search/colors.ts';
import { classifyIntent, type Intent, type IntentContext } from './intents.ts';
import { CONCEPTS, booleanValue, conceptForKey, conceptsInQuestion } from './concepts.ts';
import type { Lexicon, ProductType } from './lexicon.ts';
import { CHEAPER, MORE } from './refine.ts';
import { releaseIn, releaseOf, type Release } from './release.ts';
import { asksAboutPriceChanges } from './price-memory-words.ts';
import { BOUND_AFTER, boundSaidBefore, countOf, quantitiesIn, satisfies, spelledNumbers, type Family, type QuantityAsk } from './units.ts';
import { abbreviates, cjkRuns, cjkWords, editDistance, isCjkText, latinWords, wordKey } from './words.ts';
import { DESCRIBING_WORDS, GENERIC_WORDS, GIFT_RECIPIENT, PRODUCT_COMPOUNDS, RECIPIENT_WORDS } from './word-lists.ts';

/** How a "which one …?" question picks among the products shown. */
export interface PickBy {
  by: 'price' | 'rating' | 'measure' | 'words';
  dir: 'min' | 'max';
  family?: Family;
  /** Every family the word may mean, in order ("thickest": a towel's gsm, a mat's millimetres). */
  families?: Family[];
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
  /** The message asks which products the shopper looked at changed in price or stock (answered from history). */
  aboutPriceMemory: boolean;
  /** Products like this one ("cheaper socks?" on a socks page): its kind; `cheaper`: below its price. */
  relativeTo?: string;
  cheaper?: boolean;
  /**
   * "bigger ones?", "lighter ones under 2 kg", "再大一点的" after a list: more (or less) of a measure than
   * the products shown, the list's kind otherwise unchanged (a refinement, like "cheaper ones").
   */
  beyondShown?: PickBy;
  /** "any price is fine", "不用防水了" after a list: the conditions of the last search to drop. */
  release?: Release;
}

export interface ReadContext extends IntentContext {
  lexicon: Lexicon;
  /** The catalog-vocabulary filter parser. */
  parse(text: string): ParsedQuery;
}

const SPLIT_WORDS = new Set(['for', 'with', 'to', 'that', 'which', 'under', 'over', 'below', 'above', 'except', 'without', 'but', 'not', 'from', 'like', 'than', 'in', 'near', 'around', 'between', 'who', 'when', 'if']);
const FUNCTION_WORDS = new Set(
  "second third fourth fifth though although anyway actually maybe perhaps probably please thank thanks really pretty quite rather very much many more most less least enough just only even still already yet again back away out off up down over under into onto through about above below after before during while since until because though whether every each both few several such own same other another any some all none either neither then instead first last moment time times now today right currently similar same different else also too sorted sort order ordered rank lowest highest anyone everyone people person someone something everything nothing ones one bit lot little whats recommend suggest compare comparison review reviews rating ratings price prices cost costs costing priced cheapest priciest deal sale available availability stock shipping delivery return returns warranty size sizes color colour colors colours a an the and or of for with to in on at by is are am be do does did can could would should will i me my we you your it its this that these those some any any one ones what which who how where when there here please show find get buy need want looking look like love have has got sell sells carry stock offer see tell give just only also too very really so more most less about around under over below above than than from not no yes hi hello hey thanks ok okay kind sort type something anything else other others all every each much many lot lots way".split(' '),
);

/** Picks: the comparative the shopper used → how to choose. */
const PICKS: [RegExp, PickBy][] = [
  [/\b(?:lightest|lighter|least heavy|weighs? (?:the )?least|weighs? less|least weight|lowest weight)\b|最轻|更轻|轻一点|轻一些|轻些|再轻|哪个轻|比较轻/i, { by: 'measure', families: ['mass', 'density'], dir: 'min' }],
  // A heavy towel is a high-gsm one.
  [/\b(?:heaviest|heavier|weighs? (?:the )?most|weighs? more)\b|最重|更重|重一点|重一些|再重/i, { by: 'measure', families: ['mass', 'density'], dir: 'max' }],
  [/\b(?:cheapest|cheaper|least expensive|less expensive|lowest[- ]price[ds]?|lower[- ]priced|most affordable|more affordable|costs? (?:the )?least|costs? less|least money|best value|best price|lowest cost)\b|最便宜|更便宜|便宜一点|哪个便宜|价格(?:最)?低|最实惠|最划算|性价比最高/i, { by: 'price', dir: 'min' }],
  [/\b(?:most expensive|more expensive|pricier|priciest|costs? (?:the )?most|highest[- ]priced)\b|最贵|更贵|价格最高/i, { by: 'price', dir: 'max' }],
  [/\b(?:best[- ]rated|highest[- ]rated|better rated|better reviews|best reviews|most popular)\b|评分最高|好评最多|口碑更好|评价更好/i, { by: 'rating', dir: 'max' }],
  [/\b(?:longest battery|longer battery|best battery|lasts? (?:the )?long(?:er|est)|longest[- ]lasting|long(?:er|est) (?:on a (?:single )?charge|between charges|run ?time)|burns? (?:the )?long(?:er|est)|long(?:er|est)[- ]burning)\b|续航(?:更|最)?(?:长|久)|电池(?:更|最)?(?:耐用|久)|(?:燃烧|燃|烧)(?:得)?(?:更|最)?久/i, { by: 'measure', family: 'time', dir: 'max' }],
  [/\b(?:more powerful|most powerful|louder|loudest)\b|功率(?:更|最)?大|更响|最响|(?:声音|音量)(?:更|最)大/i, { by: 'measure', family: 'power', dir: 'max' }],
  [/\b(?:bigger|biggest|larger|largest|more capacity|holds? (?:the )?most|holds? more|roomier|roomiest|most (?:room|space|capacity)|more (?:room|space))\b|容量(?:更|最)?大|更大|最大|大一点|大一些|大些|再大|装得(?:更)?多|空间(?:更|最)?大/i, { by: 'measure', families: ['volume', 'area', 'length', 'people', 'mass'], dir: 'max' }],
  [/\b(?:most|more) (?:pieces|items|knives|bits|parts)\b|件数最多|件数多|最多件|件(?:数)?更多/i, { by: 'measure', family: 'count', dir: 'max' }],
  [/\b(?:quieter|quietest|less noisy|least noisy|lower noise)\b|更安静|最安静|安静一点|安静些|噪音(?:更|最)?小|声音(?:更|最)?小/i, { by: 'measure', family: 'sound', dir: 'min' }],
  [/\b(?:more powerful suction|stronger suction|most suction)\b|吸力(?:更|最)?大|吸力(?:更|最)?强/i, { by: 'measure', family: 'pressure', dir: 'max' }],
  [/\b(?:smaller|smallest|more compact|most compact)\b|更小|最小|小一点|小一些|小些|再小/i, { by: 'measure', families: ['volume', 'area', 'length', 'people', 'mass'], dir: 'min' }],
  [/\b(?:thickest|thicker|plushest|plusher|densest)\b|最厚|更厚|厚一点|厚一些|再厚|哪个厚|比较厚/i, { by: 'measure', families: ['density', 'length'], dir: 'max' }],
  [/\b(?:thinnest|thinner)\b|最薄|更薄|薄一点|薄一些|再薄|哪个薄/i, { by: 'measure', families: ['length', 'density'], dir: 'min' }],
  // Without a named attribute, "longest" is time or length, whichever these products have.
  [/\b(?:longest|longer)\b|最长|更长|长一点|长一些|再长/i, { by: 'measure', families: ['time', 'length'], dir: 'max' }],
  [/\b(?:shortest|shorter)\b|最短|更短|短一点|短一些|再短/i, { by: 'measure', families: ['length', 'time'], dir: 'min' }],
];

/** The families a measured pick compares, in order. */
export function pickFamilies(pick: PickBy): Family[] {
  return pick.families ?? (pick.family ? [pick.family] : []);
}

/**
 * The adjective of a superlative ("heaviest" → heavy, "biggest" → big, "warmest" → warm), when it is one:
 * its base is a describing word or a word of the shop's descriptions ("forest", "vest" are not).
 */
export function superlativeBase(word: string, lex: Lexicon): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 6 || !w.endsWith('est')) return undefined;
  const stemmed = w.slice(0, -3);
  const bases = [stemmed, `${stemmed}e`, stemmed.slice(0, -1), w.endsWith('iest') ? `${w.slice(0, -4)}y` : ''];
  for (const b of bases) {
    if (b.length < 3 || FUNCTION_WORDS.has(b)) continue;
    if (DESCRIBING_WORDS.has(b) || conceptWords().has(b) || (b.length >= 4 && (lex.textDf.get(wordKey(b)) ?? 0) >= 2)) return b;
  }
  return undefined;
}

/**
 * A pick said on its own after a list: "the lightest one?", "cheapest one?", "最轻的呢", "the heaviest?".
 * What the superlative leaves is only scaffolding, so the shopper means the products they just saw.
 */
function superlativeAlone(text: string, lex: Lexicon): PickBy | undefined {
  const t = text.trim().replace(/[?？!！.。]+$/, '');
  for (const [re, by] of PICKS) {
    const m = re.exec(t);
    // Superlatives only: "something cheaper" after a list narrows it, "the cheapest one" picks.
    if (m && /est\b|\b(?:most|least)\b|最/i.test(m[0]) && isScaffold(t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length), lex)) return by;
  }
  const est = latinWords(t).find((w) => superlativeBase(w, lex));
  if (est && isScaffold(t.replace(new RegExp(`\\b${est}\\b`), ' '), lex)) return { by: 'words', dir: 'max', words: superlativeBase(est, lex)! };
  return undefined;
}

/** Only function words, and Chinese particles ("的呢", "是哪个"), with at most one word naming the measure ("burning"). */
function isScaffold(rest: string, lex: Lexicon): boolean {
  const zh = cjkRuns(rest).join('');
  if (zh && !/^(?:那|那么|要|还是|选)?(?:的|是|呢|吗|哪个|哪款|哪一个|哪一款|哪双|哪件|哪台|一个|一款|个|款|双|件|台)*$/.test(zh)) return false;
  const content = latinWords(rest).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()) && !/^(?:so|ok|okay|and|what|about|how|then|well|now)$/i.test(w));
  return content.length === 0 || (content.length === 1 && lex.measured.some((m) => latinWords(m.key).some((k) => wordKey(k) === wordKey(content[0]!))));
}

const WHICH = /\b(?:which|what)\s+(?:one|of (?:them|these|those|the \w+)|is|would|should|do you)|\bwhich\b|\bof (?:those|these|them|the (?:two|three))\b|哪(?:个|款|一个|一款|双|件|台|只)|选哪|这几个里|其中/i;
const BETTER_FOR = /\b(?:better|best|good|suited|suitable|recommended?|pick|choose|go for|get)\s+for\s+(.+?)[?.!]*$|(?:适合|更适合)(.+?)(?:的|用)?[?？吗呢]*$/i;


// "what should I get my sister", "送点什么好": choosing for someone else is a gift too.
const GIFT = new RegExp(
  String.raw`\b(?:gifts?(?! ?wrap)|presents?|stocking stuffers?|housewarming)\b|\b(?:get|buy|give)\s+(?:my|our)\s+(?:${RECIPIENT_WORDS})\b|礼物|送礼|礼品(?!包装)|送给|送人|送(?=[爸妈老朋同闺姐妹哥弟儿女孩爷奶外])|送(?:点|些|个|一些)?(?:什么|啥)`,
  'i',
);
const POPULAR = /^(?:what(?:'s| is| are)\s+)?(?:(?:most )?popular|trending|hot|best[- ]?sell(?:ers?|ing))(?:\s+(?:right now|now|here|today|this week|items|products))?[?.!]*$|(?:什么|哪些)?(?:最)?(?:热销|热卖|受欢迎|流行|爆款)(?:的)?(?:是什么|有哪些|呢)?[?？]*$|^what do (?:people|most people|customers|others) (?:buy|get|order)|^what(?:'s| is) everyone (?:buying|getting)|^what sells (?:best|most)|大家都在买|都在买什么|卖得(?:最)?好|什么卖得|买得最多/i;
const SUGGEST_ANY = /^(?:(?:please\s+)?(?:recommend|suggest)\s+(?:me\s+)?(?:something|anything|some(?:thing)? (?:good|nice))|give me (?:some )?(?:ideas|suggestions|recommendations))[.!?]*$|^surprise me\b|^(?:给我)?推荐(?:点|一些|几个|一下)?(?:东西|好东西|商品|好物)?[吧吗。！!？?]*$|随便推荐|随便看看/i;

const ZH_FUNCTION = /^(?:多少钱|多少|什么|哪些|一些|东西|推荐|一下|这个|那个|这款|便宜|好的|好用|合适|适合|最好|折扣|打折|优惠|活动|货|现货|库存|颜色|尺码|多少|价格|评价|质量)$/;

interface TypeHit {
  type: ProductType;
  start: number;
  end: number;
  words: number;
  /** Found through its head word only ("cooker" → rice cooker). */
  viaHead?: boolean;
}

/**
 * Replaces words the catalog never uses with its nearest word ("shoos" → "shoes"). Only words the
 * filter parser left (`free`): "sale", "available" or "recommend" are understood, not misspelt.
 */
function fixTypos(message: string, lex: Lexicon, free: Set<string>): string {
  // A type the catalog writes as one word, said as two ("back pack", "tooth brush"): that word. Not when
  // the two words are a type themselves.
  // (A lookahead, so that each word is tried with the one before it and the one after it.)
  message = message.replace(/\b([A-Za-z]{2,})\s+(?=([A-Za-z]{2,})\b)/g, (pair: string, a: string, b: string) =>
    lex.types.has(wordKey(a + b)) && !lex.types.has(`${wordKey(a)} ${wordKey(b)}`) ? a : pair);
  // A type said as one word that the catalog writes as two, the first shortened ("frypan" for frying pan),
  // or a feature's word fused with a type ("raincoats").
  message = message.replace(/[A-Za-z]{6,}/g, (w: string) => fusedType(w, lex) ?? featureAndType(w, lex) ?? w);
  // Five letters at least: short words are too often real words the catalog lacks ("wine" is not "wide") —
  // unless the fix completes a type with the word before it ("air fryr" → "air fryer").
  return message.replace(/[A-Za-z]{4,}/g, (w: string, at: number) => {
    // The stem decides: "saying" is "say", too short to correct safely ("stay").
    const fixed = fixWord(w, wordKey(w));
    if (fixed === w || wordKey(w).length >= 5) return fixed;
    const prev = /([A-Za-z]+)\s+$/.exec(message.slice(0, at))?.[1];
    const next = /^\s+([A-Za-z]+)/.exec(message.slice(at + w.length))?.[1];
    const fk = wordKey(fixed);
    return (prev && lex.types.has(`${wordKey(prev)} ${fk}`)) || (next && lex.types.has(`${fk} ${wordKey(next)}`)) ? fixed : w;
  });

  function fixWord(w: string, k: string): string {
    if (!free.has(w.toLowerCase()) || conceptWords().has(w.toLowerCase()) || lex.df.has(k) || lex.synonyms.has(k) || lex.textDf.has(k) || FUNCTION_WORDS.has(w.toLowerCase()) || DESCRIBING_WORDS.has(w.toLowerCase())) return w;
    // Comparatives and superlatives are understood, not misspelt: "thickest" is no "thickness". (After the
    // set lookups: this runs the pick patterns, and only words that could be typos need it.)
    if (PICKS.some(([re]) => re.test(w)) || superlativeBase(w, lex)) return w;
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
  }
}

/** Two-word types by their last word's key ("pan" → ["frying pan"]), once per lexicon. */
const twoWordTypes = new WeakMap<Lexicon, Map<string, string[]>>();

/** A word the catalog never writes: no title, text, type or word for one has it. */
function unknownWord(w: string, lex: Lexicon): boolean {
  const k = wordKey(w);
  return !lex.df.has(k) && !lex.types.has(k) && !lex.synonyms.has(k) && !lex.textDf.has(k);
}

/**
 * "frypan" → "frying pan": a word the catalog lacks that is a two-word type's last word after the start
 * (three letters or more) of its first. Of several types, the one whose products hold the others'.
 */
function fusedType(w: string, lex: Lexicon): string | undefined {
  if (!unknownWord(w, lex)) return undefined;
  let byHead = twoWordTypes.get(lex);
  if (!byHead) {
    byHead = new Map();
    for (const key of lex.types.keys()) {
      const parts = key.split(' ');
      if (parts.length !== 2 || isCjkText(key)) continue;
      const list = byHead.get(parts[1]!) ?? [];
      list.push(key);
      byHead.set(parts[1]!, list);
    }
    twoWordTypes.set(lex, byHead);
  }
  const lower = w.toLowerCase();
  // Keys of one type ("fry pan", "frying pan") count once.
  const found = new Map<ProductType | undefined, string>();
  for (let i = 3; i <= lower.length - 3; i++) {
    const first = lower.slice(0, i);
    for (const key of byHead.get(wordKey(lower.slice(i))) ?? []) if (key.split(' ')[0]!.startsWith(first) && !found.has(lex.types.get(key))) found.set(lex.types.get(key), key);
  }
  // Several: the one whose products hold all the others' ("fry pan" from four titles, within frying pans).
  const hits = [...found].map(([type, key]) => ({ ids: (type as ProductType).ids, key })).sort((a, b) => b.ids.size - a.ids.size);
  const widest = hits[0];
  return widest && hits.every((h) => [...h.ids].every((id) => widest.ids.has(id))) ? widest.key : undefined;
}

/**
 * "raincoats" → "rain coats": a word the catalog lacks that is a feature's word ("rain": waterproof)
 * written together with a type or a word for one. Only a feature's word: "toothbrush" is no brush.
 */
function featureAndType(w: string, lex: Lexicon): string | undefined {
  if (!unknownWord(w, lex)) return undefined;
  const lower = w.toLowerCase();
  for (let i = 3; i <= lower.length - 3; i++) {
    const [a, b] = [lower.slice(0, i), lower.slice(i)];
    if (conceptWords().has(a) && (lex.types.has(wordKey(b)) || lex.synonyms.has(wordKey(b)))) return `${a} ${b}`;
  }
  return undefined;
}

let conceptWordSet: Set<string> | null = null;
/** Words of the phrases shoppers use for features ("block out noise", "keeps drinks hot"): real words, never typos. */
function conceptWords(): Set<string> {
  return (conceptWordSet ??= new Set(CONCEPTS.flatMap((c) => [...c.terms, ...(c.names ?? [])]).flatMap((t) => t.toLowerCase().match(/[a-z]+/g) ?? [])));
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
      if (list?.length && !GENERIC_WORDS.has(s.k)) hits.push({ type: list[0]!, start: s.start, end: s.end, words: 1, viaHead: true });
    }
  }
  // "a scratching post", "something for grinding coffee": what the catalog calls the tool for that
  // verb ("scratcher", "grinder"), when nothing else in the message names a type.
  if (!hits.length) {
    for (const s of spans) {
      if (!/ing$/i.test(s.w) || s.k.length < 4) continue;
      const tool = ['er', 'r'].map((tail) => lex.types.get(`${s.k}${tail}`) ?? lex.byHead.get(`${s.k}${tail}`)?.[0]).find(Boolean);
      if (tool) {
        hits.push({ type: tool, start: s.start, end: s.end, words: 1 });
        break;
      }
    }
  }
  if (!hits.length) return [];
  // "something to sharpen my knives": a verb the catalog sells a tool for ("sharpen" → sharpener).
  // Only when the message's core ("something") names no type itself.
  const firstSplit = spans.findIndex((x) => SPLIT_WORDS.has(x.w.toLowerCase()));
  if (firstSplit >= 0 && !hits.some((h) => h.end <= spans[firstSplit]!.start)) {
    tools: for (const s of spans.slice(firstSplit + 1)) {
      for (const tail of ['er', 'r', 'ner', 'ter']) {
        const tool = lex.types.get(`${s.k}${tail}`) ?? lex.byHead.get(`${s.k}${tail}`)?.[0];
        if (tool && !hits.some((h) => h.type === tool)) {
          // The tool alone is the type; it still gives way to the category it heads, below.
          hits.splice(0, hits.length, { type: tool, start: s.start, end: s.end, words: 1 });
          break tools;
        }
      }
    }
  }
  const split = spans.find((s, i) => i > 0 && SPLIT_WORDS.has(s.w.toLowerCase()) && hits.some((h) => h.end <= s.start));
  const core = split ? hits.filter((h) => h.end <= split.start) : hits;
  const pool = core.length ? core : hits;
  const end = Math.max(...pool.map((h) => h.end));
  const atHead = pool.filter((h) => h.end === end).sort((a, b) => b.words - a.words);
  let head = atHead[0]!;
  // "robot vacuum cleaner": a category type overlapping a title phrase at the head wins.
  if (!head.type.categories.length) {
    const cat = pool.find((h) => h.type.categories.length && h.end > head.start && h.start < head.end && h.words > 1);
    if (cat) head = cat;
  }
  // A title phrase ("merino sock") gives way to the category its head names ("Socks"): the modifier
  // then ranks within the whole category instead of hiding products titled differently.
  if (!head.type.categories.length && head.words > 1) {
    const single = atHead.find((h) => h.words === 1 && h.type.categories.length);
    if (single) head = single;
  }
  // A word the titles use ("grinder", "kettle") for products nearly all in one category whose name ends
  // in it ("Coffee Grinders"): that category, so products titled otherwise ("Coffee Mill") count too.
  if (!head.type.categories.length) {
    const ids = head.type.ids;
    const cat = lex.byHead.get(head.type.head)?.find((t) => t.categories.length && t !== head.type && [...ids].filter((id) => t.ids.has(id)).length >= ids.size * 0.8);
    // Said by its head word only, like a head noun the catalog uses in longer names ("slow cooker" is
    // then another thing than the shop's rice cookers).
    if (cat) head = { ...head, type: cat, viaHead: true };
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

/** Whether exactly one type ends with `w` ("炸锅" → 空气炸锅 only): a clipped name, not a shared head. */
function uniqueTail(lex: Lexicon, w: string): boolean {
  let n = 0;
  for (const key of lex.types.keys()) if (isCjkText(key) && key.length > w.length && key.endsWith(w) && ++n > 1) return false;
  return n === 1;
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
    // 加湿机 for 加湿器, 净化机 for 净化器: an appliance's name ends in 机, 器 or 仪 interchangeably.
    for (const [key, t] of lex.types) {
      if (key.length < 3 || !isCjkText(key) || !/[机器仪]$/.test(key)) continue;
      for (const end of '机器仪') {
        const said = key.slice(0, -1) + end;
        const i = said === key ? -1 : text.indexOf(said);
        // The word ends there ("咖啡器具" is no 咖啡机).
        const next = i >= 0 ? (text[i + said.length] ?? '') : '';
        if (i >= 0 && !lex.types.has(said) && !(/[\u3400-\u9fff]/.test(next) && !/[的吗呢吧么啊呀了]/.test(next))) hits.push({ type: t, start: i, end: i + said.length, words: said.length });
      }
    }
  }
  if (!hits.length) {
    for (const run of cjkRuns(text)) {
      const at = text.indexOf(run);
      for (const w of new Set([...cjkWords(run), ...(run.length <= 4 ? [run] : []), run.slice(-3), run.slice(-4)])) {
        for (const [key, t] of lex.types) {
          // "跑鞋" for 跑步鞋, "扫地机" for 扫地机器人.
          if (isCjkText(key) && (abbreviates(w, key) || (w.length >= 3 && key.length > w.length && key.startsWith(w)) || (w.length >= 2 && key.length > w.length && key.endsWith(w) && uniqueTail(lex, w)))) {
            const i = text.indexOf(w, at);
            hits.push({ type: t, start: i, end: i + w.length, words: w.length });
          }
        }
      }
    }
  }
  if (!hits.length) {
    // "磨刀的东西", "煮饭用的工具": a thing for doing X is the type named after X (磨刀器, 煮饭… ).
    const tool = /([\u3400-\u9fff]{2,4}?)(?:用)?的(?:东西|工具|机器|设备|玩意儿?|用品)/.exec(text);
    if (tool) {
      const verb = tool[1]!.replace(/^(?:能|可以|用来|用于|拿来)/, '');
      let best: ProductType | undefined;
      for (const [key, t] of lex.types) if (isCjkText(key) && verb.length >= 2 && key.length > verb.length && key.startsWith(verb) && (!best || t.count > best.count)) best = t;
      if (best) hits.push({ type: best, start: tool.index, end: tool.index + tool[0].length, words: tool[0].length });
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
          if (!isCjkText(key) || key.length < 2 || !key.includes(w.at(-1)!)) continue;
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

/** Asked for as a thing to buy: "do you sell X", "I need a X", "looking for X". */
const ASK_FRAME = /\b(?:do you (?:also |still |even )?(?:have|sell|carry|stock|do)|you guys (?:have|sell)|does (?:the|this) (?:shop|store) (?:have|sell)|have you got|got any|^\s*(?:you\s+)?got (?:an?|some)\b|looking for|look for|searching for|i(?:'m| am) after|i want|i need|i'd like|need an?|want an?|show me|find me|where (?:are|is) (?:the|your))\b/i;
/** Chinese frames naming an object ("有卖笔记本电脑吗", "有没有吸尘器", "你们卖洗碗机吗", "想买个厨师机"). */
const ZH_FRAME = /(?:有没有|有卖|卖不卖|你们卖|你们有|卖|想买|我要买|要买|想要|我要|找|有)(?:个|一个|一台|一款|点)?([\u3400-\u9fff]{2,8}?)(?:吗|么|嘛|呢|的吗|[?？]|$)/;
const ZH_LEAD = /^(?:什么|哪些|一些|一个|一款|个|点|那种|这种)/;

/** The word the shopper wants that the shop does not sell, if any. */
function unsoldWord(text: string, types: TypeHit[], filtersRest: string, lex: Lexicon, intent: Intent, typed = text): string | undefined {
  // filtersRest: the words the filter parser left ("cheapest in-stock blender" → "blender").
  const searchLike = intent.kind === 'search' || intent.kind === 'best-deal' || (intent.kind === 'recommend' && !!intent.query && !GIFT.test(text));
  if (!searchLike || intent.refine) return undefined;
  if (types.length) return unseenCompound(typed, types[0]!, lex);
  // Chinese: an object named in a buying frame, or the whole message, that the catalog never sells.
  const zh = ZH_FRAME.exec(text.replace(/[了]/g, '')) ?? /有([\u3400-\u9fff]{2,8}?)(?:卖|出售)/.exec(text) ?? /^([\u3400-\u9fff]{2,8}?)(?:有吗|有没有|有卖吗|卖吗|有货吗)[?？。]*$/.exec(text.trim());
  const restZh = filtersRest.replace(/[的\s?？!！。]/g, '');
  // The parser's rest as a bare thing ("最便宜的有货的榨汁机" → 榨汁机), unless it holds a verb or particle.
  const bare = /^[\u3400-\u9fff]{2,6}$/.test(restZh) && !/[能要换想给看找有带用放可会是不没吗呢吧和或哪些么]/.test(restZh) ? restZh : null;
  const sells = /卖|出售/.test(text);
  // The frame's object first, then the parser's rest ("最便宜的厨师机 要有货的": the frame finds 有货).
  // The parser's rest only stands in for a frame whose object was a stock word ("有货"), or for no frame.
  const frameObject = zh?.[1]?.replace(ZH_LEAD, '');
  const tryBare = !zh || /^(?:有货|现货|有库存|在售|货)/.test(frameObject ?? '');
  for (const raw of tryBare ? [zh?.[1], bare] : [zh?.[1]]) {
    // The head after any "…的" clause: "货的榨汁机" → 榨汁机.
    const candidate = raw?.replace(ZH_LEAD, '').replace(/[吗么呢嘛]+$/, '').replace(/的$/, '').replace(/^.*的(?=[\u3400-\u9fff]{2,}$)/, '');
    if (!candidate || candidate.length < 2 || ZH_FUNCTION.test(candidate) || /^(?:有货|现货|有库存|在售)$/.test(candidate) || COLOR_WORD_LIST.some((c) => candidate.includes(c.word) && c.word.length >= 2)) continue;
    let known = 0;
    for (let i = 0; i + 2 <= candidate.length; i++) if (lex.cjkBigrams.has(candidate.slice(i, i + 2))) known++;
    const attrText =
      lex.labelText.includes(candidate) ||
      conceptsInQuestion(candidate).length > 0 ||
      [...lex.values.values()].some((m) => [...m.keys()].some((v) => v.includes(candidate) || (v.length >= 2 && /[\u3400-\u9fff]/.test(v) && candidate.includes(v)))) ||
      [...lex.features.values()].some((names) => names.some((n) => n.length >= 2 && (n.includes(candidate) || candidate.includes(n))));
    if (!attrText && known / Math.max(1, candidate.length - 1) < 0.5) return candidate;
    // Never part of a product's name: not sold ("登山杖"); a feature ("可洗碗机清洗") only when the
    // shopper asks whether the shop sells it ("你们卖洗碗机吗"). Asked whether the shop sells it ("你们卖X吗",
    // "有X吗" naming a thing, not a value like "有碳钢的吗"), it is not a product here.
    const exactValue = [...lex.values.values()].some((m) => m.has(candidate)) || [...lex.features.values()].some((names) => names.includes(candidate));
    const asksForThing = sells || (raw === zh?.[1] && !!zh && !zh[0].includes('的') && !exactValue);
    if (asksForThing || (!lex.titleText.includes(candidate) && !attrText)) return candidate;
  }
  // Latin: the last content word before any "for/with/…" — the head noun — asked for as a thing.
  const spans = wordSpans(filtersRest).filter((s) => !/\d/.test(s.w));
  const cut = spans.findIndex((s, i) => i > 0 && SPLIT_WORDS.has(s.w.toLowerCase()));
  const plain = (w: string) => w.toLowerCase().replace(/['’]s$/, '');
  const core = (cut > 0 ? spans.slice(0, cut) : spans).filter((s) => !FUNCTION_WORDS.has(plain(s.w)) && !DESCRIBING_WORDS.has(plain(s.w)));
  const head = core.at(-1);
  // A superlative ("the heaviest?") describes; it is never a thing the shop lacks.
  if (!head || lex.brands.has(head.w.toLowerCase()) || head.k.length < 3 || lex.synonyms.has(head.k) || superlativeBase(head.w, lex)) return undefined;
  const framed = ASK_FRAME.test(text) || intent.kind === 'best-deal' || core.length === spans.length;
  if (!framed) return undefined;
  const adjective = /(?:able|ible|ful|ous|ive|al|ic|ed|ing|less|ish|ly|y)$/i.test(head.w);
  if (adjective && !/s$/i.test(head.w)) return undefined;
  // The thing as said: with the unknown words before it ("wine glasses", "stand mixer").
  let first = core.length - 1;
  while (first > 0 && !lex.titleDf.has(core[first - 1]!.k) && !lex.brands.has(core[first - 1]!.w.toLowerCase())) first--;
  const surface = first < core.length - 1 ? filtersRest.slice(core[first]!.start, head.end) : hyphenated(filtersRest, head);
  const known = lex.df.get(head.k) ?? 0;
  if (!known && !lex.textDf.has(head.k) && !lex.valueDf.has(head.k)) return surface;
  // A word of an attribute's name ("length", "pocket") is a feature, unless the shopper asks whether
  // the shop sells it ("do you sell laptops?") or says nothing else ("laptop").
  const alone = text.trim().split(/\s+/).length === 1;
  if (attributeKeyWords(lex).has(head.k) && !SHOP_RANGE.test(text) && !ASK_FRAME.test(text) && !alone) return undefined;
  // Known only as a modifier ("laptop" in "laptop sleeve"), and asked for as a thing: plural or after a/an/any.
  const asThing = head.w.toLowerCase() !== head.k && /s$/i.test(head.w);
  const named = alone || new RegExp(`\\b(?:a|an|any|some|sell|have|carry)\\s+(?:\\w+\\s+)?${head.w}\\b`, 'i').test(text);
  if (!(lex.headDf.get(head.k) ?? 0) && !lex.byHead.has(head.k) && !lex.valueDf.has(head.k) && (asThing || named)) return surface;
  return undefined;
}

const keyWordSets = new WeakMap<Lexicon, Set<string>>();
/** Word keys of attribute names (feature, value and measured keys), once per lexicon. */
function attributeKeyWords(lex: Lexicon): Set<string> {
  let set = keyWordSets.get(lex);
  if (!set) {
    set = new Set([...lex.values.keys(), ...lex.features.keys(), ...lex.measured.map((m) => m.key)].flatMap((k) => nameKeys(k)));
    keyWordSets.set(lex, set);
  }
  return set;
}

/** "sleeping bag" when the shop has bags: a modifier the catalog never uses makes it another thing. */
function unseenCompound(text: string, head: TypeHit, lex: Lexicon): string | undefined {
  if (head.words !== 1 || isCjkText(head.type.key)) return undefined;
  const before = /(?:([A-Za-z]+)\s+)?([A-Za-z]+)\s+$/.exec(text.slice(0, head.start));
  const w = before?.[2];
  // A product of its own in ordinary language ("slow cooker", "ice cream maker"), unless the catalog's
  // titles say it; checked first, as its first word may be a colour ("cream").
  for (const lead of [before?.[1] && w ? `${before[1]} ${w}` : '', w ?? ''].filter(Boolean)) {
    const compound = `${lead.split(' ').map(wordKey).join(' ')} ${head.type.head}`;
    if (PRODUCT_COMPOUNDS.has(compound) || PRODUCT_COMPOUNDS.has(`${lead.toLowerCase()} ${head.type.head}`) || PRODUCT_COMPOUNDS.has(`${lead} ${text.slice(head.start, head.end)}`.toLowerCase())) {
      return lead.split(' ').every((x) => lex.titleDf.has(wordKey(x))) ? undefined : `${lead} ${text.slice(head.start, head.end)}`;
    }
  }
  if (!w || FUNCTION_WORDS.has(w.toLowerCase()) || COLOR_WORD_LIST.some((c) => c.word === w.toLowerCase()) || lex.brands.has(w.toLowerCase())) return undefined;
  const k = wordKey(w);
  const said = `${w} ${text.slice(head.start, head.end)}`;
  if (lex.valueDf.has(k) || lex.synonyms.has(k) || lex.titleDf.has(k) || DESCRIBING_WORDS.has(w.toLowerCase()) || conceptWords().has(w.toLowerCase())) return undefined;
  // "slow cooker" where the shop's cookers are all rice cookers: a compound the catalog never names.
  // A modifier of a type the shop sells ("winter jacket", "sleeping bag") only narrows: if nothing
  // fits, the answer says which words it dropped.
  // So is a category name no title uses ("sleeping bag" where the "Bags" are all backpacks).
  const onlyInLongerNames = head.viaHead || (head.type.categories.length > 0 && !lex.titleDf.get(head.type.head));
  return onlyInLongerNames && !lex.textDf.has(k) && !nearCatalogWord(k, lex, w) ? said : undefined;
}

/** Whether a word is likely a misspelling of a catalog word ("hikng" → hiking): then it is no new thing. */
function nearCatalogWord(k: string, lex: Lexicon, said = k): boolean {
  // One slip from a word as titles and categories write it ("hikng" → hiking) or from a word's stem; two
  // only in long words: "bird" is no misspelling of "bed", nor "cream" of "clean".
  const max = k.length >= 8 ? 2 : 1;
  const w = said.toLowerCase();
  for (const cand of lex.surfaceWords) {
    if (cand[0] === w[0] && Math.abs(cand.length - w.length) <= max && editDistance(w, cand, max) <= max) return true;
  }
  for (const cand of lex.df.keys()) {
    if (cand[0] !== k[0] || Math.abs(cand.length - k.length) > max) continue;
    if (editDistance(k, cand, max) <= max) return true;
  }
  return false;
}

/** The whole hyphenated word around a span ("gore-tex", not "tex"). */
function hyphenated(text: string, span: { start: number; end: number }): string {
  let a = span.start;
  let b = span.end;
  while (a > 1 && text[a - 1] === '-' && /[A-Za-z0-9]/.test(text[a - 2]!)) for (a -= 1; a > 0 && /[A-Za-z0-9]/.test(text[a - 1]!); a--);
  while (text[b] === '-' && /[A-Za-z0-9]/.test(text[b + 1] ?? '')) for (b += 1; b < text.length && /[A-Za-z0-9]/.test(text[b]!); b++);
  return text.slice(a, b);
}

/** Whether a title names a type key ("Merino Hiking Sock" names "sock"). */
function titleHas(title: string, key: string): boolean {
  if (isCjkText(key)) return title.includes(key);
  const ws = new Set(latinWords(title).map(wordKey));
  return key.split(' ').every((k) => ws.has(k));
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

/** Relative adjectives → the unit families they compare (the attribute they name first), and which end. */
const RELATIVE: [RegExp, Family[], string[], 'min' | 'max'][] = [
  [/\b(?:thin|thinner|slim)\b/i, ['length', 'density'], ['thick'], 'min'],
  [/\b(?:thick|thicker|plush)\b/i, ['density', 'length'], ['thick', 'gsm'], 'max'],
  [/\b(?:light|lightweight|ultralight|ultra-light|featherweight)\b(?![- ](?:blue|grey|gray|green|pink|brown|beige|purple|wood|bulbs?)\b)/i, ['mass'], ['weight'], 'min'],
  [/\b(?:quiet|silent|whisper[- ]quiet|low[- ]noise)\b/i, ['sound'], ['noise'], 'min'],
  [/\b(?:compact|small|mini|tiny)\b/i, ['volume', 'area', 'length', 'people'], ['capacity', 'size'], 'min'],
  [/\b(?:big|large|huge|roomy|spacious)\b/i, ['volume', 'area', 'people'], ['capacity', 'size'], 'max'],
  [/\b(?:powerful|high[- ]power)\b/i, ['power', 'pressure'], ['wattage', 'power', 'suction'], 'max'],
];

function relativeAsks(text: string, type: TypeHit, lex: Lexicon, asked: QuantityAsk[], used: string[]): QuantityAsk[] {
  const out: QuantityAsk[] = [];
  const before = text.slice(0, type.start);
  for (const [re, families, keyWords, dir] of RELATIVE) {
    const m = re.exec(before);
    if (!m || used.some((u) => u.toLowerCase().includes(m[0].toLowerCase())) || asked.some((q) => families.includes(q.family))) continue;
    // The measure most of this type's products have, one the adjective names first ("thin" → thickness).
    const ids = [...type.type.ids];
    const candidates = families.flatMap((f) => lex.measured.filter((q) => q.family === f)).map((q) => ({ q, n: ids.filter((id) => q.values.has(id)).length }));
    const covering = candidates.filter((c) => c.n >= Math.max(2, ids.length / 2));
    const named = covering.filter((c) => keyWords.some((k) => c.q.key.toLowerCase().includes(k)));
    const best = (named.length ? named : covering).sort((a, b) => b.n - a.n)[0];
    if (!best) continue;
    // The type's distinct values: "thin" is the lowest third of the thicknesses it comes in, however many
    // products share each. Only where they differ in it: three values at least.
    const values = [...new Set(ids.map((id) => best.q.values.get(id)).filter((v): v is number => v !== undefined))].sort((a, b) => a - b);
    if (values.length < 3) continue;
    const cut = dir === 'min' ? values[Math.floor((values.length - 1) / 3)]! : values[Math.ceil((2 * (values.length - 1)) / 3)]!;
    out.push({ family: best.q.family, key: best.q.key, ...(dir === 'min' ? { max: cut } : { min: cut }), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Ids of products whose measured attributes satisfy every quantity asked (null: nothing measured). */
export function quantityIds(asks: QuantityAsk[], lex: Lexicon): Set<string> | null {
  let ids = null as Set<string> | null;
  for (const ask of asks) {
    const measured = lex.measured.filter((m) => m.family === ask.family && (!ask.key || m.key === ask.key));
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

/** A question (rather than a request): "is it…?", "how heavy", "多重", "能放洗碗机吗". */
const QUESTION = /[?？]\s*$|^(?:is|are|does|do|did|can|could|will|would|has|have|how|what|whats|what's|which|will|should)\b|吗[?？。！!]*$|么[?？]*$|多少|多久|多重|多大|多厚|多长|多宽|多高|几(?:个|件|片|档|种|人|升|天|小时)?|什么|怎么|能不能|可不可以|是不是|是否|能否|([\u4e00-\u9fff])不\1|还是/i;
/** A fragment that narrows a list ("in pink?", "under $50?", "with a hood?"), not a question about one product. */
const FRAGMENT = /^(?:in|under|over|below|above|with|without|for|from|only|just|but|and|or|any in|some in)\b/i;
/** Words that ask for other products, not about this one. */
const WANTS_OTHERS = /\banything\b(?!\s+(?:about|wrong|special|else about)\b)|\b(?:show|find|search|looking for|(?:recommend|suggest)(?!\s+(?:it|this|that|them|these)\b)|other(?!\s+(?:colou?rs?|sizes?|versions?|styles?|options?|variants?|lengths?)\b)|others|similar|alternatives?|instead|cheaper|ones|anything like|something like|like (?:it|this|that)|for less)\b|推荐|别的|其他|类似|同款|同类|差不多|还有什么|换个|换一个|便宜点|更便宜/i;
/** "do you sell / carry …": a question about the thing, not its features. */
const SELLS = /\b(?:sell|sells|selling|carry|stock)\b|卖|出售/i;
/** A product question's feature said again by a pro-form: "ones that do", "which are", "有这个功能的". */
const DOES_TOO = /\b(?:that|which|who)\s+(?:do|does|are|is|have|has|can|will|did)(?:\s+(?:too|as well|also))?[?.!]*$|\b(?:ones?|those|any)\s+(?:like that|with that)[?.!]*$|(?:有|带|是)(?:这个|这种|这项)(?:功能|特点)?的|这样的(?:有吗|呢)?[?？]*$/i;
/** Products like this one: "similar", "like it", "alternatives", "类似的". */
const SIMILAR = /\b(?:similar|like this|like it|like that|alternatives?)\b|类似|同款|同类|差不多/i;
/** "do you sell X?" — a question about the shop's range, not the product on the page. */
const SHOP_RANGE = /\b(?:do|does) (?:you|the shop|this shop|the store) (?:also |still |even )?(?:sell|carry|stock|have)\b(?!\s+(?:it|this|that|them|these)\b)|\bhave you got\b|你们(?:卖|有)|有卖|有没有卖|店里有/i;

/** Yes/no features and attribute values named in the words ("mops", "temperature control", "carbon steel", "带拖地的"). */
/** A name's word keys, computed once ("Memory Foam" → memory foam). */
const nameKeyCache = new Map<string, string[]>();
function nameKeys(name: string): string[] {
  let ks = nameKeyCache.get(name);
  if (!ks) {
    ks = latinWords(name).map(wordKey).filter(Boolean);
    if (nameKeyCache.size > 50_000) nameKeyCache.clear();
    nameKeyCache.set(name, ks);
  }
  return ks;
}

/** Per lexicon: the attribute values a shopper may name, each with its key (worked out once). */
const valueLists = new WeakMap<Lexicon, { key: string; value: string; size: number }[]>();
function nameableValues(lex: Lexicon): { key: string; value: string; size: number }[] {
  let list = valueLists.get(lex);
  if (!list) {
    list = [];
    for (const [key, vals] of lex.values) {
      for (const v of vals.keys()) {
        if (/^\d+(?:[.,]\d+)?\s*[a-z%]{0,3}$/i.test(v) || /^(?:yes|no|none|n\/a|是|否|无|有)$/i.test(v)) continue;
        list.push({ key, value: v, size: vals.size });
      }
    }
    valueLists.set(lex, list);
  }
  return list;
}

/** Names said only as a whole phrase ("in the microwave"), compiled once. */
const phrasePatterns = new Map<string, RegExp>();
/** One-character Chinese values with a degree word around them, compiled once. */
const degreePatterns = new Map<string, RegExp>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Per lexicon: the feature names of several words, as one pattern (longest first). */
const featurePhrasePatterns = new WeakMap<Lexicon, RegExp | null>();
/** The text with multi-word feature phrases blanked out (same length, so spans stay valid). */
function maskFeaturePhrases(text: string, lex: Lexicon): string {
  let re = featurePhrasePatterns.get(lex);
  if (re === undefined) {
    const names = [...new Set([...lex.features.values()].flat())].filter((n) => !isCjkText(n) && /\s/.test(n.trim()) && !lex.types.has(nameKeys(n).join(' ')));
    names.sort((a, b) => b.length - a.length);
    re = names.length ? new RegExp(`\\b(?:${names.map((n) => escapeRe(n).replace(/\s+/g, '\\s+')).join('|')})\\b`, 'gi') : null;
    featurePhrasePatterns.set(lex, re);
  }
  return re ? text.replace(re, (m) => ' '.repeat(m.length)) : text;
}

/** Attribute keys of products in some categories (worked out once per category and lexicon). */
const categoryKeys = new WeakMap<Lexicon, Map<string, Set<string>>>();
function keysOfCategories(categories: string[], lex: Lexicon, byId: ReadonlyMap<string, Product>): Set<string> {
  let cache = categoryKeys.get(lex);
  if (!cache) categoryKeys.set(lex, (cache = new Map()));
  const out = new Set<string>();
  for (const cat of categories) {
    let keys = cache.get(cat);
    if (!keys) {
      keys = new Set();
      for (const t of lex.types.values()) if (t.categories.includes(cat)) for (const k of attributeKeysOf(t, byId)) keys.add(k);
      cache.set(cat, keys);
    }
    for (const k of keys) out.add(k);
  }
  return out;
}

/**
 * The attribute keys that make sense for this message: those of the product types it names, else of the
 * categories the filter parser found, else of what the previous search showed (a follow-up narrows it).
 * Null: no scope (every key may filter).
 */
function scopeKeys(types: ProductType[], filters: SearchFilters, ctx: ReadContext): Set<string> | null {
  if (types.length) return keysOfTypes(types, ctx.byId);
  if (filters.categories?.length) return keysOfCategories(filters.categories, ctx.lexicon, ctx.byId);
  const prev = ctx.hasPreviousSearch ? ctx.previousFilters : undefined;
  if (prev?.categories?.length) return keysOfCategories(prev.categories, ctx.lexicon, ctx.byId);
  if (prev?.ids?.length && prev.ids.length <= 5000) {
    const out = new Set<string>();
    for (const id of prev.ids) for (const k of Object.keys(ctx.byId.get(id)?.attributes ?? {})) out.add(k);
    return out;
  }
  // On a product's page, what it names is read against the page's kind ("like this but with burrs").
  const focus = ctx.byId.get(ctx.focusId ?? ctx.currentProductId ?? '');
  const leaf = focus?.categories.at(-1);
  if (leaf) return keysOfCategories([leaf], ctx.lexicon, ctx.byId);
  return null;
}

/** A type's attribute keys: the lexicon's, else worked out once here (a type made outside buildLexicon). */
const typeKeys = new WeakMap<ProductType, ReadonlySet<string>>();
function attributeKeysOf(t: ProductType, byId: ReadonlyMap<string, Product>): ReadonlySet<string> {
  if (t.attributeKeys) return t.attributeKeys;
  let keys = typeKeys.get(t);
  if (!keys) {
    const found = new Set<string>();
    for (const id of t.ids) for (const k of Object.keys(byId.get(id)?.attributes ?? {})) found.add(k);
    typeKeys.set(t, (keys = found));
  }
  return keys;
}

/** Attribute keys the products of some types have. */
function keysOfTypes(types: ProductType[], byId: ReadonlyMap<string, Product>): Set<string> | null {
  if (!types.length) return null;
  const out = new Set<string>();
  for (const t of types) for (const k of attributeKeysOf(t, byId)) out.add(k);
  return out;
}

/**
 * Yes/no features and attribute values named in the words ("mops", "temperature control", "carbon steel",
 * "带拖地的"). With `scope` (the attribute keys of the product types named), a feature those products do
 * not have is no filter ("不粘锅" names pans, whose coating is a material value, not the baking sheets'
 * "nonstick" key), and a value several keys share goes to the key the shopper named ("ceramic pot" →
 * inner pot), else to the keys in scope.
 */
function featureFilters(words: string, lex: Lexicon, said = words, scope: Set<string> | null = null, before = words, excluded: string[] = []): { attributes: Record<string, string[]>; used: string[] } {
  const keys = new Set(latinWords(words).map(wordKey).filter((k) => !FUNCTION_WORDS.has(k)));
  const cjk = isCjkText(words);
  const attributes: Record<string, string[]> = {};
  const used: string[] = [];
  const covers = (name: string): boolean => {
    if (isCjkText(name)) return cjk && name.length >= 2 && words.includes(name);
    // Function words in a name ("keeps drinks hot", "with a hood") are not required — the message's are
    // dropped too — unless one word would be left: "in the microwave" is not "microwaves".
    const all = nameKeys(name);
    const ks = all.filter((k) => !FUNCTION_WORDS.has(k));
    if (ks.length <= 1 && all.length > 1) {
      let re = phrasePatterns.get(name);
      if (!re) phrasePatterns.set(name, (re = new RegExp(`\\b${escapeRe(name).replace(/\s+/g, '\\s+')}\\b`, 'i')));
      return re.test(said);
    }
    return ks.length > 0 && ks.every((k) => keys.has(k));
  };
  const inScope = (key: string) => !scope || scope.has(key);
  // Chinese values are read in the words before the parser took feature names out of them ("带保温壶的":
  // 保温壶 is a carafe, though 保温 alone names a feature), unless the shopper excluded them; a one-character
  // value needs a degree or 的 around it ("硬一点的", "偏软", not "软件").
  const coversValue = (value: string): boolean => {
    // A one-letter value (size "M") only as a word of its own or after "size": never the "m" of "I'm".
    if (/^[A-Za-z]$/.test(value)) return new RegExp(`(?:^|[\\s,(/])${value.toUpperCase()}(?=$|[\\s,.?!)/])|\\bsize\\s+${value}\\b`, 'i').test(said) && !new RegExp(`['’]${value}\\b`, 'i').test(said);
    if (!isCjkText(value)) return covers(value);
    if (excluded.some((e) => e.includes(value) || value.includes(e))) return false;
    if (value.length >= 2) return before.includes(value) || covers(value) || (!!scope && abbreviatedIn(value, said));
    let re = degreePatterns.get(value);
    if (!re) degreePatterns.set(value, (re = new RegExp(`(?:偏|较|比较|更|很|超)${escapeRe(value)}|${escapeRe(value)}(?:一点|一些|点|些|的)`)));
    return re.test(before);
  };
  for (const [key, names] of lex.features) {
    if (!inScope(key)) continue;
    const hit = names.find(covers);
    if (hit) {
      attributes[key] = ['yes'];
      used.push(hit);
    }
  }
  // "with a laptop sleeve" / "带电脑隔层": an attribute named after "with"/"带" must have a real value.
  // A yes/no feature whose values also grade it ("yes", "H13", "H11") is named by its phrases too,
  // "with" or not ("hepa air purifier", "带HEPA过滤的").
  const withWord = /\b(?:with|has|have|having)\b|带|有/i.test(said);
  for (const [key, vals] of lex.values) {
    const concept = conceptForKey(key);
    const byPhrase = !!concept?.boolean && !!concept.names?.some((n) => (isCjkText(n) ? n.length >= 2 && words.includes(n) : covers(n)));
    if (!(withWord && covers(key)) && !byPhrase) continue;
    // A value of it named too ("with a wooden block") is the filter, below.
    if (attributes[key] || !inScope(key) || [...vals.keys()].some((v) => v.toLowerCase() !== key.toLowerCase() && coversValue(v))) continue;
    const real = [...vals.keys()].filter((v) => booleanValue(v) !== false && !/^(?:none|n\/a|无|没有)$/i.test(v));
    if (real.length && real.length < vals.size) {
      attributes[key] = real;
      used.push(key);
    }
  }
  const hits = new Map<string, string[]>();
  const keysOfValue = new Map<string, string[]>();
  for (const { key, value } of nameableValues(lex)) {
    if (attributes[key] || !coversValue(value)) continue;
    hits.set(key, [...(hits.get(key) ?? []), value]);
    const v = value.toLowerCase();
    keysOfValue.set(v, [...(keysOfValue.get(v) ?? []), key]);
  }
  // A word that ends several values of one key ("burr" → conical burr, flat burr; "steel" → carbon
  // steel, stainless steel) asks for those values, when it is not all of them.
  for (const [key, vals] of lex.values) {
    // Only within a product type ("burr grinder"): alone, "stand" is not the knife sets' "magnetic stand".
    if (!scope || attributes[key] || hits.has(key) || !inScope(key)) continue;
    let ending = [...vals.keys()].filter((v) => {
      const ks = nameKeys(v);
      return ks.length > 1 && keys.has(ks.at(-1)!) && !FUNCTION_WORDS.has(ks.at(-1)!);
    });
    // Chinese: the shared end of several values said ("磨盘式" → 锥形磨盘, 平刀磨盘).
    if (!ending.length && cjk) {
      let best = '';
      for (const v of vals.keys()) {
        if (!isCjkText(v)) continue;
        for (let n = v.length - 1; n >= 2 && n > best.length; n--) if (before.includes(v.slice(-n))) best = v.slice(-n);
      }
      if (best) ending = [...vals.keys()].filter((v) => v.endsWith(best));
      if (ending.length < 2) ending = [];
    }
    if (ending.length && ending.length < vals.size && !excluded.some((e) => ending.some((v) => v.toLowerCase().endsWith(e.toLowerCase())))) {
      hits.set(key, ending);
      used.push(...[...keys].filter((k) => ending.some((v) => nameKeys(v).at(-1) === k)));
      for (const v of ending) keysOfValue.set(v.toLowerCase(), [...(keysOfValue.get(v.toLowerCase()) ?? []), key]);
    }
  }
  // One value, several keys: the key whose name the shopper said, else those in scope, else none
  // (an AND of unrelated keys would match nothing; the word still ranks).
  const dropped = new Set<string>();
  for (const ks of keysOfValue.values()) {
    if (ks.length < 2) continue;
    const named = ks.filter((k) => covers(k) || nameKeys(k).some((w) => keys.has(w) && !FUNCTION_WORDS.has(w)));
    const keep = named.length ? named : ks.filter(inScope);
    for (const k of ks) if (!(keep.length === 1 ? keep : []).includes(k)) dropped.add(k);
  }
  for (const [key, vs] of hits) {
    if (dropped.has(key) || !inScope(key)) continue;
    if (vs.length < (lex.values.get(key)?.size ?? 0)) {
      attributes[key] = vs;
      used.push(...vs);
    }
  }
  return { attributes, used };
}

/**
 * Whether a Chinese value is the shopper's words abbreviated the usual way, from the first characters of
 * their words in order: "冬天盖的被子" holds 冬被 (冬天 + 被子). At most two words between the pieces
 * ("四季都能盖的被子" is not read as 四季被); used only for the values of the product types in play.
 */
function abbreviatedIn(value: string, text: string): boolean {
  if (value.length < 2 || value.length > 4) return false;
  const words = cjkRuns(text).flatMap(cjkWords);
  const match = (v: number, w: number, pieces: number): boolean => {
    if (v === value.length) return pieces >= 2;
    for (let i = w; i < Math.min(words.length, w + (pieces ? 3 : words.length)); i++) {
      const word = words[i]!;
      for (let n = Math.min(word.length, value.length - v); n >= 1; n--) if (word.startsWith(value.slice(v, v + n)) && match(v + n, i + 1, pieces + 1)) return true;
    }
    return false;
  };
  return match(0, 0, 0);
}

/** Numbers said with an attribute's own name: "800 thread count", "thread count over 600", "800支". */
/** Compiled once per attribute key. */
const keyedPatterns = new Map<string, RegExp>();

function keyedQuantities(words: string, lex: Lexicon): QuantityAsk[] {
  const out: QuantityAsk[] = [];
  if (!/\d/.test(words)) return out;
  for (const m of lex.measured) {
    if (isCjkText(m.key)) continue;
    const name = latinWords(m.key).join('\\s+');
    if (!name) continue;
    let re = keyedPatterns.get(m.key);
    if (!re) keyedPatterns.set(m.key, (re = new RegExp(`(?:(\\d+(?:\\.\\d+)?)\\s*-?\\s*${name}|${name}\\s*(?:of|:)?\\s*(?:(over|above|at least|more than|under|below|less than|at most)\\s*)?(\\d+(?:\\.\\d+)?))`, 'i')));
    const hit = re.exec(words);
    if (!hit) continue;
    const n = Number(hit[1] ?? hit[3]);
    const ask: QuantityAsk = { family: m.family, key: m.key, start: hit.index, end: hit.index + hit[0].length };
    // "600 gsm or heavier", "thread count 400+": the same trailing bounds as any quantity.
    const after = BOUND_AFTER.map(([b, kind]) => ({ hit: b.exec(words.slice(ask.end)), kind })).find((x) => x.hit);
    if (after) ask.end += after.hit![0].length;
    // "heavier than 600 gsm", "at least 400 thread count": the bound said before the amount.
    const before = hit[1] !== undefined ? boundSaidBefore(words.slice(0, hit.index)) : null;
    if (before) {
      ask[before.kind] = n;
      if (before.strict) ask.strict = true;
      ask.start = before.start;
    } else if (/over|above|at least|more than/i.test(hit[2] ?? '') || after?.kind === 'min') ask.min = n;
    else if (/under|below|less than|at most/i.test(hit[2] ?? '') || after?.kind === 'max') ask.max = n;
    else ask.exact = n;
    if (/^(?:over|above|more than|under|below|less than)$/i.test(hit[2] ?? '')) ask.strict = true;
    out.push(ask);
  }
  return out;
}

export function readMessage(message: string, ctx: ReadContext): ShopperRequest {
  // "any price is fine", "颜色无所谓", "不用防水了" after a list: that search without the condition named
  // (read as the catalog's own filters), and whatever else the message says on top.
  const norm = message.normalize('NFKC');
  const said = ctx.hasPreviousSearch ? releaseIn(norm) : null;
  const release = said && releaseOf(said.named, (words) => readWords(words, { ...ctx, hasPreviousSearch: false, lastResultIds: [] }).query.filters);
  if (!said || !release) return readWords(message, ctx);
  const rest = `${norm.slice(0, said.start)} ${norm.slice(said.end)}`.replace(/^[\s,.;:!?，。！？；：、]+|[\s,.;:!?，。！？；：、]+$/gu, '');
  const { notSold: _notSold, ...request } = readWords(rest, ctx);
  return { ...request, intent: { ...request.intent, kind: 'search', refine: true }, aboutFocus: false, release };
}

function readWords(message: string, ctx: ReadContext): ShopperRequest {
  const lex = ctx.lexicon;
  const raw = spelledNumbers(message.normalize('NFKC'));
  const free = new Set(latinWords(ctx.parse(raw).text).map((w) => w.toLowerCase()));
  const text = fixTypos(raw, lex, free);
  let intent = classifyIntent(text, ctx);
  const focus = ctx.focusId ?? ctx.currentProductId;

  // The product words (the question's scaffolding off); quantities come out first: "tents for 4
  // people" must not search for "4".
  const words = intent.query || text;
  const keyed = keyedQuantities(words, lex);
  const quantities = [...keyed, ...quantitiesIn(removeSpans(words, keyed))];
  const noQuantities = removeSpans(words, keyed.length ? keyed : quantities);
  const cleaned = keyed.length ? removeSpans(noQuantities, quantitiesIn(noQuantities)) : noQuantities;
  // Feature phrases are not product types: "can go in the oven" asks for oven-safe, not for an oven.
  const forTypes = maskFeaturePhrases(cleaned, lex);
  const types = isCjkText(cleaned) ? [...latinTypes(forTypes, lex), ...cjkTypes(forTypes, lex)] : latinTypes(forTypes, lex);
  const chosen = types.length > 1 && isCjkText(cleaned) ? types.slice(-1) : types;
  let forPeople = '';
  // "tents for two", "a tent for 3": a bare number after "for" counts people when the type is sold by how
  // many it holds (a price needs its money word: "tents for 200 dollars").
  if (!quantities.some((q) => q.family === 'people') && chosen.length) {
    const m = /\bfor\s+(two|three|four|five|six|seven|eight|[1-9]|1[0-2])\b(?!\s*(?:[$€£¥.,]\d|dollars?|bucks|euros?|pounds?|quid|yuan|usd|eur|gbp|%|[a-z]))/i.exec(words);
    const people = m && lex.measured.find((q) => q.family === 'people' && chosen.some((h) => [...h.type.ids].some((id) => q.values.has(id))));
    if (m && people) {
      forPeople = m[0];
      quantities.push({ family: 'people', min: countOf(m[1]!), start: m.index, end: m.index + m[0].length });
    }
  }
  const parsed = ctx.parse(removeSpans(cleaned, chosen));
  const filters: SearchFilters = { ...parsed.filters };
  const typeList = chosen.map((h) => h.type);
  if (typeList.length) {
    delete filters.categories;
    Object.assign(filters, typeFilter(typeList));
  }
  // Features and attribute values named in the words become filters; what they used leaves the words.
  const scope = scopeKeys(typeList, filters, ctx);
  // A feature the parser found that the products in scope never have is no filter ("不粘锅": pans'
  // coating is a material, the "nonstick" key belongs to baking sheets); its words still rank.
  if (scope && filters.attributes) {
    for (const key of Object.keys(filters.attributes)) if (!scope.has(key) && filters.attributes[key]!.every((v) => v === 'yes')) delete filters.attributes[key];
    if (!Object.keys(filters.attributes).length) delete filters.attributes;
  }
  const features = featureFilters(parsed.text, lex, text, scope, removeSpans(cleaned, chosen), filters.excludeTerms);
  // A feature the parser read in English words ("oven safe as well") is the catalog's own; in Chinese the
  // parser also finds feature names inside product names ("有微波炉吗" holds the mugs' 微波炉), and a
  // "do you sell" question is about the thing.
  const parserFeature = !isCjkText(text) && !SELLS.test(text) && Object.keys(filters.attributes ?? {}).length > 0;
  // A Chinese type name fused with a feature ("保温杯": an insulated cup) asks for the feature too, when
  // not every product of the kind has it.
  if (isCjkText(cleaned)) {
    for (const h of chosen) {
      const said = cleaned.slice(h.start, h.end);
      for (const [key, names] of lex.features) {
        if ((scope && !scope.has(key)) || features.attributes[key] || filters.attributes?.[key]) continue;
        if (names.some((n) => isCjkText(n) && n.length >= 2 && n.length < said.length && said.includes(n))) features.attributes[key] = ['yes'];
      }
    }
  }
  let rest = parsed.text;
  if (Object.keys(features.attributes).length) {
    filters.attributes = { ...features.attributes, ...filters.attributes };
    for (const u of features.used) rest = isCjkText(u) ? rest.split(u).join(' ') : rest.replace(new RegExp(`\\b${u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'ig'), ' ');
  }
  // Brands written only in titles filter by the products that carry them; excluded brands are also
  // left out by title, for products without a brand field.
  const titleBrandIds: string[][] = [];
  for (const w of latinWords(rest)) {
    const ids = lex.titleBrands.get(w.toLowerCase());
    if (ids) titleBrandIds.push([...ids]);
  }
  if (titleBrandIds.length) {
    filters.ids = intersect(filters.ids, titleBrandIds.flat());
    rest = latinWords(rest).filter((w) => !lex.titleBrands.has(w.toLowerCase())).join(' ');
  }
  if (filters.excludeBrands?.length) filters.excludeTerms = [...new Set([...(filters.excludeTerms ?? []), ...filters.excludeBrands.map((b) => b.toLowerCase())])];
  // "is it induction compatible?" then "ok show me pans that do" / "有这个功能的吗": the feature just
  // asked about, on the products now asked for.
  if (ctx.askedAttributes && DOES_TOO.test(text.trim())) filters.attributes = { ...ctx.askedAttributes, ...filters.attributes };
  // "a thin yoga mat", "a quiet air purifier", "a big backpack": a relative adjective before the type
  // means the low or high third of that type's own values.
  if (typeList.length === 1 && !isCjkText(text)) quantities.push(...relativeAsks(cleaned, chosen[0]!, lex, quantities, features.used));
  const qIds = quantityIds(quantities, lex);
  if (qIds) filters.ids = intersect(filters.ids, qIds);
  if (forPeople) rest = rest.replace(forPeople.replace(/^for\s+/i, ''), ' ');
  rest = rest.replace(/\s+/g, ' ').trim();
  const query: ParsedQuery = { text: rest, filters, ...(parsed.sort ? { sort: parsed.sort } : {}) };

  // "cheapest first", "从便宜到贵" after a list orders that list; it is no new hunt for bargains.
  if (intent.kind === 'best-deal' && ctx.hasPreviousSearch && !typeList.length && /\b(?:cheapest|lowest(?: price)?|least expensive|most expensive|highest(?: price)?|priciest)\s+first\b|从便宜到贵|从低到高|从高到低|便宜的在前/i.test(text)) {
    intent = { ...intent, kind: 'search', refine: true };
  }

  // "a grinder to go with it", "配一个磨豆机": the type named before "go with" is what they want; the
  // thing it goes with comes after ("what goes with these shoes" stays a bundle question).
  if (intent.kind === 'bundle' && chosen.length) {
    const link = /\b(?:to go with|go(?:es)? (?:well )?with|pairs? (?:well )?with|match(?:es)? with|need with|need for)\b|搭配|配/i.exec(cleaned);
    if (link && chosen.every((h) => h.end <= link.index)) intent = { ...intent, kind: 'search', refine: false };
  }

  const deixis = intent.refs.some((r) => r.kind === 'current') || /\b(?:it|this|this one|that one)\b|这款|这个|它/i.test(text);
  // Gifts and "recommend me something": recommendations, not a search for the word "gift".
  let gift: ShopperRequest['gift'];
  if (GIFT.test(text) && !['compare', 'review-summary', 'shop-question', 'product-question'].includes(intent.kind) && !(deixis && focus)) {
    const r = GIFT_RECIPIENT.exec(text);
    gift = r ? { recipient: (r[1] ?? r[2])!.toLowerCase() } : {};
    intent = { ...intent, kind: 'recommend' };
  } else if (SUGGEST_ANY.test(text.trim()) || POPULAR.test(text.trim())) {
    intent = { ...intent, kind: 'recommend', query: '' };
    query.text = '';
  }

  // "Which one is lighter?" after a list or comparison picks one of them; so does a superlative said
  // alone ("the lightest one?", "最轻的呢").
  let pick: PickBy | undefined;
  const alone = ctx.lastResultIds.length >= 2 && !typeList.length ? superlativeAlone(text, lex) : undefined;
  if (alone) {
    pick = alone;
    intent = { ...intent, kind: 'compare', refs: [{ kind: 'previous' }] };
  } else if (ctx.lastResultIds.length >= 2 && WHICH.test(text) && (!typeList.length || /^(?:so\s+|ok\s+|and\s+)?(?:which|哪|里面哪|其中哪)/i.test(text.trim()))) {
    pick = PICKS.find(([re]) => re.test(text))?.[1];
    const forWhom = BETTER_FOR.exec(text);
    if (!pick && forWhom) pick = { by: 'words', dir: 'max', words: (forWhom[1] ?? forWhom[2] ?? '').trim() };
    if (!pick && /\b(?:better|best)\b|哪个好|哪款好|更好/i.test(text)) pick = { by: 'rating', dir: 'max' };
    // "which of them is warmest?": an adjective the catalog does not measure is looked for in their words.
    const est = pick ? undefined : latinWords(text).find((w) => superlativeBase(w, lex));
    if (est) pick = { by: 'words', dir: 'max', words: superlativeBase(est, lex)! };
    if (pick) intent = { ...intent, kind: 'compare', refs: [{ kind: 'previous' }] };
  }

  // "bigger ones?", "any lighter ones under 2 kg", "再大一点的" after a list: a measured comparative that
  // asks no "which" narrows the list to products beyond the ones shown (a superlative said alone picks one).
  // With an amount said too ("lighter than 4 kg", "再大一点的，30升以上") the amount is the bound.
  let beyondShown: PickBy | undefined;
  let comparativeSaid = false;
  if (!pick && ctx.hasPreviousSearch && ctx.lastResultIds.length >= 1 && !typeList.length && intent.kind === 'search' && !WHICH.test(text)) {
    const row = PICKS.find(([re]) => re.test(text));
    const said = row ? row[0].exec(text)![0] : '';
    if (row && row[1].by === 'measure' && !/est\b|\bmost\b|最/i.test(said)) {
      if (!quantities.length) beyondShown = row[1];
      comparativeSaid = true;
      intent = { ...intent, refine: true };
    }
  }

  // "the second one", "第二个": that product, shown and described.
  if (intent.kind === 'search' && !typeList.length && intent.refs.length === 1 && intent.refs[0]!.kind === 'ordinal' && ctx.lastResultIds.length) {
    intent = { ...intent, kind: 'product-question', refine: false };
  }

  // Focus rule: on a product's page (or after talking about one product), a question that names no
  // other product, brand or list is about that product — "is it on sale?", "多少钱", "有蓝色的吗",
  // "can it go in the dishwasher", "多重" — even right after a search.
  let aboutFocus = intent.kind === 'product-question';
  const listRef = intent.refs.some((r) => r.kind === 'previous' || r.kind === 'ordinal');
  const askable = intent.kind === 'search' || intent.kind === 'best-deal' || (intent.kind === 'recommend' && deixis);
  const focusProduct = focus ? ctx.byId.get(focus) : undefined;
  // The type named is the product's own ("how heavy is the shoe"), or the question names one of its
  // attributes ("what kind of inner pot", "whats the thread count").
  const ownType = !typeList.length || (!/\bany\b|有没有|有.{0,6}的吗|哪些/i.test(text) && !!focusProduct && typeList.some((t) => t.ids.has(focusProduct.id) || t.categories.some((c) => focusProduct.categories.includes(c)) || titleHas(focusProduct.title, t.key) || (!isCjkText(t.head) && titleHas(focusProduct.title, t.head))));
  const namesOwnAttribute = !!focusProduct && Object.keys(focusProduct.attributes).some((k) => {
    const ks = latinWords(k).map(wordKey);
    const ws = new Set(latinWords(text).map(wordKey));
    return ks.length > 0 && ks.every((x) => ws.has(x));
  });
  const fragmentOfList = FRAGMENT.test(text.trim()) && ctx.hasPreviousSearch && ctx.lastResultIds.length >= 2;
  if (focus && askable && (ownType || namesOwnAttribute) && !filters.brands?.length && !listRef && !fragmentOfList && QUESTION.test(text) && !WANTS_OTHERS.test(text) && !SHOP_RANGE.test(text) && !/^(?:what|which|any)\b.*\b(?:on sale|deals?|discounts?)\b|什么(?:折扣|优惠|打折|活动)|哪些/i.test(text)) {
    intent = { ...intent, kind: 'product-question', refine: false, refs: intent.refs.length ? intent.refs : [{ kind: 'current' }] };
    aboutFocus = true;
  }

  // "anything like it but cheaper?", "similar ones for less?" on a product's page ask for other products,
  // though they say "it": unless they ask a yes/no about it ("is it cheaper than…").
  if (aboutFocus && focusProduct && (!typeList.length || ownType) && (CHEAPER.test(text) || SIMILAR.test(text)) && WANTS_OTHERS.test(text) && !/^(?:is|are|does|do|can|will|has)\s+(?:it|this|that)\b/i.test(text.trim())) {
    aboutFocus = false;
    intent = { ...intent, kind: 'search', refine: false, refs: [] };
  }

  // On a product's page, a search that names no type, only a spec ("四片的有哪些", "any with a timer?",
  // "ones in 28 cm") is for products of the page's kind.
  const namesSpec = quantities.length > 0 || Object.keys(filters.attributes ?? {}).length > 0;
  if (!aboutFocus && focusProduct && !typeList.length && intent.kind === 'search' && !intent.refine && !ctx.hasPreviousSearch && namesSpec && !filters.categories?.length && !filters.brands?.length && !titleBrandIds.length) {
    const leaf = focusProduct.categories.at(-1);
    if (leaf) query.filters = { ...query.filters, categories: [leaf] };
  }

  // Refinements keep the type: after a list, a follow-up that names no type of its own ("in blue",
  // "that also mops", "under 2 kg", "not Voltra either", "电动的", "便宜一点的") narrows that list.
  // "cheaper socks?" / "比这个便宜的GPS手表" / "similar ones in stock" on a product's page: its kind,
  // compared with it.
  let relativeTo: string | undefined;
  if (!aboutFocus && focusProduct && (intent.kind === 'search' || intent.kind === 'best-deal' || intent.kind === 'recommend') && (CHEAPER.test(text) || SIMILAR.test(text)) && (!typeList.length || ownType)) {
    relativeTo = focusProduct.id;
    intent = { ...intent, kind: 'search', refine: !typeList.length };
  }
  if (!aboutFocus && !typeList.length && intent.kind === 'search' && !intent.refine) {
    // A thing the catalog has never heard of ("mattress toppers?") is a new request, not a narrowing.
    const unknownThing = Object.keys(features.attributes).length || parserFeature ? undefined : unsoldWord(text, chosen, rest, lex, intent, cleaned);
    const fragment = ctx.hasPreviousSearch && !unknownThing && !SHOP_RANGE.test(text) && !ASK_FRAME.test(text.replace(/\b(?:show me|i want|i need)\b/i, ''));
    // "looking for a dishwasher" on a kettle's page names a thing of its own, not other kettles.
    const aboutProduct = !!focus && !unknownThing && (CHEAPER.test(text) || WANTS_OTHERS.test(text));
    if (fragment || aboutProduct) intent = { ...intent, refine: true };
  }
  if (MORE.test(text.trim()) && ctx.hasPreviousSearch) intent = { ...intent, kind: 'search', refine: true };
  // "just jackets" / "只看外套" / "any of those in bedding?" after a list: the same conditions, that type only.
  if (typeList.length && ctx.hasPreviousSearch && /^(?:just|only)\b|^(?:只看|只要|就要)|\b(?:of|among|from) (?:those|these|them|that list)\b|(?:这些|那些|刚才那些|上面)(?:里|中|里面|当中)/i.test(text.trim()) && (intent.kind === 'search' || intent.kind === 'best-deal')) {
    intent = { ...intent, kind: 'search', refine: true };
  }

  // A message that named one of the catalog's own features or values ("crew length") is about things it sells.
  // Not when the shopper asks whether the shop sells the thing ("你们卖洗碗机吗" names the mugs' "dishwasher safe").
  const namedCatalogFeature = Object.keys(features.attributes).length > 0 || parserFeature;
  const notSold = aboutFocus || namedCatalogFeature ? undefined : unsoldWord(text, chosen, rest, lex, intent, cleaned);
  return {
    intent, types: typeList, notSold: relativeTo || comparativeSaid ? undefined : notSold, query, quantities, pick, gift, aboutFocus, aboutPriceMemory: asksAboutPriceChanges(raw),
    ...(relativeTo ? { relativeTo, cheaper: CHEAPER.test(text) } : {}),
    ...(beyondShown && !aboutFocus ? { beyondShown } : {}),
  };
}

/**
 * The measured attribute a pick compares: among the families the word may mean, the one the shopper
 * named ("longest burn time"), else the one most of these products have (the first family on a tie).
 */
export function pickMeasure(products: Product[], pick: PickBy, lex: Lexicon, message = ''): Lexicon['measured'][number] | undefined {
  const said = new Set(latinWords(message).map(wordKey));
  const families = pickFamilies(pick);
  const candidates = families.flatMap((f) => lex.measured.filter((m) => m.family === f));
  const coverage = (m: (typeof candidates)[number]) => products.filter((p) => m.values.has(p.id)).length;
  const named = candidates.filter((m) => coverage(m) > 0 && (latinWords(m.key).some((w) => said.has(wordKey(w))) || (isCjkText(m.key) && message.includes(m.key))));
  return [...(named.length ? named : candidates)].sort((a, b) => coverage(b) - coverage(a))[0];
}

/** One product picked from `products` by `pick` (null when the catalog cannot tell them apart). */
export function pickProduct(products: Product[], pick: PickBy, lex: Lexicon, matches?: (p: Product) => number, message = ''): Product | null {
  const measure = pick.by === 'measure' ? pickMeasure(products, pick, lex, message) : undefined;
  const score = (p: Product): number | null => {
    if (pick.by === 'price') return p.price ?? null;
    if (pick.by === 'rating') return p.rating ? (p.rating.value / (p.rating.best || 5)) * 5 + Math.log1p(p.rating.count) / 100 : null;
    if (pick.by === 'measure') return measure?.values.get(p.id) ?? null;
    return matches ? matches(p) : null;
  };
  const scored = products.map((p) => ({ p, s: score(p) })).filter((x): x is { p: Product; s: number } => x.s !== null);
  // Only one of them has it at all ("which has the longer battery?" of a shoe and headphones): that one.
  if (scored.length < 2 && !(scored.length === 1 && (products.length === 1 || pick.by === 'measure'))) return null;
  // Equal on what was asked ("which is cheapest?" with two at $89.99): the better rated of them, then
  // the one shown first — a tie is no reason to answer with a table instead.
  const stars = (p: Product) => (p.rating ? (p.rating.value / (p.rating.best || 5)) * 5 + Math.log1p(p.rating.count) / 100 : 0);
  scored.sort((a, b) => (pick.dir === 'min' ? a.s - b.s : b.s - a.s) || (pick.by === 'rating' ? 0 : stars(b.p) - stars(a.p)));
  if (scored.length >= 2 && scored[0]!.s === scored[1]!.s && pick.by === 'rating') return null;
  return scored[0]!.p;
}

