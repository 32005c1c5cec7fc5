import { css, unsafeCSS } from './lit.ts';
import { themeTokensText } from './theme-tokens.ts';

/**
 * Two-tier theming shared by every shop-guide element: the public `--shop-guide-*` tokens (README,
 * "Theming") feed private `--_*` variables. Interpolate inside a `:host { }` rule.
 */
export const themeTokens = unsafeCSS(themeTokensText);

/** Text for screen readers only. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
