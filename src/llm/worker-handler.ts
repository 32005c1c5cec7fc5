/**
 * The worker side of the protocol: runs requests against an MLCEngine-shaped engine. It imports no
 * web-llm values (types only), so tests run this same handler with a fake engine; the product's
 * `llm.worker.ts` passes web-llm's real MLCEngine.
 */
import type {
  ChatCompletionChunk,
  ChatCompletionRequestNonStreaming,
  ChatCompletionRequestStreaming,
  InitProgressReport,
  MLCEngineInterface,
  ModelRecord,
} from '@mlc-ai/web-llm';
import type { FinishReason, Usage } from './engine.ts';
import {
  DeviceLostError,
  LlmAbortError,
  ModelConfigError,
  classifyError,
  serializeError,
  type ErrorContext,
} from './errors.ts';
import { PROTOCOL, isClientMessage, type ChatDone, type ClientMessage, type WorkerMessage } from './protocol.ts';

/** The part of web-llm's engine interface the handler uses. */
export type HandlerEngine = Pick<
  MLCEngineInterface,
  'reload' | 'unload' | 'chatCompletion' | 'embedding' | 'interruptGenerate' | 'setInitProgressCallback' | 'setAppConfig'
>;

export interface WorkerBackend {
  createEngine(): HandlerEngine;
  /** A model record the main thread did not send (a prebuilt id it does not list). */
  resolveRecord?(modelId: string): ModelRecord | undefined;
  /** Runs before anything is downloaded; throws (e.g. WebGpuUnavailableError) when the model cannot run. */
  preflight?(records: ModelRecord[]): Promise<void>;
  /** Calls back when a GPU device is lost for a reason other than our own unload. */
  watchDeviceLoss?(onLost: (message: string) => void): void;
}

type Post = (message: WorkerMessage, transfer?: Transferable[]) => void;

export class LlmWorkerHandler {
  private engine: HandlerEngine | null = null;
  /** Requests run one at a time (web-llm's interrupt is global, so "current" must be exact). */
  private queue: Promise<void> = Promise.resolve();
  private readonly aborted = new Set<number>();
  private current: { id: number; kind: ClientMessage['kind'] } | null = null;
  private readingCache = false;
  private lost = false;

  constructor(
    private readonly backend: WorkerBackend,
    private readonly post: Post,
  ) {
    backend.watchDeviceLoss?.((message) => this.onDeviceLost(message));
  }

  /** Feeds one message from the main thread. Messages of other protocols are ignored. */
  handle(data: unknown): void {
    if (!isClientMessage(data)) return;
    const msg = data;
    switch (msg.kind) {
      case 'ping':
        this.send({ p: PROTOCOL, kind: 'pong', id: msg.id });
        return;
      case 'abort':
        this.abort(msg.target);
        return;
      default:
        this.enqueue(msg);
    }
  }

  private send(message: WorkerMessage, transfer?: Transferable[]): void {
    this.post(message, transfer);
  }

  private enqueue(msg: Exclude<ClientMessage, { kind: 'ping' | 'abort' }>): void {
    this.queue = this.queue.then(async () => {
      if (this.aborted.delete(msg.id)) {
        this.fail(msg.id, new LlmAbortError('Stopped before it started'), { step: stepOf(msg.kind) });
        return;
      }
      if (this.lost && msg.kind !== 'unload' && msg.kind !== 'load') {
        this.fail(msg.id, new DeviceLostError('The GPU device was lost'), { step: stepOf(msg.kind) });
        return;
      }
      this.current = { id: msg.id, kind: msg.kind };
      try {
        const value = await this.run(msg);
        if (this.aborted.delete(msg.id) && msg.kind === 'load') throw new LlmAbortError('Download cancelled');
        this.send({ p: PROTOCOL, kind: 'done', id: msg.id, value: value.value }, value.transfer);
      } catch (e) {
        // After an abort request, whatever comes back is the abort: web-llm's reload() usually
        // resolves quietly (see `abort`), but a step that was not fetching may throw instead.
        const stopped = this.aborted.delete(msg.id);
        const error = stopped ? new LlmAbortError(msg.kind === 'load' ? 'Download cancelled' : 'Stopped', e) : e;
        this.fail(msg.id, error, { step: stepOf(msg.kind), readingCache: this.readingCache, online: navigator.onLine });
      } finally {
        this.current = null;
      }
    });
  }

  private fail(id: number, e: unknown, ctx: ErrorContext): void {
    // No console output here: the main thread reports each failure once, for the shop owner.
    const error = classifyError(e, ctx);
    this.send({ p: PROTOCOL, kind: 'error', id, error: serializeError(error) });
  }

  private abort(target: number): void {
    if (this.current?.id === target) {
      this.aborted.add(target);
      if (this.current.kind === 'load') {
        // web-llm's unload() aborts the reload's fetches; reload() then resolves quietly, which
        // `enqueue` turns into an abort error because `target` is marked aborted.
        void this.engine?.unload().catch(() => {});
      } else if (this.current.kind === 'chat' || this.current.kind === 'json') {
        this.engine?.interruptGenerate();
      }
    } else {
      // Not started yet (or already finished: then the mark is dropped with the next request id).
      this.aborted.add(target);
    }
  }

  private onDeviceLost(message: string): void {
    if (this.lost) return;
    this.lost = true;
    this.send({ p: PROTOCOL, kind: 'device-lost', message });
    // A generation in flight may never finish on a lost device; stop it.
    if (this.current && (this.current.kind === 'chat' || this.current.kind === 'json')) this.engine?.interruptGenerate();
  }

  private getEngine(): HandlerEngine {
    return (this.engine ??= this.backend.createEngine());
  }

  private async run(msg: Exclude<ClientMessage, { kind: 'ping' | 'abort' }>): Promise<{ value: unknown; transfer?: Transferable[] }> {
    switch (msg.kind) {
      case 'load':
        await this.load(msg);
        return { value: null };
      case 'chat':
        return { value: await this.chat(msg) };
      case 'json':
        return { value: await this.json(msg) };
      case 'embed': {
        const res = await this.getEngine().embedding({ input: msg.input, model: msg.model });
        const vectors = [...res.data].sort((a, b) => a.index - b.index).map((d) => Float32Array.from(d.embedding));
        return { value: vectors, transfer: vectors.map((v) => v.buffer) };
      }
      case 'unload':
        this.readingCache = false;
        await this.engine?.unload();
        return { value: null };
    }
  }

  private async load(msg: Extract<ClientMessage, { kind: 'load' }>): Promise<void> {
    const records = msg.modelIds.map((id) => {
      const record = msg.records.find((r) => r.model_id === id) ?? this.backend.resolveRecord?.(id);
      if (!record) throw new ModelConfigError(`Unknown model "${id}": not in web-llm's prebuilt list and no model-url given`);
      return record;
    });
    await this.backend.preflight?.(records);
    if (this.aborted.has(msg.id)) throw new LlmAbortError('Download cancelled');
    const engine = this.getEngine();
    this.readingCache = false;
    this.lost = false;
    engine.setInitProgressCallback((report: InitProgressReport) => {
      // web-llm reads every shard back from the cache before uploading it to the GPU; failures in
      // that step mean a damaged cached copy rather than a network problem.
      if (/^Loading model from cache/i.test(report.text)) this.readingCache = true;
      else if (/^Fetching param cache/i.test(report.text)) this.readingCache = false;
      this.send({ p: PROTOCOL, kind: 'progress', id: msg.id, report: { progress: report.progress, timeElapsed: report.timeElapsed, text: report.text } });
    });
    engine.setAppConfig({ model_list: records, cacheBackend: 'cache' });
    await engine.reload(msg.modelIds.length === 1 ? msg.modelIds[0]! : msg.modelIds);
  }

  private request(msg: Extract<ClientMessage, { kind: 'chat' | 'json' }>) {
    return {
      messages: msg.messages.map((m) => ({ role: m.role, content: m.content })),
      model: msg.model,
      ...msg.gen,
      ...(msg.noThinking ? { extra_body: { enable_thinking: false } } : {}),
    };
  }

  private async chat(msg: Extract<ClientMessage, { kind: 'chat' }>): Promise<ChatDone> {
    const request = { ...this.request(msg), stream: true, stream_options: { include_usage: true } } as ChatCompletionRequestStreaming;
    const chunks = await this.getEngine().chatCompletion(request);
    let text = '';
    let finishReason: FinishReason = 'stop';
    let usage: Usage | undefined;
    for await (const chunk of chunks as AsyncIterable<ChatCompletionChunk>) {
      const choice = chunk.choices[0];
      const delta = choice?.delta?.content;
      if (delta) {
        text += delta;
        this.send({ p: PROTOCOL, kind: 'chunk', id: msg.id, delta });
      }
      if (choice?.finish_reason) finishReason = finishOf(choice.finish_reason);
      if (chunk.usage) usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
    }
    if (this.lost) throw new DeviceLostError('The GPU device was lost while answering');
    if (this.aborted.has(msg.id)) finishReason = 'abort';
    return { text, finishReason, ...(usage ? { usage } : {}) };
  }

  private async json(msg: Extract<ClientMessage, { kind: 'json' }>): Promise<ChatDone> {
    const request = {
      ...this.request(msg),
      stream: false,
      response_format: { type: 'json_object', schema: msg.schema },
    } as ChatCompletionRequestNonStreaming;
    const res = await this.getEngine().chatCompletion(request);
    if (this.lost) throw new DeviceLostError('The GPU device was lost while answering');
    const choice = res.choices[0];
    const finishReason: FinishReason = this.aborted.has(msg.id) ? 'abort' : finishOf(choice?.finish_reason ?? 'stop');
    return {
      text: choice?.message?.content ?? '',
      finishReason,
      ...(res.usage ? { usage: { promptTokens: res.usage.prompt_tokens, completionTokens: res.usage.completion_tokens } } : {}),
    };
  }
}

function stepOf(kind: ClientMessage['kind']): ErrorContext['step'] {
  return kind === 'load' || kind === 'unload' ? 'load' : kind === 'embed' ? 'embed' : 'generate';
}

function finishOf(reason: string): FinishReason {
  return reason === 'length' ? 'length' : reason === 'abort' ? 'abort' : 'stop';
}

/** Wires a handler to the worker global scope and announces readiness. */
export function startWorker(backend: WorkerBackend): LlmWorkerHandler {
  // The DOM lib has no worker-scope types; this is the part we use.
  const scope = globalThis as unknown as {
    postMessage(message: unknown, transfer: Transferable[]): void;
    addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  };
  const handler = new LlmWorkerHandler(backend, (message, transfer) => scope.postMessage(message, transfer ?? []));
  scope.addEventListener('message', (event: MessageEvent) => handler.handle(event.data));
  scope.postMessage({ p: PROTOCOL, kind: 'ready' } satisfies WorkerMessage, []);
  return handler;
}
