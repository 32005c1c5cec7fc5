import { css } from '../lit.ts';

/** Styles of the conversation and settings views (adopted into `<shop-guide>`'s shadow root when they load). */
export const chatStyles = css`
  .message.answer {
    container: answer / inline-size;
    max-width: 100%;
    width: 100%;
    white-space: normal;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .message.answer .text p,
  .message.answer .text ul,
  .message.answer .text ol {
    margin: 0 0 6px;
  }
  .message.answer .text > :last-child {
    margin-bottom: 0;
  }
  .message.answer .text ul,
  .message.answer .text ol {
    padding-inline-start: 20px;
  }
  .message a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .message code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  .mention {
    font-weight: 600;
  }
  .pending {
    margin: 0;
    color: var(--_muted);
  }
  .dots::after {
    content: '•••';
    letter-spacing: 2px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .dots::after {
      animation: blink 1.2s infinite;
    }
    @keyframes blink {
      50% {
        opacity: 0.3;
      }
    }
  }
  .notice {
    margin: 0;
    padding: 6px 8px;
    border-radius: 8px;
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
    font-size: 13px;
  }
  .notice.removed,
  .notice.model-failed {
    background: #fff7e6;
    color: #7a4b00;
  }
  .source {
    margin: 0;
    font-size: 12px;
    color: var(--_muted);
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 12px;
  }
  button.retry,
  button.chip,
  .settings button {
    font: 500 13px/1.2 var(--_font);
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    padding: 7px 12px;
    cursor: pointer;
    min-height: 32px;
  }
  button.retry {
    align-self: flex-start;
  }
  button.chip:hover,
  button.retry:hover,
  .settings button:hover {
    border-color: var(--_accent);
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0 0 4px;
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(150px, 46%);
    gap: 8px;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x proximity;
  }
  .cards > li {
    scroll-snap-align: start;
    display: flex;
  }
  .cards shop-guide-product-card {
    flex: 1;
  }

  .compare {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: 10px;
    background: var(--_surface);
  }
  .compare table {
    border-collapse: collapse;
    font-size: 13px;
    min-width: 100%;
  }
  .compare th,
  .compare td {
    padding: 6px 8px;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
    min-width: 90px;
  }
  .compare thead th {
    font-weight: 600;
  }
  .compare tbody th {
    font-weight: 500;
    color: var(--_muted);
    white-space: nowrap;
  }
  .compare tr.differs th {
    color: var(--_text);
  }
  .compare td.best {
    font-weight: 600;
  }
  .best-mark {
    display: inline-block;
    font-size: 11px;
    padding: 0 5px;
    border-radius: 6px;
    background: color-mix(in srgb, var(--_accent) 15%, var(--_surface));
    color: var(--_text);
  }
  .was {
    color: var(--_muted);
    font-size: 12px;
  }

  .reviews-summary {
    border: 1px solid var(--_border);
    border-radius: 10px;
    padding: 10px;
    background: var(--_surface);
  }
  .reviews-summary h3 {
    margin: 0 0 4px;
    font-size: 14px;
  }
  .reviews-summary h4 {
    margin: 6px 0 2px;
    font-size: 13px;
  }
  .reviews-summary ul {
    margin: 0;
    padding-inline-start: 18px;
    font-size: 13px;
  }
  .average {
    margin: 0 0 6px;
  }
  .average .big {
    font-size: 22px;
    font-weight: 700;
  }
  .distribution {
    border-collapse: collapse;
    width: 100%;
    font-size: 12px;
  }
  .distribution th {
    font-weight: 500;
    width: 36px;
    text-align: start;
    white-space: nowrap;
  }
  .distribution .bar-cell {
    width: 100%;
    padding: 2px 6px;
  }
  .distribution .bar {
    display: block;
    height: 8px;
    min-width: 2px;
    border-radius: 4px;
    background: var(--_accent);
  }
  .distribution .n {
    text-align: end;
    color: var(--_muted);
    width: 28px;
  }
  .pros-cons {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 8px;
  }
  @container answer (max-width: 320px) {
    .pros-cons {
      grid-template-columns: 1fr;
    }
  }
  .count {
    color: var(--_muted);
  }

  .settings {
    flex: 1;
    overflow-y: auto;
    padding: 16px;
    display: flex;
    flex-direction: column;
    gap: 18px;
  }
  .settings h3 {
    margin: 0 0 6px;
    font-size: 15px;
  }
  .settings h3:focus {
    outline: none;
  }
  .settings h4 {
    margin: 10px 0 4px;
    font-size: 14px;
  }
  .settings p {
    margin: 4px 0;
  }
  .settings .actions,
  .settings .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 10px;
  }
  .settings .confirm {
    padding: 10px;
    border-radius: 10px;
    background: #fff1f0;
  }
  .settings .confirm p {
    flex-basis: 100%;
  }
  .settings button.danger {
    border-color: #b42318;
    color: #b42318;
  }
  .stored {
    border-collapse: collapse;
    font-size: 13px;
  }
  .stored th {
    text-align: start;
    font-weight: 400;
    padding: 2px 16px 2px 0;
  }
  .profile {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 12px;
    margin: 0;
    font-size: 13px;
  }
  .profile dt {
    color: var(--_muted);
  }
  .profile dd {
    margin: 0;
  }
  form[hidden] {
    display: none;
  }
  .send.stop {
    background: var(--_text);
  }
  .model-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 10px;
    padding: 8px 16px;
    font-size: 13px;
    background: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
    border-bottom: 1px solid var(--_border);
  }
  .model-bar.warn {
    background: #fff7e6;
    color: #7a4b00;
  }
  .model-bar progress {
    flex: 1;
    min-width: 80px;
    accent-color: var(--_accent);
  }
  .model-bar button.link {
    border: none;
    background: none;
    padding: 0;
    font: 600 13px/1.2 var(--_font);
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .alternatives-label {
    margin: 0.75rem 0 0.25rem;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_muted);
  }
`;
