/**
 * Runs a parsed query against an index: BM25F scoring over the term groups, how many of the shopper's
 * words a product covers, filters, disjunctive facets and ranking. Synchronous and allocation-light
 * (scratch arrays are reused), so it can run on the main thread or inside the search worker alike.
 */
import { escapeRegExp, normalizeKey } from '../catalog/text.ts';
import { colorIds } from './colors.ts';
import { NO_VALUES, YES_VALUES } from './documents.ts';
import type { IndexData } from './index-builder.ts';
import { analyzeQuery, type Alternative, type TermGroup } from './query-analyze.ts';
import { hasCjk, indexTerms, stemKey, TermKind } from './tokenize.ts';
import type { FacetValue, Facets, ParsedQuery, SearchFilters, SearchOptions, SearchResult, SortOrder } from './types.ts';

const PRICE = 1;
const BRAND = 2;
const CATEGORY = 4;
const STOCK = 8;
const RATING = 16;
const SALE = 32;
const COLOR = 64;
/** Attribute filters get one bit each from here, so each attribute facet can ignore its own filter. */
const ATTR_SHIFT = 7;
const MAX_ATTR_FILTERS = 20;
const HARD = 1 << 30;
/** Bytes of filter masks (one byte per product each) kept between queries. */
const MASK_CACHE_BYTES = 4 << 20;

export interface EngineSearchOptions extends SearchOptions {
  /** Treat the last word as possibly unfinished (prefix matching). Default: when the text has no trailing space. */
  prefix?: boolean;
}

/** Filters resolved against the index's dictionaries. */
interface ResolvedFilters {
  priceMin: number;
  priceMax: number;
  brands: Set<number> | null;
  excludeBrands: Set<number>;
  categories: Set<number> | null;
  excludeCategories: Set<number>;
  inStock: boolean;
  minRating: number;
  onSale: boolean;
  colors: Set<number> | null;
  excludeColors: Set<number>;
  /** Per attribute filter: the accepted pair ids and its bit. */
  attributes: { key: number; pairs: Set<number>; bit: number }[];
  excludeTerms: RegExp[];
  ids: Set<number> | null;
  excludeIds: Set<number> | null;
  /** A filter that names nothing in this catalog (a brand it does not carry) matches nothing. */
  impossible: boolean;
  /** Per-document answers for the list filters, so checking a product is a few array reads. */
  masks?: FilterMasks;
}

interface FilterMasks {
  /** 1: excluded whatever the facets (excluded brand, category, colour; not among `ids`). */
  hard: Uint8Array | null;
  category: Uint8Array | null;
  color: Uint8Array | null;
  attrs: { mask: Uint8Array; bit: number }[];
  /** By brand id + 1 (0 is "no brand"): 1 when wanted. */
  brand: Uint8Array | null;
}

/** Documents per value (category, attribute pair, colour): the inverse of a doc → values list. */
interface Inverted {
  start: Uint32Array;
  docs: Int32Array;
}

function invert(docStart: Uint32Array, values: Int32Array, valueCount: number): Inverted {
  const N = docStart.length - 1;
  const start = new Uint32Array(valueCount + 1);
  for (let i = 0; i < values.length; i++) start[values[i]! + 1]!++;
  for (let v = 0; v < valueCount; v++) start[v + 1]! += start[v]!;
  const cursor = start.slice(0, valueCount);
  const docs = new Int32Array(values.length);
  for (let doc = 0; doc < N; doc++) for (let i = docStart[doc]!, e = docStart[doc + 1]!; i < e; i++) docs[cursor[values[i]!]!++] = doc;
  return { start, docs };
}

function list(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map((x) => String(x)).filter((x) => x.trim() !== '');
}

export function mergeFilters(a: SearchFilters, b?: Partial<SearchFilters>): SearchFilters {
  if (!b) return a;
  const out: SearchFilters = { ...a };
  for (const [k, v] of Object.entries(b) as [keyof SearchFilters, unknown][]) {
    if (v === undefined || v === null) continue;
    const old = out[k];
    if (Array.isArray(v) && Array.isArray(old)) (out as Record<string, unknown>)[k] = [...new Set([...old, ...v])];
    else if (k === 'attributes' && old && typeof v === 'object') out.attributes = { ...(old as Record<string, string[]>), ...(v as Record<string, string[]>) };
    else (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

export class SearchEngine {
  private total: Float32Array;
  private mask: Uint32Array;
  private touched: Int32Array;
  private touchedCount = 0;
  private groupBest: Float32Array;
  private groupTouched: Int32Array;
  private slotMax: Float32Array;
  private altSum: Float32Array;
  private altCount: Uint8Array;
  /** Scratch lists of documents for multi-slot alternatives (a phrase, a CJK word's bigrams). */
  private slotDocs: Int32Array;
  private altDocs: Int32Array;
  /** Title terms of the documents the phrase check has looked at (bounded; see TitleTerms). */
  private readonly titleTerms: TitleTerms;
  private readonly idf: Float32Array;
  private brandWords?: Map<string, number[]>;
  private categoryStems?: Map<string, number[]>;
  private readonly anyDated: boolean;

  /** Each document's place in the catalog: equal scores go to the earlier product. */
  private readonly order: Int32Array;

  /**
   * `order`: each document's place in the catalog when it differs from the index's own order (an
   * index restored from storage, built when the page's products came first in another order).
   */
  constructor(
    readonly data: IndexData,
    private readonly currency?: string,
    order?: Int32Array,
  ) {
    const N = data.size;
    if (order && order.length === N) this.order = order;
    else {
      this.order = new Int32Array(N);
      for (let i = 0; i < N; i++) this.order[i] = i;
    }
    this.total = new Float32Array(N);
    this.mask = new Uint32Array(N);
    this.touched = new Int32Array(N);
    this.groupBest = new Float32Array(N);
    this.groupTouched = new Int32Array(N);
    this.slotMax = new Float32Array(N);
    this.altSum = new Float32Array(N);
    this.altCount = new Uint8Array(N);
    this.slotDocs = new Int32Array(N);
    this.altDocs = new Int32Array(N);
    this.titleTerms = new TitleTerms(data);
    this.idf = new Float32Array(data.terms.length);
    for (let t = 0; t < data.terms.length; t++) {
      const df = data.df[t]!;
      this.idf[t] = Math.log(1 + (N - df + 0.5) / (df + 0.5));
    }
    this.anyDated = data.released.some((r) => !Number.isNaN(r));
  }

  search(query: ParsedQuery, options: EngineSearchOptions = {}): SearchResult {
    const filters = mergeFilters(query.filters ?? {}, options.filters);
    const sort: SortOrder = options.sort ?? query.sort ?? 'relevance';
    const limit = Math.max(0, Math.min(1000, Math.floor(options.limit ?? 20)));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const text = (query.text ?? '').trim();
    const resolved = this.resolve(filters);
    resolved.masks = this.buildMasks(resolved);
    const groups = text ? analyzeQuery(this.data, query.text, options.prefix ?? !/\s$/.test(query.text)) : [];
    const active = groups.filter((g) => g.alternatives.length > 0);
    const queryOut: ParsedQuery = { text: query.text ?? '', filters, ...(query.sort || options.sort ? { sort } : {}) };

    const N = this.data.size;
    let browse = false;
    this.touchedCount = 0;
    let maxCov = 0;
    if (active.length > 0) maxCov = this.scoreGroups(active.slice(0, 30));
    // No words to search by — or only words the catalog never uses, next to filters that still say
    // what the shopper wants ("gps asdf"): list what the filters allow.
    else if (groups.length === 0 || hasFilters(filters)) browse = true;

    // How many of the words a product must cover: all of one or two words, all but one of longer
    // queries — or, when nothing covers that many, the best any product does.
    let required = 0;
    if (!browse && this.touchedCount > 0) {
      required = Math.min(maxCov, active.length <= 2 ? active.length : active.length - 1);
    }

    // Relevance ranking looks at more candidates than it returns: the best ones get a phrase check.
    const rerank = sort === 'relevance' && !browse && active.length > 1;
    const heap = new TopK(rerank ? Math.max(offset + limit, RERANK_DEPTH) : offset + limit, this.order);
    const facetsWanted = options.facets !== false;
    const counter = facetsWanted ? new FacetCounter(this.data, resolved) : null;
    const unfiltered = isUnfiltered(resolved);
    let totalMatches = 0;
    /** `covered`: the query's groups the product matches (their bits), for the hit's `matched`. */
    const visit = (doc: number, relevance: number, covered: number) => {
      const fail = unfiltered ? 0 : this.failures(doc, resolved);
      if (fail & HARD) return;
      counter?.count(doc, fail);
      if (fail !== 0) return;
      totalMatches++;
      heap.push(doc, sort === 'relevance' ? relevance : this.sortKey(doc, sort, relevance), relevance, covered);
    };

    if (!resolved.impossible) {
      // Only the products one list filter allows (a category, brand…) can match; every facet but that
      // filter's own would need the others too, so with facets only an `ids` filter narrows.
      const candidates = this.browseCandidates(resolved, facetsWanted);
      if (browse) {
        const rel = this.browseRelevance();
        if (candidates) for (let i = 0; i < candidates.length; i++) visit(candidates[i]!, rel[candidates[i]!]!, 0);
        else for (let doc = 0; doc < N; doc++) visit(doc, rel[doc]!, 0);
      } else {
        const n = active.length;
        const { total, mask, touched } = this;
        const prior = this.data.prior;
        // Without facets, when the filters allow fewer products than the words touched, decide the
        // filters once per allowed product; each touched one is then a single read.
        const allowed = !facetsWanted && !unfiltered && candidates && candidates.length < this.touchedCount ? this.allowedAmong(candidates, resolved) : null;
        // One pass: each touched product is read, its scratch entries cleared, and ranked if it covers enough.
        for (let i = 0; i < this.touchedCount; i++) {
          const doc = touched[i]!;
          const covered = mask[doc]!;
          const score = total[doc]!;
          mask[doc] = 0;
          total[doc] = 0;
          const cov = popcount30(covered);
          if (cov < required) continue;
          const relevance = score * (cov / n) * prior[doc]!;
          if (!allowed) visit(doc, relevance, covered);
          else if (allowed[doc]) {
            totalMatches++;
            heap.push(doc, sort === 'relevance' ? relevance : this.sortKey(doc, sort, relevance), relevance, covered);
          }
        }
        this.touchedCount = 0;
        if (allowed) for (let i = 0; i < candidates!.length; i++) allowed[candidates![i]!] = 0;
      }
    }

    let ranked = heap.sorted();
    if (rerank) {
      // Only the best few are re-checked; a phrase boost (at most +32%) cannot lift anything from far below.
      const phrase = new PhraseChecker(active, this.titleTerms);
      const head = ranked.slice(0, RERANK_DEPTH);
      for (const r of head) r.relevance *= phrase.boost(r.doc);
      head.sort((a, b) => b.relevance - a.relevance || this.order[a.doc]! - this.order[b.doc]!);
      ranked = [...head, ...ranked.slice(RERANK_DEPTH)];
    }
    ranked = ranked.slice(offset, offset + limit);
    const hits = ranked.map(({ doc, relevance, covered }) => {
      const matched = browse ? undefined : active.filter((_, gi) => covered & (1 << gi)).map((g) => g.surface);
      return { id: this.data.ids[doc]!, score: Math.round(relevance * 10000) / 10000, ...(matched && matched.length ? { matched } : {}) };
    });
    // Scratch left set when nothing was ranked (a filter that matches nothing).
    for (let i = 0; i < this.touchedCount; i++) {
      const d = this.touched[i]!;
      this.total[d] = 0;
      this.mask[d] = 0;
    }
    this.touchedCount = 0;
    return { hits, total: totalMatches, facets: counter ? counter.result(this.currency) : emptyFacets(), query: queryOut };
  }

  /**
   * Adds every group's best alternative score per product, and marks which groups each product
   * covers. Returns the most groups any product covers.
   */
  private scoreGroups(groups: TermGroup[]): number {
    if (groups.length === 2) {
      // Two words: when some product has both, only such products count (see `required`), so the rarer
      // word's products are the only candidates and the commoner word only adds to them. A sum of two
      // is the same in either order, so the scores are exactly those of scoring every product.
      const first = this.groupSize(groups[1]!) < this.groupSize(groups[0]!) ? 1 : 0;
      const second = 1 - first;
      this.scoreFirstGroup(groups[first]!, 1 << first);
      if (this.touchedCount > 0 && this.scoreGroup(groups[second]!, 1 << second, true) === 2) return 2;
      // No product has both (the pass above changed nothing): every product with either word counts.
      return this.scoreGroup(groups[second]!, 1 << second, false);
    }
    let maxCov = 0;
    for (let gi = 0; gi < groups.length; gi++) {
      if (gi === 0) this.scoreFirstGroup(groups[0]!, 1);
      else maxCov = Math.max(maxCov, this.scoreGroup(groups[gi]!, 1 << gi, false));
    }
    return Math.max(maxCov, this.touchedCount > 0 ? 1 : 0);
  }

  /** How many products a group can match at most (its alternatives' rarest slots), to pick which to score first. */
  private groupSize(g: TermGroup): number {
    let n = 0;
    for (const alt of g.alternatives) {
      let least = Infinity;
      for (const slot of alt.slots) least = Math.min(least, postings(this.data, slot));
      n += least === Infinity ? 0 : least;
    }
    return n;
  }

  /** The first group, before any product is touched: its best scores go straight into the totals. */
  private scoreFirstGroup(g: TermGroup, bit: number): void {
    let n = 0;
    for (const alt of g.alternatives) n = this.scoreAlternative(alt, n, this.total, this.touched, null);
    this.touchedCount = n;
    const { mask, touched } = this;
    for (let i = 0; i < n; i++) mask[touched[i]!] = bit;
  }

  /**
   * A later group: adds its best score to each product it matches (with `onlyTouched`, only to products
   * an earlier group touched). Returns the most groups a product it matched now covers.
   */
  private scoreGroup(g: TermGroup, bit: number, onlyTouched: boolean): number {
    const { total, mask, touched, groupBest, groupTouched } = this;
    const { postStart, postDoc, postImpact } = this.data;
    let maxCov = 0;
    const only = g.alternatives.length === 1 ? g.alternatives[0]! : null;
    if (only && only.slots.length === 1 && only.slots[0]!.length === 1) {
      // One term and one way to match it: its scores go straight to the totals (as float32, like groupBest would).
      const t = only.slots[0]![0]!;
      const w = this.idf[t]! * only.weight;
      for (let p = postStart[t]!, end = postStart[t + 1]!; p < end; p++) {
        const d = postDoc[p]!;
        const m = mask[d]!;
        if (m === 0) {
          if (onlyTouched) continue;
          touched[this.touchedCount++] = d;
        }
        const nm = m | bit;
        mask[d] = nm;
        total[d]! += Math.fround(postImpact[p]! * w);
        const cov = popcount30(nm);
        if (cov > maxCov) maxCov = cov;
      }
      return maxCov;
    }
    let gCount = 0;
    for (const alt of g.alternatives) gCount = this.scoreAlternative(alt, gCount, groupBest, groupTouched, onlyTouched ? mask : null);
    for (let i = 0; i < gCount; i++) {
      const d = groupTouched[i]!;
      const m = mask[d]!;
      if (m === 0) touched[this.touchedCount++] = d;
      const nm = m | bit;
      mask[d] = nm;
      total[d]! += groupBest[d]!;
      groupBest[d] = 0;
      const cov = popcount30(nm);
      if (cov > maxCov) maxCov = cov;
    }
    return maxCov;
  }

  /**
   * Raises `best` to this alternative's score where it matches, listing newly touched products in
   * `touched`; returns the new touched count. `within`: only products whose entry there is not 0.
   */
  private scoreAlternative(alt: Alternative, gCount: number, best: Float32Array, touched: Int32Array, within: Uint32Array | null): number {
    const { postStart, postDoc, postImpact } = this.data;
    if (alt.slots.length === 1) {
      for (const t of alt.slots[0]!) {
        const w = this.idf[t]! * alt.weight;
        for (let p = postStart[t]!, end = postStart[t + 1]!; p < end; p++) {
          const d = postDoc[p]!;
          if (within && within[d] === 0) continue;
          const v = postImpact[p]! * w;
          const old = best[d]!;
          if (old === 0) touched[gCount++] = d;
          if (v > old) best[d] = v;
        }
      }
      return gCount;
    }
    // Several slots (a phrase, a CJK word's bigrams): every slot must match; slot scores are averaged.
    const S = alt.slots.length;
    const { slotMax, altSum, altCount, slotDocs, altDocs } = this;
    let altN = 0;
    // Two slots: the rarer first, so fewer products are followed through (a sum of two is the same either way round).
    const slots = S === 2 && postings(this.data, alt.slots[1]!) < postings(this.data, alt.slots[0]!) ? [alt.slots[1]!, alt.slots[0]!] : alt.slots;
    for (let s = 0; s < S; s++) {
      let slotN = 0;
      for (const t of slots[s]!) {
        const w = this.idf[t]!;
        for (let p = postStart[t]!, end = postStart[t + 1]!; p < end; p++) {
          const d = postDoc[p]!;
          if (altCount[d] !== s || (within && within[d] === 0)) continue;
          const v = postImpact[p]! * w;
          if (slotMax[d] === 0) slotDocs[slotN++] = d;
          if (v > slotMax[d]!) slotMax[d] = v;
        }
      }
      for (let i = 0; i < slotN; i++) {
        const d = slotDocs[i]!;
        if (s === 0) altDocs[altN++] = d;
        altSum[d]! += slotMax[d]!;
        altCount[d]!++;
        slotMax[d] = 0;
      }
    }
    const factor = (alt.weight / S) * (1 + 0.2 * (S - 1));
    for (let i = 0; i < altN; i++) {
      const d = altDocs[i]!;
      if (altCount[d] === S) {
        const v = altSum[d]! * factor;
        const old = best[d]!;
        if (old === 0) touched[gCount++] = d;
        if (v > old) best[d] = v;
      }
      altSum[d] = 0;
      altCount[d] = 0;
    }
    return gCount;
  }

  private sortKey(doc: number, sort: SortOrder, relevance: number): number {
    const d = this.data;
    switch (sort) {
      case 'price-asc':
        return Number.isNaN(d.price[doc]!) ? -Infinity : -d.price[doc]!;
      case 'price-desc':
        return Number.isNaN(d.price[doc]!) ? -Infinity : d.price[doc]!;
      case 'rating': {
        const r = d.rating[doc]!;
        if (Number.isNaN(r)) return -Infinity;
        const c = d.ratingCount[doc]!;
        // Bayesian average: a 5.0 from two ratings does not beat a 4.8 from five hundred.
        return (r * c + 3.5 * 10) / (c + 10);
      }
      case 'newest':
        if (!this.anyDated) return relevance;
        return Number.isNaN(d.released[doc]!) ? -Infinity : d.released[doc]!;
      default:
        return relevance;
    }
  }

  private failures(doc: number, f: ResolvedFilters): number {
    const d = this.data;
    const m = f.masks!;
    let fail = 0;
    if (m.hard && m.hard[doc]) return HARD;
    const price = d.price[doc]!;
    if ((f.priceMin > -Infinity || f.priceMax < Infinity) && !(price >= f.priceMin && price <= f.priceMax)) fail |= PRICE;
    if (m.brand && !m.brand[d.brandOf[doc]! + 1]) fail |= BRAND;
    if (f.inStock && !d.available[doc]) fail |= STOCK;
    if (f.minRating > 0 && !(d.rating[doc]! >= f.minRating - 1e-9)) fail |= RATING;
    if (f.onSale && !(d.listPrice[doc]! > price)) fail |= SALE;
    if (m.category && !m.category[doc]) fail |= CATEGORY;
    if (m.color && !m.color[doc]) fail |= COLOR;
    for (const a of m.attrs) if (!a.mask[doc]) fail |= a.bit;
    if (f.excludeTerms.length) {
      const head = this.excludeText(doc);
      for (const re of f.excludeTerms) if (re.test(head)) fail |= HARD;
    }
    return fail;
  }

  /** Per document, filled as queries need it: title, brand and category names, lower-cased, for "must not contain" terms. */
  private excludeTexts?: (string | undefined)[];

  private excludeText(doc: number): string {
    const texts = (this.excludeTexts ??= new Array<string | undefined>(this.data.size));
    let head = texts[doc];
    if (head === undefined) {
      const d = this.data;
      const b = d.brandOf[doc]!;
      head = `${d.titles[doc]!} ${b >= 0 ? d.brands.labels[b]! : ''}`;
      for (let i = d.catStart[doc]!, end = d.catStart[doc + 1]!; i < end; i++) head += ` ${d.categories.labels[d.catIds[i]!]!}`;
      // Attribute values too: "not leather" leaves out boots whose material is leather.
      for (let i = d.attrStart[doc]!, end = d.attrStart[doc + 1]!; i < end; i++) head += ` ${d.attributes.labels[d.attrIds[i]!]!}`;
      head = head.toLowerCase();
      texts[doc] = head;
    }
    return head;
  }

  private inverted: { categories?: Inverted; attributes?: Inverted; colors?: Inverted; brands?: Inverted } = {};

  private invertedBrands(): Inverted {
    if (!this.inverted.brands) {
      const { brandOf, brands, size } = this.data;
      const B = brands.size;
      const start = new Uint32Array(B + 1);
      for (let doc = 0; doc < size; doc++) if (brandOf[doc]! >= 0) start[brandOf[doc]! + 1]!++;
      for (let b = 0; b < B; b++) start[b + 1]! += start[b]!;
      const cursor = start.slice(0, B);
      const docs = new Int32Array(start[B]!);
      for (let doc = 0; doc < size; doc++) if (brandOf[doc]! >= 0) docs[cursor[brandOf[doc]!]!++] = doc;
      this.inverted.brands = { start, docs };
    }
    return this.inverted.brands;
  }

  private allowScratch?: Uint8Array;

  /** 1 for each of `candidates` that passes every filter (a scratch array: the caller clears those entries after use). */
  private allowedAmong(candidates: Int32Array, f: ResolvedFilters): Uint8Array {
    const allowed = (this.allowScratch ??= new Uint8Array(this.data.size));
    for (let i = 0; i < candidates.length; i++) if (this.failures(candidates[i]!, f) === 0) allowed[candidates[i]!] = 1;
    return allowed;
  }

  private browseRel?: Float64Array;

  /** What a browse ranks by, per product: its standing (rating, stock) and how many have rated it. */
  private browseRelevance(): Float64Array {
    if (!this.browseRel) {
      const { prior, ratingCount, size } = this.data;
      const rel = new Float64Array(size);
      for (let doc = 0; doc < size; doc++) rel[doc] = prior[doc]! + 0.02 * Math.log10(1 + ratingCount[doc]!);
      this.browseRel = rel;
    }
    return this.browseRel;
  }

  /**
   * The documents a browse (no words to score) must look at, in catalog order, or null for all of
   * them: those of an `ids` filter; without facets, those of the most selective list filter
   * (a category, brand, colour or attribute), since a product outside it cannot match.
   */
  private browseCandidates(f: ResolvedFilters, facets: boolean): Int32Array | null {
    if (f.ids) return Int32Array.from(f.ids).sort();
    if (facets) return null;
    let best: { inv: Inverted; values: Set<number>; size: number } | null = null;
    const consider = (inv: Inverted, values: Set<number>) => {
      let size = 0;
      for (const v of values) size += inv.start[v + 1]! - inv.start[v]!;
      if (!best || size < best.size) best = { inv, values, size };
    };
    if (f.categories) consider(this.invertedCategories(), f.categories);
    if (f.brands) consider(this.invertedBrands(), f.brands);
    if (f.colors) consider(this.invertedColors(), f.colors);
    for (const a of f.attributes) consider(this.invertedAttributes(), a.pairs);
    if (!best) return null;
    const { inv, values, size } = best as { inv: Inverted; values: Set<number>; size: number };
    if (values.size === 1) {
      const v = values.values().next().value!;
      return inv.docs.subarray(inv.start[v]!, inv.start[v + 1]!);
    }
    // Several values (two categories, "yes" and "是"): their lists merged, each product once.
    const all = new Int32Array(size);
    let n = 0;
    for (const v of values) for (let i = inv.start[v]!, e = inv.start[v + 1]!; i < e; i++) all[n++] = inv.docs[i]!;
    all.sort();
    let m = 0;
    for (let i = 0; i < n; i++) if (i === 0 || all[i] !== all[i - 1]) all[m++] = all[i]!;
    return all.subarray(0, m);
  }

  private invertedCategories(): Inverted {
    return (this.inverted.categories ??= invert(this.data.catStart, this.data.catIds, this.data.categories.size));
  }

  private invertedAttributes(): Inverted {
    return (this.inverted.attributes ??= invert(this.data.attrStart, this.data.attrIds, this.data.attributes.size));
  }

  private invertedColors(): Inverted {
    return (this.inverted.colors ??= invert(this.data.colorStart, this.data.colorIds, this.data.colors.size));
  }

  /** Marks the documents of the given values (1) in a fresh per-document array. */
  private markDocs(inv: Inverted, values: Iterable<number>, into?: Uint8Array, only?: (doc: number) => boolean): Uint8Array {
    const out = into ?? new Uint8Array(this.data.size);
    for (const v of values) for (let i = inv.start[v]!, e = inv.start[v + 1]!; i < e; i++) if (!only || only(inv.docs[i]!)) out[inv.docs[i]!] = 1;
    return out;
  }

  /** Recently used filter masks (a shopper refines within one category): never written to after they are made. */
  private readonly maskCache = new Map<string, Uint8Array>();

  private cachedMask(kind: string, inv: Inverted, values: Set<number>): Uint8Array {
    const key = `${kind}${[...values].sort((a, b) => a - b).join(',')}`;
    let m = this.maskCache.get(key);
    if (m) {
      // Most recent last, so the oldest is the first to go.
      this.maskCache.delete(key);
    } else {
      m = this.markDocs(inv, values);
      if (this.maskCache.size >= Math.max(8, Math.min(64, MASK_CACHE_BYTES / Math.max(1, this.data.size)))) this.maskCache.delete(this.maskCache.keys().next().value!);
    }
    this.maskCache.set(key, m);
    return m;
  }

  private buildMasks(f: ResolvedFilters): FilterMasks {
    const d = this.data;
    let hard: Uint8Array | null = null;
    const hardMask = () => (hard ??= new Uint8Array(d.size));
    if (f.ids) {
      // Everything is out but the ids: a fill and one write per id, not a set lookup per product.
      const h = hardMask().fill(1);
      for (const doc of f.ids) h[doc] = 0;
    }
    if (f.excludeCategories.size) this.markDocs(this.invertedCategories(), f.excludeCategories, hardMask());
    if (f.excludeColors.size) {
      // Only products whose one colour is excluded: one that also comes in another colour stays.
      this.markDocs(this.invertedColors(), f.excludeColors, hardMask(), (doc) => d.colorStart[doc + 1]! - d.colorStart[doc]! === 1);
    }
    if (f.excludeBrands.size) this.markDocs(this.invertedBrands(), f.excludeBrands, hardMask());
    if (f.excludeIds) {
      const h = hardMask();
      for (const doc of f.excludeIds) h[doc] = 1;
    }
    let brand: Uint8Array | null = null;
    if (f.brands) {
      brand = new Uint8Array(d.brands.size + 1);
      for (const b of f.brands) brand[b + 1] = 1;
    }
    return {
      hard,
      brand,
      category: f.categories ? this.cachedMask('c', this.invertedCategories(), f.categories) : null,
      color: f.colors ? this.cachedMask('o', this.invertedColors(), f.colors) : null,
      attrs: f.attributes.map((a) => ({ mask: this.cachedMask('a', this.invertedAttributes(), a.pairs), bit: a.bit })),
    };
  }

  private resolve(f: SearchFilters): ResolvedFilters {
    const d = this.data;
    let impossible = false;
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
    const priceMin = num(f.priceMin) ?? -Infinity;
    const priceMax = num(f.priceMax) ?? Infinity;
    if (priceMin > priceMax) impossible = true;

    const excludeTerms: RegExp[] = [];
    const brandIds = (values: string[], unknownAsTerm: boolean): Set<number> => {
      const out = new Set<number>();
      for (const v of values) {
        const ids = this.lookupBrand(v);
        if (ids.length) ids.forEach((id) => out.add(id));
        else if (unknownAsTerm) excludeTerms.push(termPattern(v));
      }
      return out;
    };
    const brandsWanted = list(f.brands);
    const brands = brandsWanted.length ? brandIds(brandsWanted, false) : null;
    if (brands && brands.size === 0) impossible = true;
    const excludeBrands = brandIds(list(f.excludeBrands), true);

    const catsWanted = list(f.categories);
    const categories = catsWanted.length ? new Set(catsWanted.flatMap((c) => this.lookupCategory(c))) : null;
    if (categories && categories.size === 0) impossible = true;
    const excludeCategories = new Set(list(f.excludeCategories).flatMap((c) => this.lookupCategory(c)));

    const colorSet = (values: string[]) => new Set(values.flatMap((v) => colorIds(v)).map((id) => d.colors.get(id)).filter((x): x is number => x !== undefined));
    // { attributes: { color: [...] } } is a colour filter too.
    const isColorKey = (k: string) => ['color', 'colour', '颜色'].includes(normalizeKey(k));
    const colorsWanted = [...list(f.colors), ...Object.entries(f.attributes ?? {}).flatMap(([k, v]) => (isColorKey(k) ? list(v) : []))];
    const colors = colorsWanted.length ? colorSet(colorsWanted) : null;
    if (colors && colors.size === 0) impossible = true;
    const excludeColors = colorSet(list(f.excludeColors));

    const attributes: ResolvedFilters['attributes'] = [];
    for (const [rawKey, rawValues] of Object.entries(f.attributes ?? {})) {
      if (isColorKey(rawKey)) continue;
      const key = normalizeKey(rawKey);
      const values = list(rawValues).map((v) => normalizeKey(v));
      if (!values.length) continue;
      const keyId = d.attrKeys.get(key);
      const expanded = values.flatMap((v) => (YES_VALUES.has(v) ? [...YES_VALUES] : NO_VALUES.has(v) ? [...NO_VALUES] : [v]));
      const pairs = new Set<number>();
      if (keyId !== undefined) for (const v of expanded) {
        const id = d.attributes.get(`${key}\u0001${v}`);
        if (id !== undefined) pairs.add(id);
      }
      if (pairs.size === 0) {
        impossible = true;
        continue;
      }
      if (attributes.length < MAX_ATTR_FILTERS) attributes.push({ key: keyId!, pairs, bit: 1 << (ATTR_SHIFT + attributes.length) });
    }
    for (const t of list(f.excludeTerms)) excludeTerms.push(termPattern(t));

    const docsOf = (values: unknown[]): Set<number> => {
      const out = new Set<number>();
      for (const v of values) {
        const doc = this.docOf(String(v));
        if (doc !== undefined) out.add(doc);
      }
      return out;
    };
    const ids = Array.isArray(f.ids) ? docsOf(f.ids) : null;
    const excludeIds = Array.isArray(f.excludeIds) && f.excludeIds.length ? docsOf(f.excludeIds) : null;
    const minRating = num(f.minRating) ?? 0;
    return {
      priceMin,
      priceMax,
      brands,
      excludeBrands,
      categories,
      excludeCategories,
      inStock: f.inStock === true,
      minRating,
      onSale: f.onSale === true,
      colors,
      excludeColors,
      attributes,
      excludeTerms,
      ids,
      excludeIds,
      impossible,
    };
  }

  private docById?: Map<string, number>;

  /** Product id → document, built on the first query that names ids. */
  private docOf(id: string): number | undefined {
    if (!this.docById) {
      this.docById = new Map();
      this.data.ids.forEach((pid, doc) => this.docById!.set(pid, doc));
    }
    return this.docById.get(id);
  }

  /** Brand ids for a name: exact, else brands whose name contains it as whole words ("apex" → "Apex Run"). */
  private lookupBrand(name: string): number[] {
    const key = normalizeKey(name);
    const exact = this.data.brands.get(key);
    if (exact !== undefined) return [exact];
    if (!this.brandWords) {
      this.brandWords = new Map();
      this.data.brands.keys.forEach((k, id) => {
        for (const part of [k, stemKey(k)]) {
          const l = this.brandWords!.get(part) ?? [];
          if (!l.includes(id)) l.push(id);
          this.brandWords!.set(part, l);
        }
      });
    }
    const stemmed = this.brandWords.get(stemKey(name));
    if (stemmed) return stemmed;
    const re = new RegExp(`(^|\\s)${escapeRegExp(key)}(\\s|$)`);
    return this.data.brands.keys.flatMap((k, id) => (re.test(k) ? [id] : []));
  }

  /** Category ids (names and paths) for a name or "A > B" path, singular/plural-insensitive. */
  private lookupCategory(name: string): number[] {
    const key = normalizeKey(name).replace(/\s*(?:>|›|»|\/)\s*/g, ' > ');
    const exact = this.data.categories.get(key);
    if (exact !== undefined) return [exact];
    if (!this.categoryStems) {
      this.categoryStems = new Map();
      this.data.categories.keys.forEach((k, id) => {
        const s = k.split(' > ').map(stemKey).join(' > ');
        const l = this.categoryStems!.get(s) ?? [];
        l.push(id);
        this.categoryStems!.set(s, l);
      });
    }
    return this.categoryStems.get(key.split(' > ').map(stemKey).join(' > ')) ?? [];
  }
}

/** No filter at all: every product passes, so the per-product checks can be skipped. */
function isUnfiltered(f: ResolvedFilters): boolean {
  const m = f.masks!;
  return (
    f.priceMin === -Infinity && f.priceMax === Infinity && !f.inStock && !(f.minRating > 0) && !f.onSale && f.excludeTerms.length === 0 &&
    !m.hard && !m.brand && !m.category && !m.color && m.attrs.length === 0
  );
}

function hasFilters(f: SearchFilters): boolean {
  return Object.values(f).some((v) => v !== undefined && v !== null && v !== false && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0));
}

/** A whole-word pattern for Latin text, a substring for CJK. */
function termPattern(term: string): RegExp {
  const t = normalizeKey(term);
  return hasCjk(t) ? new RegExp(escapeRegExp(t)) : new RegExp(`(?<![A-Za-z0-9\\u00c0-\\u024f])${escapeRegExp(t)}(?![A-Za-z0-9\\u00c0-\\u024f])`);
}

const RERANK_DEPTH = 60;

/** Title term ids (and kinds) per document, tokenised once: the phrase check reads them for every reranked query. */
class TitleTerms {
  private readonly cache = new Map<number, { ids: Int32Array; kinds: Uint8Array }>();

  constructor(private readonly data: IndexData) {}

  get(doc: number): { ids: Int32Array; kinds: Uint8Array } {
    let t = this.cache.get(doc);
    if (!t) {
      const ids: number[] = [];
      const kinds: number[] = [];
      indexTerms(this.data.titles[doc] ?? '', (term, kind) => {
        ids.push(this.data.termIds.get(term) ?? -1);
        kinds.push(kind);
      });
      t = { ids: Int32Array.from(ids), kinds: Uint8Array.from(kinds) };
      // Bounded: a long session of varied queries must not grow it to the whole catalog's titles.
      if (this.cache.size >= 8192) this.cache.clear();
      this.cache.set(doc, t);
    }
    return t;
  }
}

/**
 * Rewards products whose title has the shopper's words next to each other and in order ("laptop
 * backpack" over a backpack that only mentions a laptop), which bag-of-words scoring cannot see.
 */
class PhraseChecker {
  private readonly starts: Set<number>[];
  private readonly ends: Set<number>[];

  constructor(
    groups: TermGroup[],
    private readonly titles: TitleTerms,
  ) {
    this.starts = groups.map((g) => new Set(g.alternatives.flatMap((a) => a.slots[0] ?? [])));
    this.ends = groups.map((g) => new Set(g.alternatives.flatMap((a) => a.slots[a.slots.length - 1] ?? [])));
  }

  boost(doc: number): number {
    const { ids: positions, kinds } = this.titles.get(doc);
    const n = positions.length;
    let pairs = 0;
    let inTitle = 0;
    for (let g = 0; g < this.starts.length; g++) {
      const starts = this.starts[g]!;
      const ends = this.ends[g]!;
      const next = g + 1 < this.starts.length ? this.starts[g + 1]! : null;
      let found = false;
      let paired = false;
      for (let i = 0; i < n; i++) {
        const t = positions[i]!;
        const isEnd = ends.has(t);
        if (isEnd || starts.has(t)) found = true;
        // Next word right after; CJK bigrams overlap, so one step further still counts.
        if (isEnd && next && !paired && ((i + 1 < n && next.has(positions[i + 1]!)) || (i + 2 < n && kinds[i + 1] === TermKind.CjkBigram && next.has(positions[i + 2]!)))) paired = true;
      }
      if (found) inTitle++;
      if (paired) pairs++;
    }
    return 1 + 0.12 * pairs + (inTitle === this.starts.length ? 0.08 : 0);
  }
}

/** How many postings a slot's terms have together. */
function postings(data: IndexData, slot: number[]): number {
  let n = 0;
  for (const t of slot) n += data.postStart[t + 1]! - data.postStart[t]!;
  return n;
}

function popcount30(x: number): number {
  x = x & ~HARD;
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Keeps the k best by (key, relevance, earlier in the catalog): a binary heap over typed arrays, worst
 * at the root, so most candidates are turned away by one comparison and nothing is allocated per push.
 */
class TopK {
  private readonly docs: Int32Array;
  private readonly keys: Float64Array;
  private readonly rels: Float64Array;
  /** Carried along: the query groups the product covers. */
  private readonly tags: Int32Array;
  private n = 0;

  constructor(
    private readonly k: number,
    private readonly order: Int32Array,
  ) {
    this.docs = new Int32Array(k);
    this.keys = new Float64Array(k);
    this.rels = new Float64Array(k);
    this.tags = new Int32Array(k);
  }

  /** Whether the item in slot i ranks below the one in slot j. */
  private worse(i: number, j: number): boolean {
    const { keys, rels } = this;
    if (keys[i] !== keys[j]) return keys[i]! < keys[j]!;
    if (rels[i] !== rels[j]) return rels[i]! < rels[j]!;
    return this.order[this.docs[i]!]! > this.order[this.docs[j]!]!;
  }

  private swap(i: number, j: number): void {
    const { docs, keys, rels, tags } = this;
    const d = docs[i]!, k = keys[i]!, r = rels[i]!, t = tags[i]!;
    docs[i] = docs[j]!;
    keys[i] = keys[j]!;
    rels[i] = rels[j]!;
    tags[i] = tags[j]!;
    docs[j] = d;
    keys[j] = k;
    rels[j] = r;
    tags[j] = t;
  }

  push(doc: number, key: number, relevance: number, tag: number): void {
    const k = this.k;
    if (k === 0) return;
    const { docs, keys, rels, tags } = this;
    if (this.n < k) {
      let i = this.n++;
      docs[i] = doc;
      keys[i] = key;
      rels[i] = relevance;
      tags[i] = tag;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(i, p)) break;
        this.swap(i, p);
        i = p;
      }
      return;
    }
    // Not better than the worst kept: turned away (the usual case once the heap is full).
    const k0 = keys[0]!;
    if (!(key > k0) && (key !== k0 || !(relevance >= rels[0]!) || (relevance === rels[0]! && this.order[doc]! >= this.order[docs[0]!]!))) return;
    docs[0] = doc;
    keys[0] = key;
    rels[0] = relevance;
    tags[0] = tag;
    const n = this.n;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.worse(l, m)) m = l;
      if (r < n && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  sorted(): { doc: number; key: number; relevance: number; covered: number }[] {
    const out: { doc: number; key: number; relevance: number; covered: number }[] = [];
    for (let i = 0; i < this.n; i++) out.push({ doc: this.docs[i]!, key: this.keys[i]!, relevance: this.rels[i]!, covered: this.tags[i]! });
    return out.sort((a, b) => (a.key !== b.key ? b.key - a.key : a.relevance !== b.relevance ? b.relevance - a.relevance : this.order[a.doc]! - this.order[b.doc]!));
  }
}

export function emptyFacets(): Facets {
  return { brands: [], categories: [], colors: [], attributes: {}, price: null, rating: [4, 3, 2, 1].map((min) => ({ min, count: 0 })), inStock: 0, onSale: 0 };
}

/** Counts facets: a product counts toward a facet if it fails no filter, or only that facet's own. */
class FacetCounter {
  private readonly brand: Int32Array;
  private readonly category: Int32Array;
  private readonly color: Int32Array;
  private readonly attr: Int32Array;
  private readonly rating = [0, 0, 0, 0];
  private inStock = 0;
  private onSale = 0;
  private matches = 0;
  private readonly prices: number[] = [];
  private readonly attrBitOfKey = new Map<number, number>();

  constructor(
    private readonly d: IndexData,
    f: ResolvedFilters,
  ) {
    this.brand = new Int32Array(d.brands.size);
    this.category = new Int32Array(d.categories.size);
    this.color = new Int32Array(d.colors.size);
    this.attr = new Int32Array(d.attributes.size);
    for (const a of f.attributes) this.attrBitOfKey.set(a.key, a.bit);
  }

  count(doc: number, fail: number): void {
    // Failing two filters or more, a product counts toward no facet.
    if (fail & (fail - 1)) return;
    const d = this.d;
    if (fail === 0) this.matches++;
    if (fail === 0 || fail === BRAND) {
      const b = d.brandOf[doc]!;
      if (b >= 0) this.brand[b]!++;
    }
    if (fail === 0 || fail === CATEGORY) for (let i = d.catStart[doc]!, e = d.catStart[doc + 1]!; i < e; i++) this.category[d.catIds[i]!]!++;
    if (fail === 0 || fail === COLOR) for (let i = d.colorStart[doc]!, e = d.colorStart[doc + 1]!; i < e; i++) this.color[d.colorIds[i]!]!++;
    if (fail === 0 || fail >= 1 << ATTR_SHIFT) {
      for (let i = d.attrStart[doc]!, e = d.attrStart[doc + 1]!; i < e; i++) {
        const pair = d.attrIds[i]!;
        if (fail === 0 || fail === this.attrBitOfKey.get(d.attrKeyOf[pair]!)) this.attr[pair]!++;
      }
    }
    if (fail === 0 || fail === RATING) {
      const r = d.rating[doc]!;
      for (let k = 0; k < 4; k++) if (r >= 4 - k) this.rating[k]!++;
    }
    if ((fail === 0 || fail === STOCK) && d.available[doc]) this.inStock++;
    if ((fail === 0 || fail === SALE) && d.listPrice[doc]! > d.price[doc]!) this.onSale++;
    if ((fail === 0 || fail === PRICE) && !Number.isNaN(d.price[doc]!)) this.prices.push(d.price[doc]!);
  }

  result(currency?: string): Facets {
    const d = this.d;
    const top = (counts: Int32Array, label: (id: number) => FacetValue | null, n: number): FacetValue[] => {
      const out: FacetValue[] = [];
      counts.forEach((c, id) => {
        if (c <= 0) return;
        const v = label(id);
        if (v) out.push({ ...v, count: c });
      });
      return out.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, n);
    };
    const brands = top(this.brand, (id) => ({ value: d.brands.labels[id]!, count: 0 }), 40);
    const categories = top(
      this.category,
      (id) => {
        const path = d.categoryPaths[id];
        return path ? { value: path.join(' > '), label: path[path.length - 1]!, path, count: 0 } : null;
      },
      60,
    ) as Facets['categories'];
    const colors = top(this.color, (id) => ({ value: d.colors.keys[id]!, label: d.colors.labels[id]!, count: 0 }), 30);

    // Attribute facets: keys whose values tell matching products apart.
    const byKey = new Map<number, FacetValue[]>();
    this.attr.forEach((c, pair) => {
      if (c <= 0) return;
      const key = d.attrKeyOf[pair]!;
      const l = byKey.get(key) ?? [];
      l.push({ value: d.attributes.labels[pair]!, count: c });
      byKey.set(key, l);
    });
    const attrEntries = [...byKey.entries()]
      // Keys that tell matching products apart: two values or more, or one value not all of them have.
      .filter(([key, vals]) => vals.length >= 2 || this.attrBitOfKey.has(key) || vals[0]!.count < this.matches)
      .map(([key, vals]) => [key, vals.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, 20)] as const)
      // Equal sums by name, not by when the index first saw the key (a restored index saw them in another order).
      .sort((a, b) => sum(b[1]) - sum(a[1]) || d.attrKeys.keys[a[0]]!.localeCompare(d.attrKeys.keys[b[0]]!))
      .slice(0, 16);
    const attributes: Record<string, FacetValue[]> = {};
    for (const [key, vals] of attrEntries) attributes[d.attrKeys.keys[key]!] = vals;
    return {
      brands,
      categories,
      colors,
      attributes,
      price: priceFacet(this.prices, currency),
      rating: [4, 3, 2, 1].map((min, k) => ({ min, count: this.rating[k]! })),
      inStock: this.inStock,
      onSale: this.onSale,
    };
  }
}

function sum(vals: FacetValue[]): number {
  return vals.reduce((n, v) => n + v.count, 0);
}

/** Min, max and up to five price bands with round edges ("$0–50, $50–100…"). */
function priceFacet(prices: number[], currency?: string): Facets['price'] {
  if (prices.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const p of prices) {
    if (p < min) min = p;
    if (p > max) max = p;
  }
  const span = max - min;
  const raw = span / 5 || 1;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const start = Math.floor(min / step) * step;
  const buckets: { min: number; max: number; count: number }[] = [];
  for (let lo = start; lo <= max && buckets.length < 8; lo += step) buckets.push({ min: lo, max: lo + step, count: 0 });
  for (const p of prices) {
    const i = Math.min(buckets.length - 1, Math.floor((p - start) / step));
    buckets[i]!.count++;
  }
  return { min, max, ...(currency ? { currency } : {}), buckets: buckets.filter((b) => b.count > 0) };
}
