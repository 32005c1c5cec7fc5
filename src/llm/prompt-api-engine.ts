/**
 * ChatEngine backed by the browser's built-in model (Chrome's Prompt API, `LanguageModel`): nothing
 * for us to download or host, and the model runs on the device. Sessions are created per request
 * (our requests are stateless); the system message and earlier turns become `initialPrompts`,
 * because `prompt()` refuses system messages.
 */
import type { Lang } from '../i18n/index.ts';
import type { ChatEngine, ChatMessage, ChatRequest, ChatStream, EmbedOptions, EngineStatus, JsonRequest } from './engine.ts';
import { ContextLengthError, LlmAbortError, NoModelError, classifyError, isAbortError, type LlmError } from './errors.ts';
import { Observable } from './status.ts';
import { createChatStream, failedStream } from './stream.ts';
import { parseJson } from './json.ts';
import { toJson } from '../safe-json.ts';

/** The part of the Prompt API we use (https://webmachinelearning.github.io/prompt-api/). */
export type PromptApiAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface PromptApiMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

interface Expected {
  type: 'text';
  languages?: string[];
}

export interface PromptApiCreateOptions {
  initialPrompts?: PromptApiMessage[];
  expectedInputs?: Expected[];
  expectedOutputs?: Expected[];
  signal?: AbortSignal;
  monitor?: (monitor: EventTarget) => void;
}

export interface PromptApiSession {
  prompt(input: string, options?: { signal?: AbortSignal; responseConstraint?: object }): Promise<string>;
  promptStreaming(input: string, options?: { signal?: AbortSignal; responseConstraint?: object }): ReadableStream<string>;
  destroy(): void;
}

export interface PromptApi {
  availability(options?: Omit<PromptApiCreateOptions, 'initialPrompts' | 'signal' | 'monitor'>): Promise<PromptApiAvailability>;
  create(options?: PromptApiCreateOptions): Promise<PromptApiSession>;
}

/** `LanguageModel` when the browser has it. */
export function browserPromptApi(): PromptApi | null {
  const lm = (globalThis as { LanguageModel?: PromptApi }).LanguageModel;
  return lm && typeof lm.availability === 'function' && typeof lm.create === 'function' ? lm : null;
}

/** The Prompt API's language tags: it takes ISO codes such as `en`, `ja`, `zh`. */
function languageOf(lang: Lang): string {
  return lang === 'zh-CN' ? 'zh' : 'en';
}

export function promptApiOptions(lang: Lang): { expectedInputs: Expected[]; expectedOutputs: Expected[] } {
  const languages = [languageOf(lang)];
  return { expectedInputs: [{ type: 'text', languages }], expectedOutputs: [{ type: 'text', languages }] };
}

type MemoStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Languages the browser's model refused in this browsing session (sessionStorage). */
const REFUSED_KEY = 'shop-guide:prompt-api-refused';

/**
 * Whether the browser's model can serve this language: never throws. Chrome logs a console error
 * for a probe in a language its model does not support (Chinese, at the time of writing), so a
 * refusal is remembered for the browsing session rather than repeated on every page of the shop.
 */
export async function promptApiAvailability(
  api: PromptApi | null,
  lang: Lang,
  memo: MemoStorage | null = safeSessionStorage(),
): Promise<PromptApiAvailability> {
  if (!api) return 'unavailable';
  const refused = readRefused(memo);
  if (refused.includes(lang)) return 'unavailable';
  let a: PromptApiAvailability | string;
  try {
    a = await api.availability(promptApiOptions(lang));
  } catch {
    a = 'unavailable';
  }
  if (a === 'available' || a === 'downloadable' || a === 'downloading') return a;
  try {
    memo?.setItem(REFUSED_KEY, toJson([...refused, lang]));
  } catch {
    /* storage full or blocked: probe again next time */
  }
  return 'unavailable';
}

function readRefused(memo: MemoStorage | null): string[] {
  try {
    const list: unknown = JSON.parse(memo?.getItem(REFUSED_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function safeSessionStorage(): MemoStorage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export class PromptApiEngine implements ChatEngine {
  readonly kind = 'prompt-api' as const;
  readonly modelId = 'chrome-prompt-api';
  readonly supportsEmbeddings = false;
  private readonly state = new Observable<EngineStatus>({ state: 'ready' });
  private unloaded = false;
  private readonly live = new Set<PromptApiSession>();

  constructor(
    private readonly api: PromptApi,
    private readonly lang: Lang,
  ) {}

  /**
   * Makes sure the browser's model is on the device. When it is `downloadable`, the browser
   * downloads it (once, for all sites) and `onProgress` gets 0..1.
   */
  async prepare(signal?: AbortSignal, onProgress?: (fraction: number) => void): Promise<void> {
    const session = await this.api.create({
      ...promptApiOptions(this.lang),
      ...(signal ? { signal } : {}),
      monitor(m) {
        m.addEventListener('downloadprogress', (e) => onProgress?.(Number((e as Event & { loaded?: number }).loaded ?? 0)));
      },
    });
    session.destroy();
  }

  get ready(): boolean {
    return !this.unloaded && this.state.value.state !== 'failed';
  }

  get status(): EngineStatus {
    return this.state.value;
  }

  subscribe(listener: (status: EngineStatus) => void): () => void {
    return this.state.subscribe(listener);
  }

  chat(request: ChatRequest): ChatStream {
    if (this.unloaded) return failedStream(new NoModelError('The model was unloaded'));
    return createChatStream((sink) => {
      const controller = new AbortController();
      const onAbort = () => controller.abort();
      if (request.signal?.aborted) controller.abort();
      request.signal?.addEventListener('abort', onAbort, { once: true });
      void (async () => {
        let session: PromptApiSession | null = null;
        let text = '';
        try {
          const { history, input } = split(request.messages);
          session = await this.session(history, controller.signal);
          const reader = session.promptStreaming(input, { signal: controller.signal }).getReader();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            text += value;
            sink.push(value);
          }
          if (controller.signal.aborted) throw new LlmAbortError();
          sink.end({ text, finishReason: 'stop' });
        } catch (e) {
          sink.fail(this.toError(e, controller.signal));
        } finally {
          request.signal?.removeEventListener('abort', onAbort);
          this.close(session);
        }
      })();
      return { cancel: () => controller.abort() };
    });
  }

  async json<T = unknown>(request: JsonRequest): Promise<T> {
    if (this.unloaded) throw new NoModelError('The model was unloaded');
    const signal = request.signal;
    let session: PromptApiSession | null = null;
    try {
      const { history, input } = split(request.messages);
      session = await this.session(history, signal);
      const text = await session.prompt(input, { responseConstraint: request.schema, ...(signal ? { signal } : {}) });
      return parseJson<T>(text);
    } catch (e) {
      if ((e as LlmError)?.kind === 'invalid-output') throw e;
      throw this.toError(e, signal);
    } finally {
      this.close(session);
    }
  }

  async embed(_texts: string[], _options?: EmbedOptions): Promise<Float32Array[]> {
    throw new NoModelError('The browser’s built-in model has no embeddings');
  }

  async unload(): Promise<void> {
    this.unloaded = true;
    for (const s of this.live) this.close(s);
    this.state.set({ state: 'unloaded' });
  }

  private async session(history: PromptApiMessage[], signal?: AbortSignal): Promise<PromptApiSession> {
    const session = await this.api.create({ ...promptApiOptions(this.lang), initialPrompts: history, ...(signal ? { signal } : {}) });
    this.live.add(session);
    return session;
  }

  private close(session: PromptApiSession | null): void {
    if (!session) return;
    this.live.delete(session);
    try {
      session.destroy();
    } catch {
      // already destroyed
    }
  }

  private toError(e: unknown, signal?: AbortSignal): LlmError {
    if (signal?.aborted || isAbortError(e)) return new LlmAbortError();
    // In the Prompt API a QuotaExceededError means the input is larger than the context window.
    if ((e as { name?: string })?.name === 'QuotaExceededError') return new ContextLengthError(String((e as Error).message), e);
    return classifyError(e, { step: 'generate' });
  }
}

/** System messages first (merged), earlier turns as history, the last message as the prompt. */
function split(messages: ChatMessage[]): { history: PromptApiMessage[]; input: string } {
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n');
  const turns = messages.filter((m) => m.role !== 'system');
  const last = turns.pop();
  return {
    history: [...(system ? [{ role: 'system' as const, content: system }] : []), ...turns],
    input: last?.content ?? '',
  };
}
