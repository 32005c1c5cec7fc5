/**
 * Collects what the catalog readers had to drop or repair, and words it as one grouped console
 * warning for the shop owner: counts per reason, a few example locations, and what to fix.
 */
import type { CatalogIssue } from './types.ts';

/** Stable reason codes (documented in the README), with the hint the shop owner sees. */
export const ISSUE_HINTS: Record<string, string> = {
  'malformed-json': 'a JSON block or feed line is not valid JSON',
  'json-ld-cut-short':
    'a JSON-LD block ends in the middle of its JSON: most often a raw </script> inside a string (a review, a description) closed the script early; write it as <\\/script>',
  'json-bom': 'a JSON-LD block starts with a byte-order mark; it was ignored',
  'json-wrapper': 'a JSON-LD block is wrapped in <!-- … --> or CDATA markers; they were ignored',
  'json-control-chars': 'a JSON-LD string holds raw control characters (e.g. a line break); they were escaped',
  'json-trailing-comma': 'a JSON-LD block has a comma before } or ]; it was ignored',
  'json-several-values': 'a JSON-LD block holds several JSON objects one after another; each was read',
  'not-a-catalog': 'JSON without products (expected { "products": [...] } or an array)',
  'not-an-object': 'a product entry is not a JSON object',
  'missing-id': 'a product has no id (id / sku / productID / gtin / url)',
  'missing-title': 'a product has no title (title / name)',
  'json-ld-too-deep': 'a JSON-LD block nests deeper than 12 levels; what lies deeper was not read',
  'duplicate-id': 'two products share one id; the first is kept and gaps are filled from the others',
  'same-product':
    'two sources name one product by different ids (same gtin, sku, mpn or product URL); they were merged under the feed’s id — give it the same id everywhere',
  'variant-group-split':
    'an item of a Merchant item_group_id came after its group was read (far from the group’s other items, or past 500 variants); it is listed as a product of its own — keep a group’s items together in the feed',
  'missing-price': 'a product has no price; it is shown without one',
  'bad-price': 'a price is not a non-negative number; it was removed',
  'bad-currency': 'a currency is not an ISO 4217 code like "USD"; the store currency is used',
  'bad-availability': 'an availability value is not a schema.org ItemAvailability; set to Unknown',
  'bad-rating': 'a rating is out of range or not a number; it was removed',
  'bad-url': 'a URL is malformed or not http(s); it was removed',
  'html-in-text': 'text contained HTML; the markup was stripped',
  'wrong-type': 'a field had the wrong type; it was converted or ignored',
  'too-long': 'a text field was too long and was shortened',
  'too-many-products': 'the catalog exceeds the product limit; the rest was ignored',
  'src-failed': 'catalog-src could not be loaded',
  'src-cross-origin': 'catalog-src must be on the same origin as the page',
  'truncated-json': 'the feed ended in the middle of a product',
  'record-too-large': 'one product (or feed line) is over 2 million characters; it was skipped',
  'bad-store-info': 'the store-info block is malformed',
};

export class IssueLog {
  readonly issues: CatalogIssue[] = [];

  add(reason: string, source: string, action: CatalogIssue['action']): void {
    this.issues.push({ reason, source, action });
  }
}

/** Per-product reporter: each reason is recorded once per product. */
export class ProductIssues {
  private readonly seen = new Set<string>();

  constructor(
    private readonly log: IssueLog,
    public source: string,
  ) {}

  repaired(reason: string): void {
    this.once(reason, 'repaired');
  }

  dropped(reason: string): void {
    this.once(reason, 'dropped');
  }

  /** Reasons not worth reporting here, e.g. HTML in a field a platform documents as HTML (Shopify's body_html). */
  readonly expected = new Set<string>();

  private once(reason: string, action: CatalogIssue['action']): void {
    if (this.expected.has(reason)) return;
    const key = `${reason}|${action}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.log.add(reason, this.source, action);
  }
}

export interface IssueSummaryRow {
  reason: string;
  action: CatalogIssue['action'];
  count: number;
  examples: string[];
  hint: string;
}

export function summarizeIssues(issues: readonly CatalogIssue[]): IssueSummaryRow[] {
  const rows = new Map<string, IssueSummaryRow>();
  for (const i of issues) {
    const key = `${i.action}|${i.reason}`;
    let row = rows.get(key);
    if (!row) {
      row = { reason: i.reason, action: i.action, count: 0, examples: [], hint: ISSUE_HINTS[i.reason] ?? i.reason };
      rows.set(key, row);
    }
    row.count++;
    if (row.examples.length < 3) row.examples.push(i.source);
  }
  return [...rows.values()].sort((a, b) => (a.action === b.action ? b.count - a.count : a.action === 'dropped' ? -1 : 1));
}

/** The one console warning: nothing when there was nothing to report. */
export function warnAboutIssues(issues: readonly CatalogIssue[], kept: number, log: Pick<Console, 'warn'> = console): void {
  if (issues.length === 0) return;
  const rows = summarizeIssues(issues);
  const dropped = rows.filter((r) => r.action === 'dropped').reduce((n, r) => n + r.count, 0);
  const repaired = rows.filter((r) => r.action === 'repaired').reduce((n, r) => n + r.count, 0);
  const lines = rows.map(
    (r) => `  • ${r.action} ×${r.count} ${r.reason}: ${r.hint} (e.g. ${r.examples.join('; ')}${r.count > r.examples.length ? '; …' : ''})`,
  );
  log.warn(
    `[shop-guide] catalog: kept ${kept} product${kept === 1 ? '' : 's'}; ${dropped} item${dropped === 1 ? '' : 's'} dropped, ${repaired} repaired.\n${lines.join('\n')}\nThe full list is in the object below. See the README, "Catalog formats".`,
    { issues },
  );
}
