/**
 * Merges copies of one product found in several places. Freshness decides the changing facts (price,
 * offers, availability, rating): the page's own JSON-LD beats its plain catalog block, which beats the
 * `catalog-src` feed (which may be cached). The richer copy fills whatever the fresher one lacks.
 */
import type { Product } from './types.ts';

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
    offers: fresh.offers.length ? fresh.offers : stale.offers,
    reviews: unionBy(fresh.reviews, stale.reviews, (r) => `${r.author ?? ''}|${r.title ?? ''}|${r.body.slice(0, 80)}`, 500),
    attributes: { ...stale.attributes, ...fresh.attributes },
    images: unionBy(fresh.images, stale.images, (x) => x, 20),
    variants: fresh.variants.length ? fresh.variants : stale.variants,
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
    if (fresh.listPrice !== undefined) out.listPrice = fresh.listPrice;
    else delete out.listPrice;
  }
  if (fresh.brand) out.brand = fresh.brand;
  if (fresh.rating) out.rating = fresh.rating;
  if (fresh.url) out.url = fresh.url;
  if (fresh.sku) out.sku = fresh.sku;
  if (fresh.gtin) out.gtin = fresh.gtin;
  if (fresh.releaseDate) out.releaseDate = fresh.releaseDate;
  if (fresh.attributeLabels || stale.attributeLabels) out.attributeLabels = { ...stale.attributeLabels, ...fresh.attributeLabels };
  return out;
}

/** Products by id, merged; `rank` of each copy decides which is fresher. Keeps first-seen order. */
export class ProductMerger {
  private readonly byId = new Map<string, { product: Product; rank: number }>();

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Product | undefined {
    return this.byId.get(id)?.product;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  add(product: Product, rank: number): 'new' | 'merged' {
    const existing = this.byId.get(product.id);
    if (!existing) {
      this.byId.set(product.id, { product, rank });
      return 'new';
    }
    // Same rank: the first copy stays authoritative, the later one only fills gaps.
    existing.product = rank < existing.rank ? overlay(existing.product, product) : overlay(product, existing.product);
    existing.rank = Math.min(rank, existing.rank);
    return 'merged';
  }

  products(): Product[] {
    return [...this.byId.values()].map((e) => e.product);
  }
}
