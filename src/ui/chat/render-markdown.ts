/**
 * Renders the safe markdown tree (src/assistant/markdown.ts) with Lit. Every piece of text goes through
 * a text binding, so nothing a model, a review or a catalog wrote can become markup. Links exist only for
 * URLs the parser's `resolveLink` approved (catalog product pages); `[[id]]` mentions become links to the
 * product's own page, named by its catalog title.
 */
import { html, nothing, type TemplateResult } from '../lit.ts';
import type { Product } from '../../catalog/types.ts';
import { parseMarkdown, type Block, type Inline } from '../../assistant/markdown.ts';
import { absolute } from '../../assistant/verify.ts';
import type { UrlLookup } from '../../assistant/catalog-urls.ts';
import { sanitizeUntrusted } from '../../assistant/untrusted.ts';

export interface MarkdownContext {
  byId: ReadonlyMap<string, Product>;
  /** Catalog product URLs (absolute) → product id: the only links allowed. */
  catalogUrls: UrlLookup;
  baseUrl: string;
  onProductClick(id: string): void;
}

function inline(nodes: Inline[], ctx: MarkdownContext): unknown[] {
  return nodes.map((n) => {
    switch (n.t) {
      case 'text':
        return n.v;
      case 'br':
        return html`<br />`;
      case 'strong':
        return html`<strong>${inline(n.c, ctx)}</strong>`;
      case 'em':
        return html`<em>${inline(n.c, ctx)}</em>`;
      case 'code':
        return html`<code>${n.v}</code>`;
      case 'link':
        return html`<a href=${n.href} @click=${() => ctx.catalogUrls.get(n.href) && ctx.onProductClick(ctx.catalogUrls.get(n.href)!)}>${inline(n.c, ctx)}</a>`;
      case 'product': {
        const p = ctx.byId.get(n.id);
        if (!p) return nothing;
        const title = sanitizeUntrusted(p.title);
        const href = absolute(p.url, ctx.baseUrl);
        return href
          ? html`<a class="mention" href=${href} @click=${() => ctx.onProductClick(p.id)}>${title}</a>`
          : html`<strong class="mention">${title}</strong>`;
      }
    }
  });
}

function block(b: Block, ctx: MarkdownContext): TemplateResult {
  switch (b.t) {
    case 'p':
      return html`<p>${inline(b.c, ctx)}</p>`;
    case 'h':
      return html`<p><strong>${inline(b.c, ctx)}</strong></p>`;
    case 'ul':
      return html`<ul>${b.items.map((i) => html`<li>${inline(i, ctx)}</li>`)}</ul>`;
    case 'ol':
      return html`<ol start=${b.start}>${b.items.map((i) => html`<li>${inline(i, ctx)}</li>`)}</ol>`;
  }
}

export function renderMarkdown(text: string, ctx: MarkdownContext): TemplateResult {
  const blocks = parseMarkdown(text, {
    isProduct: (id) => ctx.byId.has(id),
    resolveLink: (href) => {
      const abs = absolute(href, ctx.baseUrl);
      return abs && ctx.catalogUrls.has(abs) ? abs : null;
    },
  });
  return html`${blocks.map((b) => block(b, ctx))}`;
}
