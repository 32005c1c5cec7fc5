/**
 * Content-based similarity: every product becomes one TF-IDF vector over its words (title, categories,
 * attributes, the start of the description — CJK as character bigrams, the search tokenizer's rules)
 * and structured features: category path, brand, attribute values, and price band within its leaf
 * category (quintiles, plus half-overlapping bands so neighbouring bands are a little alike). Cosine
 * similarity between these vectors says "same kind of thing, same brand, same price, same attributes".
 * An inverted index scores a query vector (a product, or the shopper's profile) against the catalog
 * without touching products that share nothing with it.
 */
import type { Product } from '../catalog/types.ts';
import { filled, grown } from '../arrays.ts';
import type { ProductSnapshot } from '../history/schema.ts';
import { indexTerms } from '../search/tokenize.ts';
import { bytesOf, codesFor, Palette, type Codes } from './palette.ts';
import { EMPTY_VEC, TopK, toVec, type SparseVec } from './sparse.ts';
import { finish, type Steps } from './steps.ts';

/** Structured terms start with this (never produced by the tokenizer). */
const S = '\u0001';
export const BRAND = `${S}b:`;
export const CATEGORY = `${S}c:`;
export const ATTRIBUTE = `${S}a:`;
export const PRICE = `${S}p:`;

/** The key of a category path (a product's leaf category for its full path): levels joined, lowercase. */
export function leafKey(categories: readonly string[]): string {
  return categories.join('›').toLowerCase();
}

const FIELD = { title: 3, brandText: 1, categoryText: 1, attributeText: 1, description: 0.5, brand: 2.5, category: 1.5, attribute: 1, price: 1.5 };
export const DESCRIPTION_CHARS = 500;
const MAX_TERMS_PER_ITEM = 96;
/** Products per posting block (two-byte product numbers). */
const BLOCK = 65_536;
/** scoreSteps(): postings added between two steps (about a millisecond, warm). */
const STEP_POSTINGS = 16_384;

/** score()'s accumulators: a sum per product, and the products touched. */
export interface ScoreScratch {
  acc: Float64Array;
  touched: Int32Array;
}
const BANDS = 5;
const EMPTY_U32 = new Uint32Array(0);

export interface ContentSource {
  title?: string;
  description?: string;
  brand?: string;
  categories?: readonly string[];
  attributes?: Readonly<Record<string, string | readonly string[]>>;
  price?: number;
}

/** Splits a short field into index terms once per distinct text (categories, brands and attribute values repeat across a catalog). */
type Words = (text: string, emit: (term: string) => void) => void;

const allWords: Words = (text, emit) => indexTerms(text, emit);

/** Words of short texts remembered for one build; long texts (titles, descriptions) are split every time. */
function rememberedWords(limit = 100_000): Words {
  const seen = new Map<string, string[]>();
  return (text, emit) => {
    let terms = seen.get(text);
    if (!terms) {
      terms = [];
      const into = terms;
      indexTerms(text, (t) => into.push(t));
      if (seen.size < limit) seen.set(text, terms);
    }
    for (const t of terms) emit(t);
  };
}

/**
 * The raw (term, weight) features of one product, in a fixed order (a term named twice has its weights
 * summed in that order by the caller); `band` is its price band in its leaf category.
 */
function eachFeature(p: ContentSource, band: number | null, add: (term: string, weight: number) => void, shortWords: Words = allWords): void {
  const addText = (text: string | undefined, weight: number, words: Words) => {
    if (text) words(text, (t) => add(t, weight));
  };
  addText(p.title, FIELD.title, allWords);
  addText(p.brand, FIELD.brandText, shortWords);
  addText(p.description?.slice(0, DESCRIPTION_CHARS), FIELD.description, allWords);
  const cats = p.categories ?? [];
  cats.forEach((c, i) => {
    addText(c, FIELD.categoryText, shortWords);
    // Deeper levels are more specific, so they count more.
    add(CATEGORY + leafKey(cats.slice(0, i + 1)), FIELD.category * (1 + i));
  });
  if (p.brand) add(BRAND + p.brand.trim().toLowerCase(), FIELD.brand);
  for (const [key, raw] of Object.entries(p.attributes ?? {})) {
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      const v = String(value).trim().toLowerCase();
      if (!v || v.length > 40) continue;
      addText(v, FIELD.attributeText, shortWords);
      add(`${ATTRIBUTE}${key}=${v}`, FIELD.attribute);
    }
  }
  if (band !== null && cats.length) {
    const leaf = leafKey(cats);
    add(`${PRICE}${leaf}:${band}`, FIELD.price);
    // Half-overlapping bands: products one band apart share one of these.
    add(`${PRICE}${leaf}:${band - 1}|${band}`, FIELD.price / 2);
    add(`${PRICE}${leaf}:${band}|${band + 1}`, FIELD.price / 2);
  }
}

/** Raw (term → weight) features of one product. */
function features(p: ContentSource, band: number | null): Map<string, number> {
  const f = new Map<string, number>();
  eachFeature(p, band, (t, w) => f.set(t, (f.get(t) ?? 0) + w));
  return f;
}

/**
 * The index's storage: a few typed arrays (row i of a packed column is [start[i], start[i + 1])), so a
 * worker can hand them over. A stored weight is not kept as a number: it is
 * fround(root[code] · idf[term] / norm[product]) — `root` the table of the distinct √(raw weight)s (raw
 * weights are sums of a few field weights, so they are few) — which is bit for bit the Float32 the
 * vector held. Term ids, codes and posting products take one or two bytes each when they fit: 16 → 6
 * bytes a stored term at 100k products.
 */
export interface ContentParts {
  /** One L2-normalised vector per product (catalog order): row i's term ids, ascending, and weight codes. */
  vecStart: Uint32Array;
  vecIds: Codes;
  vecCodes: Codes;
  /** Per product: the L2 norm its vector was divided by. */
  norm: Float64Array;
  /**
   * Per term: the products that have it, ascending, and their weight codes. Products are split in
   * blocks of 65,536 so each takes two bytes: block k of term t is [postStart[t·blocks + k],
   * postStart[t·blocks + k + 1]), its products k·65,536 + postItems[j]. One block of Uint32 products
   * where the offsets would cost more than they save.
   */
  postStart: Uint32Array;
  postItems: Codes;
  postCodes: Codes;
  blocks: number;
  /** code → √(raw weight). */
  root: Float64Array;
  idf: Float32Array;
  termNames: string[];
  bandEdges: Map<string, number[]>;
}

export class ContentIndex {
  private scratch: ScoreScratch | null = null;
  private readonly termIds = new Map<string, number>();

  // Two typed arrays per product and per term were ~85 MB of JS heap objects at 100k products; packed
  // Uint32 ids and Float32 weights in both vectors and postings were 62 MB.
  private constructor(private readonly p: ContentParts) {
    p.termNames.forEach((t, i) => this.termIds.set(t, i));
  }

  /** An index from parts another index gave (`parts`), e.g. built in a worker. */
  static from(parts: ContentParts): ContentIndex {
    return new ContentIndex(parts);
  }

  /** Its storage (read, never change). */
  get parts(): ContentParts {
    return this.p;
  }

  get termNames(): readonly string[] {
    return this.p.termNames;
  }

  /** Products indexed. */
  get size(): number {
    return this.p.vecStart.length - 1;
  }

  /** Bytes of its typed arrays. */
  get bytes(): number {
    const p = this.p;
    return bytesOf(p.vecStart, p.vecIds, p.vecCodes, p.norm, p.postStart, p.postItems, p.postCodes, p.root, p.idf);
  }

  /** The stored weight of `item`'s term `term` whose code is `code`. */
  private weight(code: number, term: number, item: number): number {
    return Math.fround((this.p.root[code]! * this.p.idf[term]!) / this.p.norm[item]!);
  }

  /** The product's vector (a copy: read it, change it, it is yours). */
  vector(item: number): SparseVec {
    const { vecStart, vecIds, vecCodes } = this.p;
    const a = vecStart[item];
    const b = vecStart[item + 1];
    if (a === undefined || b === undefined) return EMPTY_VEC;
    const ids = new Uint32Array(b - a);
    const w = new Float32Array(b - a);
    for (let j = a; j < b; j++) {
      const t = vecIds[j]!;
      ids[j - a] = t;
      w[j - a] = this.weight(vecCodes[j]!, t, item);
    }
    return { ids, w };
  }

  /** Builds the index; yields every few hundred products so a caller can time-slice it. */
  static *build(products: readonly Product[]): Generator<void, ContentIndex> {
    // Price bands: quintile edges of each leaf category's prices.
    const byLeaf = new Map<string, number[]>();
    for (let i = 0; i < products.length; i++) {
      const p = products[i]!;
      if (i % 2000 === 1999) yield;
      if (p.price === undefined || !p.categories.length) continue;
      const leaf = leafKey(p.categories);
      const list = byLeaf.get(leaf) ?? [];
      list.push(p.price);
      byLeaf.set(leaf, list);
    }
    yield;
    const bandEdges = new Map<string, number[]>();
    let sorted = 0;
    for (const [leaf, prices] of byLeaf) {
      prices.sort((a, b) => a - b);
      bandEdges.set(
        leaf,
        filled(BANDS - 1, (i) => prices[Math.floor(((i + 1) * prices.length) / BANDS)]!),
      );
      sorted += prices.length;
      if (sorted >= 5000) {
        sorted = 0;
        yield;
      }
    }
    yield;

    const termIds = new Map<string, number>();
    const termNames: string[] = [];
    const roots = new Palette();
    const shortWords = rememberedWords();
    // Per term while one product is read: its summed weight and the product (+1) that last named it;
    // and over all products, how many name it. Typed arrays by term id, not a Map per product: at 100k
    // products those maps and their garbage were most of the build.
    let sum = new Float64Array(1024);
    let namedBy = new Int32Array(1024);
    let df = new Uint32Array(1024);
    // Every product's terms and weight codes back to back, product i's from rawStart[i].
    const count = products.length;
    const rawStart = new Uint32Array(count + 1);
    let rawIds = new Uint32Array(1 << 16);
    let rawCodes = new Uint32Array(1 << 16);
    let rawAt = 0;
    let longest = 0;
    const row: number[] = [];
    let current = 0;
    const add = (term: string, weight: number) => {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termNames.length;
        termIds.set(term, id);
        termNames.push(term);
        if (id === sum.length) {
          sum = grown(sum, id + 1);
          namedBy = grown(namedBy, id + 1);
          df = grown(df, id + 1);
        }
      }
      if (namedBy[id] !== current) {
        namedBy[id] = current;
        sum[id] = weight;
        row.push(id);
      } else sum[id]! += weight;
    };
    for (let i = 0; i < count; i++) {
      const p = products[i]!;
      current = i + 1;
      row.length = 0;
      eachFeature(p, bandOf(bandEdges, p.categories, p.price), add, shortWords);
      if (rawAt + row.length > rawIds.length) {
        rawIds = grown(rawIds, rawAt + row.length);
        rawCodes = grown(rawCodes, rawAt + row.length);
      }
      for (const id of row) {
        df[id]!++;
        rawIds[rawAt] = id;
        rawCodes[rawAt++] = roots.code(Math.sqrt(sum[id]!)); // dampen words repeated in long descriptions
      }
      rawStart[i + 1] = rawAt;
      longest = Math.max(longest, row.length);
      if (i % 250 === 249) yield;
    }

    const n = Math.max(1, count);
    const T = termNames.length;
    const idf = new Float32Array(T);
    for (let t = 0; t < T; t++) idf[t] = Math.log(1 + n / df[t]!);
    const root = roots.table();
    let total = 0;
    for (let i = 0; i < count; i++) total += Math.min(rawStart[i + 1]! - rawStart[i]!, MAX_TERMS_PER_ITEM);
    const vecStart = new Uint32Array(count + 1);
    let vecIds = codesFor(T - 1, total);
    let vecCodes = codesFor(root.length - 1, total);
    const norm = new Float64Array(count);
    // Per term while one product's vector is written: its weight and code; and the terms kept.
    const weightOf = new Float64Array(T);
    const codeOf = new Uint32Array(T);
    const kept = new Uint32Array(longest);
    let at = 0;
    for (let i = 0; i < count; i++) {
      let k = 0;
      for (let j = rawStart[i]!; j < rawStart[i + 1]!; j++) {
        const t = rawIds[j]!;
        const x = root[rawCodes[j]!]! * idf[t]!;
        if (!(x > 0)) continue; // as toVec: only positive weights
        weightOf[t] = x;
        codeOf[t] = rawCodes[j]!;
        kept[k++] = t;
      }
      if (k > MAX_TERMS_PER_ITEM) {
        // As toVec: the heaviest, ties to the term named first.
        const heaviest = Array.from(kept.subarray(0, k)).sort((x, y) => weightOf[y]! - weightOf[x]!);
        k = MAX_TERMS_PER_ITEM;
        kept.set(heaviest.slice(0, k));
      }
      const ids = kept.subarray(0, k).sort();
      vecStart[i] = at;
      // The L2 norm, summed in ascending term order as toVec sums it.
      let s = 0;
      for (const t of ids) s += weightOf[t]! * weightOf[t]!;
      norm[i] = Math.sqrt(s) || 1;
      for (const t of ids) {
        vecIds[at] = t;
        vecCodes[at++] = codeOf[t]!;
      }
      if (i % 500 === 499) yield;
    }
    vecStart[count] = at;
    rawIds = rawCodes = EMPTY_U32; // build-time only
    // Terms with no positive weight are left out of a vector: trim to what was written.
    if (at < total) {
      vecIds = vecIds.slice(0, at);
      vecCodes = vecCodes.slice(0, at);
    }

    yield;
    const wide = count > BLOCK && 4 * T * Math.ceil(count / BLOCK) >= 2 * at;
    const blocks = wide ? 1 : Math.max(1, Math.ceil(count / BLOCK));
    const blockOf = (i: number) => (blocks > 1 ? i >>> 16 : 0);
    const blockCount = new Uint32Array(T * blocks);
    for (let i = 0; i < count; i++) {
      const k = blockOf(i);
      for (let j = vecStart[i]!; j < vecStart[i + 1]!; j++) blockCount[vecIds[j]! * blocks + k]!++;
      if (i % 4000 === 3999) yield;
    }
    const postStart = new Uint32Array(T * blocks + 1);
    for (let x = 0; x < T * blocks; x++) postStart[x + 1] = postStart[x]! + blockCount[x]!;
    const postItems = wide ? new Uint32Array(at) : codesFor(Math.min(count, BLOCK) - 1, at);
    const postCodes = codesFor(root.length - 1, at);
    yield;
    const fill = postStart.slice(0, T * blocks);
    const low = blocks > 1 ? BLOCK - 1 : 0xffffffff;
    for (let i = 0; i < count; i++) {
      const k = blockOf(i);
      for (let j = vecStart[i]!; j < vecStart[i + 1]!; j++) {
        const x = fill[vecIds[j]! * blocks + k]!++;
        postItems[x] = (i & low) >>> 0;
        postCodes[x] = vecCodes[j]!;
      }
      if (i % 2000 === 1999) yield;
    }
    return new ContentIndex({ vecStart, vecIds, vecCodes, norm, postStart, postItems, postCodes, blocks, root, idf, termNames, bandEdges });
  }

  /** A vector for something not in the catalog (a product from another page's history, a search). */
  vectorOf(source: ContentSource | ProductSnapshot): SparseVec {
    const f = features(source as ContentSource, bandOf(this.p.bandEdges, source.categories ?? [], source.price));
    const m = new Map<number, number>();
    for (const [term, weight] of f) {
      const id = this.termIds.get(term);
      if (id !== undefined) m.set(id, Math.sqrt(weight) * this.p.idf[id]!);
    }
    return m.size ? toVec(m, true, MAX_TERMS_PER_ITEM) : EMPTY_VEC;
  }

  /** Search words as a vector over the catalog's terms. */
  textVector(text: string): SparseVec {
    const m = new Map<number, number>();
    indexTerms(text, (t) => {
      const id = this.termIds.get(t);
      if (id !== undefined) m.set(id, this.p.idf[id]!);
    });
    return m.size ? toVec(m) : EMPTY_VEC;
  }

  /** dot(query, vector(item)), on the packed row (no copy made: it runs per candidate). */
  dotWith(query: SparseVec, item: number): number {
    const { vecStart, vecIds, vecCodes, root, idf } = this.p;
    const qi = query.ids;
    const qw = query.w;
    const norm = this.p.norm[item] ?? 1;
    let i = 0;
    let j = vecStart[item] ?? 0;
    const jEnd = vecStart[item + 1] ?? j;
    let s = 0;
    while (i < qi.length && j < jEnd) {
      const x = qi[i]!;
      const y = vecIds[j]!;
      if (x === y) s += qw[i++]! * Math.fround((root[vecCodes[j++]!]! * idf[y]!) / norm);
      else if (x < y) i++;
      else j++;
    }
    return s;
  }

  cosine(a: number, b: number): number {
    // dot() on the packed rows, without copies.
    const { vecStart, vecIds, vecCodes, root, idf, norm } = this.p;
    const na = norm[a] ?? 1;
    const nb = norm[b] ?? 1;
    let i = vecStart[a] ?? 0;
    const iEnd = vecStart[a + 1] ?? i;
    let j = vecStart[b] ?? 0;
    const jEnd = vecStart[b + 1] ?? j;
    let s = 0;
    while (i < iEnd && j < jEnd) {
      const x = vecIds[i]!;
      const y = vecIds[j]!;
      if (x === y) {
        const f = idf[x]!;
        s += Math.fround((root[vecCodes[i++]!]! * f) / na) * Math.fround((root[vecCodes[j++]!]! * f) / nb);
      } else if (x < y) i++;
      else j++;
    }
    return s;
  }

  /**
   * The `top` products most similar to `query` (a vector, or term → weight), best first, skipping
   * those `accept` refuses. Only the query's `maxTerms` heaviest terms are used (speed on long profiles).
   */
  score(query: SparseVec | Map<number, number>, top: number, accept?: (item: number) => boolean, maxTerms = 64, scratch?: ScoreScratch): [number, number][] {
    return finish(this.scoreSteps(query, top, accept, maxTerms, scratch));
  }

  /**
   * score() step by step: yields after each term once a few thousand postings were added since the
   * last step (a for-you request in slices). A paused run holds its scratch half-filled: a request in
   * between needs scratch of its own (newScratch()).
   */
  *scoreSteps(query: SparseVec | Map<number, number>, top: number, accept?: (item: number) => boolean, maxTerms = 64, scratch = this.ownScratch()): Steps<[number, number][]> {
    const q = query instanceof Map ? toVec(query, true, maxTerms) : query.ids.length > maxTerms ? toVec(toMap(query), true, maxTerms) : query;
    const { acc, touched } = scratch;
    const { postStart, postItems, postCodes, blocks, root, idf, norm } = this.p;
    let nTouched = 0;
    let sinceStep = 0;
    for (let i = 0; i < q.ids.length; i++) {
      const t = q.ids[i]!;
      const qw = q.w[i]!;
      const f = idf[t]!;
      for (let k = 0; k < blocks; k++) {
        const base = k * BLOCK;
        const start = postStart[t * blocks + k]!;
        const end = postStart[t * blocks + k + 1]!;
        for (let j = start; j < end; j++) {
          const it = base + postItems[j]!;
          if (acc[it] === 0) touched[nTouched++] = it;
          acc[it] += qw * Math.fround((root[postCodes[j]!]! * f) / norm[it]!);
        }
        sinceStep += end - start;
      }
      if (sinceStep >= STEP_POSTINGS) {
        sinceStep = 0;
        yield;
      }
    }
    const heap = new TopK(top);
    for (let t = 0; t < nTouched; t++) {
      const item = touched[t]!;
      const s = acc[item]!;
      acc[item] = 0;
      if (s > 0 && (!accept || accept(item))) heap.push(item, s);
    }
    return heap.result();
  }

  /** Accumulators for score(), the size of the catalog: one set is the index's own. */
  newScratch(): ScoreScratch {
    return { acc: new Float64Array(this.size), touched: new Int32Array(this.size) };
  }

  private ownScratch(): ScoreScratch {
    // A dense accumulator reused across calls beats a Map on big catalogs.
    return (this.scratch ??= this.newScratch());
  }

  /** Adds `scale` · the product's vector into a running (term → weight) map. */
  addTo(into: Map<number, number>, item: number, scale: number): void {
    const { vecStart, vecIds, vecCodes } = this.p;
    for (let j = vecStart[item] ?? 0, end = vecStart[item + 1] ?? j; j < end; j++) {
      const t = vecIds[j]!;
      into.set(t, (into.get(t) ?? 0) + scale * this.weight(vecCodes[j]!, t, item));
    }
  }

  /** The structured term of `item` that contributes most to its match with `query`, if any. */
  strongestFeature(query: SparseVec, item: number): { kind: 'brand' | 'category' | 'price' | 'attribute' | 'text'; term: string } | null {
    const { vecStart, vecIds, vecCodes } = this.p;
    let best = -1;
    let bestScore = 0;
    let i = 0;
    let j = vecStart[item] ?? 0;
    const jEnd = vecStart[item + 1] ?? j;
    while (i < query.ids.length && j < jEnd) {
      const a = query.ids[i]!;
      const b = vecIds[j]!;
      if (a === b) {
        const s = query.w[i]! * this.weight(vecCodes[j]!, b, item);
        if (s > bestScore) {
          bestScore = s;
          best = a;
        }
        i++;
        j++;
      } else if (a < b) i++;
      else j++;
    }
    if (best < 0) return null;
    const term = this.p.termNames[best]!;
    if (term.startsWith(BRAND)) return { kind: 'brand', term: term.slice(BRAND.length) };
    if (term.startsWith(CATEGORY)) return { kind: 'category', term: term.slice(CATEGORY.length) };
    if (term.startsWith(PRICE)) return { kind: 'price', term };
    if (term.startsWith(ATTRIBUTE)) return { kind: 'attribute', term: term.slice(ATTRIBUTE.length) };
    return { kind: 'text', term };
  }
}

function bandOf(edges: Map<string, number[]>, categories: readonly string[], price: number | undefined): number | null {
  if (price === undefined || !categories.length) return null;
  const e = edges.get(leafKey(categories));
  if (!e) return null;
  let b = 0;
  while (b < e.length && price >= e[b]!) b++;
  return b;
}

function toMap(v: SparseVec): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < v.ids.length; i++) m.set(v.ids[i]!, v.w[i]!);
  return m;
}
