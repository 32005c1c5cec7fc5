/**
 * Follow-up refinement: "something cheaper", "in blue", "only in stock", "not Velox", "show more" change
 * the previous search instead of starting a new one. The search query parser reads the follow-up's
 * filters; this merges them into the last query. "Cheaper" also means cheaper than what was shown.
 */
import type { Product } from '../catalog/types.ts';
import type { ParsedQuery, SearchFilters } from '../assistant/ports.ts';

export const CHEAPER = /\b(?:cheaper|less expensive|lower[- ]priced|lower price|more affordable|budget|cheap|for less|costs? less|less money|save (?:some )?money|spend less)\b|便宜(?:一)?点|更便宜|再便宜|便宜些|便宜的|低一点|实惠|价格低|少花|省钱/i;
export const MORE = /^(?:(?:ok(?:ay)?|and|so|please|can (?:i|you|we)|could (?:i|you|we)|let me|let's|i'd like to|i want to|i'll)\s+)*(?:(?:see|show(?: me)?|get|have|give me|view)\s+)?(?:(?:a few|a couple|some|any|a couple of|few)\s+)?(?:more|next|others?|other ones|any others|what else)(?:\s+(?:ones|options|results|products|of (?:them|those|these)|please))*[.!?]*$|^(?:更多|还有吗|还有别的吗|再来几个|换一批|下一页|其他的)[。！？?]*$|^(?:再|还)(?:看看|看|来|给我看看|给我看)(?:一些|几个|几款|点)?(?:别的|其他的|其它的|更多的?)?(?:吧|呢)?[。！？?]*$/i;

/** Filters of `next` override those of `prev`; list filters (brands to exclude, attributes) combine. */
export function mergeFilters(prev: SearchFilters, next: SearchFilters): SearchFilters {
  const out: Record<string, unknown> = { ...prev };
  for (const [k, v] of Object.entries(next)) {
    if (v === undefined || v === null) continue;
    const old = out[k];
    // "not Velox" then "not Stride" excludes both; "in blue" then "in red" means red.
    if (Array.isArray(v) && Array.isArray(old) && k.startsWith('exclude')) out[k] = [...new Set([...old, ...v])];
    // Products allowed by an earlier condition ("at least 1000 W") and by this one ("and 2 litres"): both.
    else if (k === 'ids' && Array.isArray(v) && Array.isArray(old)) {
      const keep = new Set(v as unknown[]);
      out[k] = (old as unknown[]).filter((id) => keep.has(id));
    }
    else if (isPlainObject(v) && isPlainObject(old)) out[k] = mergeFilters(old as SearchFilters, v as SearchFilters);
    else out[k] = v;
  }
  return out as SearchFilters;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface RefineInput {
  previous: ParsedQuery;
  /** The follow-up parsed on its own. */
  followUp: ParsedQuery;
  message: string;
  /** Products the previous answer showed (to make "cheaper" mean cheaper than those). */
  shown: Product[];
  /** Sets an upper price bound in the search filters' own shape. */
  withMaxPrice: (filters: SearchFilters, max: number) => SearchFilters;
  /** Reads the upper price bound of a filter set. */
  maxPriceOf: (filters: SearchFilters) => number | undefined;
  /** Restricts to categories (leaf names), unless the filters already name some. */
  withCategories?: (filters: SearchFilters, categories: string[]) => SearchFilters;
}

export function refineQuery(input: RefineInput): ParsedQuery {
  const { previous, followUp, message } = input;
  // The caller only refines when the follow-up is filters alone, so the search words stay the previous ones.
  const text = previous.text;
  let filters = mergeFilters(previous.filters, followUp.filters);
  let sort = followUp.sort ?? previous.sort;

  if (CHEAPER.test(message)) {
    const shownPrices = input.shown.map((p) => p.price).filter((p): p is number => typeof p === 'number');
    const ceiling = input.maxPriceOf(followUp.filters);
    if (ceiling === undefined && shownPrices.length) {
      // Cheaper than the cheapest shown would often leave nothing; cheaper than their median keeps choice.
      const median = lowerMedian(shownPrices);
      const cap = Math.max(0, median - 0.01);
      const prevMax = input.maxPriceOf(previous.filters);
      filters = input.withMaxPrice(filters, prevMax === undefined ? cap : Math.min(prevMax, cap));
      // Cheaper versions of what was shown, not the cheapest thing that mentions the words.
      const cats = [...new Set(input.shown.map((p) => p.categories.at(-1)).filter((c): c is string => !!c))];
      if (cats.length && input.withCategories) filters = input.withCategories(filters, cats);
    }
    sort = followUp.sort ?? 'price-asc';
  }
  return { text, filters, ...(sort ? { sort } : {}) };
}

/**
 * "bigger ones?" / "再轻一点的" after a list: the products of the shown ones' kinds with more (dir max)
 * or less (dir min) of the measure than the median shown — like "cheaper", beyond the middle of what
 * was shown rather than beyond all of it, which would often leave nothing. Null when no shown product
 * has the measure (then the follow-up cannot be read this way).
 */
export function beyondShownIds(shown: readonly Product[], values: ReadonlyMap<string, number>, dir: 'min' | 'max', products: readonly Product[]): string[] | null {
  const seen = shown.map((p) => values.get(p.id)).filter((v): v is number => v !== undefined);
  if (!seen.length) return null;
  const median = lowerMedian(seen);
  const kinds = new Set(shown.map((p) => p.categories.at(-1)).filter((c): c is string => !!c));
  const out: string[] = [];
  for (const p of products) {
    const v = values.get(p.id);
    if (v === undefined || (kinds.size && !kinds.has(p.categories.at(-1) ?? ''))) continue;
    if (dir === 'max' ? v > median : v < median) out.push(p.id);
  }
  return out;
}

/** The middle value (the lower of the two middle ones for an even count) of a non-empty list. */
function lowerMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
