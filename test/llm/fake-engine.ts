/**
 * A scripted stand-in for web-llm's MLCEngine (it implements web-llm's `MLCEngineInterface`), for
 * tests and benchmarks where no weights can be downloaded. It behaves like web-llm where our code
 * can tell: OpenAI-style streamed chunks with a final usage chunk, JSON mode, `interruptGenerate`,
 * progress reports with web-llm's exact text formats, `unload()` aborting a reload quietly, and the
 * same Cache API layout for the "downloaded" files — so "later visits load from cache", "remove
 * downloaded model" and "cache corrupted" are exercised against the real Cache API.
 *
 * Use it inside the real worker protocol through `fake-llm.worker.ts` / `FakeModelHost`
 * (fake-host.ts), or directly: `new FakeMLCEngine({ reply: 'Hello', tokenDelayMs: 5 })`.
 */
import type {
  AppConfig,
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionRequest,
  ChatCompletionRequestBase,
  ChatCompletionRequestNonStreaming,
  ChatCompletionRequestStreaming,
  Completion,
  CompletionCreateParams,
  CreateEmbeddingResponse,
  EmbeddingCreateParams,
  InitProgressCallback,
  LogLevel,
  MLCEngineInterface,
  ModelRecord,
  ResumeProbeResult,
  ResumeResult,
} from '@mlc-ai/web-llm';
import { CACHE_SCOPES, modelBaseUrl } from '../../src/llm/model-cache.ts';

/** Failures the fake can produce, each thrown the way the browser / web-llm really throws it. */
export type FakeFailurePreset =
  /** Cache.add's real message when a fetch fails mid-download. */
  | 'network'
  /** DOMException QuotaExceededError from the Cache API. */
  | 'quota'
  /** A RangeError while reading a cached shard back (a truncated / damaged file). */
  | 'cache-corrupted'
  /** web-llm's DeviceLostError (during reload this is how running out of GPU memory shows up). */
  | 'device-lost'
  /** Same as device-lost during reload: web-llm's OOM symptom. */
  | 'oom'
  /** web-llm's WebGPUNotAvailableError. */
  | 'no-webgpu'
  /** An uncaught exception in the worker (its `error` event fires). */
  | 'crash'
  /** The worker closes itself without a word (killed for memory): only liveness pings notice. */
  | 'exit'
  /** Never answers again. */
  | 'hang';

export type FakeFailure = FakeFailurePreset | { name: string; message: string };

export interface FakeScript {
  /** The answer (streamed token by token). Default: "This is a fake answer." */
  reply?: string;
  /** Answers picked by a case-insensitive regex over the last user message; first match wins. */
  replies?: { match: string; reply: string }[];
  /** The value JSON-mode requests return. Default: the schema's required fields with empty values. */
  json?: unknown;
  /** Raw text JSON-mode requests return instead (e.g. JSON cut off at max_tokens). */
  jsonRaw?: string;
  /** Delay before the first chunk (prefill), ms. */
  firstTokenDelayMs?: number;
  /** Delay between chunks, ms. */
  tokenDelayMs?: number;
  load?: {
    /** Weight shards and their (claimed) sizes. Default 4 × 32 MB. */
    shards?: number;
    shardBytes?: number;
    /** Time to "download" one shard, ms. */
    shardDelayMs?: number;
    /** Shader modules to "compile" (progress steps). */
    compileSteps?: number;
    failure?: FakeFailure;
    /** 1-based shard at which `failure` happens (default: the first shard fetched, or at the start). */
    failAtShard?: number;
    /** In which step `failure` happens. Default: `fetch`, or `read` for cache-corrupted. */
    failIn?: 'start' | 'fetch' | 'read' | 'compile';
  };
  chat?: {
    failure?: FakeFailure;
    /** Chunks sent before `failure` happens (default 0). */
    failAfterChunks?: number;
  };
  /** Embedding vector length. Default 8. */
  embeddingDims?: number;
  /**
   * Prefix for the Cache API names, so test files running in parallel on one origin do not share
   * web-llm's caches (pass the same prefix to the product code through its `caches` option).
   */
  cacheNamespace?: string;
}

export interface FakeRequestLog {
  kind: 'reload' | 'chat' | 'json' | 'embed';
  /** When the engine received it, as epoch ms (`performance.timeOrigin + performance.now()`), comparable across threads. */
  receivedAt: number;
  modelId?: string | string[];
  request?: unknown;
  /** For `reload`: the shard files it downloaded (not those already cached), as it goes. */
  fetched?: string[];
}

export interface FakeEngineHooks {
  /** Called for a device-loss failure: the worker entry routes it to the handler's device-loss path. */
  onDeviceLost?(message: string): void;
  /** Called as each request reaches the engine (benchmarks time "send → request at the engine"). */
  onRequest?(log: FakeRequestLog): void;
}

const MB = 1024 * 1024;
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class FakeMLCEngine implements MLCEngineInterface {
  private readonly log: FakeRequestLog[] = [];
  chat = { completions: { create: (r: ChatCompletionRequest) => this.chatCompletion(r) } } as unknown as MLCEngineInterface['chat'];
  completions = { create: () => this.unsupported('completions') } as unknown as MLCEngineInterface['completions'];
  embeddings = { create: (r: EmbeddingCreateParams) => this.embedding(r) } as unknown as MLCEngineInterface['embeddings'];

  private appConfig: AppConfig = { model_list: [] };
  private progress?: InitProgressCallback;
  private loaded: string[] = [];
  private interrupted = false;
  private reloadAborted = false;

  constructor(
    readonly script: FakeScript = {},
    private readonly hooks: FakeEngineHooks = {},
  ) {}

  /** Every request that reached the engine, oldest first. */
  get requests(): readonly FakeRequestLog[] {
    return this.log;
  }

  private record(entry: FakeRequestLog): void {
    this.log.push(entry);
    this.hooks.onRequest?.(entry);
  }

  setInitProgressCallback(cb: InitProgressCallback): void {
    this.progress = cb;
  }

  getInitProgressCallback(): InitProgressCallback | undefined {
    return this.progress;
  }

  setAppConfig(appConfig: AppConfig): void {
    this.appConfig = appConfig;
  }

  setLogLevel(_level: LogLevel): void {}

  async reload(modelId: string | string[]): Promise<void> {
    const entry: FakeRequestLog = { kind: 'reload', receivedAt: now(), modelId, fetched: [] };
    this.record(entry);
    await this.unload();
    this.reloadAborted = false;
    const ids = Array.isArray(modelId) ? modelId : [modelId];
    for (const id of ids) {
      const record = this.appConfig.model_list.find((r) => r.model_id === id);
      if (!record) throw named('ModelNotFoundError', `Cannot find model record in appConfig for ${id}.`);
      const finished = await this.loadOne(record, entry.fetched!);
      // Aborted by unload(): web-llm's downloads go through Cache.add, which rejects with a
      // DOMException AbortError, and reload() swallows that with a warning and resolves (seen with
      // the real engine: test/real-engine/failures.real-test.ts, cancel during the download).
      if (!finished) return;
    }
    this.loaded = ids;
  }

  async unload(): Promise<void> {
    this.reloadAborted = true;
    this.loaded = [];
  }

  interruptGenerate(): void {
    this.interrupted = true;
  }

  async resetChat(): Promise<void> {}

  async getMessage(): Promise<string> {
    return '';
  }

  async runtimeStatsText(): Promise<string> {
    return 'fake engine';
  }

  async getMaxStorageBufferBindingSize(): Promise<number> {
    return 1024 * MB;
  }

  async getGPUVendor(): Promise<string> {
    return 'fake';
  }

  async forwardTokensAndSample(): Promise<number> {
    return this.unsupported('forwardTokensAndSample');
  }

  async listResumableSessions(): Promise<ResumeProbeResult[]> {
    return [];
  }

  async resumeChatCompletion(): Promise<ResumeResult | AsyncIterable<ChatCompletionChunk>> {
    return this.unsupported('resumeChatCompletion');
  }

  async deleteResumableSession(): Promise<void> {}

  completion(request: CompletionCreateParams): Promise<Completion>;
  completion(request: CompletionCreateParams): Promise<AsyncIterable<Completion>>;
  async completion(): Promise<never> {
    return this.unsupported('completion');
  }

  chatCompletion(request: ChatCompletionRequestNonStreaming): Promise<ChatCompletion>;
  chatCompletion(request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChatCompletionChunk>>;
  chatCompletion(request: ChatCompletionRequestBase): Promise<AsyncIterable<ChatCompletionChunk> | ChatCompletion>;
  chatCompletion(request: ChatCompletionRequest): Promise<AsyncIterable<ChatCompletionChunk> | ChatCompletion>;
  async chatCompletion(request: ChatCompletionRequestBase): Promise<AsyncIterable<ChatCompletionChunk> | ChatCompletion> {
    const json = request.response_format?.type === 'json_object';
    this.record({ kind: json ? 'json' : 'chat', receivedAt: now(), request: structuredClone(request) });
    if (this.loaded.length === 0) throw named('ModelNotLoadedError', 'Model not loaded before trying to complete ChatCompletionRequest.');
    this.interrupted = false;
    const text = json ? (this.script.jsonRaw ?? JSON.stringify(this.script.json ?? fromSchema(request.response_format?.schema))) : this.replyFor(request);
    const tokens = tokenize(text);
    const model = (request.model as string | undefined) ?? this.loaded[0]!;
    const promptTokens = request.messages.reduce((n, m) => n + tokenize(String(m.content ?? '')).length, 0);
    if (request.stream) return this.stream(tokens, model, promptTokens, Boolean(request.stream_options?.include_usage));

    let out = '';
    let finish: 'stop' | 'abort' = 'stop';
    for await (const t of this.generate(tokens)) {
      if (t === null) {
        finish = 'abort';
        break;
      }
      out += t;
    }
    return {
      id: `fake-${Date.now()}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, finish_reason: finish, message: { role: 'assistant', content: out }, logprobs: null }],
      usage: usage(promptTokens, tokenize(out).length),
    } as ChatCompletion;
  }

  async embedding(request: EmbeddingCreateParams): Promise<CreateEmbeddingResponse> {
    this.record({ kind: 'embed', receivedAt: now(), request: structuredClone(request) });
    const inputs = (Array.isArray(request.input) ? request.input : [request.input]) as unknown[];
    const dims = this.script.embeddingDims ?? 8;
    // As the real engine (test/real-engine): an empty text is an error, one of only spaces has no
    // tokens and gets a 0-length vector, more than 512 tokens (≈ words here) exceed the context.
    if (inputs.some((i) => i === '')) throw named('EmbeddingInputEmptyError', 'Embedding input cannot be empty string or empty token array.');
    const long = inputs.map((i) => tokenize(String(i)).length).find((n) => n > 512);
    if (long) throw named('EmbeddingExceedContextWindowSizeError', `The embedding model you are using only supports up to 512 context size.However, an input in the batch has size ${long}.`);
    return {
      object: 'list',
      model: String(request.model ?? this.loaded.at(-1)),
      data: inputs.map((input, index) => ({ object: 'embedding', index, embedding: String(input).trim() ? hashVector(String(input), dims) : [] })),
      usage: { prompt_tokens: inputs.length, total_tokens: inputs.length, extra: { prefill_tokens_per_s: 0 } },
    } as CreateEmbeddingResponse;
  }

  // -----------------------------------------------------------------------------------------

  private unsupported(what: string): never {
    throw new Error(`FakeMLCEngine does not implement ${what}`);
  }

  private replyFor(request: ChatCompletionRequestBase): string {
    const last = [...request.messages].reverse().find((m) => m.role === 'user');
    const content = typeof last?.content === 'string' ? last.content : '';
    const hit = this.script.replies?.find((r) => new RegExp(r.match, 'i').test(content));
    return hit?.reply ?? this.script.reply ?? 'This is a fake answer.';
  }

  /** Yields tokens with the scripted timing; `null` means interrupted. Applies chat failures. */
  private async *generate(tokens: string[]): AsyncGenerator<string | null> {
    const { failure, failAfterChunks = 0 } = this.script.chat ?? {};
    if (this.script.firstTokenDelayMs) await sleep(this.script.firstTokenDelayMs);
    for (let i = 0; i < tokens.length; i++) {
      if (failure && i === failAfterChunks) await this.fail(failure, 'generate');
      if (this.interrupted) {
        yield null;
        return;
      }
      if (i > 0 && this.script.tokenDelayMs) await sleep(this.script.tokenDelayMs);
      if (this.interrupted) {
        yield null;
        return;
      }
      yield tokens[i]!;
    }
    if (failure && failAfterChunks >= tokens.length) await this.fail(failure, 'generate');
  }

  private async *stream(tokens: string[], model: string, promptTokens: number, includeUsage: boolean): AsyncGenerator<ChatCompletionChunk> {
    const id = `fake-${Date.now()}`;
    const created = Math.floor(Date.now() / 1000);
    const chunk = (content: string, finish: 'stop' | 'abort' | null): ChatCompletionChunk =>
      ({ id, created, model, object: 'chat.completion.chunk', choices: [{ index: 0, delta: { role: 'assistant', content }, finish_reason: finish, logprobs: null }] }) as ChatCompletionChunk;
    let sent = 0;
    let finish: 'stop' | 'abort' = 'stop';
    for await (const t of this.generate(tokens)) {
      if (t === null) {
        finish = 'abort';
        break;
      }
      sent++;
      yield chunk(t, null);
    }
    yield chunk('', finish);
    if (includeUsage) yield { id, created, model, object: 'chat.completion.chunk', choices: [], usage: usage(promptTokens, sent) } as ChatCompletionChunk;
  }

  /** Throws (or crashes / hangs) the way the real thing does. */
  private async fail(failure: FakeFailure, step: 'load' | 'generate'): Promise<never> {
    if (typeof failure === 'object') throw named(failure.name, failure.message);
    switch (failure) {
      case 'network':
        throw new TypeError("Failed to execute 'add' on 'Cache': Request failed");
      case 'quota':
        throw new DOMException('Quota exceeded.', 'QuotaExceededError');
      case 'cache-corrupted':
        throw new RangeError('Offset is outside the bounds of the DataView');
      case 'oom':
      case 'device-lost':
        if (step === 'generate') {
          // Mid-answer, web-llm only logs and unloads; the worker's GPU watcher reports the loss
          // and the generation never finishes.
          this.hooks.onDeviceLost?.('Device was lost (reason: unknown)');
          return new Promise<never>(() => {});
        }
        throw named('DeviceLostError', 'The WebGPU device was lost while loading the model. This issue often occurs due to running out of memory (OOM).');
      case 'no-webgpu':
        throw named('WebGPUNotAvailableError', 'WebGPU is not supported in your current environment, but it is necessary to run the WebLLM engine.');
      case 'crash':
        setTimeout(() => {
          throw new Error('fake engine crashed');
        });
        return new Promise<never>(() => {});
      case 'exit':
        (globalThis as unknown as { close(): void }).close();
        return new Promise<never>(() => {});
      case 'hang':
        return new Promise<never>(() => {});
    }
  }

  /** Emulates web-llm's reloadInternal + fetchTensorCache for one model. Returns false when aborted. */
  private async loadOne(record: ModelRecord, fetchedFiles: string[]): Promise<boolean> {
    const load = this.script.load ?? {};
    const shards = load.shards ?? 4;
    const shardBytes = load.shardBytes ?? 32 * MB;
    const totalBytes = shards * shardBytes;
    const base = modelBaseUrl(record.model);
    const failIn = load.failIn ?? (load.failure === 'cache-corrupted' ? 'read' : 'fetch');
    const t0 = performance.now();
    const secs = () => Math.ceil((performance.now() - t0) / 1000);
    const report = (progress: number, text: string) => this.progress?.({ progress, timeElapsed: secs(), text });

    if (load.failure && failIn === 'start') await this.fail(load.failure, 'load');

    const ns = this.script.cacheNamespace ?? '';
    const [modelCache, configCache, wasmCache] = await Promise.all([
      caches.open(ns + CACHE_SCOPES.model),
      caches.open(ns + CACHE_SCOPES.config),
      caches.open(ns + CACHE_SCOPES.wasm),
    ]);
    // Config and model library first, like web-llm (no progress for these).
    await put(configCache, new URL('mlc-chat-config.json', base).href, JSON.stringify({ model_type: 'fake', context_window_size: 4096 }));
    if (/^https?:/.test(record.model_lib)) await put(wasmCache, record.model_lib, 'fake wasm');
    await put(modelCache, new URL('tokenizer.json', base).href, '{}');
    const jsonUrl = new URL('tensor-cache.json', base).href;
    const records = Array.from({ length: shards }, (_, i) => ({ dataPath: `params_shard_${i}.bin`, nbytes: shardBytes }));
    if (!(await modelCache.match(jsonUrl))) await modelCache.put(jsonUrl, new Response(JSON.stringify({ metadata: {}, records })));

    const keys = new Set((await modelCache.keys()).map((r) => r.url));
    const missing = records.filter((r) => !keys.has(new URL(r.dataPath, base).href));
    // Like web-llm: "Start to fetch params" at 0 on every load, also when every shard is cached; then,
    // if any shard is missing, one "Fetching param cache" per shard, cached ones included (web-llm's
    // loop skips their download but counts them), with the fraction over all shards.
    report(0, 'Start to fetch params');
    if (missing.length) {
      let fetched = 0;
      let n = 0;
      for (const [i, rec] of records.entries()) {
        if (!keys.has(new URL(rec.dataPath, base).href)) {
          n++;
          if (this.reloadAborted) return false;
          if (load.failure && failIn === 'fetch' && n === (load.failAtShard ?? 1)) await this.fail(load.failure, 'load');
          if (load.shardDelayMs) await sleep(load.shardDelayMs);
          if (this.reloadAborted) return false;
          await modelCache.put(new URL(rec.dataPath, base).href, new Response(`shard ${rec.dataPath}`));
          fetchedFiles.push(rec.dataPath);
        }
        fetched += shardBytes;
        report(
          fetched / totalBytes,
          `Fetching param cache[${i + 1}/${shards}]: ${Math.ceil(fetched / MB)}MB fetched. ${Math.floor((fetched * 100) / totalBytes)}% completed, ${secs()} secs elapsed. It can take a while when we first visit this page to populate the cache. Later refreshes will become faster.`,
        );
      }
    }

    // Read everything back from the cache, as web-llm does before uploading to the GPU.
    const list = (await (await modelCache.match(jsonUrl))!.json()) as { records: { dataPath: string; nbytes: number }[] };
    let loaded = 0;
    for (let i = 0; i < list.records.length; i++) {
      if (this.reloadAborted) return false;
      if (load.failure && failIn === 'read' && i + 1 === (load.failAtShard ?? 1)) await this.fail(load.failure, 'load');
      const shard = await modelCache.match(new URL(list.records[i]!.dataPath, base).href);
      if (!shard) throw new Error(`Cannot fetch ${list.records[i]!.dataPath}`);
      await shard.arrayBuffer();
      loaded += list.records[i]!.nbytes;
      report(loaded / totalBytes, `Loading model from cache[${i + 1}/${list.records.length}]: ${Math.ceil(loaded / MB)}MB loaded. ${Math.floor((loaded * 100) / totalBytes)}% completed, ${secs()} secs elapsed.`);
    }
    const steps = load.compileSteps ?? 3;
    for (let i = 1; i <= steps; i++) {
      if (this.reloadAborted) return false;
      if (load.failure && failIn === 'compile' && i === 1) await this.fail(load.failure, 'load');
      await sleep(0);
      report(i / steps, `Loading GPU shader modules[${i}/${steps}]: ${Math.floor((i * 100) / steps)}% completed, ${secs()} secs elapsed.`);
    }
    report(1, 'Finish loading on WebGPU - fake');
    return true;
  }
}

async function put(cache: Cache, url: string, body: string): Promise<void> {
  if (!(await cache.match(url))) await cache.put(url, new Response(body));
}

function named(name: string, message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

function usage(prompt: number, completion: number) {
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion, extra: { prefill_tokens_per_s: 0, decode_tokens_per_s: 0, e2e_latency_s: 0, time_to_first_token_s: 0, time_per_output_token_s: 0 } };
}

/** Words with their leading space; each CJK character on its own (like real tokenizers, roughly). */
export function tokenize(text: string): string[] {
  return text.match(/[\u3000-\u9fff\uff00-\uffef]|\s*[^\s\u3000-\u9fff\uff00-\uffef]+|\s+$/g) ?? [];
}

/** A minimal value matching a JSON schema: required properties with empty values of their type. */
export function fromSchema(schema: string | undefined): unknown {
  const s = schema ? (JSON.parse(schema) as Record<string, unknown>) : {};
  return valueOf(s);
}

function valueOf(s: Record<string, unknown>): unknown {
  if (Array.isArray(s.enum)) return s.enum[0];
  if ('const' in s) return s.const;
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      return '';
    case 'number':
    case 'integer':
      return 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'null':
      return null;
    default: {
      const props = (s.properties ?? {}) as Record<string, Record<string, unknown>>;
      const required = (s.required ?? Object.keys(props)) as string[];
      return Object.fromEntries(required.map((k) => [k, valueOf(props[k] ?? {})]));
    }
  }
}

/** A deterministic unit vector per text. */
function hashVector(text: string, dims: number): number[] {
  const v = new Array<number>(dims).fill(0);
  for (let i = 0; i < text.length; i++) v[(text.charCodeAt(i) * 31 + i) % dims]! += 1;
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}
