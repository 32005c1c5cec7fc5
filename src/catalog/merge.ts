/**
 * Merges copies of one product found in several places. Freshness decides the changing facts (price,
 * offers, availability, rating): the page's own JSON-LD beats its plain catalog block, which beats the
 * `catalog-src` feed (which may be cached). The richer copy fills whatever the fresher one lacks.
 *
 * A sparser source never erases a list price, rating or stock state another source gave: a listing
 * page's JSON-LD often has only a price, and silence there does not mean "not on sale" or "stock unknown".
 * A list price survives only while it is still above the fresher price (in the same currency).
 */
import type { ProductLookup } from './current.ts';
import type { VariantOf } from './jsonld.ts';
import type { Availability, Offer, Product, Variant } from './types.ts';

/** Lower is fresher. */
export const SOURCE_RANK = { jsonLdMain: 0, jsonLdListed: 1, plain: 2, feed: 3 } as const;

function unionBy<T>(a: T[], b: T[], key: (x: T) => string, max: number): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const x of [...a, ...b]) {
    const k = key(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
    if (out.length >= max) break;
  }
  return out;
}

const known = (a: Availability | undefined): a is Availability => a !== undefined && a !== 'Unknown';

/** The stale list price still applies to `price` when it is above it and in the same currency. */
function keptListPrice(listPrice: number | undefined, staleCurrency: string | undefined, price: number, currency: string | undefined): number | undefined {
  if (listPrice === undefined || !(listPrice > price)) return undefined;
  return !staleCurrency || !currency || staleCurrency === currency ? listPrice : undefined;
}

/** The stale offer that is the same offer as `o`: same url, else same seller, else the only one. */
function matchingOffer(o: Offer, stale: Offer[]): Offer | undefined {
  if (o.url) {
    const byUrl = stale.find((s) => s.url === o.url);
    if (byUrl) return byUrl;
  }
  if (o.seller) {
    const bySeller = stale.filter((s) => s.seller === o.seller);
    if (bySeller.length === 1) return bySeller[0];
  }
  return stale.length === 1 ? stale[0] : undefined;
}

/** Fresh offers, each keeping the list price and stock state its stale twin gave when it says nothing of them. */
function overlayOffers(stale: Offer[], fresh: Offer[]): Offer[] {
  if (!stale.length) return fresh;
  return fresh.map((o) => {
    if (o.listPrice !== undefined && known(o.availability)) return o;
    const twin = matchingOffer(o, stale);
    if (!twin) return o;
    const listPrice = o.listPrice ?? keptListPrice(twin.listPrice, twin.currency, o.price, o.currency);
    const availability = known(o.availability) ? o.availability : twin.availability;
    return { ...o, availability, ...(listPrice !== undefined ? { listPrice } : {}) };
  });
}

/** The fresh variant, keeping its stale twin's id, stock state, price, image and attributes where it has none. */
export function overlayVariant(twin: Variant, v: Variant): Variant {
  const out: Variant = { ...twin, ...v, id: twin.id, attributes: { ...twin.attributes, ...v.attributes } };
  if (!known(v.availability) && twin.availability) out.availability = twin.availability;
  for (const k of ['title', 'sku', 'price', 'image', 'url'] as const) if (v[k] === undefined && twin[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = twin[k];
  return out;
}

/** Fresh variants, each keeping its stale twin's stock state, price, image and attributes where it has none. */
function overlayVariants(stale: Variant[], fresh: Variant[]): Variant[] {
  if (!stale.length) return fresh;
  const byId = new Map(stale.map((v) => [v.id, v]));
  // A page lists variants by sku (Shopify's structured_data), the feed by the platform's variant id: the
  // same variant, kept under the stale copy's id (the feed's, which track() calls and history name).
  const bySku = new Map<string, Variant>();
  for (const v of stale) if (v.sku) bySku.set(v.sku.trim().toLowerCase(), v);
  const used = new Set<Variant>();
  return fresh.map((v) => {
    let twin = byId.get(v.id);
    if (!twin || used.has(twin)) twin = bySku.get((v.sku ?? v.id).trim().toLowerCase());
    if (!twin || used.has(twin)) return v;
    used.add(twin);
    return overlayVariant(twin, v);
  });
}

/** `fresh` overrides `stale` wherever it has something to say. */
export function overlay(stale: Product, fresh: Product): Product {
  const hasPrice = fresh.price !== undefined;
  const out: Product = {
    ...stale,
    id: stale.id,
    title: fresh.title || stale.title,
    description: fresh.description.length >= Math.min(40, stale.description.length) ? fresh.description || stale.description : stale.description,
    categories: fresh.categories.length >= stale.categories.length ? fresh.categories : stale.categories,
    availability: fresh.availability !== 'Unknown' ? fresh.availability : stale.availability,
    offers: fresh.offers.length ? overlayOffers(stale.offers, fresh.offers) : stale.offers,
    reviews: unionBy(fresh.reviews, stale.reviews, (r) => `${r.author ?? ''}|${r.title ?? ''}|${r.body.slice(0, 80)}`, 500),
    attributes: { ...stale.attributes, ...fresh.attributes },
    images: unionBy(fresh.images, stale.images, (x) => x, 20),
    variants: fresh.variants.length ? overlayVariants(stale.variants, fresh.variants) : stale.variants,
    related: {
      relatedTo: unionBy(fresh.related.relatedTo, stale.related.relatedTo, (x) => x, 200),
      similarTo: unionBy(fresh.related.similarTo, stale.related.similarTo, (x) => x, 200),
      alsoBought: fresh.related.alsoBought.length ? fresh.related.alsoBought : stale.related.alsoBought,
      alsoViewed: fresh.related.alsoViewed.length ? fresh.related.alsoViewed : stale.related.alsoViewed,
    },
  };
  if (hasPrice) {
    out.price = fresh.price;
    out.currency = fresh.currency ?? stale.currency;
    const listPrice = fresh.listPrice ?? keptListPrice(stale.listPrice, stale.currency, fresh.price!, out.currency);
    if (listPrice !== undefined) out.listPrice = listPrice;
    else delete out.listPrice;
  }
  if (fresh.brand) out.brand = fresh.brand;
  // A rating without any count (an OpenGraph tag, a theme's stars) does not replace one with reviews behind it.
  if (fresh.rating && !(fresh.rating.count === 0 && stale.rating && stale.rating.count > 0)) out.rating = fresh.rating;
  if (fresh.url) out.url = fresh.url;
  if (fresh.sku) out.sku = fresh.sku;
  if (fresh.gtin) out.gtin = fresh.gtin;
  if (fresh.mpn) out.mpn = fresh.mpn;
  if (fresh.releaseDate) out.releaseDate = fresh.releaseDate;
  if (fresh.attributeLabels || stale.attributeLabels) out.attributeLabels = { ...stale.attributeLabels, ...fresh.attributeLabels };
  return out;
}

/** Where a product was read; diagnostics count products per kind. In reading order. */
export const SOURCE_KINDS = ['json-ld', 'microdata', 'rdfa', 'opengraph', 'plain', 'feed'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const kindBit = (kind: SourceKind): number => 1 << SOURCE_KINDS.indexOf(kind);
/** Kinds whose ids name a product on every page (they carry the catalog, not one page's view of it). */
export const CATALOG_WIDE = kindBit('plain') | kindBit('feed');

/** Joins a variant's page (the page's product) into the catalog's group product (variant-pages.ts). */
export type VariantPageJoin = (group: Product, page: Product, info: VariantOf) => Product;

/** One merged product: how fresh its freshest copy was, and which kinds of source gave it (a bit per kind). */
export interface MergedEntry {
  product: Product;
  rank: number;
  kinds: number;
}

/**
 * Products by id, merged; `rank` of each copy decides which is fresher. Keeps first-seen order.
 * A product folded into another (same-product.ts) leaves its id behind as an alias of the kept one.
 */
export class ProductMerger {
  private readonly byId = new Map<string, MergedEntry>();
  private readonly alias = new Map<string, string>();
  /** Page products that are one variant's page: id → what the page said of the variant and its group. */
  private readonly variantPages = new Map<string, VariantOf>();

  /** `join`: how a variant's page joins the group a catalog-wide source brings (set by load). */
  constructor(private readonly join?: VariantPageJoin) {}

  /** The page product `id` is a variant's page: a group from a catalog-wide source takes it in. */
  markVariantPage(id: string, info: VariantOf): void {
    if (this.byId.has(id) && !(this.byId.get(id)!.kinds & CATALOG_WIDE)) this.variantPages.set(id, info);
  }

  /** Variant pages not yet joined to a group, with what they said. */
  pendingVariantPages(): [string, VariantOf][] {
    return [...this.variantPages].filter(([id]) => this.byId.has(id));
  }

  get size(): number {
    return this.byId.size;
  }

  /** The id a product is kept under: its own, or the id of the product it was folded into. */
  resolve(id: string): string {
    let cur = id;
    // Each fold adds at most one step; a product folds at most once per kind of source.
    for (let n = 0; n < 16 && !this.byId.has(cur); n++) {
      const next = this.alias.get(cur);
      if (next === undefined) break;
      cur = next;
    }
    return cur;
  }

  get(id: string): Product | undefined {
    return this.byId.get(this.resolve(id))?.product;
  }

  has(id: string): boolean {
    return this.byId.has(this.resolve(id));
  }

  /** Which kinds of source gave the product (bits of SOURCE_KINDS). */
  kindsOf(id: string): number {
    return this.byId.get(this.resolve(id))?.kinds ?? 0;
  }

  delete(id: string): void {
    this.byId.delete(this.resolve(id));
  }

  /** Products by id, in first-seen order, without copying the map. */
  *entries(): Generator<[string, Product]> {
    for (const [id, e] of this.byId) yield [id, e.product];
  }

  /** The merged entries themselves, in first-seen order (for the same-product pass). */
  records(): IterableIterator<MergedEntry> {
    return this.byId.values();
  }

  /** Folded id → the id its product is kept under (resolved). */
  aliases(): Map<string, string> {
    const out = new Map<string, string>();
    for (const from of this.alias.keys()) out.set(from, this.resolve(from));
    return out;
  }

  /**
   * One product, two ids: merges `from` into `into`, which keeps its id and place; the fresher copy
   * (lower rank; on a tie, `into`) decides what overlay() lets it decide. `from` becomes an alias.
   */
  fold(from: string, into: string): void {
    const a = this.byId.get(from);
    const b = this.byId.get(into);
    if (!a || !b || from === into) return;
    const [stale, fresh] = a.rank < b.rank ? [b.product, a.product] : [a.product, b.product];
    b.product = { ...overlay(stale, fresh), id: into };
    b.rank = Math.min(a.rank, b.rank);
    b.kinds |= a.kinds;
    this.byId.delete(from);
    this.variantPages.delete(from);
    this.alias.set(from, into);
  }

  /**
   * A variant's page `from` is one variant of the group `into` (a catalog-wide copy): joined by `join`
   * (the page's variant onto its twin, what the page says of the whole product by the merge rules);
   * `from` becomes an alias. `alsoAlias`: the page's own id for the variant, when the group's twin has another.
   */
  foldVariantPage(from: string, into: string, alsoAlias?: string): void {
    const a = this.byId.get(from);
    const b = this.byId.get(into);
    const info = this.variantPages.get(from);
    if (!a || !b || from === into || info === undefined || !this.join) return;
    b.product = { ...this.join(b.product, a.product, info), id: into };
    b.rank = Math.min(a.rank, b.rank);
    b.kinds |= a.kinds;
    this.byId.delete(from);
    this.variantPages.delete(from);
    this.alias.set(from, into);
    if (alsoAlias && !this.byId.has(alsoAlias) && !this.alias.has(alsoAlias)) this.alias.set(alsoAlias, into);
  }

  /** A read-only id → product view (for the current-product check while reading). */
  view(): ProductLookup {
    const byId = this.byId;
    return {
      get: (id: string) => this.get(id),
      has: (id: string) => this.has(id),
      [Symbol.iterator]: () => [...byId].map(([id, e]) => [id, e.product] as [string, Product])[Symbol.iterator](),
    };
  }

  /** `kinds`: the bit of the kind of source the copy came from (kindBit). */
  add(product: Product, rank: number, kinds = 0): 'new' | 'merged' {
    const id = this.resolve(product.id);
    if (id !== product.id) product = { ...product, id };
    const existing = this.byId.get(id);
    if (!existing) {
      this.byId.set(id, { product, rank, kinds });
      return 'new';
    }
    // The group a variant's page named, from the feed under the same id: the page's variant joins it.
    const info = this.variantPages.get(id);
    if (info !== undefined && kinds & CATALOG_WIDE && product.variants.length && this.join) {
      existing.product = { ...this.join(product, existing.product, info), id };
      existing.rank = Math.min(rank, existing.rank);
      existing.kinds |= kinds;
      this.variantPages.delete(id);
      return 'merged';
    }
    if (kinds & CATALOG_WIDE) this.variantPages.delete(id);
    // Same rank: the first copy stays authoritative, the later one only fills gaps.
    existing.product = rank < existing.rank ? overlay(existing.product, product) : overlay(product, existing.product);
    existing.rank = Math.min(rank, existing.rank);
    existing.kinds |= kinds;
    return 'merged';
  }

  products(): Product[] {
    return [...this.byId.values()].map((e) => e.product);
  }
}
