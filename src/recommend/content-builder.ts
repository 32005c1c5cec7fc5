/**
 * Builds the content index's parts one product at a time: `add()` reads a product's features the
 * moment it comes (a model worker reads each batch while the page is still posting the next), and
 * `finish()` runs, in steps, the passes that need the whole catalog: price bands, idf, the vectors and
 * the postings.
 *
 * Most of a build is looking terms up, so each lookup is made once per distinct text: a word's raw
 * spelling maps straight to its term id (not to its stemmed term, then to the id), and a category path,
 * brand or attribute value — which repeat across a catalog — to its block of (term id, weight). The
 * blocks are those of content-features.ts, in its order, so every product's raw row, its term ids and
 * its summed weights are exactly what `eachFeature` names; only the price bands' terms, which need every
 * price first, are numbered after the rest.
 */
import { filled, grown } from '../arrays.ts';
import { cjkTerms, segments, wordTerm } from '../search/tokenize.ts';
import type { ContentParts } from './content.ts';
import { attributeFeatures, bandFeatures, bandIn, BANDS, brandTerm, categoryFeatures, DESCRIPTION_CHARS, FIELD, leafKey, textFeatures, type ContentSource } from './content-features.ts';
import { codesFor, Palette } from './palette.ts';
import type { Steps } from './steps.ts';

export const MAX_TERMS_PER_ITEM = 96;
/** Products per posting block (two-byte product numbers). */
export const BLOCK = 65_536;
/** Distinct texts remembered per cache (a catalog with more still builds, looking the rest up each time). */
const REMEMBERED = 1 << 20;
const EMPTY_U32 = new Uint32Array(0);

/** A block of features as (term id, weight) pairs, flat. */
type Block = number[];

export class ContentBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly termNames: string[] = [];
  private readonly roots = new Palette();
  /** A word's raw spelling → its term id, or -1 for a stop word. */
  private readonly wordIds = new Map<string, number>();
  private readonly categoryBlocks = new Map<string, { block: Block; leaf: number }>();
  private readonly brandBlocks = new Map<string, { words: Block; term: number }>();
  /** Attribute key → value → block. */
  private readonly attributeBlocks = new Map<string, Map<string, Block>>();
  private attributeValues = 0;
  /** Leaf categories seen (their keys); each product's leaf for its price band (-1: no price or no category) and its price. */
  private readonly leafIds = new Map<string, number>();
  private readonly leafNames: string[] = [];
  private leafOf = new Int32Array(1024);
  private priceOf = new Float64Array(1024);

  // Per term while one product is read: its summed weight and the product (+1) that last named it;
  // and over all products, how many name it. Typed arrays by term id, not a Map per product.
  private sum = new Float64Array(1024);
  private namedBy = new Int32Array(1024);
  private df = new Uint32Array(1024);
  /** Every product's terms and weight codes back to back, product i's from rawStart[i]. */
  private rawStart = new Uint32Array(1025);
  private rawIds = new Uint32Array(1 << 16);
  private rawCodes = new Uint32Array(1 << 16);
  private rawAt = 0;
  private longest = 0;
  private readonly row: number[] = [];
  private count = 0;
  private finished = false;

  private readonly recordInto = (block: Block) => (term: string, weight: number) => {
    block.push(this.idOf(term), weight);
  };

  /** Products added so far. */
  get size(): number {
    return this.count;
  }

  private idOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termNames.length;
      this.termIds.set(term, id);
      this.termNames.push(term);
      if (id === this.sum.length) {
        this.sum = grown(this.sum, id + 1);
        this.namedBy = grown(this.namedBy, id + 1);
        this.df = grown(this.df, id + 1);
      }
    }
    return id;
  }

  private addId(id: number, weight: number): void {
    if (this.namedBy[id] !== this.count + 1) {
      this.namedBy[id] = this.count + 1;
      this.sum[id] = weight;
      this.row.push(id);
    } else this.sum[id]! += weight;
  }

  private addBlock(block: Block): void {
    for (let k = 0; k < block.length; k += 2) this.addId(block[k]!, block[k + 1]!);
  }

  private wordId(raw: string): number {
    const t = wordTerm(raw);
    return t ? this.idOf(t) : -1;
  }

  /** A long text's words (title, description): as `textFeatures`, a word's id looked up by its raw spelling. */
  private addWords(text: string | undefined, weight: number): void {
    if (!text) return;
    segments(text, (s) => {
      if (s.cjk) {
        cjkTerms(s.text, (t) => this.addId(this.idOf(t), weight));
        return;
      }
      let id = this.wordIds.get(s.text);
      if (id === undefined) {
        id = this.wordId(s.text);
        if (this.wordIds.size < REMEMBERED) this.wordIds.set(s.text, id);
      }
      if (id >= 0) this.addId(id, weight);
    });
  }

  private categoryBlock(cats: readonly string[]): { block: Block; leaf: number } {
    const key = `${cats.length}\u0000${cats.join('\u0000')}`;
    let b = this.categoryBlocks.get(key);
    if (!b) {
      const block: Block = [];
      categoryFeatures(cats, this.recordInto(block));
      const leaf = leafKey(cats);
      let id = this.leafIds.get(leaf);
      if (id === undefined) {
        id = this.leafNames.length;
        this.leafIds.set(leaf, id);
        this.leafNames.push(leaf);
      }
      b = { block, leaf: id };
      if (this.categoryBlocks.size < REMEMBERED) this.categoryBlocks.set(key, b);
    }
    return b;
  }

  private brandBlock(brand: string): { words: Block; term: number } {
    let b = this.brandBlocks.get(brand);
    if (!b) {
      const words: Block = [];
      textFeatures(brand, FIELD.brandText, this.recordInto(words));
      b = { words, term: this.idOf(brandTerm(brand)) };
      if (this.brandBlocks.size < REMEMBERED) this.brandBlocks.set(brand, b);
    }
    return b;
  }

  private attributeBlock(key: string, value: string): Block {
    let values = this.attributeBlocks.get(key);
    if (!values) {
      values = new Map();
      if (this.attributeBlocks.size < REMEMBERED) this.attributeBlocks.set(key, values);
    }
    let b = values.get(value);
    if (!b) {
      b = [];
      attributeFeatures(key, value, this.recordInto(b));
      if (this.attributeValues++ < REMEMBERED) values.set(value, b);
    }
    return b;
  }

  /** Reads one product (the next in catalog order). */
  add(p: ContentSource): void {
    if (this.finished) throw new Error('ContentBuilder: add() after finish()');
    const i = this.count;
    this.row.length = 0;
    // eachFeature's order: title, brand words, description, categories, brand, attributes (bands in finish()).
    this.addWords(p.title, FIELD.title);
    const brand = p.brand ? this.brandBlock(p.brand) : null;
    if (brand) this.addBlock(brand.words);
    this.addWords(p.description?.slice(0, DESCRIPTION_CHARS), FIELD.description);
    const cats = p.categories ?? [];
    let leaf = -1;
    if (cats.length) {
      const c = this.categoryBlock(cats);
      this.addBlock(c.block);
      leaf = c.leaf;
    }
    if (brand) this.addId(brand.term, FIELD.brand);
    const attributes = p.attributes;
    // for…in over own keys: Object.entries' arrays were a good part of this pass.
    if (attributes) {
      for (const key in attributes) {
        if (!Object.hasOwn(attributes, key)) continue;
        const raw = attributes[key]!;
        if (Array.isArray(raw)) for (const v of raw) this.addBlock(this.attributeBlock(key, String(v)));
        else this.addBlock(this.attributeBlock(key, String(raw)));
      }
    }

    if (i + 1 >= this.leafOf.length) {
      this.leafOf = grown(this.leafOf, i + 2);
      this.priceOf = grown(this.priceOf, i + 2);
      this.rawStart = grown(this.rawStart, i + 2);
    }
    this.leafOf[i] = p.price === undefined ? -1 : leaf;
    this.priceOf[i] = p.price ?? 0;
    const { row } = this;
    if (this.rawAt + row.length > this.rawIds.length) {
      this.rawIds = grown(this.rawIds, this.rawAt + row.length);
      this.rawCodes = grown(this.rawCodes, this.rawAt + row.length);
    }
    for (const id of row) {
      this.df[id]!++;
      this.rawIds[this.rawAt] = id;
      this.rawCodes[this.rawAt++] = this.roots.code(Math.sqrt(this.sum[id]!)); // dampen words repeated in long descriptions
    }
    this.rawStart[i + 1] = this.rawAt;
    this.longest = Math.max(this.longest, row.length);
    this.count++;
  }

  /** The index's parts over every product added; yields every few hundred products. */
  *finish(): Steps<ContentParts> {
    this.finished = true;
    const count = this.count;
    const { leafOf, priceOf, leafNames } = this;

    // Price bands: quintile edges of each leaf category's prices, then each priced product's three band terms.
    const prices = leafNames.map((): number[] => []);
    for (let i = 0; i < count; i++) if (leafOf[i]! >= 0) prices[leafOf[i]!]!.push(priceOf[i]!);
    yield;
    const bandEdges = new Map<string, number[]>();
    const edges: number[][] = [];
    let sorted = 0;
    for (let l = 0; l < leafNames.length; l++) {
      const list = prices[l]!.sort((a, b) => a - b);
      edges[l] = list.length ? filled(BANDS - 1, (k) => list[Math.floor(((k + 1) * list.length) / BANDS)]!) : [];
      if (list.length) bandEdges.set(leafNames[l]!, edges[l]!);
      sorted += list.length;
      if (sorted >= 5000) {
        sorted = 0;
        yield;
      }
    }
    // (leaf, band) → its three terms, numbered in the order products first name them.
    const bandTerms = new Int32Array(leafNames.length * BANDS * 3).fill(-1);
    const bandCodes: number[] = [];
    bandFeatures('', 0, (_, w) => bandCodes.push(this.roots.code(Math.sqrt(w))));
    const bandOf = new Uint8Array(count);
    let banded = false;
    for (let i = 0; i < count; i++) {
      const l = leafOf[i]!;
      if (l < 0) continue;
      const band = bandIn(edges[l]!, priceOf[i]!);
      bandOf[i] = band;
      const at = (l * BANDS + band) * 3;
      if (bandTerms[at]! < 0) {
        let k = 0;
        bandFeatures(leafNames[l]!, band, (t) => (bandTerms[at + k++] = this.idOf(t)));
      }
      for (let k = 0; k < 3; k++) this.df[bandTerms[at + k]!]!++;
      banded = true;
      if (i % 4000 === 3999) yield;
    }
    const longest = this.longest + (banded ? 3 : 0);
    const { df, termNames, rawStart, rawIds, rawCodes } = this;
    const rowLength = (i: number) => rawStart[i + 1]! - rawStart[i]! + (leafOf[i]! >= 0 ? 3 : 0);

    const n = Math.max(1, count);
    const T = termNames.length;
    const idf = new Float32Array(T);
    for (let t = 0; t < T; t++) idf[t] = Math.log(1 + n / df[t]!);
    const root = this.roots.table();
    let total = 0;
    for (let i = 0; i < count; i++) total += Math.min(rowLength(i), MAX_TERMS_PER_ITEM);
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
      const keep = (t: number, code: number) => {
        const x = root[code]! * idf[t]!;
        if (!(x > 0)) return; // as toVec: only positive weights
        weightOf[t] = x;
        codeOf[t] = code;
        kept[k++] = t;
      };
      for (let j = rawStart[i]!; j < rawStart[i + 1]!; j++) keep(rawIds[j]!, rawCodes[j]!);
      if (leafOf[i]! >= 0) {
        const b = (leafOf[i]! * BANDS + bandOf[i]!) * 3;
        for (let m = 0; m < 3; m++) keep(bandTerms[b + m]!, bandCodes[m]!);
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
    this.rawIds = this.rawCodes = EMPTY_U32; // build-time only
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
    return { vecStart, vecIds, vecCodes, norm, postStart, postItems, postCodes, blocks, root, idf, termNames, bandEdges };
  }
}
