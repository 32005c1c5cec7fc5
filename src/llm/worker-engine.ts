/**
 * ChatEngine backed by web-llm in the model worker (through WorkerClient). Created by the manager
 * once the model has loaded; a fatal worker error (crash, device loss) makes it `failed`.
 */
import type { ChatEngine, ChatRequest, ChatStream, EmbedOptions, EngineStatus, JsonRequest } from './engine.ts';
import { LlmAbortError, NoModelError, type LlmError } from './errors.ts';
import { parseJson } from './json.ts';
import { toJson } from '../safe-json.ts';
import type { ChatDone, WireGeneration } from './protocol.ts';
import { Observable } from './status.ts';
import { createChatStream, failedStream } from './stream.ts';
import type { WorkerClient } from './worker-client.ts';

export interface WorkerEngineOptions {
  client: WorkerClient;
  modelId: string;
  /** An embedding model loaded alongside (web-llm can hold several models in one engine). */
  embeddingModelId?: string | null;
  /** False when `modelId` is an embedding model: chat and json then throw NoModelError. Default true. */
  canChat?: boolean;
  /** Turn off "thinking" output (Qwen3). */
  noThinking?: boolean;
  /** After an abort, how long to wait for the worker to confirm before giving up on it locally. */
  abortGraceMs?: number;
}

export class WorkerChatEngine implements ChatEngine {
  readonly kind = 'web-llm' as const;
  readonly modelId: string;
  private readonly state = new Observable<EngineStatus>({ state: 'ready' });
  private inFlight = 0;
  private unloaded = false;

  constructor(private readonly opts: WorkerEngineOptions) {
    this.modelId = opts.modelId;
    opts.client.onFatal((error) => this.state.set({ state: 'failed', error }));
  }

  get ready(): boolean {
    return !this.unloaded && !this.opts.client.fatal && this.state.value.state !== 'failed';
  }

  get canChat(): boolean {
    return this.opts.canChat ?? true;
  }

  get supportsEmbeddings(): boolean {
    return Boolean(this.opts.embeddingModelId);
  }

  get status(): EngineStatus {
    return this.state.value;
  }

  subscribe(listener: (status: EngineStatus) => void): () => void {
    return this.state.subscribe(listener);
  }

  chat(request: ChatRequest): ChatStream {
    const unavailable = this.unavailable(true);
    if (unavailable) return failedStream(unavailable);
    return createChatStream((sink) => {
      const { id, promise } = this.opts.client.request<ChatDone>(
        { kind: 'chat', model: this.modelId, messages: request.messages, gen: wire(request), noThinking: this.opts.noThinking ?? false },
        { onChunk: (delta) => sink.push(delta) },
      );
      const stop = this.track(id, request.signal);
      promise.then(
        (done) => (request.signal?.aborted || stop.stopped ? sink.fail(new LlmAbortError()) : sink.end(done)),
        (e: LlmError) => sink.fail(e),
      ).finally(stop.release);
      return { cancel: stop.abort };
    });
  }

  async json<T = unknown>(request: JsonRequest): Promise<T> {
    const unavailable = this.unavailable(true);
    if (unavailable) throw unavailable;
    const { id, promise } = this.opts.client.request<ChatDone>({
      kind: 'json',
      model: this.modelId,
      messages: request.messages,
      gen: wire(request),
      schema: toJson(request.schema), // arrays (enum, required) must not be encoded twice on Prototype.js pages
      noThinking: this.opts.noThinking ?? false,
    });
    const stop = this.track(id, request.signal);
    try {
      const done = await promise;
      if (request.signal?.aborted || stop.stopped) throw new LlmAbortError();
      return parseJson<T>(done.text);
    } finally {
      stop.release();
    }
  }

  async embed(texts: string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    if (!this.opts.embeddingModelId) throw new NoModelError('No embedding model is loaded');
    const unavailable = this.unavailable();
    if (unavailable) throw unavailable;
    if (texts.length === 0) return [];
    // web-llm rejects an empty text but returns a 0-length vector for one that is only spaces
    // (its tokenizer yields no tokens): refuse both, before anything reaches the worker.
    const blank = texts.findIndex((t) => !t.trim());
    if (blank >= 0) throw new TypeError(`embed(): text ${blank} is empty; every text needs at least one word`);
    const { id, promise } = this.opts.client.request<Float32Array[]>({ kind: 'embed', model: this.opts.embeddingModelId, input: texts });
    const stop = this.track(id, options.signal);
    try {
      const vectors = await promise;
      if (options.signal?.aborted) throw new LlmAbortError();
      return vectors;
    } finally {
      stop.release();
    }
  }

  async unload(): Promise<void> {
    if (this.unloaded) return;
    this.unloaded = true;
    const client = this.opts.client;
    if (!client.fatal) {
      // Free GPU memory in an orderly way first; the worker goes either way.
      await Promise.race([client.request({ kind: 'unload' }).promise.catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
    }
    client.terminate();
    this.state.set({ state: 'unloaded' });
  }

  private unavailable(chat = false): LlmError | null {
    if (chat && !this.canChat) return new NoModelError(`${this.modelId} is an embedding model: it cannot answer`);
    if (this.unloaded) return new NoModelError('The model was unloaded');
    return this.opts.client.fatal ?? (this.state.value.state === 'failed' ? (this.state.value.error ?? null) : null);
  }

  /** Busy/ready bookkeeping plus abort wiring for request `id`. */
  private track(id: number, signal?: AbortSignal) {
    const client = this.opts.client;
    this.inFlight++;
    if (this.state.value.state === 'ready') this.state.set({ state: 'busy' });
    let grace: ReturnType<typeof setTimeout> | undefined;
    const stop = {
      stopped: false,
      abort: () => {
        if (stop.stopped) return;
        stop.stopped = true;
        client.abort(id);
        // If the worker does not confirm (stuck on a lost device), stop waiting for it.
        grace = setTimeout(() => client.abandon(id, new LlmAbortError()), this.opts.abortGraceMs ?? 3000);
      },
      release: () => {
        clearTimeout(grace);
        signal?.removeEventListener('abort', stop.abort);
        this.inFlight--;
        if (this.inFlight === 0 && this.state.value.state === 'busy') this.state.set({ state: 'ready' });
      },
    };
    if (signal?.aborted) stop.abort();
    else signal?.addEventListener('abort', stop.abort, { once: true });
    return stop;
  }
}

function wire(r: ChatRequest): WireGeneration {
  const gen: WireGeneration = {};
  if (r.temperature !== undefined) gen.temperature = r.temperature;
  if (r.maxTokens !== undefined) gen.max_tokens = r.maxTokens;
  if (r.topP !== undefined) gen.top_p = r.topP;
  if (r.stop !== undefined) gen.stop = r.stop;
  if (r.seed !== undefined) gen.seed = r.seed;
  return gen;
}
