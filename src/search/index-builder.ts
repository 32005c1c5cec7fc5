/**
 * Builds the full-text index and the filter columns from search documents.
 *
 * Postings are flat typed arrays (doc ids + a precomputed BM25F impact per posting), so a 100k-product
 * index is a few large buffers rather than millions of small objects, builds in two linear passes and
 * is cheap to query. Pass 1 (`add`) tokenises and counts; pass 2 (`finish`) knows the average field
 * lengths, so it can turn counts into impacts. Both can be fed in slices.
 */
import { normalizeKey } from '../catalog/text.ts';
import { mapped } from '../arrays.ts';
import { NO_VALUES, YES_VALUES, type SearchDoc } from './documents.ts';
import { indexTerms, isCjkCode, TermKind, wordTerm } from './tokenize.ts';


/**
 * Raw token → term id without cutting the token out of the text: tokens are hashed and compared in
 * place, so the common case (a word seen before) allocates nothing. This is most of indexing time.
 */
class SpanInterner {
  private table = new Int32Array(1 << 14).fill(-1);
  /** Key characters, pooled: comparing against a pool beats comparing against sliced strings. */
  private pool = new Uint16Array(1 << 16);
  private poolUsed = 0;
  private keyStart = new Int32Array(1 << 13);
  private keyLen = new Int32Array(1 << 13);
  private keyHash = new Int32Array(1 << 13);
  private values = new Int32Array(1 << 13);
  private count = 0;

  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    const len = end - start;
    const pool = this.pool;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const k = this.table[slot]!;
      if (k < 0) return -1;
      if (this.keyLen[k] !== len || this.keyHash[k] !== (hash | 0)) continue;
      const at = this.keyStart[k]!;
      let i = 0;
      while (i < len && pool[at + i] === text.charCodeAt(start + i)) i++;
      if (i === len) return this.values[k]!;
    }
  }

  add(key: string, hash: number, value: number): void {
    if (this.count >= 1_000_000) return;
    if ((this.count + 1) * 2 > this.table.length) this.grow();
    const k = this.count++;
    if (k >= this.values.length) {
      const n = this.values.length * 2;
      const g = (a: Int32Array) => {
        const b = new Int32Array(n);
        b.set(a);
        return b;
      };
      this.keyStart = g(this.keyStart);
      this.keyLen = g(this.keyLen);
      this.keyHash = g(this.keyHash);
      this.values = g(this.values);
    }
    if (this.poolUsed + key.length > this.pool.length) {
      const p = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + key.length));
      p.set(this.pool);
      this.pool = p;
    }
    for (let i = 0; i < key.length; i++) this.pool[this.poolUsed + i] = key.charCodeAt(i);
    this.keyStart[k] = this.poolUsed;
    this.keyLen[k] = key.length;
    this.keyHash[k] = hash | 0;
    this.values[k] = value;
    this.poolUsed += key.length;
    this.place(k, hash);
  }

  private place(k: number, hash: number): void {
    const mask = this.table.length - 1;
    let slot = hash & mask;
    while (this.table[slot]! >= 0) slot = (slot + 1) & mask;
    this.table[slot] = k;
  }

  private grow(): void {
    this.table = new Int32Array(this.table.length * 2).fill(-1);
    for (let k = 0; k < this.count; k++) this.place(k, this.keyHash[k]! >>> 0);
  }
}

/** Non-negative integer → non-negative integer, open addressing on typed arrays. */
class IntTable {
  private keys = new Int32Array(1 << 12).fill(-1);
  private values = new Int32Array(1 << 12);
  private count = 0;
  private shift = 32 - 12;

  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const k = this.keys[slot]!;
      if (k === key) return this.values[slot]!;
      if (k < 0) return -1;
    }
  }

  set(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.put(key, value);
    this.count++;
  }

  private put(key: number, value: number): void {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[slot]! >= 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.shift--;
    for (let i = 0; i < keys.length; i++) if (keys[i]! >= 0) this.put(keys[i]!, values[i]!);
  }
}

/** 1 for a CJK character in the BMP, 2 for one beyond it (a surrogate pair), 0 otherwise — as the tokenizer classifies. */
function cjkWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isCjkCode(c)) return 1;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    if (cp >= 0x20000 && cp <= 0x3ffff) return 2;
  }
  return 0;
}

/** A CJK code unit (see isCjkCode) as a 15-bit number. */
function cjkIndex(c: number): number {
  return c <= 0x9fff ? c - 0x3000 : c - 0xf900 + 0x7000;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** Short fields repeat across products (brands, category paths, attribute values): their terms are cached. */
function isCachedField(field: number): boolean {
  return field >= 1 && field <= 3;
}

/** Fields in index order, with their BM25F weight and length normalisation. */
export const FIELDS = [
  { name: 'title', boost: 3, b: 0.5 },
  { name: 'brand', boost: 2.5, b: 0.2 },
  { name: 'category', boost: 2.2, b: 0.3 },
  { name: 'attributes', boost: 1.3, b: 0.5 },
  { name: 'description', boost: 1, b: 0.75 },
] as const;
const F = FIELDS.length;
const MAX_TERMS = 1 << 24;
export const K1 = 1.2;

/** Everything a query needs; plain data (typed arrays, strings), so a worker can hold it too. */
export interface IndexData {
  size: number;
  ids: string[];
  terms: string[];
  termIds: Map<string, number>;
  termKind: Uint8Array;
  df: Uint32Array;
  postStart: Uint32Array;
  postDoc: Uint32Array;
  postImpact: Float32Array;
  /** Word terms sorted, for prefix search. */
  sortedWords: string[];
  /** Word term ids by length, for typo search. */
  wordsByLength: Map<number, number[]>;
  // Filter and ranking columns, one entry per document.
  price: Float64Array;
  listPrice: Float64Array;
  available: Uint8Array;
  rating: Float32Array;
  ratingCount: Uint32Array;
  released: Float64Array;
  /** A small multiplicative prior from rating and availability. */
  prior: Float32Array;
  brandOf: Int32Array;
  brands: Dictionary;
  /** Category memberships: each level's name and each path prefix ("shoes > running shoes"). */
  catStart: Uint32Array;
  catIds: Int32Array;
  categories: Dictionary;
  /** For path entries: the path; for name entries: null. */
  categoryPaths: (string[] | null)[];
  attrStart: Uint32Array;
  attrIds: Int32Array;
  /** "key\u0001value" pairs. */
  attributes: Dictionary;
  attrKeyOf: Int32Array;
  attrKeys: Dictionary;
  colorStart: Uint32Array;
  colorIds: Int32Array;
  colors: Dictionary;
  /** Titles, for "must not contain" filters (with the brand and category names). */
  titles: string[];
}

/** Interned strings: normalised key → id, with a display form. */
export class Dictionary {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  readonly labels: string[] = [];

  intern(key: string, label = key): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.labels.push(label);
    }
    return id;
  }

  get(key: string): number | undefined {
    return this.ids.get(key);
  }

  get size(): number {
    return this.keys.length;
  }
}

class GrowU32 {
  a: Uint32Array;
  n = 0;
  constructor(cap = 1024) {
    this.a = new Uint32Array(cap);
  }
  /** Makes room for `k` more values. */
  reserve(k: number): void {
    if (this.n + k <= this.a.length) return;
    let cap = this.a.length * 2;
    while (cap < this.n + k) cap *= 2;
    const b = new Uint32Array(cap);
    b.set(this.a.subarray(0, this.n));
    this.a = b;
  }
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Uint32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

class GrowI32 {
  a: Int32Array;
  n = 0;
  constructor(cap = 1024) {
    this.a = new Int32Array(cap);
  }
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  get view(): Int32Array {
    return this.a.subarray(0, this.n);
  }
}

export class IndexBuilder {
  private readonly ids: string[] = [];
  private readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();
  private termKind = new Uint8Array(4096);
  private df = new Uint32Array(4096);
  private lastDoc = new Int32Array(4096).fill(-1);
  private tf = new Uint16Array(4096);
  private stamp = new Uint32Array(4096);
  private stampNow = 0;
  /** (termId << 3 | field) and tf, per (doc, field, term). */
  /** One entry per (document, field, term): term id << 8 | field << 5 | tf (capped at 31; BM25 saturates long before). */
  private readonly tupleTerm = new GrowU32(1 << 16);
  private readonly docTupleStart = new GrowU32(1024);
  private readonly fieldLen = new GrowU32(1024 * F);
  private readonly totalLen = new Float64Array(F);

  private readonly cols = {
    price: [] as number[],
    listPrice: [] as number[],
    available: [] as number[],
    rating: [] as number[],
    ratingCount: [] as number[],
    released: [] as number[],
    brandOf: [] as number[],
  };
  private readonly brands = new Dictionary();
  private readonly categories = new Dictionary();
  private readonly categoryPaths: (string[] | null)[] = [];
  private readonly attributes = new Dictionary();
  private readonly attrKeys = new Dictionary();
  private readonly attrKeyOf = new GrowI32(256);
  private readonly colors = new Dictionary();
  private readonly cat = { start: new GrowU32(1024), ids: new GrowI32(4096) };
  private readonly attr = { start: new GrowU32(1024), ids: new GrowI32(8192) };
  private readonly color = { start: new GrowU32(1024), ids: new GrowI32(2048) };
  private readonly titles: string[] = [];
  private readonly brandIdByRaw = new Map<string, number>();
  private readonly categoryCache = new Map<string, Int32Array>();
  private readonly pairIds = new Map<string, Map<string, number>>();
  private readonly seenIds = new Set<string>();

  private docTerms = new Int32Array(256);
  private docTermCount = 0;
  private fieldTokens = 0;
  private readonly onTerm = (term: string, kind: TermKind) => this.countTerm(term, kind);
  /** Raw ASCII token → term id (-2: a stop word). */
  private readonly rawIds = new SpanInterner();
  /** CJK character (its cjkIndex) or bigram ((i1 << 15 | i2) + 32768) → term id. */
  private readonly cjkIds = new IntTable();
  /** Field text → its term ids (with repeats), for the short fields in CACHED_FIELDS. */
  private readonly fieldCache = new Map<string, Int32Array>();

  get size(): number {
    return this.ids.length;
  }

  private ensureTermCapacity(n: number): void {
    if (n <= this.df.length) return;
    let cap = this.df.length;
    while (cap < n) cap *= 2;
    const grow = <T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(a: T, make: (n: number) => T, fill?: number): T => {
      const b = make(cap);
      if (fill !== undefined) (b as Int32Array).fill(fill);
      b.set(a as never);
      return b;
    };
    this.termKind = grow(this.termKind, (k) => new Uint8Array(k));
    this.df = grow(this.df, (k) => new Uint32Array(k));
    this.lastDoc = grow(this.lastDoc, (k) => new Int32Array(k), -1);
    this.tf = grow(this.tf, (k) => new Uint16Array(k));
    this.stamp = grow(this.stamp, (k) => new Uint32Array(k));
  }

  private intern(term: string, kind: TermKind): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      // Term ids are packed into 24 bits (see tupleTerm): past 16.7M distinct terms, new ones share the last id.
      if (this.terms.length >= MAX_TERMS) return MAX_TERMS - 1;
      id = this.terms.length;
      this.ensureTermCapacity(id + 1);
      this.terms.push(term);
      this.termIds.set(term, id);
      this.termKind[id] = kind;
    }
    return id;
  }

  private countTerm(term: string, kind: TermKind): void {
    this.countId(this.intern(term, kind));
  }

  private countId(id: number): void {
    this.fieldTokens++;
    if (this.stamp[id] !== this.stampNow) {
      this.stamp[id] = this.stampNow;
      this.tf[id] = 1;
      if (this.docTermCount === this.docTerms.length) this.growDocTerms();
      this.docTerms[this.docTermCount++] = id;
    } else if (this.tf[id]! < 65535) this.tf[id]!++;
  }

  private growDocTerms(): void {
    const grown = new Int32Array(this.docTerms.length * 2);
    grown.set(this.docTerms);
    this.docTerms = grown;
  }

  private beginField(): void {
    this.stampNow++;
    this.fieldTokens = 0;
    this.docTermCount = 0;
  }

  private indexField(field: number, text: string): void {
    this.beginField();
    if (text) {
      const cached = isCachedField(field) ? this.fieldCache.get(text) : undefined;
      if (cached) for (let i = 0; i < cached.length; i++) this.countId(cached[i]!);
      else {
        const ids: number[] | null = isCachedField(field) ? [] : null;
        this.scanTerms(text, ids);
        if (ids && this.fieldCache.size < 50_000) this.fieldCache.set(text, Int32Array.from(ids));
      }
    }
    this.endField(field);
  }

  /** Term ids of a short text, cached (attribute values, colour names). Counts into the scratch state: call before beginField. */
  private cachedTerms(text: string): Int32Array {
    let ids = this.fieldCache.get(text);
    if (!ids) {
      const out: number[] = [];
      if (text) this.scanTerms(text, out);
      ids = Int32Array.from(out);
      if (this.fieldCache.size < 100_000) this.fieldCache.set(text, ids);
    }
    return ids;
  }

  /** Records the current field's term counts as tuples and updates document frequencies. */
  private endField(field: number): void {
    const doc = this.ids.length;
    const count = this.docTermCount;
    const terms = this.docTerms;
    const tupleTerm = this.tupleTerm;
    tupleTerm.reserve(count);
    const tt = tupleTerm.a;
    let at = tupleTerm.n;
    const lastDoc = this.lastDoc;
    const df = this.df;
    const termTf = this.tf;
    for (let i = 0; i < count; i++) {
      const id = terms[i]!;
      const n = termTf[id]!;
      tt[at++] = ((id << 8) | (field << 5) | (n > 31 ? 31 : n)) >>> 0;
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc;
        df[id]!++;
      }
    }
    tupleTerm.n = at;
    this.fieldLen.push(this.fieldTokens);
    this.totalLen[field]! += this.fieldTokens;
  }

  /**
   * The tokenizer's rules (tokenize.ts), specialised for speed: ASCII words and numbers are hashed in
   * place (SpanInterner), CJK bigrams are looked up by their two char codes, and only other scripts
   * go through the general tokenizer. Produces exactly the terms `indexTerms` would.
   */
  private scanTerms(text: string, out: number[] | null): void {
    const n = text.length;
    let i = 0;
    // The per-token counting of countId, inlined with locals (reloaded when a new term may have grown the arrays).
    let stamp = this.stamp;
    let tf = this.tf;
    const now = this.stampNow;
    let tokens = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        this.fieldTokens += tokens;
        tokens = 0;
        i = this.scanOther(text, i, out);
        stamp = this.stamp;
        tf = this.tf;
        continue;
      }
      const letter = isLetter(c);
      if (!letter && !isDigit(c)) {
        i++;
        continue;
      }
      const start = i;
      let h = 0x811c9dc5;
      if (letter) {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (isLetter(d) || (d === 39 && i + 1 < n && isLetter(text.charCodeAt(i + 1)))) {
            h = Math.imul(h ^ d, 0x01000193);
            i++;
          } else break;
        }
      } else {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (isDigit(d) || (d === 46 && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) {
            h = Math.imul(h ^ d, 0x01000193);
            i++;
          } else break;
        }
      }
      const next = i < n ? text.charCodeAt(i) : 0;
      const after = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if ((next >= 128 && !cjkWidth(text, i)) || (letter && next === 39 && after >= 128 && !cjkWidth(text, i + 1))) {
        // A word that goes on in another script ("café"): the general tokenizer takes the whole word.
        this.fieldTokens += tokens;
        tokens = 0;
        i = this.scanOther(text, start, out);
        stamp = this.stamp;
        tf = this.tf;
        continue;
      }
      h >>>= 0;
      let id = this.rawIds.find(text, start, i, h);
      if (id === -1) {
        const raw = text.slice(start, i);
        const term = wordTerm(raw.includes("'") ? raw.replace(/'/g, '') : raw);
        id = term ? this.intern(term, TermKind.Word) : -2;
        this.rawIds.add(raw, h, id);
        stamp = this.stamp;
        tf = this.tf;
      }
      if (id < 0) continue;
      out?.push(id);
      tokens++;
      if (stamp[id] !== now) {
        stamp[id] = now;
        tf[id] = 1;
        if (this.docTermCount === this.docTerms.length) this.growDocTerms();
        this.docTerms[this.docTermCount++] = id;
      } else if (tf[id]! < 65535) tf[id]!++;
    }
    this.fieldTokens += tokens;
  }

  /** Non-ASCII from `i`: a CJK run (bigrams by char codes), else one word via the general tokenizer. Returns where it ended. */
  private scanOther(text: string, i: number, out: number[] | null): number {
    const n = text.length;
    const c = text.charCodeAt(i);
    if (cjkWidth(text, i)) {
      let j = i;
      let astral = false;
      while (j < n) {
        const w = cjkWidth(text, j);
        if (!w) break;
        if (w === 2) astral = true;
        j += w;
      }
      if (astral) {
        this.generalTerms(text.slice(i, j), out);
        return j;
      }
      // A character is its 15-bit index, a bigram both indexes packed; looked up in an integer table.
      if (j - i === 1) this.countCjk(cjkIndex(c), text, i, 1, TermKind.CjkChar, out);
      else {
        const table = this.cjkIds;
        let stamp = this.stamp;
        let tf = this.tf;
        const now = this.stampNow;
        let prev = cjkIndex(c);
        for (let k = i; k + 1 < j; k++) {
          const next = cjkIndex(text.charCodeAt(k + 1));
          const key = ((prev << 15) | next) + 32768;
          prev = next;
          let id = table.get(key);
          if (id < 0) {
            id = this.intern(text.slice(k, k + 2), TermKind.CjkBigram);
            table.set(key, id);
            stamp = this.stamp;
            tf = this.tf;
          }
          out?.push(id);
          this.fieldTokens++;
          if (stamp[id] !== now) {
            stamp[id] = now;
            tf[id] = 1;
            if (this.docTermCount === this.docTerms.length) this.growDocTerms();
            this.docTerms[this.docTermCount++] = id;
          } else if (tf[id]! < 65535) tf[id]!++;
        }
      }
      return j;
    }
    // Another script's word (accented Latin, Cyrillic, Hangul, full-width…): up to the next ASCII separator or CJK.
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 128 ? !(isLetter(d) || isDigit(d) || d === 39 || d === 46) : cjkWidth(text, j) > 0) break;
      j++;
    }
    // Step back over a trailing apostrophe or dot, which the general tokenizer would not keep.
    this.generalTerms(text.slice(i, Math.max(j, i + 1)), out);
    return Math.max(j, i + 1);
  }

  private countCjk(key: number, text: string, at: number, len: number, kind: TermKind, out: number[] | null): void {
    let id = this.cjkIds.get(key);
    if (id < 0) {
      id = this.intern(text.slice(at, at + len), kind);
      this.cjkIds.set(key, id);
    }
    out?.push(id);
    this.countId(id);
  }

  private generalTerms(text: string, out: number[] | null): void {
    if (!out) {
      indexTerms(text, this.onTerm);
      return;
    }
    indexTerms(text, (term, kind) => {
      const id = this.intern(term, kind);
      out.push(id);
      this.countId(id);
    });
  }

  /** Adds one document. A second document with an id already added is ignored. */
  add(d: SearchDoc): void {
    if (this.seenIds.has(d.id)) return;
    this.seenIds.add(d.id);
    this.docTupleStart.push(this.tupleTerm.n);
    const catText = d.categories.length === 1 ? d.categories[0]! : d.categories.join(' · ');
    this.indexField(0, d.title);
    this.indexField(1, d.brand);
    this.indexField(2, catText);
    // Attributes: yes/no attributes that are "yes" by their name, others by their value; colours by name.
    const pairs = d.attributes;
    const pairIds: number[] = [];
    const lists: Int32Array[] = [];
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const k = pairs[i]!;
      const v = pairs[i + 1]!;
      pairIds.push(this.attributePair(k, v));
      lists.push(this.cachedTerms(YES_VALUES.has(v) ? k : NO_VALUES.has(v) ? '' : v));
    }
    for (const name of d.colorNames) lists.push(this.cachedTerms(name));
    this.beginField();
    for (const l of lists) for (let i = 0; i < l.length; i++) this.countId(l[i]!);
    this.endField(3);
    this.indexField(4, d.description);
    this.ids.push(d.id);

    const c = this.cols;
    c.price.push(d.price);
    c.listPrice.push(d.listPrice);
    c.available.push(d.available);
    c.rating.push(d.rating);
    c.ratingCount.push(d.ratingCount);
    c.released.push(d.released);
    let brandId = -1;
    if (d.brand) {
      brandId = this.brandIdByRaw.get(d.brand) ?? -1;
      if (brandId < 0) {
        brandId = this.brands.intern(normalizeKey(d.brand), d.brand);
        this.brandIdByRaw.set(d.brand, brandId);
      }
    }
    c.brandOf.push(brandId);

    this.cat.start.push(this.cat.ids.n);
    for (const id of this.categoryIds(d.categories, catText)) this.cat.ids.push(id);

    this.attr.start.push(this.attr.ids.n);
    for (const id of pairIds) this.attr.ids.push(id);
    this.color.start.push(this.color.ids.n);
    for (let i = 0; i < d.colors.length; i++) this.color.ids.push(this.colors.intern(d.colors[i]!, d.colorNames[i] ?? d.colors[i]!));
    this.titles.push(d.title);
  }

  /** Category memberships of a path (each level's name and each path prefix), cached per path. */
  private categoryIds(categories: string[], key: string): Int32Array {
    const cached = this.categoryCache.get(key);
    if (cached) return cached;
    const ids: number[] = [];
    const path: string[] = [];
    for (const name of categories) {
      path.push(name);
      const nameId = this.categories.intern(normalizeKey(name), name);
      if (this.categoryPaths.length <= nameId) this.categoryPaths.push(null);
      const pathId = this.categories.intern(normalizeKey(path.join(' > ')), path.join(' > '));
      if (this.categoryPaths.length <= pathId) this.categoryPaths.push([...path]);
      // A top-level name is also a one-level path, which the facet lists.
      else if (path.length === 1) this.categoryPaths[pathId] = [name];
      for (const id of [nameId, pathId]) if (!ids.includes(id)) ids.push(id);
    }
    const out = Int32Array.from(ids);
    if (this.categoryCache.size < 100_000) this.categoryCache.set(key, out);
    return out;
  }

  private attributePair(k: string, v: string): number {
    let byValue = this.pairIds.get(k);
    if (!byValue) this.pairIds.set(k, (byValue = new Map()));
    let id = byValue.get(v);
    if (id === undefined) {
      id = this.attributes.intern(`${k}\u0001${v}`, v);
      if (id === this.attrKeyOf.n) this.attrKeyOf.push(this.attrKeys.intern(k));
      byValue.set(v, id);
    }
    return id;
  }

  /**
   * Pass 2. `pause` (optional) is awaited between chunks of documents so a caller on the main thread
   * can yield; without it the work runs straight through.
   */
  async finish(pause?: () => Promise<void> | void): Promise<IndexData> {
    const N = this.ids.length;
    const V = this.terms.length;
    const avg = mapped(this.totalLen, (t) => (N ? t / N : 0) || 1);
    this.docTupleStart.push(this.tupleTerm.n);

    const postStart = new Uint32Array(V + 1);
    for (let t = 0; t < V; t++) postStart[t + 1] = postStart[t]! + this.df[t]!;
    const total = postStart[V]!;
    const postDoc = new Uint32Array(total);
    const postImpact = new Float32Array(total);
    const cursor = postStart.slice(0, V);
    const acc = new Float64Array(V);
    const touched = new Int32Array(V);
    const tupleTerm = this.tupleTerm.a;
    const starts = this.docTupleStart.a;
    const lens = this.fieldLen.a;
    const norm = new Float64Array(F);
    const boost = Float64Array.from(FIELDS, (f) => f.boost);
    const bs = Float64Array.from(FIELDS, (f) => f.b);
    const avgs = Float64Array.from(avg);

    for (let doc = 0; doc < N; doc++) {
      for (let f = 0; f < F; f++) norm[f] = boost[f]! / (1 - bs[f]! + (bs[f]! * lens[doc * F + f]!) / avgs[f]!);
      let nt = 0;
      for (let i = starts[doc]!, end = starts[doc + 1]!; i < end; i++) {
        const packed = tupleTerm[i]!;
        const t = packed >>> 8;
        if (acc[t] === 0) touched[nt++] = t;
        acc[t]! += (packed & 31) * norm[(packed >>> 5) & 7]!;
      }
      for (let k = 0; k < nt; k++) {
        const t = touched[k]!;
        const w = acc[t]!;
        const at = cursor[t]!++;
        postDoc[at] = doc;
        postImpact[at] = (w * (K1 + 1)) / (w + K1);
        acc[t] = 0;
      }
      if (pause && (doc & 2047) === 2047) await pause();
    }

    const wordsByLength = new Map<number, number[]>();
    const words: string[] = [];
    for (let t = 0; t < V; t++) {
      if (this.termKind[t] !== TermKind.Word) continue;
      const w = this.terms[t]!;
      words.push(w);
      const list = wordsByLength.get(w.length);
      if (list) list.push(t);
      else wordsByLength.set(w.length, [t]);
    }
    words.sort();

    const c = this.cols;
    const rating = Float32Array.from(c.rating);
    const ratingCount = Uint32Array.from(c.ratingCount);
    const available = Uint8Array.from(c.available);
    const prior = new Float32Array(N);
    for (let i = 0; i < N; i++) prior[i] = priorOf(rating[i]!, ratingCount[i]!, available[i]!);

    return {
      size: N,
      ids: this.ids,
      terms: this.terms,
      termIds: this.termIds,
      termKind: this.termKind.slice(0, V),
      df: this.df.slice(0, V),
      postStart,
      postDoc,
      postImpact,
      sortedWords: words,
      wordsByLength,
      price: Float64Array.from(c.price),
      listPrice: Float64Array.from(c.listPrice),
      available,
      rating,
      ratingCount,
      released: Float64Array.from(c.released),
      prior,
      brandOf: Int32Array.from(c.brandOf),
      brands: this.brands,
      catStart: finishStarts(this.cat.start, this.cat.ids.n),
      catIds: this.cat.ids.view.slice(),
      categories: this.categories,
      categoryPaths: this.categoryPaths,
      attrStart: finishStarts(this.attr.start, this.attr.ids.n),
      attrIds: this.attr.ids.view.slice(),
      attributes: this.attributes,
      attrKeyOf: this.attrKeyOf.view.slice(),
      attrKeys: this.attrKeys,
      colorStart: finishStarts(this.color.start, this.color.ids.n),
      colorIds: this.color.ids.view.slice(),
      colors: this.colors,
      titles: this.titles,
    };
  }
}

function finishStarts(g: GrowU32, end: number): Uint32Array {
  const out = new Uint32Array(g.n + 1);
  out.set(g.a.subarray(0, g.n));
  out[g.n] = end;
  return out;
}

/**
 * How much a product's standing nudges its rank: up to ±8% for rating (trusted more with more ratings),
 * −12% when it cannot be bought now. Small on purpose: text relevance decides, this breaks near-ties.
 */
export function priorOf(rating: number, count: number, available: number): number {
  let p = 1;
  if (!Number.isNaN(rating) && count > 0) {
    const confidence = count / (count + 20);
    p += 0.08 * Math.max(-1, Math.min(1, (rating - 3.5) / 1.5)) * confidence;
  }
  if (!available) p -= 0.12;
  return p;
}
