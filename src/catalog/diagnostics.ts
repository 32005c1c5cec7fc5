/**
 * The catalog check for shop owners (`guide.diagnostics()`, the `debug` attribute): what was read from
 * which source, which products lack what good answers need (a category, a stock state, a price …), and
 * every warning with its hint — in the spirit of Google's Rich Results Test, computed on the page.
 */
import { summarizeIssues, type IssueSummaryRow } from './issues.ts';
import type { Catalog, CatalogIssue, Product } from './types.ts';

/** Fields the assistant needs for good answers, and how to tell a product lacks one. */
const NEEDED: { field: string; why: string; lacks: (p: Product) => boolean }[] = [
  { field: 'price', why: 'price questions and filters ("under $50")', lacks: (p) => p.price === undefined },
  { field: 'category', why: 'browsing and "show me jackets"', lacks: (p) => p.categories.length === 0 },
  { field: 'availability', why: '"in stock" filters (no stock state given)', lacks: (p) => p.availability === 'Unknown' },
  { field: 'description', why: 'matching what shoppers describe', lacks: (p) => !p.description },
  { field: 'image', why: 'product cards', lacks: (p) => p.images.length === 0 },
  { field: 'url', why: 'links to the product page', lacks: (p) => !p.url },
  { field: 'brand', why: 'brand questions', lacks: (p) => !p.brand },
];

export interface MissingField {
  field: string;
  why: string;
  count: number;
  /** A few products that lack it: "id — title". */
  examples: string[];
}

export interface CatalogReport {
  products: number;
  /** The product this page is about, when it is a product page. */
  currentProduct?: { id: string; title: string };
  /** Products each source gave (a product found in two sources counts in both). */
  bySource: Record<string, number>;
  feed?: { src: string; format?: string; products: number };
  missing: MissingField[];
  /** Issues grouped by reason, with the hint for fixing them. */
  summary: IssueSummaryRow[];
  /** Every issue, as read. */
  issues: CatalogIssue[];
}

const MAX_EXAMPLES = 5;

export function diagnoseCatalog(catalog: Catalog): CatalogReport {
  const missing = NEEDED.map((n) => ({ field: n.field, why: n.why, count: 0, examples: [] as string[] }));
  for (const p of catalog.products) {
    for (let i = 0; i < NEEDED.length; i++) {
      if (!NEEDED[i]!.lacks(p)) continue;
      const m = missing[i]!;
      m.count++;
      if (m.examples.length < MAX_EXAMPLES) m.examples.push(`${p.id} — ${p.title}`);
    }
  }
  const current = catalog.currentProductId ? catalog.byId.get(catalog.currentProductId) : undefined;
  return {
    products: catalog.products.length,
    ...(current ? { currentProduct: { id: current.id, title: current.title } } : {}),
    bySource: { ...(catalog.sources?.bySource ?? {}) },
    ...(catalog.sources?.feed ? { feed: { ...catalog.sources.feed } } : {}),
    missing: missing.filter((m) => m.count > 0),
    summary: summarizeIssues(catalog.issues),
    issues: [...catalog.issues],
  };
}
