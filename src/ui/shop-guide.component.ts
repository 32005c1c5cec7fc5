import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { resolveLang, stringsFor, type Lang, type Strings } from '../i18n/index.ts';
import { emit } from './events.ts';
import { shopGuideStyles } from './shop-guide.styles.ts';

export interface ChatMessage {
  id: number;
  role: 'user' | 'assistant';
  text: string;
}

let panelCount = 0;

/**
 * The shopping assistant: a launcher button and a chat panel.
 *
 * @csspart launcher - The round button that opens the panel.
 * @csspart panel - The chat panel.
 * @csspart header - The panel's title bar.
 * @csspart close-button - The close button in the header.
 * @csspart messages - The scrolling conversation.
 * @csspart message - One message bubble.
 * @csspart input-form - The form around the text box.
 * @csspart input - The text box.
 * @csspart send-button - The send button.
 *
 * @cssproperty --shop-guide-accent - Brand colour (launcher, header, your messages).
 * @cssproperty --shop-guide-font - Font family.
 * @cssproperty --shop-guide-radius - Panel corner radius.
 *
 * @fires shop-guide-open - The panel opened.
 * @fires shop-guide-close - The panel closed.
 */
export class ShopGuide extends LitElement {
  static override styles = shopGuideStyles;

  /** UI language: `en` or `zh-CN`. Defaults to the page's `<html lang>`. */
  @property() override lang = '';
  /** `bottom-right` (default), `bottom-left` or `inline` (panel always shown, in the page flow). */
  @property({ reflect: true }) position: 'bottom-right' | 'bottom-left' | 'inline' = 'bottom-right';
  /** First message the assistant shows. Defaults to a translated greeting. */
  @property() greeting = '';
  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() protected messages: ChatMessage[] = [];
  @state() protected draft = '';

  @query('.launcher') private launcherButton?: HTMLButtonElement;
  @query('textarea') private input?: HTMLTextAreaElement;

  private readonly panelId = `shop-guide-panel-${++panelCount}`;
  private nextMessageId = 1;

  get uiLang(): Lang {
    return resolveLang(this.lang, document.documentElement.lang);
  }

  get strings(): Strings {
    return stringsFor(this.uiLang);
  }

  /** Opens the panel and moves focus to the text box. */
  show(): void {
    this.open = true;
  }

  /** Closes the panel and returns focus to the launcher. */
  hide(): void {
    this.open = false;
  }

  toggle(): void {
    this.open = !this.open;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.position === 'inline') this.open = true;
    if (changed.has('open') && changed.get('open') !== undefined) {
      emit(this, this.open ? 'shop-guide-open' : 'shop-guide-close', {});
    }
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (!changed.has('open') || changed.get('open') === undefined) return;
    if (this.open && this.position !== 'inline') this.input?.focus();
    else if (!this.open) this.launcherButton?.focus();
  }

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open && this.position !== 'inline') {
      event.stopPropagation();
      this.hide();
    }
  };

  private onInputKeydown = (event: KeyboardEvent): void => {
    // Enter sends, Shift+Enter makes a new line; never while an IME is composing (Chinese input).
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.submit();
    }
  };

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    this.submit();
  };

  /** Sends the text box's contents. Subclasses and controllers answer through `addMessage`. */
  protected submit(): void {
    const text = this.draft.trim();
    if (!text) return;
    this.draft = '';
    this.addMessage('user', text);
  }

  protected addMessage(role: ChatMessage['role'], text: string): ChatMessage {
    const message = { id: this.nextMessageId++, role, text };
    this.messages = [...this.messages, message];
    return message;
  }

  protected override render() {
    const s = this.strings;
    const inline = this.position === 'inline';
    return html`
      ${inline
        ? nothing
        : html`<button
            class="launcher"
            part="launcher"
            type="button"
            aria-label=${s.launcherLabel}
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls=${this.panelId}
            @click=${this.toggle}
            @keydown=${this.onKeydown}
          >
            ${chatIcon}
          </button>`}
      <section
        id=${this.panelId}
        class="panel"
        part="panel"
        role=${inline ? 'region' : 'dialog'}
        aria-labelledby="${this.panelId}-title"
        lang=${s.locale}
        ?hidden=${!this.open}
        @keydown=${this.onKeydown}
      >
        <header part="header">
          <h2 id="${this.panelId}-title">${s.panelTitle}</h2>
          ${inline
            ? nothing
            : html`<button class="icon-button" part="close-button" type="button" aria-label=${s.close} @click=${this.hide}>
                ${closeIcon}
              </button>`}
        </header>
        <div class="messages" part="messages" role="log" aria-live="polite" aria-label=${s.messagesLabel}>
          <div class="message assistant" part="message">${this.greeting || s.greeting}</div>
          ${this.messages.map(
            (m) => html`<div class="message ${m.role}" part="message">
              <span class="visually-hidden">${m.role === 'user' ? s.you : s.assistant}: </span>${m.text}
            </div>`,
          )}
        </div>
        <form part="input-form" @submit=${this.onSubmit}>
          <label class="visually-hidden" for="${this.panelId}-input">${s.inputLabel}</label>
          <textarea
            id="${this.panelId}-input"
            part="input"
            rows="1"
            placeholder=${s.inputPlaceholder}
            .value=${this.draft}
            @input=${(e: Event) => (this.draft = (e.target as HTMLTextAreaElement).value)}
            @keydown=${this.onInputKeydown}
          ></textarea>
          <button class="send" part="send-button" type="submit" ?disabled=${!this.draft.trim()}>${s.send}</button>
        </form>
      </section>
    `;
  }
}

const chatIcon = html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">
  <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z" stroke-linejoin="round" />
</svg>`;

const closeIcon = html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">
  <path d="M6 6l12 12M18 6L6 18" stroke-linecap="round" />
</svg>`;
