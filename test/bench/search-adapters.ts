/**
 * The comparison engines for the search benchmark — MiniSearch and FlexSearch — set up as well as
 * each allows for this job: the same documents, the same CJK-aware terms (our tokenizer: stemmed words,
 * CJK bigrams; queries segmented with Intl.Segmenter), the same field boosts where the library has
 * them, prefix search on the last word and typo tolerance. Structured filters are applied to their
 * hits afterwards with the same parsed query, so relevance differences come from text ranking alone.
 */
// The package's browser entry pulls in Node's worker_threads; its compact ES build (same engine and
// Document API, no worker support) loads in the browser as is.
// @ts-expect-error -- a dist file without its own type declarations; typed below.
import * as FlexCompact from '../../node_modules/flexsearch/dist/flexsearch.compact.module.min.js';
import MiniSearch from 'minisearch';
import type { SearchDoc } from '../../src/search/documents.ts';
import { chineseWords } from '../../src/search/query-analyze.ts';
import { cjkTerms, indexTerms, segments, wordTerm } from '../../src/search/tokenize.ts';
import type { ParsedQuery } from '../../src/search/types.ts';
import { colorIds } from '../../src/search/colors.ts';

const FlexSearch = FlexCompact as unknown as typeof import('flexsearch').default;

export interface BenchEngine {
  name: string;
  /** Ranked ids for the query (top `limit` after filters). */
  search(q: ParsedQuery, limit: number): string[];
}

export function docTerms(text: string): string[] {
  const out: string[] = [];
  indexTerms(text, (t) => out.push(t));
  return out;
}

/** Query terms as the libraries get them: words stemmed, CJK words (Segmenter) as bigrams. */
export function queryTerms(text: string): string[] {
  const out: string[] = [];
  segments(text, (s) => {
    if (!s.cjk) {
      const t = wordTerm(s.text);
      if (t) out.push(t);
      return;
    }
    for (const w of chineseWords(s.text)) cjkTerms(w, (t) => out.push(t));
  });
  return out;
}

function attributeText(d: SearchDoc): string {
  const parts: string[] = [];
  for (let i = 0; i + 1 < d.attributes.length; i += 2) parts.push(d.attributes[i + 1] === 'yes' || d.attributes[i + 1] === '是' ? d.attributes[i]! : d.attributes[i + 1]!);
  return [...parts, ...d.colorNames].join(' · ');
}

/** The parsed query's filters as a predicate over documents (what our engine does with its columns). */
export function filterPredicate(q: ParsedQuery): (d: SearchDoc) => boolean {
  const f = q.filters;
  const lower = (xs?: string[]) => (xs ?? []).map((x) => x.toLowerCase());
  const brands = lower(f.brands);
  const notBrands = lower(f.excludeBrands);
  const cats = lower(f.categories);
  const colors = (f.colors ?? []).flatMap(colorIds);
  const attrs = Object.entries(f.attributes ?? {});
  return (d) => {
    if (f.priceMin !== undefined && !(d.price >= f.priceMin)) return false;
    if (f.priceMax !== undefined && !(d.price <= f.priceMax)) return false;
    if (brands.length && !brands.includes(d.brand.toLowerCase())) return false;
    if (notBrands.includes(d.brand.toLowerCase())) return false;
    if (cats.length && !d.categories.some((c) => cats.includes(c.toLowerCase()))) return false;
    if (f.inStock && !d.available) return false;
    if (f.minRating && !(d.rating >= f.minRating)) return false;
    if (f.onSale && !(d.listPrice > d.price)) return false;
    if (colors.length && !d.colors.some((c) => colors.includes(c))) return false;
    for (const [k, vals] of attrs) {
      const want = vals.map((v) => v.toLowerCase()).flatMap((v) => (v === 'yes' ? ['yes', '是'] : [v]));
      let ok = false;
      for (let i = 0; i + 1 < d.attributes.length; i += 2) if (d.attributes[i] === k && want.includes(d.attributes[i + 1]!)) ok = true;
      if (!ok) return false;
    }
    return true;
  };
}

export function buildMiniSearch(docs: SearchDoc[]): BenchEngine {
  const ms = new MiniSearch<{ id: string; title: string; brand: string; category: string; attributes: string; description: string }>({
    fields: ['title', 'brand', 'category', 'attributes', 'description'],
    idField: 'id',
    tokenize: docTerms,
    processTerm: (t) => t,
    searchOptions: {
      boost: { title: 3, brand: 2.5, category: 2.2, attributes: 1.3 },
      tokenize: queryTerms,
      processTerm: (t) => t,
      prefix: (_t, i, terms) => i === terms.length - 1,
      fuzzy: (t) => (t.length >= 4 && /^[a-z]+$/.test(t) ? 0.2 : false),
    },
  });
  ms.addAll(docs.map((d) => ({ id: d.id, title: d.title, brand: d.brand, category: d.categories.join(' · '), attributes: attributeText(d), description: d.description })));
  const byId = new Map(docs.map((d) => [d.id, d]));
  return {
    name: 'MiniSearch 7.2',
    search(q, limit) {
      const pass = filterPredicate(q);
      const hits = q.text.trim() ? ms.search(q.text).map((r) => String(r.id)) : docs.map((d) => d.id);
      const out: string[] = [];
      for (const id of hits) {
        if (pass(byId.get(id)!)) out.push(id);
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}

const FLEX_FIELDS = [
  { field: 'title', boost: 3 },
  { field: 'brand', boost: 2.5 },
  { field: 'category', boost: 2.2 },
  { field: 'attributes', boost: 1.3 },
  { field: 'description', boost: 1 },
] as const;

export function buildFlexSearch(docs: SearchDoc[]): BenchEngine {
  const index = new FlexSearch.Document({
    document: {
      id: 'id',
      index: FLEX_FIELDS.map((f) => ({ field: f.field, tokenize: 'forward' as const, encode: docTerms })),
    },
  });
  docs.forEach((d, i) => index.add({ id: i, title: d.title, brand: d.brand, category: d.categories.join(' · '), attributes: attributeText(d), description: d.description }));
  return {
    name: 'FlexSearch 0.8',
    search(q, limit) {
      const pass = filterPredicate(q);
      let ranked: number[];
      if (q.text.trim()) {
        // Per-field result lists, combined by field boost and rank (FlexSearch scores by position, not BM25).
        const scores = new Map<number, number>();
        const text = queryTerms(q.text).join(' ');
        const results = index.search(text, { limit: 500, suggest: true }) as unknown as { field: string; result: number[] }[];
        for (const r of results) {
          const boost = FLEX_FIELDS.find((f) => f.field === r.field)?.boost ?? 1;
          r.result.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + boost / (1 + rank * 0.05)));
        }
        ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
      } else ranked = docs.map((_, i) => i);
      const out: string[] = [];
      for (const i of ranked) {
        if (pass(docs[i]!)) out.push(docs[i]!.id);
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}
