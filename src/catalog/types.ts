/**
 * The one normalised product model every part of shop-guide works with.
 * Readers (JSON-LD, plain catalog JSON, catalog-src feeds) turn whatever the page has into this;
 * search, recommendations and the assistant only ever see these shapes.
 */

/** schema.org ItemAvailability values, without the `https://schema.org/` prefix. */
export type Availability =
  | 'InStock'
  | 'OutOfStock'
  | 'PreOrder'
  | 'BackOrder'
  | 'LimitedAvailability'
  | 'OnlineOnly'
  | 'InStoreOnly'
  | 'SoldOut'
  | 'Discontinued'
  | 'Unknown';

export interface Offer {
  /** Current selling price (the sale price when on sale). */
  price: number;
  /** ISO 4217 code, e.g. "USD", "CNY". */
  currency: string;
  availability: Availability;
  /** Regular price when the offer is discounted (schema.org priceSpecification / StrikethroughPrice). */
  listPrice?: number;
  seller?: string;
  url?: string;
  priceValidUntil?: string;
  /** Owner-declared shipping and return terms for this offer, if any. */
  shipping?: ShippingPolicy[];
  returns?: ReturnPolicy;
}

export interface Rating {
  /** Average rating on the `best` scale (default 5). */
  value: number;
  count: number;
  best: number;
  worst: number;
}

export interface Review {
  author?: string;
  /** Rating on a 1–5 scale (normalised from the review's own scale). */
  rating?: number;
  title?: string;
  /** Plain text: HTML stripped by the reader. */
  body: string;
  date?: string;
}

export interface Variant {
  id: string;
  title?: string;
  sku?: string;
  /** e.g. { color: "blue", size: "42" } */
  attributes: Record<string, string>;
  price?: number;
  availability?: Availability;
  image?: string;
  url?: string;
}

/** Aggregated, anonymised co-occurrence the shop may publish (see README, "Catalog JSON"). */
export interface CoCount {
  id: string;
  count: number;
}

export interface Product {
  /** Stable catalog id (sku, productID or the owner's id). Unique within a catalog. */
  id: string;
  title: string;
  /** Plain text. */
  description: string;
  brand?: string;
  /** Category path, broadest first: ["Shoes", "Running"]. */
  categories: string[];
  /** Lowest in-stock offer price, else lowest offer price. Absent when the catalog gives none. */
  price?: number;
  /** Regular price when `price` is a discount. */
  listPrice?: number;
  currency?: string;
  availability: Availability;
  offers: Offer[];
  rating?: Rating;
  reviews: Review[];
  /** Free-form attributes: colour, material, size, waterproof… Keys lower-case. */
  attributes: Record<string, string | string[]>;
  images: string[];
  url?: string;
  sku?: string;
  gtin?: string;
  /** Manufacturer part number (schema.org mpn, Merchant mpn): identifies the product together with its brand. */
  mpn?: string;
  variants: Variant[];
  /** The shop's own label for an attribute key when it gave one, e.g. { waterproof: "防水" }. */
  attributeLabels?: Record<string, string>;
  /** schema.org releaseDate (or the plain catalog's `releaseDate`/`date`), ISO 8601; used to sort by "newest". */
  releaseDate?: string;
  /** schema.org isRelatedTo / isSimilarTo, and the shop's aggregated co-counts. */
  related: {
    relatedTo: string[];
    similarTo: string[];
    alsoBought: CoCount[];
    alsoViewed: CoCount[];
  };
}

export interface ShippingPolicy {
  /** Destination region(s), e.g. ["US"], as the owner declares them. */
  regions?: string[];
  cost?: number;
  currency?: string;
  /** Orders at or above this amount ship free. */
  freeOver?: number;
  minDays?: number;
  maxDays?: number;
  note?: string;
}

export interface ReturnPolicy {
  /** Days after delivery the shopper may return; 0 = no returns; undefined = unknown. */
  days?: number;
  fees?: 'free' | 'shopper-pays' | 'restocking-fee' | 'unknown';
  feeAmount?: number;
  method?: string[];
  note?: string;
}

export interface FaqEntry {
  question: string;
  answer: string;
}

/** Store-level facts the assistant may quote verbatim (shipping, returns, payment, FAQ). */
export interface StoreInfo {
  name?: string;
  currency?: string;
  shipping: ShippingPolicy[];
  returns?: ReturnPolicy;
  payment: string[];
  faq: FaqEntry[];
}

/** What a catalog reader reports about input it had to drop or repair. */
export interface CatalogIssue {
  /** A short, stable reason code, e.g. "missing-id", "bad-price", "duplicate-id", "malformed-json". */
  reason: string;
  /** Where it came from: "json-ld #2", "catalog-src line 1043". */
  source: string;
  action: 'dropped' | 'repaired';
}

export interface Catalog {
  products: Product[];
  byId: ReadonlyMap<string, Product>;
  /** The product this page is about, when the page is a product page. */
  currentProductId?: string;
  /**
   * Ids a source gave to a product that another source knows by another id (same gtin, sku, mpn or
   * product URL): the folded id → the id the product is kept under; and a variant's id → its product's
   * id. Lets history recorded under the page's id or a Merchant item id, a shop's `track()` call naming a
   * variant, or a reference by such an id find the product. Variant ids are looked up lazily
   * (id-aliases.ts): use get() / has(); `size` and iterating count every variant.
   */
  aliases?: ReadonlyMap<string, string>;
  store: StoreInfo;
  issues: CatalogIssue[];
  /** Where the products came from (for the owner's catalog check). */
  sources?: CatalogSources;
  /** The `catalog-src` feed as kept in IndexedDB, when it is: what a stored search index is checked against. */
  feedCache?: CatalogFeedCache;
}

export interface CatalogFeedCache {
  /** The feed's cache key. */
  key: string;
  /** Which stored copy of the feed the products came from (changes whenever the feed is read afresh). */
  version: string;
  /** Products the page itself gave (JSON-LD, a plain block), which may differ from the feed's copies. */
  pageProducts: string[];
}

export interface CatalogSources {
  /** Products each kind of source gave: json-ld, microdata, rdfa, opengraph, plain, feed. */
  bySource: Record<string, number>;
  /** `catalog-src`, when the page has one: its URL, detected format and how many products it gave. */
  feed?: { src: string; format?: string; products: number };
}
