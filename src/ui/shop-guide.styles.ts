import { css } from './lit.ts';
import { visuallyHidden } from './theme.styles.ts';

/**
 * The panel's styles, adopted when the panel loads on the shopper's intent. The host, theme tokens and
 * launcher are styled by the first script (shop-guide.launcher-css.ts), whose sheet stays adopted.
 */
export const shopGuideStyles = [
  visuallyHidden,
  css`
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
