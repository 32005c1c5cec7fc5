/** Review summary: average, a small rating-distribution bar chart, and what reviewers like and dislike. */
import { html, nothing, type TemplateResult } from '../lit.ts';
import { cssProps } from '../css-props.ts';
import type { ReviewSummary } from '../../assistant/reviews.ts';
import { formatNumber } from '../../assistant/format.ts';
import type { AssistantStrings } from '../../i18n/assistant/types.ts';

export function renderReviews(r: ReviewSummary, s: AssistantStrings): TemplateResult {
  const total = r.distribution.reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...r.distribution);
  const points = (title: string, list: ReviewSummary['pros'], kind: string) => html`<div class="points ${kind}">
    <h4>${title}</h4>
    ${list.length
      ? html`<ul>
          ${list.map((p) => html`<li>${p.text}${p.count > 1 ? html` <span class="count">(${s.mentionedBy(p.count)})</span>` : nothing}</li>`)}
        </ul>`
      : html`<p class="muted">${s.nothingNoted}</p>`}
  </div>`;
  return html`<section class="reviews-summary" part="review-summary" aria-label=${s.reviewsTitle}>
    <h3>${s.reviewsTitle}</h3>
    ${r.average !== null
      ? html`<p class="average"><span class="big">${formatNumber(r.average, s.locale)}</span><span aria-hidden="true"> ★</span>
          <span class="muted">${s.ratingText(r.average, r.ratingCount)}</span></p>`
      : nothing}
    ${total
      ? html`<table class="distribution">
          <caption class="visually-hidden">${s.distributionLabel}</caption>
          <tbody>
            ${[5, 4, 3, 2, 1].map((stars) => {
              const n = r.distribution[stars - 1]!;
              return html`<tr>
                <th scope="row"><span aria-hidden="true">${stars}★</span><span class="visually-hidden">${s.starsRow(stars, n, total)}</span></th>
                <td class="bar-cell" aria-hidden="true"><span class="bar" style=${cssProps({ width: `${Math.round((n / max) * 100)}%` })}></span></td>
                <td class="n" aria-hidden="true">${n}</td>
              </tr>`;
            })}
          </tbody>
        </table>`
      : nothing}
    <div class="pros-cons">${points(s.prosTitle, r.pros, 'pros')} ${points(s.consTitle, r.cons, 'cons')}</div>
    ${r.excluded ? html`<p class="muted small">${s.reviewsExcluded(r.excluded)}</p>` : nothing}
  </section>`;
}
