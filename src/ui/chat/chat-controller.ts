/**
 * The conversation behind `<shop-guide>`'s panel, loaded lazily: holds the messages, sends questions to
 * the assistant runtime, streams answers in, stops and retries. Rendering is delegated to small render
 * functions; all decisions live in src/assistant (plain TS).
 */
import { html, nothing, type ReactiveController, type TemplateResult } from '../lit.ts';
import type { Answer } from '../../assistant/assistant.ts';
import { failedSummary, type AnswerSummary } from '../../assistant/summary.ts';
import type { AssistantRuntime, RuntimeOptions } from '../../runtime/assistant.ts';
import { stringsFor } from '../../i18n/index.ts';
import type { ChatHost, ChatView } from '../chat-host.ts';
import { chatStyles } from './chat.styles.ts';
import { renderAnswer } from './render-answer.ts';
import { renderModelBar } from './render-model-bar.ts';
import { renderSettings, SettingsState } from './render-settings.ts';

type Entry = { id: number; role: 'user'; text: string } | { id: number; role: 'assistant'; answer: Answer };

let entryIds = 0;

/**
 * How the chat gets its assistant runtime. The page's real one by default; tests swap `load` for a
 * runtime built from fixtures (the side effect behind a small port, like the engine and the store).
 */
export const runtimeLoader = {
  load: (options: RuntimeOptions): Promise<AssistantRuntime> => import('../../runtime/assistant.ts').then((m) => m.createAssistantRuntime(options)),
};

export function createChatView(host: ChatHost): ChatView {
  return new ChatController(host);
}

export class ChatController implements ReactiveController, ChatView {
  readonly styles = chatStyles;
  entries: Entry[] = [];
  busy = false;
  statusText = '';

  private runtime: Promise<AssistantRuntime | null> | null = null;
  private loaded: AssistantRuntime | null = null;
  private runtimeFailed = false;
  private abort: AbortController | null = null;
  private unwatchModel: (() => void) | null = null;
  /** A removal from the page frees the runtime once it is clear the element is not just being moved. */
  private releaseTimer: ReturnType<typeof setTimeout> | null = null;
  /** The runtime was freed while the element was off the page; it is started again when it comes back. */
  private released = false;
  private readonly settings: SettingsState;

  constructor(private readonly host: ChatHost) {
    host.addController(this);
    this.settings = new SettingsState(() => this.host.requestUpdate());
  }

  hostConnected(): void {
    if (this.releaseTimer !== null) {
      // Moved within the page (disconnected and connected again at once): keep the runtime.
      clearTimeout(this.releaseTimer);
      this.releaseTimer = null;
    } else if (this.released) {
      // Back after a removal: the conversation on screen needs a runtime again (a fresh one; the old was freed).
      this.released = false;
      this.warm();
    }
  }

  hostDisconnected(): void {
    this.abort?.abort();
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = 0;
    if (this.releaseTimer !== null || (!this.runtime && !this.loaded)) return;
    this.releaseTimer = setTimeout(() => {
      this.releaseTimer = null;
      if (this.host.isConnected) return;
      this.dropRuntime();
      this.released = true;
    }, 0);
  }

  hostUpdated(): void {
    this.keepScrolledToEnd();
  }

  warm(): void {
    void this.ensureRuntime();
  }

  languageChanged(): void {
    // Strings, the model choice and the assistant's language all follow the UI language.
    this.dropRuntime();
    this.host.requestUpdate();
    this.warm();
  }

  /** Stops the current answer and frees the runtime (its model and search workers); the next use starts a new one. */
  private dropRuntime(): void {
    this.abort?.abort();
    const rt = this.loaded;
    this.runtime = null;
    this.loaded = null;
    this.runtimeFailed = false;
    this.unwatchModel?.();
    this.unwatchModel = null;
    this.settings.detach();
    // One still loading is freed when it arrives (see ensureRuntime).
    rt?.dispose();
  }

  private ensureRuntime(): Promise<AssistantRuntime | null> {
    if (this.runtime) return this.runtime;
    const loading: Promise<AssistantRuntime | null> = runtimeLoader
      .load({ lang: this.host.uiLang, modelAttributes: this.host.modelAttributes, baseUrl: location.href })
      .then((rt) => {
        if (this.runtime !== loading) {
          // Dropped while it loaded (language change, removal): free it. Only answers that were stopped
          // with it still wait on it; they end as stopped.
          rt.dispose();
          return rt;
        }
        this.loaded = rt;
        this.settings.attach(rt);
        this.unwatchModel?.();
        this.unwatchModel = rt.models?.subscribe(() => this.host.requestUpdate()) ?? null;
        this.host.requestUpdate();
        return rt;
      })
      .catch((e) => {
        if (this.runtime !== loading) return null;
        console.warn('[shop-guide] the assistant could not start', e);
        this.runtimeFailed = true;
        this.runtime = null;
        this.host.requestUpdate();
        return null;
      });
    return (this.runtime = loading);
  }

  send(text: string): Promise<AnswerSummary | null> {
    this.entries = [...this.entries, { id: ++entryIds, role: 'user', text }];
    return this.answer(text, false);
  }

  stop(): void {
    this.abort?.abort();
  }

  /** Asks the question of `entry` again, replacing its answer. */
  retry(answerId: number): void {
    const i = this.entries.findIndex((e) => e.role === 'assistant' && e.answer.id === answerId);
    if (i < 0 || this.busy) return;
    const entry = this.entries[i] as Extract<Entry, { role: 'assistant' }>;
    this.entries = this.entries.filter((_, j) => j !== i);
    void this.answer(entry.answer.question, true);
  }

  private async answer(question: string, retry: boolean): Promise<AnswerSummary | null> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.busy = true;
    this.scrollPinned = true;
    const placeholderId = ++entryIds;
    const placeholder: Answer = { id: -placeholderId, question, text: '', source: 'template', blocks: [], notices: [], suggestions: [], status: 'thinking', removed: [] };
    this.entries = [...this.entries, { id: placeholderId, role: 'assistant', answer: placeholder }];
    this.host.requestUpdate();

    const rt = await this.ensureRuntime();
    const s = rt?.strings;
    let summary: AnswerSummary | null = null;
    this.statusText = s?.ui.thinking ?? '';
    const update = (a: Answer) => {
      if (this.abort !== abort) return;
      this.entries = this.entries.map((e) => (e.id === placeholderId ? { id: placeholderId, role: 'assistant', answer: a } : e));
      if (s) this.statusText = a.status === 'streaming' ? s.ui.answering : a.status === 'thinking' ? s.ui.thinking : this.statusText;
      this.host.requestUpdate();
    };
    if (!rt) {
      const text = stringsFor(this.host.uiLang).loadFailed;
      update({ ...placeholder, status: 'error', text });
      summary = failedSummary(text);
    } else {
      const final = await rt.assistant.ask(question, { signal: abort.signal, onUpdate: update, retry });
      update(final);
      summary = final.summary ?? null;
      if (this.abort === abort) this.statusText = final.status === 'stopped' ? rt.strings.ui.stoppedStatus : rt.strings.ui.answerReady;
    }
    if (this.abort === abort) {
      this.busy = false;
      this.abort = null;
    }
    this.host.requestUpdate();
    return summary;
  }

  private onProductClick = (id: string) => this.loaded?.recordClick(id);

  private ask = (q: string) => {
    if (this.busy) return;
    void this.send(q);
    this.host.focusInput();
  };

  renderConversation(greeting: string): TemplateResult {
    const rt = this.loaded;
    const s = rt?.strings;
    const last = this.entries.at(-1);
    const opening = rt && !this.entries.length ? rt.assistant.openingSuggestions() : [];
    return html`${rt ? renderModelBar(rt, () => this.host.openSettings()) : nothing}<div class="messages" part="messages" role="log" aria-live="polite" aria-label=${stringsFor(this.host.uiLang).messagesLabel} @scroll=${this.onScroll}>
      <div class="message assistant" part="message">${greeting}</div>
      ${opening.length ? this.renderSuggestions(opening, s!.ui.suggestionsLabel) : nothing}
      ${this.entries.map((e) =>
        e.role === 'user'
          ? html`<div class="message user" part="message"><span class="visually-hidden">${stringsFor(this.host.uiLang).you}: </span>${e.text}</div>`
          : rt
            ? renderAnswer(e.answer, {
                rt,
                isLast: e === last,
                busy: this.busy,
                onRetry: () => this.retry(e.answer.id),
                onProductClick: this.onProductClick,
                renderSuggestions: (list) => this.renderSuggestions(list, rt.strings.ui.suggestionsLabel),
                memory: (p) => this.settings.seen?.memoryOf(p) ?? null,
              })
            : html`<div class="message assistant pending" part="message" aria-busy=${this.runtimeFailed ? 'false' : 'true'}>
                ${e.answer.status === 'error' ? e.answer.text : html`<span class="dots" aria-hidden="true"></span>`}
              </div>`,
      )}
    </div>`;
  }

  private renderSuggestions(list: string[], label: string): TemplateResult {
    return html`<div class="suggestions" part="suggestions" role="group" aria-label=${label}>
      ${list.map((q) => html`<button type="button" class="chip" part="suggestion" ?disabled=${this.busy} @click=${() => this.ask(q)}>${q}</button>`)}
    </div>`;
  }

  renderSettings(): TemplateResult {
    return renderSettings(this.settings, this.loaded, this.host.uiLang);
  }

  // Keeps the newest message in view unless the shopper scrolled up to read.
  private scrollPinned = true;

  private onScroll = (e: Event) => {
    const el = e.currentTarget as HTMLElement;
    this.scrollPinned = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
  };

  private scrollFrame = 0;

  /**
   * Scrolls in the next frame, once however many renders came before it: reading `scrollHeight` right
   * after a render forced the layout into the answer's own task (20 ms of a long task there), where the
   * frame lays out anyway.
   */
  private keepScrolledToEnd(): void {
    if (!this.scrollPinned || this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      const el = this.host.renderRoot.querySelector<HTMLElement>('.messages');
      if (el && this.scrollPinned) el.scrollTop = el.scrollHeight;
    });
  }
}
