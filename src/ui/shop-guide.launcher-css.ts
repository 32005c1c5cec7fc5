import { themeTokensText } from './theme-tokens.ts';

/**
 * The first script's styles for `<shop-guide>`: the host (position, theme tokens, `all: initial` so the
 * page's inherited styles stop at it) and the launcher. Plain text, no Lit; the panel's styles arrive with it.
 * The host is in the page's light DOM, so page rules like `* { all: unset !important }` reach it; an
 * !important :host declaration beats the page's !important one, so what places the widget is !important.
 */
export const launcherCss =
  `:host{all:initial;${themeTokensText}--_width:var(--shop-guide-panel-width,400px);--_height:var(--shop-guide-panel-height,min(680px,calc(100vh - 110px)));--_offset:var(--shop-guide-offset,20px);--_shadow:var(--shop-guide-shadow,0 12px 40px rgba(15,23,42,.22));` +
  `display:block!important;position:fixed!important;inset:auto var(--_offset) var(--_offset) auto!important;z-index:var(--shop-guide-z-index,2147483000)!important;margin:0!important;padding:0!important;border:0!important;transform:none!important;visibility:visible!important;opacity:1!important;box-sizing:border-box!important;` +
  `font-family:var(--_font)!important;font-size:15px!important;font-weight:400!important;line-height:1.45!important;letter-spacing:normal!important;text-align:start!important;color:var(--_text)!important;-webkit-text-size-adjust:100%}` +
  `:host([position='bottom-left']){inset:auto auto var(--_offset) var(--_offset)!important}:host([position='inline']){position:relative!important;inset:auto!important;z-index:auto!important}:host([hidden]),[hidden]{display:none!important}` +
  `*,*::before,*::after{box-sizing:border-box}` +
  `.launcher{display:inline-flex;align-items:center;justify-content:center;gap:8px;min-width:56px;height:56px;padding:0 18px;border:none;border-radius:999px;background:var(--_accent);color:var(--_accent-contrast);font:600 15px/1 var(--_font);box-shadow:var(--_shadow);cursor:pointer}` +
  `.launcher svg{width:24px;height:24px;flex:none}` +
  `.launcher:focus-visible,button:focus-visible,textarea:focus-visible{outline:3px solid color-mix(in srgb,var(--_accent) 55%,white);outline-offset:2px}` +
  `:host([open]) .launcher{display:none}`;
