import { css } from 'lit';
import { themeTokens, visuallyHidden } from './theme.styles.ts';

/**
 * Two-tier theming: public `--shop-guide-*` tokens (documented in README) feed private `--_*` variables.
 * `all: initial` on the host stops the page's inherited styles (font, colour, line-height…) leaking in;
 * Shadow DOM stops ours leaking out.
 */
export const shopGuideStyles = [
  visuallyHidden,
  css`
  /* The host element is in the page's light DOM, so page rules such as \`* { all: unset !important }\`
     reach it. In the cascade an !important :host declaration beats the page's !important one, so
     what places and shapes the widget is !important here (the rest lives inside the shadow root). */
  :host {
    all: initial;
    ${themeTokens}
    --_width: var(--shop-guide-panel-width, 400px);
    --_height: var(--shop-guide-panel-height, min(680px, calc(100vh - 110px)));
    --_offset: var(--shop-guide-offset, 20px);
    --_shadow: var(--shop-guide-shadow, 0 12px 40px rgba(15, 23, 42, 0.22));

    display: block !important;
    position: fixed !important;
    inset: auto var(--_offset) var(--_offset) auto !important;
    z-index: var(--shop-guide-z-index, 2147483000) !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    transform: none !important;
    visibility: visible !important;
    opacity: 1 !important;
    box-sizing: border-box !important;
    font-family: var(--_font) !important;
    font-size: 15px !important;
    font-weight: 400 !important;
    line-height: 1.45 !important;
    letter-spacing: normal !important;
    text-align: start !important;
    color: var(--_text) !important;
    -webkit-text-size-adjust: 100%;
  }
  :host([position='bottom-left']) {
    inset: auto auto var(--_offset) var(--_offset) !important;
  }
  :host([position='inline']) {
    position: relative !important;
    inset: auto !important;
    z-index: auto !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .launcher {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
    min-width: 56px;
    height: 56px;
    padding: 0 18px;
    border: none;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font: 600 15px/1 var(--_font);
    box-shadow: var(--_shadow);
    cursor: pointer;
  }
  .launcher svg {
    width: 24px;
    height: 24px;
    flex: none;
  }
  .launcher:focus-visible,
  button:focus-visible,
  textarea:focus-visible {
    outline: 3px solid color-mix(in srgb, var(--_accent) 55%, white);
    outline-offset: 2px;
  }
  :host([open]) .launcher {
    display: none;
  }

  .panel {
    display: flex;
    flex-direction: column;
    width: var(--_width);
    height: var(--_height);
    max-width: calc(100vw - 2 * var(--_offset));
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    overflow: hidden;
  }
  .panel[hidden] {
    display: none;
  }
  :host([position='inline']) .panel {
    width: 100%;
    max-width: none;
    box-shadow: none;
  }

  header {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 12px 12px 12px 16px;
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  header h2 {
    flex: 1;
    margin: 0;
    font: 600 16px/1.3 var(--_font);
  }
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 36px;
    height: 36px;
    border: none;
    border-radius: 8px;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .icon-button:hover {
    background: rgba(255, 255, 255, 0.16);
  }
  .icon-button svg {
    width: 20px;
    height: 20px;
  }

  .messages {
    flex: 1;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 16px;
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  .message {
    max-width: 88%;
    padding: 10px 12px;
    border-radius: 12px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .message.assistant {
    align-self: flex-start;
    background: var(--_surface-alt);
  }
  .message.user {
    align-self: flex-end;
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  form {
    display: flex;
    align-items: flex-end;
    gap: 8px;
    padding: 10px 12px;
    border-top: 1px solid var(--_border);
  }
  textarea {
    flex: 1;
    min-height: 42px;
    max-height: 140px;
    resize: none;
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: 10px;
    background: var(--_surface);
    color: var(--_text);
    font: 15px/1.4 var(--_font);
  }
  .send {
    height: 42px;
    padding: 0 16px;
    border: none;
    border-radius: 10px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font: 600 14px/1 var(--_font);
    cursor: pointer;
  }
  .send:disabled {
    opacity: 0.5;
    cursor: default;
  }

  /* Phones: the panel becomes a full-screen sheet. */
  @media (max-width: 640px) {
    :host([open]:not([position='inline'])) {
      inset: 0;
    }
    :host([open]:not([position='inline'])) .panel {
      width: 100vw;
      max-width: 100vw;
      height: 100dvh;
      border-radius: 0;
      border: none;
    }
    textarea {
      font-size: 16px; /* stops iOS zooming into the field */
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .panel {
      animation: rise 160ms ease-out;
    }
    @keyframes rise {
      from {
        opacity: 0;
        transform: translateY(8px);
      }
    }
  }
`,
];
