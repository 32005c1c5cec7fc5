import { css } from './lit.ts';
import { themeTokens, visuallyHidden } from './theme.styles.ts';

/** Loaded with the recommendations chunk; themed through the public `--shop-guide-*` tokens. */
export const recsStyles = [
  visuallyHidden,
  css`
  :host {
    ${themeTokens}
    --_card-width: var(--shop-guide-card-width, 200px);
    font-family: var(--_font);
    color: var(--_text);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 2px 2px 8px;
    display: grid;
    gap: 12px;
    grid-auto-flow: column;
    grid-auto-columns: minmax(160px, var(--_card-width));
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x proximity;
  }
  :host([layout='grid']) .list {
    grid-auto-flow: row;
    grid-template-columns: repeat(auto-fill, minmax(160px, 1fr));
    overflow: visible;
  }
  .list > li {
    display: flex;
    scroll-snap-align: start;
    min-width: 0;
  }
  .list shop-guide-product-card {
    flex: 1;
  }
  .status {
    margin: 0;
    padding: 12px 0;
    color: var(--_muted);
    font-size: 14px;
  }
  .skeleton {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(160px, var(--_card-width));
    gap: 12px;
    overflow: hidden;
  }
  .skeleton span {
    height: 280px;
    border-radius: 10px;
    background: var(--_surface-alt);
  }
  .notice {
    display: flex;
    gap: 8px;
    align-items: center;
    margin: 0 0 8px;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    font-size: 13.5px;
    color: var(--_text);
    background: var(--_surface-alt);
  }
  .notice p {
    margin: 0;
    flex: 1;
  }
  .notice button {
    min-height: 32px;
    padding: 4px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .notice button:focus-visible {
    outline: 3px solid color-mix(in srgb, var(--_accent) 55%, white);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: pulse 1.4s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.55;
      }
    }
  }
`,
];
