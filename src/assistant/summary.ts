/**
 * The answer summary `guide.ask()` resolves to: what the shopper was told and shown, in plain data, so a
 * shop can build its own UI and tests can check answers without reading the shadow DOM. Built from the
 * grounding (the facts retrieval found) and the finished answer; nothing here is guessed from text.
 */
import type { Catalog } from '../catalog/types.ts';
import type { PriceMemory } from '../history/price-memory.ts';
import { parseMarkdown, type Inline } from './markdown.ts';
import type { Grounding, ResultMode } from './grounding-types.ts';
import { statedIn } from './remembered-prices.ts';

export type AnswerKind = 'search' | 'product' | 'compare' | 'pick' | 'recommend' | 'gift' | 'deals' | 'reviews' | 'store' | 'chat' | 'more' | 'unknown';
export type AnswerOutcome = 'ok' | 'empty' | 'not-sold' | 'relaxed' | 'no-reviews' | 'unavailable' | 'error';

export interface AnswerSummary {
  kind: AnswerKind;
  status: AnswerOutcome;
  /** The answer as shown, as plain text (product references replaced by their titles). */
  text: string;
  /** Product cards shown, in shown order (alternatives excluded). */
  productIds: string[];
  /** Cards shown labelled as alternatives (nothing matched, or the shop does not sell what was asked). */
  alternativeIds: string[];
  /** Products in a comparison, in column order. */
  comparedIds: string[];
  /** The product the answer is about (the page's product or one the shopper pointed at). */
  subjectId?: string;
  /** For a yes/no question about one product: the catalog's answer. */
  verdict?: 'yes' | 'no' | 'unknown';
  /** For "which one is lighter / cheaper / better for …": the product picked. */
  pickId?: string;
  /** What was relaxed to find anything ('relaxed' answers), e.g. ['price', 'colour']. */
  relaxed?: string[];
  /**
   * Price memory: for the products whose price or stock the answer states (and every product of a "has
   * anything I looked at dropped in price?" answer), what the shopper's history remembers that differs
   * from now — `drop` / `rise` ({ was, at, now, currency }), `backInStock` ({ at }). From the history and
   * the catalog, never from text.
   */
  priceMemory?: PriceMemory[];
  /** Who wrote the text. */
  source: 'retrieval' | 'model';
}

const KIND: Record<ResultMode, AnswerKind> = {
  search: 'search',
  refined: 'search',
  relaxed: 'search',
  none: 'search',
  recommend: 'recommend',
  'cold-start': 'recommend',
  bundle: 'recommend',
  'deal-cheapest': 'deals',
  'deal-sale': 'deals',
  'deal-value': 'deals',
  compare: 'compare',
  reviews: 'reviews',
  product: 'product',
  shop: 'store',
  chat: 'chat',
  gift: 'gift',
  pick: 'pick',
  more: 'more',
  'not-sold': 'search',
};

function kindOf(g: Grounding): AnswerKind {
  if (g.mode === 'none') {
    const k = g.intent.kind;
    if (k === 'compare') return 'compare';
    if (k === 'recommend') return g.gift ? 'gift' : 'recommend';
    if (k === 'best-deal') return 'deals';
    if (k === 'product-question') return 'product';
    if (k === 'review-summary') return 'reviews';
    if (k === 'bundle') return 'recommend';
  }
  if (g.mode === 'recommend' || g.mode === 'cold-start') return g.gift ? 'gift' : 'recommend';
  return KIND[g.mode] ?? 'unknown';
}

function statusOf(g: Grounding): AnswerOutcome {
  if (g.mode === 'not-sold') return 'not-sold';
  if (g.mode === 'relaxed' || (g.relaxed?.length ?? 0) > 0) return 'relaxed';
  if (g.mode === 'reviews' && !g.reviews?.reviewCount) return 'no-reviews';
  if (g.mode === 'none') return 'empty';
  if (g.mode === 'shop' && g.storeAnswer?.unknown) return 'empty';
  return 'ok';
}

function inlineText(c: Inline[], title: (id: string) => string): string {
  return c
    .map((i) => (i.t === 'text' || i.t === 'code' ? i.v : i.t === 'product' ? title(i.id) : i.t === 'br' ? '\n' : inlineText(i.c, title)))
    .join('');
}

/** Verified answer markdown → the plain text a shopper reads. */
export function plainText(markdown: string, catalog: Catalog): string {
  const title = (id: string) => catalog.byId.get(id)?.title ?? '';
  return parseMarkdown(markdown, { isProduct: (id) => catalog.byId.has(id) })
    .map((b) => (b.t === 'ul' || b.t === 'ol' ? b.items.map((it) => `- ${inlineText(it, title)}`).join('\n') : inlineText(b.c, title)))
    .join('\n\n')
    .trim();
}

export function summarize(g: Grounding, text: string, source: 'model' | 'template', catalog: Catalog, shownIds: string[]): AnswerSummary {
  const alternatives = new Set(g.alternatives?.map((p) => p.product.id) ?? []);
  const summary: AnswerSummary = {
    kind: kindOf(g),
    status: statusOf(g),
    text: plainText(text, catalog),
    productIds: g.mode === 'compare' ? [] : shownIds.filter((id) => !alternatives.has(id)),
    alternativeIds: [...alternatives],
    comparedIds: g.comparison?.ids ?? [],
    source: source === 'model' ? 'model' : 'retrieval',
  };
  const subject = g.subject?.id ?? (g.mode === 'product' ? g.current?.id : undefined);
  if (subject) summary.subjectId = subject;
  if (g.verdict) summary.verdict = g.verdict;
  if (g.pick) summary.pickId = g.pick.id;
  if (g.relaxed?.length) summary.relaxed = [...g.relaxed];
  // What the answer says of them: an answer about stock says only a restock.
  const remembered = statedIn(g).flatMap(({ product, part }) => {
    const m = g.remembered?.get(product.id);
    return m && (part === 'price' || m.backInStock) ? [m] : [];
  });
  if (remembered.length) summary.priceMemory = remembered;
  return summary;
}

/** The summary of an answer that could not be produced. */
export function failedSummary(text: string): AnswerSummary {
  return { kind: 'unknown', status: 'error', text, productIds: [], alternativeIds: [], comparedIds: [], source: 'retrieval' };
}
