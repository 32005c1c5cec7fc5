/**
 * The `<shop-guide>` panel, loaded on the shopper's intent (pointer on or focus in the launcher, the
 * panel opened, `ask()`), never with the first script: the header, the conversation (from the chat
 * module, loaded right after), the text box and the settings view, drawn with Lit into the shell's
 * panel section. The shell (shop-guide.component.ts) keeps the element's attributes and the launcher.
 */
import { html, nothing, render } from './lit.ts';
import { adoptStyles } from './adopt-styles.ts';
import type { AnswerSummary } from '../assistant/summary.ts';
import { stringsFor, type Strings } from '../i18n/index.ts';
import type { ChatView } from './chat-host.ts';
import type { GuidePanel, ShopGuide } from './shop-guide.component.ts';
import { shopGuideStyles } from './shop-guide.styles.ts';

class Panel implements GuidePanel {
  private draft = '';
  private view: 'chat' | 'settings' = 'chat';
  private chat: ChatView | null = null;
  private chatFailed = false;
  /** Messages typed before the chat module arrived; sent as soon as it does. */
  private queued: string[] = [];
  private chatLoad: Promise<ChatView | null> | null = null;
  private drawn = false;

  constructor(private readonly host: ShopGuide) {
    adoptStyles(host.renderRoot, shopGuideStyles);
  }

  private get strings(): Strings {
    return stringsFor(this.host.uiLang);
  }

  private get input(): HTMLTextAreaElement | null {
    return this.host.panelSection.querySelector('textarea');
  }

  /** Changes state and redraws (what Lit's @state did in the element). */
  private set(patch: Partial<{ draft: string; view: 'chat' | 'settings'; chat: ChatView | null; chatFailed: boolean; queued: string[] }>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  update(changed: ReadonlyMap<string, string | null>): void {
    if (changed.has('lang') && this.drawn) this.chat?.languageChanged();
    this.drawn = true;
    const s = this.strings;
    const section = this.host.panelSection;
    section.setAttribute('role', this.host.position === 'inline' ? 'region' : 'dialog');
    section.setAttribute('aria-labelledby', `${this.host.panelId}-title`);
    section.lang = s.locale;
    section.onkeydown = this.onKeydown;
    render(this.render(), section, { host: this.host });
  }

  focusInput(): void {
    this.input?.focus();
  }

  /** Loads the conversation module (once). Never throws: a failure leaves a friendly message. */
  private loadChat(): Promise<ChatView | null> {
    return (this.chatLoad ??= import('./chat/chat-controller.ts')
      .then((m) => {
        const view = m.createChatView(this.host);
        adoptStyles(this.host.renderRoot, view.styles);
        const queued = this.queued;
        this.set({ chat: view, queued: [] });
        for (const q of queued) void view.send(q);
        return view;
      })
      .catch((e) => {
        console.warn('[shop-guide] the chat could not load', e);
        this.chatLoad = null;
        this.set({ chatFailed: true });
        return null;
      }));
  }

  /** The shopper is about to use the widget: fetch the chat and the assistant runtime. */
  warm(): void {
    void this.loadChat().then((v) => v?.warm());
  }

  async ask(text: string): Promise<AnswerSummary | null> {
    this.set({ view: 'chat' });
    const chat = this.chat ?? (await this.loadChat());
    return chat ? chat.send(text) : null;
  }

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.host.open && this.host.position !== 'inline') {
      event.stopPropagation();
      if (this.view === 'settings') void this.closeSettings();
      else this.host.hide();
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
  private submit(): void {
    const text = this.draft.trim();
    if (!text || this.chat?.busy) return;
    this.set({ draft: '' });
    this.send(text);
  }

  private send(text: string): void {
    if (this.chat) void this.chat.send(text);
    else {
      this.set({ queued: [...this.queued, text] });
      this.warm();
    }
  }

  openSettings = async (): Promise<void> => {
    const chat = await this.loadChat();
    chat?.warm();
    this.set({ view: 'settings' });
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.settings h3, .settings [tabindex="-1"]')?.focus();
  };

  private closeSettings = async (): Promise<void> => {
    this.set({ view: 'chat' });
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.settings-button')?.focus();
  };

  private renderFallback(s: Strings) {
    return html`<div class="messages" part="messages" role="log" aria-live="polite" aria-label=${s.messagesLabel}>
      <div class="message assistant" part="message">${this.host.greeting || s.greeting}</div>
      ${this.queued.map(
        (text) => html`<div class="message user" part="message"><span class="visually-hidden">${s.you}: </span>${text}</div>`,
      )}
      ${this.queued.length && !this.chatFailed ? html`<div class="message assistant pending" part="message">${s.loading}</div>` : nothing}
      ${this.chatFailed ? html`<div class="message assistant" part="message">${s.loadFailed}</div>` : nothing}
    </div>`;
  }

  private render() {
    const s = this.strings;
    const inline = this.host.position === 'inline';
    const chat = this.chat;
    const busy = !!chat?.busy;
    const settings = this.view === 'settings' && chat;
    return html`

        <header part="header">
          ${settings
            ? html`<button class="icon-button" type="button" aria-label=${s.back} @click=${this.closeSettings}>${backIcon}</button>`
            : nothing}
          <h2 id="${this.host.panelId}-title">${s.panelTitle}</h2>
          ${settings
            ? nothing
            : html`<button
                class="icon-button settings-button"
                part="settings-button"
                type="button"
                aria-label=${s.settings}
                @click=${() => this.host.openSettings()}
              >
                ${gearIcon}
              </button>`}
          ${inline
            ? nothing
            : html`<button class="icon-button" part="close-button" type="button" aria-label=${s.close} @click=${() => this.host.hide()}>
                ${closeIcon}
              </button>`}
        </header>
        ${settings ? chat.renderSettings() : chat ? chat.renderConversation(this.host.greeting || s.greeting) : this.renderFallback(s)}
        <div class="visually-hidden" role="status">${chat?.statusText ?? ''}</div>
        <form part="input-form" @submit=${this.onSubmit} ?hidden=${!!settings}>
          <label class="visually-hidden" for="${this.host.panelId}-input">${s.inputLabel}</label>
          <textarea
            id="${this.host.panelId}-input"
            part="input"
            rows="1"
            placeholder=${s.inputPlaceholder}
            .value=${this.draft}
            @input=${(e: Event) => this.set({ draft: (e.target as HTMLTextAreaElement).value })}
            @keydown=${this.onInputKeydown}
          ></textarea>
          ${busy
            ? html`<button class="send stop" part="send-button" type="button" @click=${() => chat!.stop()}>${s.stop}</button>`
            : html`<button class="send" part="send-button" type="submit" ?disabled=${!this.draft.trim()}>${s.send}</button>`}
        </form>
    `;
  }
}

export function createPanel(host: ShopGuide): GuidePanel {
  return new Panel(host);
}

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
