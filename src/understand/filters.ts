/**
 * Deterministic query parser, English and Chinese: turns what a shopper types into filters, a sort
 * order and the words left for full-text search. It is the assistant's no-model path, so it stands on
 * its own; with a vocabulary from the catalog (vocabulary.ts) it also recognises brands, categories and
 * yes/no features.
 *
 *   "running shoes under $80 not Velox"  → text "running shoes", priceMax 80, excludeBrands [Velox]
 *   "500元以下的蓝牙耳机"                  → text "蓝牙耳机", priceMax 500
 *   "rated 4+ in stock, in blue"          → minRating 4, inStock, colors [blue]
 *   "cheaper" / "最便宜的"                 → sort price-asc
 *
 * Pure and synchronous. The grammar is documented in the README ("Search: query syntax").
 */
import { spelledNumbers } from './units.ts';
import { escapeRegExp } from '../catalog/text.ts';
import { COLOR_WORD_LIST } from '../search/colors.ts';
import { AMOUNT, parseAmount } from '../search/numbers.ts';
import type { ParsedQuery, SearchFilters, SearchLang, SortOrder } from '../search/types.ts';
import type { QueryVocabulary } from './vocabulary.ts';
import { zhSegmenter } from '../search/zh-segmenter.ts';
import { shared } from './patterns.ts';

export type { ParsedQuery, SearchFilters } from '../search/types.ts';
export type { QueryVocabulary } from './vocabulary.ts';

const N = `(${AMOUNT})`;
/** Units that make a number not a price ("under 300 g", "4 person"). */
const NOT_PRICE = String.raw`(?!\s*(?:mm|cm|km|m\b|kg|g\b|lbs?|oz|l\b|liters?|litres?|ml|hours?|hrs?|h\b|days?|w\b|watts?|bar\b|inch(?:es)?|"|people|persons?|person|p\b|pack|pcs|pieces|gb|tb|mah|x\b|%|stars?|★|星|分|人|升|小时|天|毫米|厘米|克|千克|公斤|斤|瓦|英寸|寸|岁|码|号|件|双|个))`;
const CUR_PRE = String.raw`(?:us\$|\$|€|£|¥|￥|usd\s?|rmb\s?|cny\s?)`;
const CUR_POST = String.raw`(?:\s?(?:dollars?|bucks|usd|euros?|eur|pounds?|gbp|rmb|yuan|cny|元|块钱|块|圆))`;
/** An amount with a currency marker on either side. */
const MONEY_STRICT = String.raw`(?:${CUR_PRE}\s?${N}${CUR_POST}?|${N}${CUR_POST})`;
/** An amount that may be bare (after a price word), but not followed by a unit. */
const MONEY = String.raw`(?:${CUR_PRE}\s?${N}${CUR_POST}?|${N}${NOT_PRICE}${CUR_POST}?)`;
const ZH_CUR = String.raw`(?:元|块钱|块|圆|rmb)`;
const ZH_N = String.raw`(?:[¥￥]\s?)?${N}${NOT_PRICE}\s?${ZH_CUR}?`;

/** All the captured amounts of a match, in order. */
function amounts(groups: (string | undefined)[]): number[] {
  return groups.filter((g): g is string => g !== undefined && g !== '').map(parseAmount).filter((n): n is number => n !== undefined);
}

function isCjk(s: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/.test(s);
}

/** A whole-word (Latin) or substring (CJK) pattern source for a name. */
/** Latin letters and digits: a Latin name ends where they do, even right before Chinese ("Velox的"). */
const LATIN = String.raw`A-Za-z0-9\u00c0-\u024f`;

function namePattern(name: string): string {
  const e = escapeRegExp(name).replace(/\s+/g, '[\\s-]+');
  return isCjk(name) ? e : `(?<![${LATIN}])${e}(?![${LATIN}])`;
}

interface CompiledVocabulary {
  /**
   * Longest names first, each with what it is. `re` is global (reused with lastIndex reset: see
   * `take`); `anchored` is the same pattern at the start of a string, for what follows a negation.
   */
  names: { re: RegExp; anchored: RegExp; kind: 'brand' | 'category' | 'attribute' | 'value'; value: string; key?: string; cjk: boolean; source: string }[];
}

/** A name that says what a product does not do ("does not leak", "不漏"): a feature, not an exclusion. */
const NEGATIVE_FORM = /\b(?:not|no|without)\b|n['’]t\b|^不(?!要)|^无(?=[\u3400-\u9fff])/i;

const compiled = new WeakMap<QueryVocabulary, CompiledVocabulary>();

function compile(v: QueryVocabulary): CompiledVocabulary {
  let c = compiled.get(v);
  if (c) return c;
  const entries: { name: string; kind: 'brand' | 'category' | 'attribute' | 'value'; value: string; key?: string }[] = [];
  for (const val of v.values ?? []) if (val.trim().length >= 2) entries.push({ name: val.trim(), kind: 'value', value: val });
  for (const b of v.brands) if (b.trim().length >= 2) entries.push({ name: b.trim(), kind: 'brand', value: b });
  for (const cat of v.categories) {
    const name = cat.trim();
    if (name.length < 2 && !isCjk(name)) continue;
    entries.push({ name, kind: 'category', value: cat });
    // "Running Shoes" is also typed "running shoe".
    if (!isCjk(name) && /s$/i.test(name)) entries.push({ name: name.replace(/s$/i, ''), kind: 'category', value: cat });
  }
  for (const a of v.booleanAttributes) for (const n of a.names) if (n.trim()) entries.push({ name: n.trim(), kind: 'attribute', value: 'yes', key: a.key });
  entries.sort((a, b) => b.name.length - a.name.length);
  c = {
    names: entries.map((e) => {
      const source = namePattern(e.name);
      return { re: new RegExp(source, 'giu'), anchored: new RegExp(`^(?:${source})`, 'iu'), kind: e.kind, value: e.value, cjk: isCjk(e.name), source: e.name, ...(e.key ? { key: e.key } : {}) };
    }),
  };
  compiled.set(v, c);
  return c;
}

/** Colour words that mean something else in a query ("coffee maker", "wine glass") are left out. */
const AMBIGUOUS_COLOR_WORDS = new Set(['coffee', 'wine', 'rose', 'sand', 'lemon', 'mint', 'chocolate', 'cream', 'rust', 'coral', 'plum', 'chestnut', 'walnut', 'sage', 'slate', 'onyx', 'midnight', 'ivory', 'camel', 'nude', 'shell', 'champagne', 'graphite', 'charcoal', 'blush', 'aqua', 'cobalt', 'mustard', 'taupe', 'lavender', 'lilac', 'tan', 'rainbow', 'olive', 'sky blue', 'cyan', 'magenta', 'fuchsia', 'crimson']);
const LATIN_COLORS = COLOR_WORD_LIST.filter((c) => !c.cjk && !AMBIGUOUS_COLOR_WORDS.has(c.word));
const COLOR_RE = new RegExp(
  String.raw`(?<![${LATIN}])(?:in\s+(?:the\s+)?|colou?r\s*:?\s*)?(${LATIN_COLORS.map((c) => escapeRegExp(c.word).replace(/\s+/g, '[\\s-]+')).join('|')})(?:\s+(?:colou?r(?:ed|way)?|ones?|versions?))?(?![${LATIN}])`,
  'giu',
);
const ZH_COLORS = COLOR_WORD_LIST.filter((c) => c.cjk && c.word.length >= 2);
const ZH_COLOR_RE = new RegExp(`(${ZH_COLORS.map((c) => escapeRegExp(c.word)).join('|')})(?:的)?`, 'g');
const ZH_ONE_CHAR_COLOR = /([黑白红蓝绿黄灰粉紫橙棕])(?:色)?的/g;
const COLOR_ID = new Map(COLOR_WORD_LIST.map((c) => [c.word.toLowerCase(), c.id]));

function colorIdOf(word: string): string | undefined {
  return COLOR_ID.get(word.toLowerCase().replace(/[\s-]+/g, ' ')) ?? COLOR_ID.get(word.toLowerCase());
}

class Parse {
  rest: string;
  readonly filters: SearchFilters = {};
  sort?: SortOrder;

  constructor(
    text: string,
    private readonly vocab?: CompiledVocabulary,
  ) {
    this.rest = ` ${text.normalize('NFKC').replace(/\s+/g, ' ').trim()} `;
  }

  /**
   * Replaces each match of `re` with a space when `fn` accepts it. A global `re` is used as is (its
   * lastIndex reset first; `fn` must not use it): most are shared, and copying each would recompile it.
   */
  take(re: RegExp, fn: (m: RegExpExecArray) => boolean | void): void {
    const r = re.global ? re : new RegExp(re.source, `${re.flags}g`);
    r.lastIndex = 0;
    let out = '';
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = r.exec(this.rest))) {
      if (m[0] === '') {
        r.lastIndex++;
        continue;
      }
      if (fn(m) === false) continue;
      out += `${this.rest.slice(last, m.index)} `;
      last = m.index + m[0].length;
    }
    this.rest = out + this.rest.slice(last);
  }

  add<K extends 'brands' | 'excludeBrands' | 'categories' | 'excludeCategories' | 'colors' | 'excludeColors' | 'excludeTerms'>(key: K, value: string): void {
    const list = (this.filters[key] ??= []) as string[];
    if (!list.some((x) => x.toLowerCase() === value.toLowerCase())) list.push(value);
  }

  attribute(key: string, value: string): void {
    const attrs = (this.filters.attributes ??= {});
    attrs[key] = [value];
  }

  priceMax(n: number): void {
    this.filters.priceMax = this.filters.priceMax === undefined ? n : Math.min(this.filters.priceMax, n);
  }

  priceMin(n: number): void {
    this.filters.priceMin = this.filters.priceMin === undefined ? n : Math.max(this.filters.priceMin, n);
  }

  range(a: number, b: number): void {
    this.priceMin(Math.min(a, b));
    this.priceMax(Math.max(a, b));
  }

  rating(n: number): boolean {
    if (!(n > 0 && n <= 5)) return false;
    this.filters.minRating = Math.max(this.filters.minRating ?? 0, n);
    return true;
  }

  setSort(s: SortOrder): void {
    this.sort ??= s;
  }

  /** What the words right after a negation name: a known brand, category, colour or feature, else a name or word. */
  negated(after: string, strictName: boolean): { consumed: number; apply: () => void } | null {
    // "but not from Trailmark", "except for the Sonara ones", "not any Voltra": the name comes after these.
    const head = after.replace(/^\s+/, '').replace(/^(?:(?:from|by|made by|for|any|the|a|an|those|ones?|brand|stuff|products?)\s+)+/i, '');
    const lead = after.length - head.length;
    for (const n of this.vocab?.names ?? []) {
      const m = n.anchored.exec(head);
      if (!m) continue;
      const len = lead + m[0].length;
      if (n.kind === 'brand') return { consumed: len, apply: () => this.add('excludeBrands', n.value) };
      if (n.kind === 'category') return { consumed: len, apply: () => this.add('excludeCategories', n.value) };
      if (n.kind === 'value') return { consumed: len, apply: () => this.add('excludeTerms', n.value.toLowerCase()) };
      return { consumed: len, apply: () => this.attribute(n.key!, 'no') };
    }
    // "不要单锅的", "not a single-basket one": the opposite of a yes/no feature named "双锅" / "dual basket".
    const single = /^(?:单|single[- ]|one[- ])(\S{1,8}?)(?=的|\b|$)/iu.exec(head);
    if (single) {
      const rest = single[1]!.toLowerCase();
      const opposite = this.vocab?.names.find((n) => n.kind === 'attribute' && n.key && new RegExp(`^(?:双|dual |double |twin |two )${escapeRegExp(rest)}`, 'iu').test(n.source));
      if (opposite) return { consumed: lead + single[0].length, apply: () => this.attribute(opposite.key!, 'yes') };
    }
    for (const c of COLOR_WORD_LIST) {
      if (head.toLowerCase().startsWith(c.word) && (c.cjk || !/[A-Za-z0-9\u00c0-\u024f]/.test(head[c.word.length] ?? ''))) {
        return { consumed: lead + c.word.length, apply: () => this.add('excludeColors', c.id) };
      }
    }
    // A capitalised name (up to three words) is a brand; a plain word is something not to show.
    const name = /^([A-Z][A-Za-z0-9\u00c0-\u024f&'.-]*(?:\s+[A-Z][A-Za-z0-9\u00c0-\u024f&'.-]*){0,2})/u.exec(head);
    if (name) return { consumed: lead + name[1]!.length, apply: () => this.add('excludeBrands', name[1]!.replace(/[.]+$/, '')) };
    if (strictName) return null;
    const word = /^([A-Za-z0-9\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f'-]*)/u.exec(head);
    if (word && !isCjk(word[1]!)) {
      if (/^(?:too|so|very|that|the|a|an|any|more|less|over|under|in|on|sure|expensive|pricey|cheap|than|only|just|really|much)$/i.test(word[1]!)) return null;
      return { consumed: lead + word[1]!.length, apply: () => this.add('excludeTerms', word[1]!.toLowerCase()) };
    }
    const zh = /^([\u3400-\u9fff]{1,8}?)(?=的|之外|以外|[，,。；;、\s]|和|或|$)/u.exec(head);
    if (zh) return { consumed: lead + zh[1]!.length, apply: () => this.add('excludeTerms', zh[1]!) };
    return null;
  }

  /** Features named with a negation ("does not leak", "won't leak", "不漏水") ask for the feature: read them before negations. */
  negativeFormFeatures(): void {
    for (const n of this.vocab?.names ?? []) {
      if (n.kind !== 'attribute' || !NEGATIVE_FORM.test(n.source)) continue;
      this.take(n.re, () => this.attribute(n.key!, 'yes'));
    }
  }

  negations(): void {
    // "not too expensive" is a sort order, not an exclusion.
    this.take(/\b(?:not|nothing)\s+(?:too\s+|so\s+|very\s+|that\s+|overly\s+)?(?:expensive|pricey)\b|不(?:太|很)?贵/giu, () => this.setSort('price-asc'));
    // Longest cues first: "but not", "not from" and "anything but" must win over "not" / "but".
    const re = /(?<![A-Za-z0-9\u00c0-\u024f])(anything (?:but|except|other than)|everything (?:but|except)|nothing (?:from|by|made by)|none (?:from|by)|not (?:from|by|made by|made of|interested in)|but not|other than|apart from|aside from|besides|except(?:\s+for)?|excluding|exclude|without|leave out|leaving out|rule out|take out|get rid of|stay away from|(?:please\s+)?(?:don['’]?t|do not) (?:show(?: me)?|want|include|like|need|care for)|(?:don['’]?t|do not)(?=\s+\p{Lu})|(?:is|are|was|were)n['’]?t(?:\s+made of)?|doesn['’]?t (?:want|like|have)|not|no|non-?|avoid|minus|neither|skip|remove|hide)\s+|(不要|不想要|不想|除了|除开|除|非(?!常)|不是|别(?!的|人)|排除|不含|不包括|不考虑|去掉|去除|拿掉|不喜欢)\s*/giu;
    let pos = 0;
    for (;;) {
      re.lastIndex = pos;
      const m = re.exec(this.rest);
      if (!m) break;
      const keyword = (m[1] ?? m[2] ?? '').toLowerCase();
      const afterStart = m.index + m[0].length;
      // "no blade grinders" excludes blades; "no more", "no problem", "no thanks" exclude nothing.
      const strict = keyword === 'no' && /^\s*(?:more|less|longer|problem|thanks?|idea|need|worries|way|rush|matter|one|clue)\b/i.test(this.rest.slice(afterStart));
      const found = this.negated(this.rest.slice(afterStart), strict);
      if (!found) {
        pos = afterStart;
        continue;
      }
      found.apply();
      let end = afterStart + found.consumed;
      // A list goes on: "except Stride and Kestrel", "not apple or samsung", "not Velox and not Kestrel",
      // "不要红色和黑色的", "不要A也不要B".
      for (;;) {
        const join = /^\s*(?:(?:,\s*)?(?:and\s+|or\s+|nor\s+)(?:also\s+)?(?:not|no)\s+|,\s*(?:not|no)\s+|,\s*(?:and\s+|or\s+|nor\s+)?|and\s+|or\s+|nor\s+|(?:也|又|和|或|，|,)?\s*(?:不要|别要|不想要)|、|和|或|或者|跟|及)\s*/iu.exec(this.rest.slice(end));
        if (!join) break;
        const next = this.negated(this.rest.slice(end + join[0].length), false);
        if (!next) break;
        next.apply();
        end += join[0].length + next.consumed;
      }
      const tail = /^(?:以外的|之外的|以外|之外|的话|的)/.exec(this.rest.slice(end));
      if (tail) end += tail[0].length;
      this.rest = `${this.rest.slice(0, m.index)} ${this.rest.slice(end)}`;
      pos = m.index;
    }
  }

  /**
   * Exclusions said after the thing, in Chinese: "Sonara以外的", "Auralis也不要", "真皮的不要", "Voltra的也不要".
   * The name before the marker is read like one after "不要".
   */
  postfixNegations(): void {
    const NAME = String.raw`(?:[A-Za-z][A-Za-z0-9&'.-]*(?:\s+[A-Za-z][A-Za-z0-9&'.-]*)?|[\u3400-\u9fff]{1,6}?)`;
    const re = shared(String.raw`(${NAME}(?:\s*(?:和|、|或|跟|及|,|，)\s*${NAME})*)\s*(?:的)?\s*(?:以外的?|之外的?|也不要|都不要|不要了|不要|都不看|不看|也不考虑|不考虑|就算了)`, 'gu');
    this.take(re, (m) => {
      const names = m[1]!.split(/\s*(?:和|、|或|跟|及|,|，)\s*/).filter(Boolean);
      if (names.some((n) => /^(?:我|都|也|就|还|那|这|先|暂时)$/.test(n))) return false;
      const found = names.map((n) => this.negated(n, false));
      if (found.some((f) => !f)) return false;
      for (const f of found) f!.apply();
    });
  }

  /** Offsets where Chinese words start or end in `rest` (Intl.Segmenter), so "鞋" is not found inside "鞋子". */
  private boundaries(): Set<number> {
    const out = new Set<number>([0, this.rest.length]);
    const seg = zhSegmenter();
    if (!seg) return out;
    for (const s of seg.segment(this.rest)) {
      out.add(s.index);
      out.add(s.index + s.segment.length);
    }
    return out;
  }

  vocabulary(): void {
    if (!this.vocab) return;
    const aligned = (n: CompiledVocabulary['names'][number]) => {
      const bounds = n.cjk && n.re.test(this.rest) ? this.boundaries() : null;
      n.re.lastIndex = 0;
      return (m: RegExpExecArray) => !bounds || (bounds.has(m.index) && bounds.has(m.index + m[0].length));
    };
    // Brands and yes/no features first (longest names first)…
    for (const n of this.vocab.names) {
      if (n.kind === 'category' || n.kind === 'value') continue;
      const ok = aligned(n);
      this.take(n.re, (m) => {
        if (!ok(m)) return false;
        if (n.kind === 'brand') this.add('brands', n.value);
        else this.attribute(n.key!, 'yes');
      });
    }
    // …then categories. One category (or one path) is a filter; two unrelated ones ("socks for
    // running shoes") stay words, in the shopper's order.
    const found: { n: CompiledVocabulary['names'][number]; start: number; end: number }[] = [];
    for (const n of this.vocab.names) {
      if (n.kind !== 'category') continue;
      const ok = aligned(n);
      const re = n.re;
      re.lastIndex = 0;
      for (let m = re.exec(this.rest); m; m = re.exec(this.rest)) {
        // Longest names come first: a shorter one inside a longer match ("Shoes" in "Running Shoes") is part of it.
        if (ok(m) && !found.some((f) => m!.index < f.end && m!.index + m![0].length > f.start)) found.push({ n, start: m.index, end: m.index + m[0].length });
      }
    }
    const values = new Set(found.map((f) => f.n.value));
    if (values.size !== 1) return;
    const [value] = values;
    this.add('categories', value!);
    found.sort((a, b) => b.start - a.start);
    for (const f of found) this.rest = `${this.rest.slice(0, f.start)} ${this.rest.slice(f.end)}`;
  }

  ratings(): void {
    const R = String.raw`([0-5](?:\.\d)?|[一二三四五])`;
    const num = (s: string) => parseAmount(s) ?? NaN;
    this.take(shared(String.raw`\b(?:rated|ratings?(?:\s+of)?|reviews?)\s*(?:at least|above|over|>=|≥|>|of at least)?\s*${R}\s*(?:\+|plus|stars?|★|out of 5|\/\s?5|or (?:more|higher|above|better)|and (?:up|above|higher)|\s)*`, 'giu'), (m) => this.rating(num(m[1]!)));
    this.take(shared(String.raw`\b(?:at least|min(?:imum)?|over|above)\s*${R}\s*(?:stars?|★)(?:\s*(?:rating|rated|reviews?))?`, 'giu'), (m) => this.rating(num(m[1]!)));
    this.take(shared(String.raw`(?<![\p{L}\p{N}.])${R}\s*(?:\+\s*)?(?:-\s*)?(?:stars?|★)(?:\s*(?:\+|and (?:up|above|higher)|or (?:more|higher|above|better)|plus|rated|rating|reviews?))?`, 'giu'), (m) => this.rating(num(m[1]!)));
    this.take(shared(String.raw`(?<![\p{L}\p{N}.$])${R}\s*\+\s*(?:rated|rating|reviews?)`, 'giu'), (m) => this.rating(num(m[1]!)));
    this.take(/★{1,5}\+?/gu, (m) => this.rating(m[0].replace('+', '').length));
    this.take(/\b(?:highly|well|positively)[\s-](?:rated|reviewed)\b|\bgood (?:reviews|ratings)\b|\bgreat reviews\b/giu, () => this.rating(4));
    this.take(/\b(?:top|best|highest)[\s-]rated\b|\bbest[\s-]reviewed\b/giu, () => this.setSort('rating'));
    // 中文
    this.take(shared(String.raw`${R}\s*(?:颗)?星(?:级)?\s*(?:及|或)?(?:以上|起|往上)?(?:的)?`, 'gu'), (m) => this.rating(num(m[1]!)));
    this.take(shared(String.raw`(?:评分|评价|分数|得分)\s*(?:在|高于|超过|不低于|大于|至少)?\s*${R}\s*分?\s*(?:及|或)?(?:以上|起|往上)?(?:的)?`, 'gu'), (m) => this.rating(num(m[1]!)));
    this.take(shared(String.raw`${R}\s*分\s*(?:及|或)?(?:以上|起)(?:的)?`, 'gu'), (m) => this.rating(num(m[1]!)));
    this.take(/评分最高|好评最多|口碑最好|评价最好|最好评/gu, () => this.setSort('rating'));
    this.take(/好评(?:如潮|多)?的?|口碑好的?|评价好的?|高分的?|评分高的?/gu, () => this.rating(4));
  }

  prices(): void {
    const SEP = String.raw`\s*(?:-|–|—|~|to|and)\s*`;
    // Ranges.
    this.take(shared(String.raw`\b(?:between|from)\s+${MONEY}${SEP}${MONEY}`, 'giu'), (m) => {
      const [a, b] = amounts(m.slice(1));
      if (a === undefined || b === undefined) return false;
      this.range(a, b);
    });
    this.take(shared(String.raw`\b(?:price[ds]?|budget|costs?|costing)\s*(?:range|of|is|between|from)?\s*:?\s*${N}${SEP}${N}`, 'giu'), (m) => {
      const [a, b] = amounts(m.slice(1));
      if (a === undefined || b === undefined) return false;
      this.range(a, b);
    });
    this.take(shared(String.raw`${MONEY_STRICT}\s*(?:-|–|—|~|to)\s*${MONEY}|${MONEY}\s*(?:-|–|—|~|to)\s*${MONEY_STRICT}`, 'giu'), (m) => {
      const [a, b] = amounts(m.slice(1));
      if (a === undefined || b === undefined) return false;
      this.range(a, b);
    });
    // 中文区间: 300到500元, 300-500元之间, 价格在300到500
    this.take(shared(String.raw`(?:价格|预算|价位)?\s*(?:在)?\s*${ZH_N}\s*(?:到|至|-|–|~|～|—)\s*${ZH_N}\s*(?:之间|以内|的)?`, 'gu'), (m) => {
      // Bare numbers count as a price only with a money word or right before "的" and the thing ("五百到一千的帐篷");
      // amounts with units ("四到六人", "1到2升") are read as quantities first.
      if (!/[元块¥￥]|rmb|之间|价格|预算|价位|的$/.test(m[0])) return false;
      const [a, b] = amounts(m.slice(1));
      if (a === undefined || b === undefined) return false;
      this.range(a, b);
    });
    // A bound word negated turns around: "nothing over $20" is at most $20, "nothing under $20" at least.
    // (Before the plain bounds, which would read "under $20" alone.)
    this.take(shared(String.raw`\b(?:no|not|nothing|none|never)\s+(?:(over|above|more than|greater than|higher than|pricier than|more expensive than)|(under|below|less than|lower than|cheaper than))\s*${MONEY}`, 'giu'), (m) => {
      const [a] = amounts(m.slice(3));
      if (a === undefined) return false;
      if (m[1]) this.priceMax(a);
      else this.priceMin(a);
    });
    // Upper bounds.
    this.take(shared(String.raw`\b(?:under|below|less than|lower than|cheaper than|no more than|not more than|not over|at most|max(?:imum)?|up to|within|sub|for under|for less than|no pricier than|priced (?:under|below|at most)|budget(?:\s+(?:of|is|around|about))?|spend(?:ing)? (?:up to|at most|under|less than)?)\s*:?\s*${MONEY}|(?:<=?|≤)\s*${MONEY}`, 'giu'), (m) => {
      const [a] = amounts(m.slice(1));
      if (a === undefined) return false;
      this.priceMax(a);
    });
    this.take(shared(String.raw`${MONEY}\s*(?:or less|or under|or below|and under|and below|or cheaper|max(?:imum)?|tops|at most|or lower)\b`, 'giu'), (m) => {
      const [a] = amounts(m.slice(1));
      if (a === undefined) return false;
      this.priceMax(a);
    });
    this.take(shared(String.raw`${ZH_N}\s*(?:以下|以内|之内|内|封顶)(?:的)?`, 'gu'), (m) => {
      const [a] = amounts(m.slice(1));
      if (a === undefined) return false;
      this.priceMax(a);
    });
    this.take(shared(String.raw`(?:低于|少于|不超过|不到|不高于|小于|最多|最高|预算(?:是|在|为|只有)?|价格(?:在|低于)?)\s*${ZH_N}\s*(?:以下|以内|之内)?(?:的)?`, 'gu'), (m) => {
      const [a] = amounts(m.slice(1));
      if (a === undefined) return false;
      this.priceMax(a);
    });
    // Lower bounds.
    this.take(shared(String.raw`\b(?:over|above|more than|greater than|higher than|at least|min(?:imum)?|starting (?:at|from)|upwards of|pricier than|more expensive than)\s*${MONEY}|(?:>=?|≥)\s*${MONEY}|\bfrom\s+${MONEY_STRICT}`, 'giu'), (m) => {
      const [a] = amounts(m.slice(1));
      if (a === undefined) return false;
      this.priceMin(a);
    });
    this.take(shared(String.raw`${MONEY}\s*(?:or more|and up|and above|or above|or higher|plus)\b|${MONEY_STRICT}\s*\+`, 'giu'), (m) => {
      const [a] = amounts(m.slice(1));
      if (a === undefined) return false;
      this.priceMin(a);
    });
    this.take(shared(String.raw`${ZH_N}\s*(?:以上|起|往上)(?:的)?`, 'gu'), (m) => {
      const [a] = amounts(m.slice(1));
      if (a === undefined) return false;
      this.priceMin(a);
    });
    this.take(shared(String.raw`(?:高于|超过|大于|多于|不低于|至少|最少|最低)\s*${ZH_N}(?:的)?`, 'gu'), (m) => {
      const [a] = amounts(m.slice(1));
      if (a === undefined) return false;
      this.priceMin(a);
    });
    // Around a price.
    const around = (m: RegExpExecArray) => {
      const [a] = amounts(m.slice(1));
      if (a === undefined) return false;
      this.range(Math.round(a * 0.8 * 100) / 100, Math.round(a * 1.2 * 100) / 100);
    };
    this.take(shared(String.raw`\b(?:around|about|approximately|approx\.?|roughly|close to|near|~)\s*${MONEY}`, 'giu'), around);
    this.take(shared(String.raw`${ZH_N}\s*左右(?:的)?|(?:大约|大概|差不多|约)\s*${ZH_N}`, 'gu'), around);
    // A bare amount with a currency ("$80 running shoes", "500元的耳机") is a budget.
    this.take(shared(String.raw`${MONEY_STRICT}(?:的)?`, 'giu'), (m) => {
      const [a] = amounts(m.slice(1));
      if (a === undefined) return false;
      this.priceMax(a);
    });
  }

  stockAndSale(): void {
    this.take(/\b(?:in[\s-]stock|available(?:\s+(?:now|today|to buy|right now))?|ready to ship|ships? (?:now|today|immediately)|not sold out|on hand|can (?:i )?(?:buy|get|order) (?:it |one |this )?(?:right )?now|(?:is it |it's |is this )?(?:out of stock|sold out))\b/giu, () => {
      this.filters.inStock = true;
    });
    this.take(/有货|现货|有库存|库存充足|在售|能买的?|可以买的?|能下单的?|可购买的?/gu, () => {
      this.filters.inStock = true;
    });
    this.take(/\b(?:on sale|on offer|on special|discount(?:ed|s)?|deals?|reduced|clearance|mark(?:ed)?[\s-]?down|promo(?:tion)?s?|sale|cheaper than (?:usual|normal|before|it was)|(?:below|less than|under) (?:the )?(?:usual|normal|regular|list|full) price|price (?:drop|cut)s?)\b/giu, () => {
      this.filters.onSale = true;
    });
    this.take(/打折|折扣|促销|特价|优惠|降价|清仓|特惠|减价|有活动|活动价|比平时便宜|比原价便宜/gu, () => {
      this.filters.onSale = true;
    });
  }

  sorts(): void {
    const rules: [RegExp, SortOrder][] = [
      [/\b(?:(?:sort(?:ed)?|order(?:ed)?|rank(?:ed)?)\s+by\s+price(?:[,\s]+(?:lowest|cheapest|low)(?:\s+(?:first|to high(?:est)?))?|\s+ascending)?|price,?\s+lowest first|lowest (?:price )?first)\b/giu, 'price-asc'],
      [/\b(?:(?:sort(?:ed)?|order(?:ed)?)\s+by\s+price[,\s]+(?:highest|high|most expensive)(?:\s+first)?|highest (?:price )?first|price descending)\b/giu, 'price-desc'],
      [/按价格(?:从)?低到高(?:排序?)?|价格从低到高|按价格排序|从便宜到贵/gu, 'price-asc'],
      [/按价格(?:从)?高到低(?:排序?)?|价格从高到低|从贵到便宜/gu, 'price-desc'],
      [/\b(?:cheapest|lowest[\s-]priced?|least expensive|price[:\s]*(?:low(?:est)?|ascending)(?:\s+to\s+high(?:est)?)?|low(?:est)? to high(?:est)?|cheaper|less expensive|more affordable|lower[\s-]priced?|inexpensive|affordable|cheap|budget|bargains?)\b/giu, 'price-asc'],
      [/\b(?:most expensive|priciest|highest[\s-]priced?|price[:\s]*(?:high(?:est)?|descending)(?:\s+to\s+low(?:est)?)?|high(?:est)? to low(?:est)?|premium|luxury|high[\s-]end|top[\s-]end|top of the line|more expensive|pricier)\b/giu, 'price-desc'],
      [/\b(?:newest|latest|new arrivals?|newly added|just (?:in|arrived)|most recent|recently added|brand[\s-]new)\b/giu, 'newest'],
      // "new" alone, but not the start of a name ("New Balance").
      [/(?<![A-Za-z0-9\u00c0-\u024f])[Nn]ew(?![A-Za-z0-9\u00c0-\u024f])(?!\s+\p{Lu})/gu, 'newest'],
      [/\b(?:most popular|popular|best[\s-]?sell(?:ers?|ing)|top[\s-]sell(?:ers?|ing)|best)\b/giu, 'rating'],
      [/最便宜|便宜(?:一)?(?:点|些)|更便宜|价格(?:从)?低到高|低价|实惠|平价|便宜的?|性价比(?:最高|高)?的?|划算的?/gu, 'price-asc'],
      [/最贵|价格(?:从)?高到低|高端|贵一点|更贵|贵的|奢华/gu, 'price-desc'],
      [/最新|新品|新款|上新|新上架|新到/gu, 'newest'],
      [/最受欢迎|热销|销量最高|卖得最好|最畅销|最好的?/gu, 'rating'],
    ];
    for (const [re, sort] of rules) this.take(re, () => this.setSort(sort));
  }

  colors(): void {
    this.take(COLOR_RE, (m) => {
      const id = colorIdOf(m[1]!);
      if (!id) return false;
      this.add('colors', id);
    });
    this.take(ZH_COLOR_RE, (m) => {
      const id = colorIdOf(m[1]!);
      if (!id) return false;
      this.add('colors', id);
    });
    this.take(ZH_ONE_CHAR_COLOR, (m) => {
      const id = colorIdOf(m[1]!);
      if (!id) return false;
      this.add('colors', id);
    });
  }

  /** "by Velox", "from Stride" (no vocabulary to check against: capitalised names only). */
  brandPhrases(): void {
    this.take(/\b(?:by|from|made by|brand:?)\s+([A-Z][A-Za-z0-9\u00c0-\u024f&'.-]*(?:\s+[A-Z][A-Za-z0-9\u00c0-\u024f&'.-]*){0,2})/gu, (m) => {
      this.add('brands', m[1]!.replace(/[.]+$/, ''));
    });
  }

  /** What is left, without request phrases and dangling connectors. */
  text(): string {
    let s = this.rest;
    s = s.replace(/\b(?:please|can you|could you|would you|show me|find me|get me|give me|i(?:'m| am) looking for|looking for|i(?:'d| would) like|i want|i need|do you have|do you sell|have you got|search(?: for)?|recommend(?: me)?|suggest(?: me)?|only|just|something|anything|some|any|ones?|options?|stuff|a pair of|pair of|thanks?|thank you)\b/giu, ' ');
    s = s.replace(/我想要|我想买|我要|想要|想买|给我|帮我找|帮我|有没有|有什么|推荐(?:一下|一些|几款)?|请问|请|一款|一双|一件|一个|一些|几款|只看|只要|吗|呢|吧|呀|啊/gu, ' ');
    // "带GPS的" once GPS became a filter leaves "带 的".
    s = s.replace(/(?:^|\s)(?:带有|带|含有|含|具有)(?=\s|$)/gu, ' ');
    s = s.replace(/[?？!！,，。;；:：、"“”'‘’()（）]/g, ' ');
    const edge = /^(?:\s|\b(?:in|with|for|and|or|but|that|which|are|is|the|a|an|of|to|at|under|over|than|priced|price|cost(?:ing|s)?|rated|rating|stars?|from|by|me|it|one|colou?r)\b|的|和|或|在|是|要)+|(?:\s|\b(?:in|with|for|and|or|but|that|which|are|is|the|a|an|of|to|at|under|over|than|priced|price|cost(?:ing|s)?|rated|rating|stars?|from|by|me|it|one|please|colou?r)\b|的|和|或|在|是|要)+$/giu;
    let prev = '';
    while (prev !== s) {
      prev = s;
      s = s.replace(edge, ' ').replace(/\s+/g, ' ').trim();
    }
    // Connectors left between two removed phrases ("in blue and in stock" → "and").
    if (/^(?:and|or|with|in|for|的|和)$/i.test(s)) s = '';
    return s;
  }
}

/**
 * Parses a shopper's query. `vocabulary` (from `buildVocabulary(catalog)`) adds the catalog's brands,
 * categories and yes/no features; without it, the parser still reads prices, ratings, stock, sale,
 * sort words, colours, and "not X" / "by X".
 */
export function parseQuery(text: string, lang: SearchLang = 'en', vocabulary?: QueryVocabulary): ParsedQuery {
  void lang; // Both languages' rules always apply: shoppers mix them ("Velox 500元以下").
  const p = new Parse(spelledNumbers(String(text ?? '').slice(0, 500)), vocabulary ? compile(vocabulary) : undefined);
  p.negativeFormFeatures();
  p.negations();
  p.postfixNegations();
  p.vocabulary();
  p.ratings();
  p.prices();
  p.stockAndSale();
  p.sorts();
  p.colors();
  if (!vocabulary) p.brandPhrases();
  return { text: p.text(), filters: p.filters, ...(p.sort ? { sort: p.sort } : {}) };
}
