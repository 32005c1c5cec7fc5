/**
 * A built index as one compact, structured-cloneable record (for IndexedDB) and back. Typed arrays
 * stay as they are (cloned as raw bytes), string lists are joined into one string each (one clone
 * instead of hundreds of thousands), and everything derived — term and dictionary lookups, words by
 * length — is rebuilt on load rather than stored. Loading checks every length it relies on, so a
 * damaged or foreign record is refused (null) instead of producing an index that reads out of bounds.
 */
import { Dictionary, type IndexData } from './index-builder.ts';
import { TermKind } from './tokenize.ts';

/** Bump when IndexData or this layout changes: stored indexes of another format are not used. */
export const INDEX_FORMAT = 1;

/** Separates joined strings: no product text keeps a NUL (the catalog reader drops control characters). */
const SEP = '\u0000';

interface SerializedDictionary {
  size: number;
  keys: string;
  labels: string;
  /** Labels equal to their keys are not stored twice. */
  sameLabels: boolean;
}

export interface SerializedIndex {
  format: number;
  size: number;
  ids: string;
  terms: string;
  termKind: Uint8Array;
  df: Uint32Array;
  postStart: Uint32Array;
  postDoc: Uint32Array;
  postImpact: Float32Array;
  sortedWords: string;
  price: Float64Array;
  listPrice: Float64Array;
  available: Uint8Array;
  rating: Float32Array;
  ratingCount: Uint32Array;
  released: Float64Array;
  prior: Float32Array;
  brandOf: Int32Array;
  brands: SerializedDictionary;
  catStart: Uint32Array;
  catIds: Int32Array;
  categories: SerializedDictionary;
  categoryPaths: (string[] | null)[];
  attrStart: Uint32Array;
  attrIds: Int32Array;
  attributes: SerializedDictionary;
  attrKeyOf: Int32Array;
  attrKeys: SerializedDictionary;
  colorStart: Uint32Array;
  colorIds: Int32Array;
  colors: SerializedDictionary;
  titles: string;
}

/** Thrown by join when a string holds the separator: such an index is simply not stored. */
class Unjoinable extends Error {}

function join(xs: readonly string[]): string {
  for (const x of xs) if (x.includes(SEP)) throw new Unjoinable();
  return xs.join(SEP);
}

function split(s: string, n: number): string[] | null {
  if (typeof s !== 'string') return null;
  if (n === 0) return s === '' ? [] : null;
  const out = s.split(SEP);
  return out.length === n ? out : null;
}

function saveDictionary(d: Dictionary): SerializedDictionary {
  const sameLabels = d.keys.every((k, i) => d.labels[i] === k);
  return { size: d.size, keys: join(d.keys), labels: sameLabels ? '' : join(d.labels), sameLabels };
}

function loadDictionary(s: SerializedDictionary | undefined): Dictionary | null {
  if (!s || !Number.isInteger(s.size) || s.size < 0) return null;
  const size = s.size;
  const keys = split(s.keys, size);
  const labels = s.sameLabels ? keys : split(s.labels, size);
  if (!keys || !labels) return null;
  const d = new Dictionary();
  for (let i = 0; i < size; i++) d.intern(keys[i]!, labels[i]!);
  // Keys are unique in a real dictionary; a shorter one means the record was not one of ours.
  return d.size === size ? d : null;
}

/** The record to store, or null when the index cannot be stored this way (a NUL inside some text). */
export function serializeIndex(d: IndexData): SerializedIndex | null {
  try {
    return serialize(d);
  } catch (e) {
    if (e instanceof Unjoinable) return null;
    throw e;
  }
}

function serialize(d: IndexData): SerializedIndex {
  return {
    format: INDEX_FORMAT,
    size: d.size,
    ids: join(d.ids),
    terms: join(d.terms),
    termKind: d.termKind,
    df: d.df,
    postStart: d.postStart,
    postDoc: d.postDoc,
    postImpact: d.postImpact,
    sortedWords: join(d.sortedWords),
    price: d.price,
    listPrice: d.listPrice,
    available: d.available,
    rating: d.rating,
    ratingCount: d.ratingCount,
    released: d.released,
    prior: d.prior,
    brandOf: d.brandOf,
    brands: saveDictionary(d.brands),
    catStart: d.catStart,
    catIds: d.catIds,
    categories: saveDictionary(d.categories),
    categoryPaths: d.categoryPaths,
    attrStart: d.attrStart,
    attrIds: d.attrIds,
    attributes: saveDictionary(d.attributes),
    attrKeyOf: d.attrKeyOf,
    attrKeys: saveDictionary(d.attrKeys),
    colorStart: d.colorStart,
    colorIds: d.colorIds,
    colors: saveDictionary(d.colors),
    titles: join(d.titles),
  };
}

function isArray<T>(a: unknown, type: { new (n: number): T }, length?: number): a is T {
  return a instanceof type && (length === undefined || (a as unknown as ArrayLike<number>).length === length);
}

/** Every value of `a` in [lo, hi). */
function within(a: ArrayLike<number>, lo: number, hi: number): boolean {
  for (let i = 0; i < a.length; i++) if (!(a[i]! >= lo && a[i]! < hi)) return false;
  return true;
}

/** Offsets that start at 0, never go down and end at `end`. */
function offsets(a: Uint32Array, end: number): boolean {
  if (a.length === 0 || a[0] !== 0 || a[a.length - 1] !== end) return false;
  for (let i = 1; i < a.length; i++) if (a[i]! < a[i - 1]!) return false;
  return true;
}

/** The index again, or null when the record is not a whole, consistent index of this format. */
export function deserializeIndex(s: SerializedIndex | null | undefined): IndexData | null {
  if (!s || typeof s !== 'object' || s.format !== INDEX_FORMAT || !Number.isInteger(s.size) || s.size < 0) return null;
  const N = s.size;
  const V = s.termKind instanceof Uint8Array ? s.termKind.length : -1;
  if (V < 0 || typeof s.ids !== 'string' || typeof s.terms !== 'string' || typeof s.titles !== 'string' || typeof s.sortedWords !== 'string') return null;
  if (!isArray(s.df, Uint32Array, V) || !isArray(s.postStart, Uint32Array, V + 1)) return null;
  const P = s.postDoc instanceof Uint32Array ? s.postDoc.length : -1;
  if (P < 0 || !isArray(s.postImpact, Float32Array, P) || !offsets(s.postStart, P) || !within(s.postDoc, 0, N)) return null;
  for (const col of [s.price, s.listPrice, s.released]) if (!isArray(col, Float64Array, N)) return null;
  if (!isArray(s.available, Uint8Array, N) || !isArray(s.rating, Float32Array, N) || !isArray(s.ratingCount, Uint32Array, N) || !isArray(s.prior, Float32Array, N) || !isArray(s.brandOf, Int32Array, N)) return null;
  for (const st of [s.catStart, s.attrStart, s.colorStart]) if (!isArray(st, Uint32Array, N + 1)) return null;
  if (!isArray(s.catIds, Int32Array) || !isArray(s.attrIds, Int32Array) || !isArray(s.colorIds, Int32Array) || !isArray(s.attrKeyOf, Int32Array)) return null;
  if (!offsets(s.catStart, s.catIds.length) || !offsets(s.attrStart, s.attrIds.length) || !offsets(s.colorStart, s.colorIds.length)) return null;

  const ids = split(s.ids, N);
  const terms = split(s.terms, V);
  const titles = split(s.titles, N);
  if (!ids || !terms || !titles) return null;
  const brands = loadDictionary(s.brands);
  const categories = loadDictionary(s.categories);
  const attributes = loadDictionary(s.attributes);
  const attrKeys = loadDictionary(s.attrKeys);
  const colors = loadDictionary(s.colors);
  if (!brands || !categories || !attributes || !attrKeys || !colors) return null;
  if (!within(s.brandOf, -1, brands.size) || !within(s.catIds, 0, categories.size) || !within(s.attrIds, 0, attributes.size) || !within(s.colorIds, 0, colors.size)) return null;
  if (s.attrKeyOf.length !== attributes.size || !within(s.attrKeyOf, 0, attrKeys.size)) return null;
  if (!Array.isArray(s.categoryPaths) || s.categoryPaths.length !== categories.size || !s.categoryPaths.every((p) => p === null || (Array.isArray(p) && p.every((x) => typeof x === 'string')))) return null;

  const termIds = new Map<string, number>();
  for (let t = 0; t < V; t++) termIds.set(terms[t]!, t);
  if (termIds.size !== V) return null;
  const wordsByLength = new Map<number, number[]>();
  let wordCount = 0;
  for (let t = 0; t < V; t++) {
    if (s.termKind[t] !== TermKind.Word) continue;
    wordCount++;
    const len = terms[t]!.length;
    const list = wordsByLength.get(len);
    if (list) list.push(t);
    else wordsByLength.set(len, [t]);
  }
  const sortedWords = split(s.sortedWords, wordCount);
  if (!sortedWords || sortedWords.some((w) => !termIds.has(w))) return null;

  return {
    size: N,
    ids,
    terms,
    termIds,
    termKind: s.termKind,
    df: s.df,
    postStart: s.postStart,
    postDoc: s.postDoc,
    postImpact: s.postImpact,
    sortedWords,
    wordsByLength,
    price: s.price,
    listPrice: s.listPrice,
    available: s.available,
    rating: s.rating,
    ratingCount: s.ratingCount,
    released: s.released,
    prior: s.prior,
    brandOf: s.brandOf,
    brands,
    catStart: s.catStart,
    catIds: s.catIds,
    categories,
    categoryPaths: s.categoryPaths,
    attrStart: s.attrStart,
    attrIds: s.attrIds,
    attributes,
    attrKeyOf: s.attrKeyOf,
    attrKeys,
    colorStart: s.colorStart,
    colorIds: s.colorIds,
    colors,
    titles,
  };
}
