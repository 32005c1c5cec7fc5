/**
 * Content-based similarity: every product becomes one TF-IDF vector over its words (title, categories,
 * attributes, the start of the description — CJK as character bigrams, the search tokenizer's rules)
 * and structured features: category path, brand, attribute values, and price band within its leaf
 * category (quintiles, plus half-overlapping bands so neighbouring bands are a little alike). Cosine
 * similarity between these vectors says "same kind of thing, same brand, same price, same attributes".
 * An inverted index scores a query vector (a product, or the shopper's profile) against the catalog
 * without touching products that share nothing with it.
 */
import type { ProductSnapshot } from '../history/schema.ts';
import { indexTerms } from '../search/tokenize.ts';
import { BLOCK, ContentBuilder, MAX_TERMS_PER_ITEM } from './content-builder.ts';
import { ATTRIBUTE, bandOf, BRAND, CATEGORY, features, PRICE, type ContentSource } from './content-features.ts';
import { bytesOf, type Codes } from './palette.ts';
import { EMPTY_VEC, TopK, toVec, type SparseVec } from './sparse.ts';
import { finish, type Steps } from './steps.ts';

export { ATTRIBUTE, BRAND, CATEGORY, DESCRIPTION_CHARS, leafKey, PRICE, type ContentSource } from './content-features.ts';

/** scoreSteps(): postings added between two steps (about a millisecond, warm). */
const STEP_POSTINGS = 16_384;

/** score()'s accumulators: a sum per product, and the products touched. */
export interface ScoreScratch {
  acc: Float64Array;
  touched: Int32Array;
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
  static *build(products: readonly ContentSource[]): Steps<ContentIndex> {
    const builder = new ContentBuilder();
    for (let i = 0; i < products.length; i++) {
      builder.add(products[i]!);
      if (i % 250 === 249) yield;
    }
    return new ContentIndex(yield* builder.finish());
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

function toMap(v: SparseVec): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < v.ids.length; i++) m.set(v.ids[i]!, v.w[i]!);
  return m;
}
