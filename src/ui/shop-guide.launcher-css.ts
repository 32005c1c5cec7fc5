import { themeTokensText } from './theme-tokens.ts';

/**
 * The first script's styles for `<shop-guide>`: the host (position, theme tokens, `all: initial` so the
 * page's inherited styles stop at it) and the launcher. Plain text, no Lit; the panel's styles arrive with it.
 */
export const launcherCss =
  `:host{all:initial;${themeTokensText}--_width:var(--shop-guide-panel-width,400px);--_height:var(--shop-guide-panel-height,min(680px,calc(100vh - 110px)));--_offset:var(--shop-guide-offset,20px);--_shadow:var(--shop-guide-shadow,0 12px 40px rgba(15,23,42,.22));` +
  `display:block;position:fixed;bottom:var(--_offset);right:var(--_offset);z-index:var(--shop-guide-z-index,2147483000);font-family:var(--_font);font-size:15px;line-height:1.45;color:var(--_text);-webkit-text-size-adjust:100%}` +
  `:host([position='bottom-left']){right:auto;left:var(--_offset)}:host([position='inline']){position:relative;inset:auto;z-index:auto}:host([hidden]),[hidden]{display:none!important}` +
  `*,*::before,*::after{box-sizing:border-box}` +
  `.launcher{display:inline-flex;align-items:center;justify-content:center;gap:8px;min-width:56px;height:56px;padding:0 18px;border:none;border-radius:999px;background:var(--_accent);color:var(--_accent-contrast);font:600 15px/1 var(--_font);box-shadow:var(--_shadow);cursor:pointer}` +
  `.launcher svg{width:24px;height:24px;flex:none}` +
  `.launcher:focus-visible,button:focus-visible,textarea:focus-visible{outline:3px solid color-mix(in srgb,var(--_accent) 55%,white);outline-offset:2px}` +
  `:host([open]) .launcher{display:none}`;
