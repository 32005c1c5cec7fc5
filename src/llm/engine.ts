/**
 * The engine interface the assistant talks to. Three implementations share it:
 * web-llm in a Web Worker (`worker-engine.ts`), Chrome's built-in Prompt API (`prompt-api-engine.ts`)
 * and `none` (`none-engine.ts`, retrieval-only: every call throws NoModelError).
 *
 * Requests are stateless like OpenAI's: pass the whole conversation each time.
 * Errors are the typed classes of `errors.ts`; an aborted request throws `LlmAbortError`
 * (`name === 'AbortError'`, `kind === 'aborted'`).
 */
import type { LlmError } from './errors.ts';

export type EngineKind = 'web-llm' | 'prompt-api' | 'none';

export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

export interface GenerationOptions {
  /** Aborting stops the generation; the call then throws LlmAbortError. */
  signal?: AbortSignal;
  /** Sampling temperature; the model's default when omitted. */
  temperature?: number;
  /** Upper bound on generated tokens. */
  maxTokens?: number;
  topP?: number;
  stop?: string[];
  /** Makes sampling repeatable where the engine supports it (web-llm). */
  seed?: number;
}

export interface ChatRequest extends GenerationOptions {
  messages: ChatMessage[];
}

/** A JSON Schema object (draft-07 subset that web-llm's grammar engine and the Prompt API accept). */
export type JsonSchema = Record<string, unknown>;

export interface JsonRequest extends ChatRequest {
  /**
   * The output is constrained to this schema. Also describe the expected JSON in the prompt:
   * web-llm's docs warn that a model not told to write JSON may emit whitespace until `maxTokens`.
   */
  schema: JsonSchema;
}

export type FinishReason = 'stop' | 'length' | 'abort';

export interface Usage {
  promptTokens: number;
  completionTokens: number;
}

export interface ChatResult {
  /** The whole answer. */
  text: string;
  finishReason: FinishReason;
  usage?: Usage;
}

/**
 * A streamed answer: iterate for text deltas. `result` settles when the stream ends (it rejects
 * with the same error the iterator throws; it never causes an unhandled rejection on its own).
 * Breaking out of the loop early stops the generation.
 */
export interface ChatStream extends AsyncIterable<string> {
  readonly result: Promise<ChatResult>;
}

export interface EmbedOptions {
  signal?: AbortSignal;
}

/** Download / load progress, parsed from web-llm's progress reports. */
export interface LoadProgress {
  /**
   * `preparing`: fetching config, tokenizer and the model library (no byte counts yet);
   * `downloading`: fetching weights (bytes known); `loading`: copying weights from the cache to the
   * GPU; `compiling`: building GPU shaders; `ready`: done.
   */
  stage: 'preparing' | 'downloading' | 'loading' | 'compiling' | 'ready';
  /** 0..1 within the stage; null when not known (indeterminate). */
  fraction: number | null;
  /** While downloading: bytes fetched so far and the total. */
  loadedBytes?: number;
  totalBytes?: number;
  /** web-llm's own text, for the console / developers. */
  text: string;
}

export type EngineState = 'loading' | 'ready' | 'busy' | 'failed' | 'unloaded';

export interface EngineStatus {
  state: EngineState;
  progress?: LoadProgress;
  error?: LlmError;
}

export interface ChatEngine {
  readonly kind: EngineKind;
  /** The loaded model (web-llm model id, `chrome-prompt-api`), or null for `none`. */
  readonly modelId: string | null;
  /** True when chat/json calls can succeed (false for `none` and after a fatal error / unload). */
  readonly ready: boolean;
  /**
   * False when the engine only embeds (an embedding model loaded as the shop's model): chat/json
   * throw NoModelError. Absent means true.
   */
  readonly canChat?: boolean;
  /** True when `embed` is backed by an embedding model. */
  readonly supportsEmbeddings: boolean;
  readonly status: EngineStatus;

  /** Streams the answer to a conversation. */
  chat(request: ChatRequest): ChatStream;
  /** Answers with JSON constrained to `request.schema`, parsed. Throws InvalidJsonError if it is not JSON. */
  json<T = unknown>(request: JsonRequest): Promise<T>;
  /**
   * One vector per text. Throws NoModelError when `supportsEmbeddings` is false, TypeError for an
   * empty or blank text, ContextLengthError for a text longer than the model's context window.
   */
  embed(texts: string[], options?: EmbedOptions): Promise<Float32Array[]>;
  /** Status changes (state, load progress, fatal errors). Returns the unsubscribe function. */
  subscribe(listener: (status: EngineStatus) => void): () => void;
  /** Frees the model (GPU memory, worker). The engine is unusable afterwards. */
  unload(): Promise<void>;
}
