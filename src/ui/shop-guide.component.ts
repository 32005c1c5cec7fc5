import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { resolveLang, stringsFor, type Lang, type Strings } from '../i18n/index.ts';
import type { ChatHost, ChatView } from './chat-host.ts';
import type { AnswerSummary } from '../assistant/summary.ts';
import { whenIdle } from '../when-idle.ts';
import { adoptLazyStyles } from './adopt-lazy-styles.ts';
import { emit } from './events.ts';
import { shopGuideStyles } from './shop-guide.styles.ts';

let panelCount = 0;

/**
 * The shopping assistant: a launcher button and a chat panel.
 *
 * This element is the only part every page downloads. The conversation UI (answers, product cards,
 * comparisons, review summaries, privacy and model settings) is a separate module loaded when the
 * shopper points at or focuses the launcher or opens the panel (or in idle time when the shop set
 * `model-preload`); the catalog, search index and model load with it, never before.
 *
 * @csspart launcher - The round button that opens the panel.
 * @csspart panel - The chat panel.
 * @csspart header - The panel's title bar.
 * @csspart close-button - The close button in the header.
 * @csspart settings-button - The header button that opens privacy and model settings.
 * @csspart messages - The scrolling conversation.
 * @csspart message - One message bubble.
 * @csspart input-form - The form around the text box.
 * @csspart input - The text box.
 * @csspart send-button - The send button (it becomes the stop button while an answer streams).
 * @csspart model-bar - The line above the conversation about the on-device model (offer, download progress).
 * @csspart suggestions - A row of suggested questions; @csspart suggestion - one of them.
 * @csspart cards - The product cards of an answer; the cards' own parts as `product-card`, `product-title`, `product-price`…
 * @csspart compare-table - A comparison table.
 * @csspart review-summary - A review summary (rating chart, pros and cons).
 * @csspart notice - A note under an answer (removed unverified content, model fallback, stopped).
 * @csspart retry-button - "Try again" under the last answer.
 * @csspart settings - The privacy and model settings view.
 *
 * @cssproperty --shop-guide-accent - Brand colour (launcher, header, your messages).
 * @cssproperty --shop-guide-font - Font family.
 * @cssproperty --shop-guide-radius - Panel corner radius.
 *
 * @fires shop-guide-open - The panel opened.
 * @fires shop-guide-close - The panel closed.
 * @fires shop-guide-add-to-cart - A product card's "Add to cart" was pressed: `{ productId, source }`.
 */
export class ShopGuide extends LitElement implements ChatHost {
  static override styles = shopGuideStyles;

  /** UI language: `en` or `zh-CN`. Defaults to the page's `<html lang>`. */
  @property() override lang = '';
  /** `bottom-right` (default), `bottom-left` or `inline` (panel always shown, in the page flow). */
  @property({ reflect: true }) position: 'bottom-right' | 'bottom-left' | 'inline' = 'bottom-right';
  /** First message the assistant shows. Defaults to a translated greeting. */
  @property() greeting = '';
  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** `auto` (default), `none` (retrieval-only), `prompt-api`, or a web-llm model id. */
  @property() model: string | null = null;
  /** Self-hosted model weights (folder URL). */
  @property({ attribute: 'model-url' }) modelUrl: string | null = null;
  /** Self-hosted model library (.wasm URL). */
  @property({ attribute: 'model-lib-url' }) modelLibUrl: string | null = null;
  /** Start loading the model without waiting for the shopper to opt in. */
  @property({ type: Boolean, attribute: 'model-preload' }) modelPreload = false;
  /** Same-origin JSON / NDJSON catalog for large shops. */
  @property({ attribute: 'catalog-src' }) catalogSrc: string | null = null;

  @state() protected draft = '';
  @state() protected view: 'chat' | 'settings' = 'chat';
  @state() protected chat: ChatView | null = null;
  @state() protected chatFailed = false;
  /** Messages typed before the chat module arrived; sent as soon as it does. */
  @state() protected queued: string[] = [];

  @query('.launcher') private launcherButton?: HTMLButtonElement;
  @query('textarea') private input?: HTMLTextAreaElement;
  @query('.settings-button') private settingsButton?: HTMLButtonElement;

  private readonly panelId = `shop-guide-panel-${++panelCount}`;
  private chatLoad: Promise<ChatView | null> | null = null;
  private idleHandle: unknown = null;

  get uiLang(): Lang {
    return resolveLang(this.lang, document.documentElement.lang);
  }

  get strings(): Strings {
    return stringsFor(this.uiLang);
  }

  get modelAttributes() {
    return { model: this.model, modelUrl: this.modelUrl, modelLibUrl: this.modelLibUrl, preload: this.modelPreload };
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

  /**
   * Opens the panel and asks a question, as if the shopper had typed it. Resolves to the answer's summary
   * (text, products shown, comparison, status: see README "guide.ask()"), or null for an empty question or
   * when the chat could not load.
   */
  async ask(question: string): Promise<AnswerSummary | null> {
    const text = question.trim();
    if (!text) return null;
    this.show();
    this.view = 'chat';
    const chat = this.chat ?? (await this.loadChat());
    return chat ? chat.send(text) : null;
  }

  focusInput(): void {
    this.input?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Idle time on the host page: note the product being viewed (for recommendations). The chat
    // itself stays unloaded until the shopper shows interest, unless the shop asked for the model
    // to be preloaded: then the chat starts now and its model manager begins loading.
    this.idleHandle ??= whenIdle(() => {
      if (this.modelPreload) this.warm();
      import('../runtime/assistant-idle.ts')
        .then((m) => m.onIdle(this))
        .catch((e) => console.warn('[shop-guide] could not start in the background', e));
    }, 4000, 1500);
  }

  /** Loads the conversation module (once). Never throws: a failure leaves a friendly message. */
  protected loadChat(): Promise<ChatView | null> {
    return (this.chatLoad ??= import('./chat/chat-controller.ts')
      .then((m) => {
        const view = m.createChatView(this);
        adoptLazyStyles(this, view.styles);
        this.chat = view;
        const queued = this.queued;
        this.queued = [];
        for (const q of queued) void view.send(q);
        return view;
      })
      .catch((e) => {
        console.warn('[shop-guide] the chat could not load', e);
        this.chatFailed = true;
        this.chatLoad = null;
        return null;
      }));
  }

  /** The shopper is about to use the widget: fetch the chat and the assistant runtime. */
  private warm = (): void => {
    void this.loadChat().then((v) => v?.warm());
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.position === 'inline') this.open = true;
    if (changed.has('open') && changed.get('open') !== undefined) {
      emit(this, this.open ? 'shop-guide-open' : 'shop-guide-close', {});
    }
    if (this.open && !this.chatLoad) this.warm();
    if (changed.has('lang') && changed.get('lang') !== undefined) this.chat?.languageChanged();
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (!changed.has('open') || changed.get('open') === undefined) return;
    if (this.open && this.position !== 'inline') this.input?.focus();
    else if (!this.open) this.launcherButton?.focus();
  }

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open && this.position !== 'inline') {
      event.stopPropagation();
      if (this.view === 'settings') this.closeSettings();
      else this.hide();
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

  /** Sends the text box's contents. */
  protected submit(): void {
    const text = this.draft.trim();
    if (!text || this.chat?.busy) return;
    this.draft = '';
    this.send(text);
  }

  private send(text: string): void {
    if (this.chat) void this.chat.send(text);
    else {
      this.queued = [...this.queued, text];
      this.warm();
    }
  }

  openSettings = async (): Promise<void> => {
    this.show();
    const chat = await this.loadChat();
    chat?.warm();
    this.view = 'settings';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.settings h3, .settings [tabindex="-1"]')?.focus();
  };

  private closeSettings = async (): Promise<void> => {
    this.view = 'chat';
    await this.updateComplete;
    this.settingsButton?.focus();
  };

  private renderFallback(s: Strings) {
    return html`<div class="messages" part="messages" role="log" aria-live="polite" aria-label=${s.messagesLabel}>
      <div class="message assistant" part="message">${this.greeting || s.greeting}</div>
      ${this.queued.map(
        (text) => html`<div class="message user" part="message"><span class="visually-hidden">${s.you}: </span>${text}</div>`,
      )}
      ${this.queued.length && !this.chatFailed ? html`<div class="message assistant pending" part="message">${s.loading}</div>` : nothing}
      ${this.chatFailed ? html`<div class="message assistant" part="message">${s.loadFailed}</div>` : nothing}
    </div>`;
  }

  protected override render() {
    const s = this.strings;
    const inline = this.position === 'inline';
    const chat = this.chat;
    const busy = !!chat?.busy;
    const settings = this.view === 'settings' && chat;
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
            @pointerenter=${this.warm}
            @focus=${this.warm}
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
          ${settings
            ? html`<button class="icon-button" type="button" aria-label=${s.back} @click=${this.closeSettings}>${backIcon}</button>`
            : nothing}
          <h2 id="${this.panelId}-title">${s.panelTitle}</h2>
          ${settings
            ? nothing
            : html`<button
                class="icon-button settings-button"
                part="settings-button"
                type="button"
                aria-label=${s.settings}
                @click=${this.openSettings}
              >
                ${gearIcon}
              </button>`}
          ${inline
            ? nothing
            : html`<button class="icon-button" part="close-button" type="button" aria-label=${s.close} @click=${this.hide}>
                ${closeIcon}
              </button>`}
        </header>
        ${settings ? chat.renderSettings() : chat ? chat.renderConversation(this.greeting || s.greeting) : this.renderFallback(s)}
        <div class="visually-hidden" role="status">${chat?.statusText ?? ''}</div>
        <form part="input-form" @submit=${this.onSubmit} ?hidden=${!!settings}>
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
          ${busy
            ? html`<button class="send stop" part="send-button" type="button" @click=${() => chat!.stop()}>${s.stop}</button>`
            : html`<button class="send" part="send-button" type="submit" ?disabled=${!this.draft.trim()}>${s.send}</button>`}
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

const gearIcon = html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">
  <path d="M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z" /><path
    d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z"
  />
</svg>`;

const backIcon = html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">
  <path d="M15 18l-6-6 6-6" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;
