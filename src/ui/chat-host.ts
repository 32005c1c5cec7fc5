/**
 * The contract between the first-load shell (`<shop-guide>`) and the lazily loaded chat module
 * (src/ui/chat/chat-controller.ts). Types only: importing this costs the first script nothing.
 */
import type { CSSResultGroup, ReactiveControllerHost, TemplateResult } from './lit.ts';
import type { AnswerSummary } from '../assistant/summary.ts';
import type { Lang } from '../i18n/types.ts';

/** What the chat module may read from and do to the element. */
export interface ChatHost extends ReactiveControllerHost, HTMLElement {
  readonly uiLang: Lang;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** `model`, `model-url`, `model-lib-url`, `model-preload`. */
  readonly modelAttributes: { model: string | null; modelUrl: string | null; modelLibUrl: string | null; preload: boolean };
  /** Puts focus back into the message box. */
  focusInput(): void;
  /** Shows the privacy & model settings. */
  openSettings(): void;
}

export interface ChatView {
  /** Styles for everything the module renders (adopted into the shell's shadow root). */
  readonly styles: CSSResultGroup;
  /** Whether an answer is being produced (the send button becomes "Stop"). */
  readonly busy: boolean;
  /** Short status for the polite status region ("Answer ready"). */
  readonly statusText: string;
  /** Sends a message; resolves to the finished answer's summary (null when it could not start). */
  send(text: string): Promise<AnswerSummary | null>;
  stop(): void;
  /** Loads the assistant runtime (catalog, search, model manager) without sending anything. */
  warm(): void;
  renderConversation(greeting: string): TemplateResult;
  renderSettings(): TemplateResult;
  /** The language changed (the `lang` attribute). */
  languageChanged(): void;
}
