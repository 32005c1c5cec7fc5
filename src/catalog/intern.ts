/**
 * One copy of each short string products repeat — category names, brands, currencies, attribute and
 * variant values, offer sellers, review dates — instead of one per product as the feed's parser made
 * them. At 100k products these copies were tens of MB of the page's heap (and of what its garbage
 * collector walks); the values are the same strings, so nothing reads differently.
 */
import type { Product } from './types.ts';

/** Longer strings are seldom repeated (titles, descriptions, review text): not worth a lookup. */
const MAX_LENGTH = 64;

export class StringPool {
  private readonly strings = new Map<string, string>();

  of<T extends string | undefined>(s: T): T {
    if (s === undefined || s.length > MAX_LENGTH) return s;
    const known = this.strings.get(s);
    if (known !== undefined) return known as T;
    this.strings.set(s, s);
    return s;
  }

  private values(record: Record<string, string | string[]>): void {
    for (const key in record) {
      const v = record[key]!;
      if (typeof v === 'string') record[key] = this.of(v);
      else for (let i = 0; i < v.length; i++) v[i] = this.of(v[i]!);
    }
  }

  /** Replaces the product's repeated strings by the pool's copies, in place. */
  product(p: Product): void {
    const cats = p.categories;
    for (let i = 0; i < cats.length; i++) cats[i] = this.of(cats[i]!);
    if (p.brand !== undefined) p.brand = this.of(p.brand);
    if (p.currency !== undefined) p.currency = this.of(p.currency);
    this.values(p.attributes);
    if (p.attributeLabels) this.values(p.attributeLabels);
    for (const o of p.offers) {
      o.currency = this.of(o.currency);
      if (o.seller !== undefined) o.seller = this.of(o.seller);
      if (o.priceValidUntil !== undefined) o.priceValidUntil = this.of(o.priceValidUntil);
    }
    for (const v of p.variants) this.values(v.attributes);
    for (const r of p.reviews) {
      if (r.date !== undefined) r.date = this.of(r.date);
      if (r.author !== undefined) r.author = this.of(r.author);
    }
    if (p.releaseDate !== undefined) p.releaseDate = this.of(p.releaseDate);
  }
}
