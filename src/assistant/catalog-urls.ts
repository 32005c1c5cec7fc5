/**
 * The catalog's product-page URLs → product id, without building a map of the whole catalog at once
 * (at 100k products that map took a 1 s task on the first answer). A lookup scans the products with a
 * plain string comparison (the catalog reader already made their URLs absolute), remembers the answer,
 * and stops at the first match; a URL that is not in the catalog costs one scan, then is remembered too.
 * Model answers carry a handful of links, so a few scans per answer is all it ever does.
 */
import type { Product } from '../catalog/types.ts';
import { absolute } from './link-url.ts';

/** What verification and the markdown renderer ask of the catalog's URLs. */
export interface UrlLookup {
  get(absoluteUrl: string): string | undefined;
  has(absoluteUrl: string): boolean;
}

/** Remembered answers (hits and misses) kept per catalog; links repeat on every streamed chunk. */
const MEMO_LIMIT = 512;

export class CatalogUrlIndex implements UrlLookup {
  private readonly memo = new Map<string, string | null>();

  constructor(
    private readonly products: readonly Product[],
    private readonly baseUrl: string,
  ) {}

  get(absoluteUrl: string): string | undefined {
    const known = this.memo.get(absoluteUrl);
    if (known !== undefined) return known ?? undefined;
    const id = this.scan(absoluteUrl);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(absoluteUrl, id ?? null);
    return id;
  }

  has(absoluteUrl: string): boolean {
    return this.get(absoluteUrl) !== undefined;
  }

  private scan(target: string): string | undefined {
    const base = this.baseUrl;
    const matches = (u: string | undefined): boolean => {
      if (!u) return false;
      if (u === target) return true;
      // Absolute without a fragment (what the catalog reader stores): equality was the whole test.
      if ((u.startsWith('https://') || u.startsWith('http://')) && !u.includes('#')) return false;
      // Relative (catalogs built by hand) or with a fragment: resolve it as the verifier does.
      return absolute(u, base) === target;
    };
    const products = this.products;
    for (let i = 0; i < products.length; i++) {
      const p = products[i]!;
      if (matches(p.url)) return p.id;
      for (let k = 0; k < p.offers.length; k++) if (matches(p.offers[k]!.url)) return p.id;
    }
    return undefined;
  }
}
