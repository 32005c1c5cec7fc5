import { css } from './lit.ts';
import { themeTokens, visuallyHidden } from './theme.styles.ts';

/** Themed through the public `--shop-guide-*` tokens; narrow containers stack, wide ones lay out in a row. */
export const productCardStyles = [
  visuallyHidden,
  css`
  :host {
    ${themeTokens}
    display: block;
    container-type: inline-size;
    min-width: 0;
    font-family: var(--_font);
    font-size: 14px;
    line-height: 1.4;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 6px;
    height: 100%;
    padding: 10px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.7);
    background: var(--_surface);
  }
  .media {
    display: block;
    aspect-ratio: 1;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 4px;
    flex: 1;
    min-width: 0;
  }
  .title {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  a.media,
  a.title-link {
    color: inherit;
    text-decoration: none;
  }
  .price {
    margin: 0;
    font-weight: 600;
  }
  .price del {
    margin-inline-start: 6px;
    font-weight: 400;
    color: var(--_muted);
  }
  .price .sale {
    color: var(--shop-guide-sale, #b91c1c);
  }
  .price .price-memory {
    margin-inline-start: 4px;
    font-size: 12.5px;
    font-weight: 400;
    color: var(--_muted);
  }
  .meta {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    align-items: center;
    font-size: 12.5px;
    color: var(--_muted);
  }
  .stars {
    position: relative;
    display: inline-block;
    font-size: 13px;
    letter-spacing: 1px;
    color: var(--_border);
  }
  .stars::before {
    content: '★★★★★';
  }
  .stars .fill {
    position: absolute;
    inset: 0 auto 0 0;
    overflow: hidden;
    white-space: nowrap;
    color: var(--shop-guide-star, #f59e0b);
  }
  .stars .fill::before {
    content: '★★★★★';
  }
  .availability.in {
    color: var(--shop-guide-in-stock, #15803d);
  }
  .availability.back {
    font-weight: 600;
  }
  .availability.out {
    color: var(--shop-guide-sale, #b91c1c);
  }
  .reason {
    margin: 0;
    font-size: 12.5px;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: auto;
    padding-top: 4px;
  }
  .actions a,
  .actions button {
    flex: 1 1 auto;
    min-height: 36px;
    padding: 6px 10px;
    border-radius: 8px;
    font: 600 13px/1.2 var(--_font);
    text-align: center;
    cursor: pointer;
  }
  .actions a {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    text-decoration: none;
  }
  .actions .add {
    border: none;
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .actions .add[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .dismiss {
    position: absolute;
    top: 6px;
    inset-inline-end: 6px;
    width: 32px;
    height: 32px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_muted);
    font: 18px/1 var(--_font);
    cursor: pointer;
  }
  .card {
    position: relative;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid color-mix(in srgb, var(--_accent) 55%, white);
    outline-offset: 2px;
  }
  /* Wide enough: image beside the text. */
  @container (min-width: 420px) {
    .card {
      flex-direction: row;
      align-items: stretch;
      gap: 12px;
    }
    .media {
      flex: none;
      width: 120px;
      height: 120px;
    }
    .actions {
      flex-wrap: nowrap;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .actions a,
    .actions button {
      transition: filter 0.15s;
    }
    .actions a:hover,
    .actions button:not([disabled]):hover {
      filter: brightness(0.95);
    }
  }
  @media (forced-colors: active) {
    .actions .add,
    .actions a {
      border: 1px solid ButtonText;
    }
  }
`,
];
