/**
 * Which product this page is about. In order: an explicit owner hint (`<meta name="shop-guide:product">`
 * or a `data-shop-guide-product` attribute), the page's own JSON-LD subject (WebPage.mainEntity, or
 * the one top-level Product / ProductGroup), then a product whose URL is this page's (canonical) URL.
 */
import type { Product } from './types.ts';

export interface CurrentProductHints {
  /** Ids from the owner's explicit hint. */
  explicit?: string;
  /** Products that are the subject of the page's JSON-LD (mainEntity first). */
  mainIds: string[];
  primaryIds: string[];
  pageUrls: string[];
}

export function explicitHint(doc: Document): string | undefined {
  const meta = doc.querySelector('meta[name="shop-guide:product"]')?.getAttribute('content')?.trim();
  if (meta) return meta;
  return doc.querySelector('[data-shop-guide-product]')?.getAttribute('data-shop-guide-product')?.trim() || undefined;
}

export function pageUrls(doc: Document): string[] {
  const out: string[] = [];
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  for (const u of [canonical, doc.URL]) {
    if (!u) continue;
    try {
      out.push(comparableUrl(new URL(u, doc.baseURI).href));
    } catch {
      // ignore
    }
  }
  return out;
}

/** An absolute href without hash, query or a trailing slash / index.html, for matching product pages. String work only: it runs per product. */
export function comparableUrl(href: string): string {
  let end = href.length;
  const q = href.indexOf('?');
  const h = href.indexOf('#');
  if (q >= 0) end = q;
  if (h >= 0 && h < end) end = h;
  return href.slice(0, end).replace(/\/index\.html?$/, '/').replace(/\/$/, '');
}

/** What the current-product check needs of a product map. */
export type ProductLookup = Pick<ReadonlyMap<string, Product>, 'get' | 'has' | typeof Symbol.iterator>;

export function detectCurrentProduct(byId: ProductLookup, hints: CurrentProductHints): string | undefined {
  if (hints.explicit && byId.has(hints.explicit)) return hints.explicit;
  const main = hints.mainIds.find((id) => byId.has(id));
  if (main) return main;
  const primaries = [...new Set(hints.primaryIds)].filter((id) => byId.has(id));
  const urlMatch = (ids: Iterable<string>) => {
    for (const id of ids) {
      const u = byId.get(id)?.url;
      if (u && hints.pageUrls.includes(comparableUrl(u))) return id;
    }
    return undefined;
  };
  if (primaries.length === 1) return primaries[0];
  if (primaries.length > 1) {
    // Several top-level products: the one this URL is about, else the first when there are only a few
    // (a product page with an accessory); many of them is a listing page.
    // Products that each link to a page other than this one are a listing's entries (a category page).
    const elsewhere = (id: string) => {
      const u = byId.get(id)?.url;
      return !!u && hints.pageUrls.length > 0 && !hints.pageUrls.includes(comparableUrl(u));
    };
    return urlMatch(primaries) ?? (primaries.length <= 3 && !primaries.every(elsewhere) ? primaries[0] : undefined);
  }
  if (hints.pageUrls.length === 0) return undefined;
  // One string comparison per product: this runs over the whole catalog.
  for (const [id, p] of byId) {
    const u = p.url;
    if (u && hints.pageUrls.some((page) => u.startsWith(page)) && hints.pageUrls.includes(comparableUrl(u))) return id;
  }
  return undefined;
}
