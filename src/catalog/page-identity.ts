/**
 * The identity a page gives its own product. A product marked up without sku, productID, gtin, @id or
 * url (common on marketplaces and small themes) is still the product this page is about: its id is the
 * page's canonical URL, else the page URL. Only the page's subject may take it, and only one product
 * (copies of it in several blocks, told apart by title, share it).
 */
import { comparableUrl } from './current.ts';
import { normalizeKey } from './text.ts';

export class PageIdentity {
  private claimedBy: string | undefined;
  /** The id the page's identity was given to, if any. */
  claimedId: string | undefined;
  /** Another id-less product with a different title also wanted it. */
  conflicted = false;
  /** The product the page's JSON-LD is about: id-less markup read later describes the same product. */
  subject: string | undefined;

  /** `url`: the canonical URL (absolute), else the page's own; undefined when the page has none usable. */
  constructor(readonly url: string | undefined) {}

  static of(doc: Document, base: string): PageIdentity {
    const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
    for (const candidate of [canonical, base]) {
      if (!candidate) continue;
      try {
        const u = new URL(candidate, base);
        if (u.protocol === 'http:' || u.protocol === 'https:') {
          u.hash = '';
          return new PageIdentity(u.href);
        }
      } catch {
        // next candidate
      }
    }
    return new PageIdentity(undefined);
  }

  /** The page's id for a product titled `title`, or undefined when another product already has it. */
  claim(title: string | undefined): string | undefined {
    if (this.subject) return this.subject;
    if (!this.url) return undefined;
    const key = normalizeKey(title ?? '');
    if (this.claimedBy === undefined) this.claimedBy = key;
    else if (this.claimedBy !== key) {
      this.conflicted = true;
      return undefined;
    }
    this.claimedId = this.url;
    return this.url;
  }

  adopt(subjectId: string): void {
    this.subject = subjectId;
  }

  /** Whether `href` is this page (for breadcrumbs that end with the page itself). */
  is(href: string | undefined): boolean {
    return !!href && !!this.url && comparableUrl(href) === comparableUrl(this.url);
  }
}
