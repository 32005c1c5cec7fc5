/** The comparison table: products as columns, attributes as rows; differences and best values marked. */
import { html, nothing, type TemplateResult } from '../lit.ts';
import type { Product } from '../../catalog/types.ts';
import type { CompareCell, Comparison } from '../../assistant/compare.ts';
import { formatPrice } from '../../assistant/format.ts';
import { absolute } from '../../assistant/verify.ts';
import { sanitizeUntrusted } from '../../assistant/untrusted.ts';
import type { AssistantStrings } from '../../i18n/assistant/types.ts';

function cell(c: CompareCell, s: AssistantStrings): unknown {
  switch (c.kind) {
    case 'price':
      if (c.price === undefined) return s.noValue;
      return html`${formatPrice(c.price, c.currency, s.locale)}${c.listPrice && c.listPrice > c.price
        ? html` <s class="was">${s.wasPrice(formatPrice(c.listPrice, c.currency, s.locale))}</s>`
        : nothing}`;
    case 'rating':
      return c.value === undefined ? s.noValue : s.ratingText(c.value, c.count);
    case 'availability':
      return s.availability(c.value);
    case 'text':
      return c.value ?? s.noValue;
  }
}

export function renderCompare(
  c: Comparison,
  byId: ReadonlyMap<string, Product>,
  s: AssistantStrings,
  baseUrl: string,
  onProductClick: (id: string) => void,
): TemplateResult {
  const products = c.ids.map((id) => byId.get(id)).filter((p): p is Product => !!p);
  return html`<div class="compare" part="compare-table" role="region" aria-label=${s.compareCaption} tabindex="0">
    <table>
      <caption class="visually-hidden">${s.compareCaption}</caption>
      <thead>
        <tr>
          <td></td>
          ${products.map((p) => {
            const href = absolute(p.url, baseUrl);
            const title = sanitizeUntrusted(p.title);
            return html`<th scope="col">${href ? html`<a href=${href} @click=${() => onProductClick(p.id)}>${title}</a>` : title}</th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${c.rows.map(
          (r) => html`<tr class=${r.differs ? 'differs' : ''}>
            <th scope="row">${r.label}</th>
            ${r.cells.map(
              (x, i) => html`<td class=${r.best === i ? 'best' : ''}>
                ${cell(x, s)}${r.best === i ? html` <span class="best-mark">${s.bestMark}</span>` : nothing}
              </td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
