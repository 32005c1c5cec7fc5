import { css } from './lit.ts';
import { themeTokens, visuallyHidden } from './theme.styles.ts';

/** Same two-tier theming as <shop-guide>: public `--shop-guide-*` tokens feed private variables. */
export const modelStatusStyles = [
  visuallyHidden,
  css`
  :host {
    ${themeTokens}
    display: block;
    font-family: var(--_font);
    font-size: 13px;
    line-height: 1.45;
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
    gap: 8px;
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.7);
    background: var(--_surface);
  }
  .card.compact {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    padding: 6px 10px;
  }
  .card.error {
    border-color: color-mix(in srgb, #b45309 45%, var(--_border));
  }
  p {
    margin: 0;
  }
  .main:focus {
    outline: none;
  }
  .note {
    color: var(--_muted);
  }
  .compact .main {
    flex: 1 1 12em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  button {
    min-height: 32px;
    padding: 4px 12px;
    border-radius: 8px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    font: 600 13px/1.2 var(--_font);
    cursor: pointer;
  }
  button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  button.link {
    min-height: 0;
    padding: 2px 4px;
    border: none;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    font-weight: 500;
  }
  button:focus-visible {
    outline: 3px solid color-mix(in srgb, var(--_accent) 55%, white);
    outline-offset: 2px;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .bar {
    height: 8px;
    border-radius: 999px;
    background: var(--_border);
    overflow: hidden;
  }
  .fill {
    height: 100%;
    border-radius: inherit;
    background: var(--_accent);
    transition: width 200ms linear;
  }
  .bar.indeterminate .fill {
    width: 30%;
    animation: slide 1.2s ease-in-out infinite;
  }
  @keyframes slide {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(340%);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
    .bar.indeterminate .fill {
      animation: none;
      width: 100%;
      opacity: 0.4;
    }
  }
`,
];
