/** Shapes of product search: queries, filters, facets and results (all structured-cloneable). */

export type SearchLang = 'en' | 'zh-CN';

export type SortOrder = 'relevance' | 'price-asc' | 'price-desc' | 'rating' | 'newest';

/**
 * Structured filters. Every field is optional; `{}` filters nothing. Text values compare
 * case-insensitively. Lists mean "any of" (include) or "none of" (exclude).
 * (A type alias rather than an interface so it is assignable to `Record<string, unknown>`.)
 */
export type SearchFilters = {
  /** Price bounds in the catalog's currency, inclusive. Products without a price fail a price bound. */
  priceMin?: number;
  priceMax?: number;
  brands?: string[];
  excludeBrands?: string[];
  /** Category names at any level ("Running Shoes", "Shoes") or full paths ("Shoes > Running Shoes"). */
  categories?: string[];
  excludeCategories?: string[];
  /** Only products that can be bought now (InStock, LimitedAvailability, OnlineOnly, InStoreOnly). */
  inStock?: boolean;
  /** Minimum average rating on a 5-point scale. */
  minRating?: number;
  /** Only discounted products (a list price above the price). */
  onSale?: boolean;
  /** Colour ids or names: "blue", "navy", "蓝色" (mapped to ids, see colors.ts). Matches variants too. */
  colors?: string[];
  excludeColors?: string[];
  /** Attribute key → accepted values, e.g. { waterproof: ["yes"], material: ["merino wool"] }. */
  attributes?: Record<string, string[]>;
  /** Words a product's title, brand or category must not contain ("not waterproof" without a vocabulary). */
  excludeTerms?: string[];
  /** Restrict to these product ids. */
  ids?: string[];
  /** Leave these product ids out ("something cheaper" than the one on the page). */
  excludeIds?: string[];
};

export interface ParsedQuery {
  /** What is left for full-text search after the filters and sort words were taken out. */
  text: string;
  filters: SearchFilters;
  sort?: SortOrder;
}

export interface SearchOptions {
  /** Hits to return (default 20, at most 1000). */
  limit?: number;
  offset?: number;
  /** The query's language (how a string query is parsed; text matching handles both scripts either way). */
  lang?: SearchLang;
  /** Added to (and overriding) the parsed query's filters. */
  filters?: Partial<SearchFilters>;
  /** Override the parsed sort. */
  sort?: SortOrder;
  /** Skip facet counting when the caller does not show facets (slightly faster). Default true. */
  facets?: boolean;
}

export interface SearchHit {
  id: string;
  score: number;
  /** The query words this product matched (as the shopper typed them). */
  matched?: string[];
}

export interface FacetValue {
  value: string;
  count: number;
  /** Display text when it differs from `value` (colour ids → "blue" / "蓝色"). */
  label?: string;
}

export interface CategoryFacetValue extends FacetValue {
  /** Full path, broadest first. */
  path: string[];
}

export interface PriceFacet {
  min: number;
  max: number;
  currency?: string;
  buckets: { min: number; max: number; count: number }[];
}

/**
 * Counts over the matching products. Each facet ignores its own filter (so a shopper who picked one
 * brand still sees how many the other brands have), but applies all the others.
 */
export interface Facets {
  brands: FacetValue[];
  categories: CategoryFacetValue[];
  colors: FacetValue[];
  /** Attribute key → value counts (keys that distinguish at least two matching products). */
  attributes: Record<string, FacetValue[]>;
  price: PriceFacet | null;
  /** Products rated at least `min` (4, 3, 2, 1). */
  rating: { min: number; count: number }[];
  inStock: number;
  onSale: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many products match in all (hits is one page of them). */
  total: number;
  facets: Facets;
  /** The query as it was run (parsed, with the options' filters merged in). */
  query: ParsedQuery;
}

export interface ProductSearch {
  search(query: string | ParsedQuery, options?: SearchOptions): Promise<SearchResult>;
  /** Parses text with this catalog's vocabulary (brands, categories, attributes) — richer than the plain `parseQuery`. */
  parse(text: string, lang?: SearchLang): ParsedQuery;
  /** Whether the index runs in a Web Worker. */
  readonly inWorker: boolean;
  /** Whether the index was restored from IndexedDB (kept by a previous page view) rather than built. */
  readonly restored?: boolean;
  dispose(): void;
}
