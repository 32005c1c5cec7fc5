/** One assistant answer: its text (safe markdown), product cards, comparison, review summary, notices. */
import { html, nothing, type TemplateResult } from '../lit.ts';
import type { Answer, AnswerBlock } from '../../assistant/assistant.ts';
import type { Product } from '../../catalog/types.ts';
import type { PriceMemory } from '../../history/price-memory.ts';
import type { AssistantRuntime } from '../../runtime/assistant.ts';
import { stringsFor } from '../../i18n/index.ts';
import '../product-card.ts';
import { renderCompare } from './render-compare.ts';
import { renderMarkdown } from './render-markdown.ts';
import { renderReviews } from './render-reviews.ts';

/** The card's parts, exported as `product-*` so the page can style chat cards with `shop-guide::part(product-title)`. */
const CARD_PARTS = ['card', 'image', 'title', 'price', 'price-memory', 'rating', 'availability', 'back-in-stock', 'reason', 'actions', 'view-link', 'add-to-cart']
  .map((p) => `${p}:product-${p}`)
  .join(', ');

export interface AnswerContext {
  rt: AssistantRuntime;
  isLast: boolean;
  busy: boolean;
  onRetry(): void;
  onProductClick(id: string): void;
  renderSuggestions(list: string[]): TemplateResult;
  /** Price memory: what changed for a product since the shopper looked (from their history). */
  memory?(product: Product): PriceMemory | null;
}

function renderCards(items: { id: string; reason?: string }[], ctx: AnswerContext, heading?: string): TemplateResult | typeof nothing {
  const { rt } = ctx;
  const products = items.map((i) => ({ p: rt.catalog.byId.get(i.id), reason: i.reason })).filter((x): x is { p: Product; reason: string | undefined } => !!x.p);
  if (!products.length) return nothing;
  const list = html`<ul class="cards" part="cards" aria-label=${heading ?? rt.strings.ui.productsLabel(products.length)}>
    ${products.map(
      ({ p, reason }) => html`<li>
        <shop-guide-product-card
          .product=${p}
          .memory=${ctx.memory?.(p) ?? null}
          .reason=${reason ?? ''}
          lang=${rt.lang}
          source="assistant"
          exportparts=${CARD_PARTS}
        ></shop-guide-product-card>
      </li>`,
    )}
  </ul>`;
  // Alternatives are labelled as such, so they are never mistaken for what the shopper asked for.
  return heading ? html`<section class="alternatives" part="alternatives"><h4 class="alternatives-label">${heading}</h4>${list}</section>` : list;
}

function renderBlock(b: AnswerBlock, ctx: AnswerContext): unknown {
  const { rt } = ctx;
  switch (b.kind) {
    case 'products':
      return renderCards(b.items, ctx, b.alternatives);
    case 'compare':
      return renderCompare(b.comparison, rt.catalog.byId, rt.strings, rt.baseUrl, ctx.onProductClick);
    case 'reviews':
      return renderReviews(b.summary, rt.strings);
  }
}

export function renderAnswer(a: Answer, ctx: AnswerContext): TemplateResult {
  const { rt } = ctx;
  const s = rt.strings;
  const working = a.status === 'thinking' || a.status === 'streaming';
  const mdCtx = {
    byId: rt.catalog.byId,
    catalogUrls: rt.catalogUrls,
    baseUrl: rt.baseUrl,
    onProductClick: ctx.onProductClick,
  };
  const ended = a.status === 'done' || a.status === 'stopped' || a.status === 'error';
  return html`<article class="message assistant answer ${a.status}" part="message" aria-busy=${working ? 'true' : 'false'}>
      <span class="visually-hidden">${stringsFor(rt.lang).assistant}: </span>
      ${a.status === 'thinking' && !a.text ? html`<p class="pending"><span class="dots" aria-hidden="true"></span> ${s.ui.thinking}</p>` : nothing}
      ${a.text ? html`<div class="text">${renderMarkdown(a.text, mdCtx)}</div>` : nothing}
      ${a.blocks.map((b) => renderBlock(b, ctx))}
      ${a.notices.map((n) => html`<p class="notice ${n.kind}" part="notice" role="note">${n.text}</p>`)}
      ${ended && a.status !== 'error' && a.mode && a.mode !== 'chat'
        ? html`<p class="source">${a.source === 'model' ? s.ui.modelAnswer : s.ui.retrievalOnly}</p>`
        : nothing}
      ${ctx.isLast && ended && (a.status !== 'done' || a.source === 'model')
        ? html`<button type="button" class="retry" part="retry-button" ?disabled=${ctx.busy} @click=${ctx.onRetry}>${s.ui.retry}</button>`
        : nothing}
    </article>
    ${ctx.isLast && a.status === 'done' && a.suggestions.length ? ctx.renderSuggestions(a.suggestions) : nothing}`;
}
