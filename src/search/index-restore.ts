/**
 * Whether a stored index still describes this page's catalog, and the index to use if it does.
 *
 * A stored index was built for one version of the feed (its IndexedDB copy, validated with ETag /
 * Last-Modified) plus the products the page it was built on had of its own (JSON-LD, a plain block),
 * which merge into the feed's and may change them. Every other product is the feed's, unchanged while
 * the version is the same. So for the products either page had of its own, the text must hash the same
 * (else the index is rebuilt) and the changing facts — price, stock, rating, date — are written in. The
 * catalog's order (page products come first) is passed on, so equal scores rank exactly as in a fresh build.
 */
import type { SearchDoc } from './documents.ts';
import { priorOf, type IndexData } from './index-builder.ts';

/** A product's searchable text (what the postings and dictionaries come from), hashed (FNV-1a, 32 bits). */
export function docTextHash(d: SearchDoc): number {
  let h = 0x811c9dc5;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xffff, 0x01000193); // field boundary: "ab"+"c" is not "a"+"bc"
  };
  add(d.id);
  add(d.title);
  add(d.brand);
  for (const c of d.categories) add(c);
  add('');
  add(d.description);
  for (const a of d.attributes) add(a);
  add('');
  for (const c of d.colors) add(c);
  add('');
  for (const c of d.colorNames) add(c);
  return h >>> 0;
}

/**
 * The stored index, made current: `ids` are the catalog's products in order, `check` the current
 * documents of every product either page had of its own. Null when the products are not the same set or
 * some checked product's text changed. Writes into `data`'s columns.
 */
export function restoreIndex(data: IndexData, textHash: Uint32Array, ids: readonly string[], check: readonly SearchDoc[]): { data: IndexData; order: Int32Array } | null {
  const N = data.size;
  if (ids.length !== N || textHash.length !== N) return null;
  const docOf = new Map<string, number>();
  for (let doc = 0; doc < N; doc++) docOf.set(data.ids[doc]!, doc);
  const order = new Int32Array(N).fill(-1);
  for (let i = 0; i < N; i++) {
    const doc = docOf.get(ids[i]!);
    if (doc === undefined || order[doc] !== -1) return null;
    order[doc] = i;
  }
  for (const d of check) {
    const doc = docOf.get(d.id);
    if (doc === undefined || docTextHash(d) !== textHash[doc]) return null;
  }
  for (const d of check) {
    const doc = docOf.get(d.id)!;
    data.price[doc] = d.price;
    data.listPrice[doc] = d.listPrice;
    data.available[doc] = d.available;
    data.rating[doc] = d.rating;
    data.ratingCount[doc] = d.ratingCount;
    data.released[doc] = d.released;
    data.prior[doc] = priorOf(data.rating[doc]!, data.ratingCount[doc]!, d.available);
  }
  return { data, order };
}
