/**
 * Decides whether and which model runs, and owns its lifecycle: capability check before any
 * download, the shopper's opt-in, progress, cancel, loading from cache on later visits, removal,
 * and every failure ending in a clear state with retrieval-only answers still working.
 *
 * `<shop-guide>` creates one from its attributes; the assistant reads `manager.engine` (the ready
 * engine, or the `none` engine) and `<shop-guide-model-status>` renders `manager.status`.
 * No worker is created until the shopper opts in (`enable()`), the shop sets `model-preload`, or the
 * shopper opted in on an earlier visit and the model is cached.
 */
import type { ModelRecord } from '@mlc-ai/web-llm';
import type { Lang } from '../i18n/index.ts';
import { detectCapabilities, type Capability, type CapabilityEnv, type CapabilityProblem } from './capability.ts';
import { localConsentStore, type ConsentStore } from './consent.ts';
import type { ChatEngine, EngineKind, LoadProgress } from './engine.ts';
import { LlmAbortError, ModelConfigError, StorageQuotaError, WebGpuUnavailableError, classifyError, type LlmError } from './errors.ts';
import { freeStorageBytes, guessRecord, inspectModelCache, removeModelFromCache } from './model-cache.ts';
import { chooseModel, findModel, isThinkingModel, resolveConfig, type ModelAttributes, type ModelChoice, type ResolvedConfig } from './models.ts';
import { NoModelEngine } from './none-engine.ts';
import { parseProgress, type ProgressContext } from './progress.ts';
import { PromptApiEngine, browserPromptApi, promptApiAvailability, type PromptApi, type PromptApiAvailability } from './prompt-api-engine.ts';
import { Observable } from './status.ts';
import { WorkerClient, type WorkerClientOptions } from './worker-client.ts';
import { WorkerChatEngine } from './worker-engine.ts';
import { createLlmWorker } from './worker-url.ts';

export type ModelPhase =
  /** Nothing checked yet (`start()` not called). */
  | 'idle'
  /** Checking the device and the cache. */
  | 'checking'
  /** No model can run here (see `problem`); the assistant answers from catalog data. */
  | 'unsupported'
  /** The shop turned the model off (`model="none"`). */
  | 'disabled'
  /** A model can be downloaded (or, when `cached`, turned on without downloading). */
  | 'available'
  /** The shopper said "not now" / turned it off / removed it. */
  | 'declined'
  /** Downloading or loading (see `progress`). */
  | 'loading'
  /** `engine` answers. */
  | 'ready'
  /** Something failed (see `error`); retrieval-only meanwhile. */
  | 'error';

export type ModelProblem = CapabilityProblem | 'needs-f16' | 'too-large' | 'config' | 'no-prompt-api';

export interface ModelStatus {
  phase: ModelPhase;
  /** The engine `manager.engine` returns. */
  engineKind: EngineKind;
  /** The model that would be / is loaded. */
  choice: ModelChoice | null;
  /** The chosen model's files are all in the browser cache: turning it on downloads nothing. */
  cached: boolean;
  /** Bytes of the chosen model stored on this device (also a partial download), if any. */
  storedBytes: number;
  /** The shopper opted in on an earlier visit but the browser has since cleared the files. */
  evicted: boolean;
  capability: Capability | null;
  problem: ModelProblem | null;
  /** Technical reason for `problem` (English; for the console). */
  problemDetail: string | null;
  promptApi: PromptApiAvailability;
  progress: LoadProgress | null;
  error: LlmError | null;
  /** After out-of-memory: a smaller model that may fit. */
  smaller: ModelChoice | null;
}

export interface ModelManagerOptions extends ModelAttributes {
  /** UI language: picks the model (Qwen for Chinese) and the Prompt API language. */
  lang: Lang;
  /** `model-preload`: start loading without waiting for the shopper (skipped with Save-Data on). */
  preload?: boolean;
  /** Also load an embedding model (e.g. `snowflake-arctic-embed-s-q0f32-MLC-b4`) for `engine.embed`. */
  embeddingModel?: string | null;
  /** Base for relative `model-url` / `model-lib-url`. Default: `document.baseURI`. */
  baseUri?: string;

  // Injectable side effects (tests; unusual embeddings).
  createWorker?: () => Worker;
  capabilityEnv?: CapabilityEnv;
  promptApi?: PromptApi | null;
  consent?: ConsentStore;
  caches?: Pick<CacheStorage, 'open' | 'has'> | null;
  storage?: Pick<StorageManager, 'estimate'> & Partial<Pick<StorageManager, 'persist'>> | null;
  saveData?: boolean;
  worker?: Omit<WorkerClientOptions, 'createWorker'>;
  /** Where shop-owner warnings go (one per problem). Default: console. */
  logger?: Pick<Console, 'warn'>;
}

/** Stands for the browser's built-in model in `ModelStatus.choice`. */
export const PROMPT_API_CHOICE: ModelChoice = {
  modelId: 'chrome-prompt-api',
  record: null,
  label: 'Built-in browser model',
  downloadBytes: null,
  vramMB: null,
  f16: false,
  selfHosted: false,
};

/** web-llm's `ModelType.embedding` (the main thread cannot import web-llm's values). */
const EMBEDDING_MODEL_TYPE = 1;

const initialStatus: ModelStatus = {
  phase: 'idle',
  engineKind: 'none',
  choice: null,
  cached: false,
  storedBytes: 0,
  evicted: false,
  capability: null,
  problem: null,
  problemDetail: null,
  promptApi: 'unavailable',
  progress: null,
  error: null,
  smaller: null,
};

export class ModelManager {
  private readonly state = new Observable<ModelStatus>(initialStatus);
  private readonly none = new NoModelEngine();
  private current: ChatEngine | null = null;
  private readonly config: ResolvedConfig;
  private started: Promise<void> | null = null;
  private loading: { client: WorkerClient | null; id: number; cancelled: boolean; abort?: AbortController } | null = null;
  private readonly failed: string[] = [];
  private readonly warned = new Set<string>();
  private readonly consent: ConsentStore;
  private readonly promptApi: PromptApi | null;

  constructor(private readonly options: ModelManagerOptions) {
    this.config = resolveConfig(options, options.baseUri ?? (typeof document !== 'undefined' ? document.baseURI : location.href));
    this.consent = options.consent ?? localConsentStore();
    this.promptApi = options.promptApi === undefined ? browserPromptApi() : options.promptApi;
  }

  get status(): ModelStatus {
    return this.state.value;
  }

  /** The engine to use now: the loaded model, or the `none` engine (retrieval-only). */
  get engine(): ChatEngine {
    return this.current && this.current.ready ? this.current : this.none;
  }

  get lang(): Lang {
    return this.options.lang;
  }

  subscribe(listener: (status: ModelStatus) => void): () => void {
    return this.state.subscribe(listener);
  }

  /**
   * Checks the device and the cache (no download, no worker), then loads the model if the shop asked
   * for preloading or the shopper opted in before and the files are cached. Safe to call repeatedly.
   */
  start(): Promise<void> {
    return (this.started ??= this.check().catch((e) => {
      this.fail(classifyError(e, { step: 'load' }));
    }));
  }

  /** The shopper opted in: download (if needed) and load. `choice` picks another model (e.g. `status.smaller`). */
  async enable(choice?: ModelChoice): Promise<void> {
    await this.start();
    const s = this.status;
    if (s.phase === 'loading' || s.phase === 'ready' || s.phase === 'unsupported' || s.phase === 'disabled') return;
    const target = choice ?? s.choice;
    if (!target) return;
    if (choice && choice.modelId !== s.choice?.modelId) {
      const info = await this.inspect(choice);
      this.set({ choice, cached: info.complete, storedBytes: info.cachedBytes });
    }
    if (target.modelId === PROMPT_API_CHOICE.modelId) return this.loadPromptApi();
    return this.loadWebLlm(target, false);
  }

  /** Stops a download / load in progress. Files already downloaded stay cached for next time. */
  cancel(): void {
    const l = this.loading;
    if (!l || this.status.phase !== 'loading') return;
    l.cancelled = true;
    l.abort?.abort();
    if (l.client) {
      const client = l.client;
      client.abort(l.id);
      // Give the worker a moment to stop cleanly, then end it regardless.
      setTimeout(() => client.terminate(new LlmAbortError('Download cancelled')), 1500);
    }
    this.loading = null;
    this.set({ phase: 'available', progress: null, error: null });
    void this.refreshCache();
  }

  /** The shopper said "not now" (or turned the model off): retrieval-only, and not asked again. */
  async decline(): Promise<void> {
    if (this.status.phase === 'loading') this.cancel();
    await this.dropEngine();
    this.consent.write({ choice: 'off', at: Date.now() });
    if (this.status.phase !== 'unsupported' && this.status.phase !== 'disabled') this.set({ phase: 'declined', error: null, progress: null });
  }

  /** "Remove downloaded model": unloads it and deletes its files from this device. */
  async remove(): Promise<void> {
    if (this.status.phase === 'loading') this.cancel();
    await this.dropEngine();
    const choice = this.status.choice;
    if (choice && choice.modelId !== PROMPT_API_CHOICE.modelId) {
      try {
        await removeModelFromCache(this.recordFor(choice), this.options.caches);
      } catch (e) {
        this.warnOnce('remove', `[shop-guide] Could not remove the downloaded model: ${(e as Error)?.message ?? e}`);
      }
    }
    this.consent.write({ choice: 'off', at: Date.now() });
    this.set({ phase: 'declined', cached: false, storedBytes: 0, evicted: false, error: null, progress: null });
  }

  /** After an error: try again. Damaged files are deleted first; after out-of-memory the smaller model is used. */
  async retry(): Promise<void> {
    const s = this.status;
    if (s.phase !== 'error') return this.enable();
    if (s.error?.kind === 'cache-corrupted' && s.choice) {
      await removeModelFromCache(this.recordFor(s.choice), this.options.caches).catch(() => 0);
      this.set({ cached: false, storedBytes: 0 });
    }
    if (s.error?.kind === 'out-of-memory' && s.smaller) return this.enable(s.smaller);
    this.set({ phase: 'available', error: null });
    return this.enable();
  }

  /** Unloads the model and stops the worker (e.g. the widget is removed from the page). */
  async dispose(): Promise<void> {
    if (this.status.phase === 'loading') this.cancel();
    await this.dropEngine();
  }

  // ---------------------------------------------------------------------------------------------

  private set(patch: Partial<ModelStatus>): void {
    const next = { ...this.state.value, ...patch };
    next.engineKind = this.current?.ready ? this.current.kind : 'none';
    this.state.set(next);
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    (this.options.logger ?? console).warn(message);
  }

  private async check(): Promise<void> {
    this.set({ phase: 'checking' });
    const config = this.config;
    if (config.error) {
      this.warnOnce('config', `[shop-guide] ${config.error}. The assistant runs without a language model.`);
      return this.set({ phase: 'unsupported', problem: 'config', problemDetail: config.error });
    }
    if (config.mode === 'none') return this.set({ phase: 'disabled' });

    const lang = this.options.lang;
    // Refusals are remembered for the session only for the browser's own model, not an injected one.
    const memo = this.options.promptApi === undefined ? undefined : null;
    const promptApi = config.mode === 'explicit' ? 'unavailable' : await promptApiAvailability(this.promptApi, lang, memo);
    this.set({ promptApi });
    if (promptApi === 'available' && this.promptApi) {
      // The browser's own model is already on the device: nothing to download, nothing to ask —
      // unless the shopper turned AI answers off.
      if (this.consent.read()?.choice === 'off') return this.set({ phase: 'declined', choice: PROMPT_API_CHOICE, cached: true });
      this.current = new PromptApiEngine(this.promptApi, lang);
      return this.set({ phase: 'ready', choice: PROMPT_API_CHOICE, cached: true });
    }
    const promptApiDownloadable = promptApi === 'downloadable' || promptApi === 'downloading';
    if (config.mode === 'prompt-api') {
      if (promptApiDownloadable) return this.offer(PROMPT_API_CHOICE);
      return this.unsupported('no-prompt-api', 'model="prompt-api" but this browser has no built-in language model for this language.');
    }

    const capability = await detectCapabilities(this.options.capabilityEnv);
    this.set({ capability });
    if (!capability.ok) {
      if (promptApiDownloadable) return this.offer(PROMPT_API_CHOICE);
      return this.unsupported(capability.problem!, capability.detail);
    }
    const picked = chooseModel(config, capability, lang);
    if (!picked.ok) {
      if (promptApiDownloadable) return this.offer(PROMPT_API_CHOICE);
      return this.unsupported(picked.problem, picked.detail);
    }
    return this.offer(picked.choice);
  }

  private unsupported(problem: ModelProblem, detail: string): void {
    this.warnOnce(`unsupported:${problem}`, `[shop-guide] No on-device language model: ${detail.replace(/\.?$/, '.')} The assistant answers from the product data instead.`);
    this.set({ phase: 'unsupported', problem, problemDetail: detail });
  }

  /** A model can run: offer it, or load it right away when preloading / opted in before. */
  private async offer(choice: ModelChoice): Promise<void> {
    const info = await this.inspect(choice);
    const consent = this.consent.read();
    const optedIn = consent?.choice === 'on' && (consent.modelId === choice.modelId || !consent.modelId);
    this.set({
      phase: consent?.choice === 'off' ? 'declined' : 'available',
      choice,
      cached: info.complete,
      storedBytes: info.cachedBytes,
      evicted: optedIn && !info.complete && choice !== PROMPT_API_CHOICE,
    });
    const saveData = this.options.saveData ?? Boolean((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData);
    const preload = this.options.preload && !saveData && consent?.choice !== 'off';
    if (preload || (optedIn && info.complete)) {
      void (choice === PROMPT_API_CHOICE ? this.loadPromptApi() : this.loadWebLlm(choice, true));
    }
  }

  private recordFor(choice: ModelChoice): ModelRecord | Pick<ModelRecord, 'model' | 'model_id'> {
    return choice.record ?? guessRecord(choice.modelId);
  }

  private async inspect(choice: ModelChoice) {
    if (choice.modelId === PROMPT_API_CHOICE.modelId) return { complete: false, totalBytes: null, cachedBytes: 0 };
    try {
      return await inspectModelCache(this.recordFor(choice), this.options.caches);
    } catch {
      return { complete: false, totalBytes: null, cachedBytes: 0 };
    }
  }

  private async refreshCache(): Promise<void> {
    const choice = this.status.choice;
    if (!choice) return;
    const info = await this.inspect(choice);
    if (this.status.choice === choice) this.set({ cached: info.complete, storedBytes: info.cachedBytes });
  }

  private async loadWebLlm(choice: ModelChoice, automatic: boolean): Promise<void> {
    const token = { client: null as WorkerClient | null, id: 0, cancelled: false };
    this.loading = token;
    this.set({ phase: 'loading', progress: { stage: 'preparing', fraction: null, text: '' }, error: null, smaller: null });

    // A shop may point model-url at an embedding model itself (web-llm's model_type 1): it then
    // serves `embed` and cannot chat. Otherwise `embeddingModel` is loaded next to the chat model.
    const embeddingOnly = choice.record?.model_type === EMBEDDING_MODEL_TYPE;
    const extraId = embeddingOnly ? null : this.options.embeddingModel ?? null;
    const embeddingId = embeddingOnly ? choice.modelId : extraId;
    const embeddingSpec = extraId ? findModel(extraId) : undefined;
    // Refuse early when the files cannot fit, instead of failing half-way through the download.
    if (!this.status.cached && choice.downloadBytes) {
      const free = await freeStorageBytes(this.options.storage);
      // Cancelled while the browser was asked: start nothing.
      if (token.cancelled) return;
      const needed = choice.downloadBytes - this.status.storedBytes + (embeddingSpec?.approxDownloadMB ?? 0) * 1024 * 1024;
      if (free !== null && needed > free) {
        return this.fail(new StorageQuotaError('Not enough free storage for the model', needed, free));
      }
    }
    // Ask the browser not to evict hundreds of MB under storage pressure (granted silently or not at all in Chrome).
    if (!automatic) void (this.options.storage === undefined ? navigator.storage : this.options.storage)?.persist?.().catch(() => false);

    const embedding = embeddingSpec?.record;
    const createWorker = this.options.createWorker ?? createLlmWorker;
    const client = new WorkerClient({ createWorker, ...this.options.worker });
    token.client = client;
    const records = [choice.record, embedding].filter((r): r is ModelRecord => Boolean(r));
    // What web-llm's reports leave out, for the chosen model (the first one web-llm loads): whether
    // nothing needs downloading, and the exact size once tensor-cache.json is in the cache (web-llm
    // fetches it just before it starts on the shards).
    const context: ProgressContext = { cached: this.status.cached };
    let starts = 0;
    const { id, promise } = client.request<null>(
      { kind: 'load', modelIds: [choice.modelId, ...(extraId ? [extraId] : [])], records },
      {
        onProgress: (report) => {
          if (this.loading !== token) return;
          if (/^Start to fetch params/i.test(report.text) && ++starts === 1 && !context.cached) {
            void this.inspect(choice).then((info) => (context.totalBytes = info.totalBytes));
          }
          this.set({ progress: parseProgress(report, starts <= 1 ? context : {}) });
        },
      },
    );
    token.id = id;
    try {
      await promise;
      if (token.cancelled || this.loading !== token) {
        client.terminate();
        return;
      }
      const engine = new WorkerChatEngine({ client, modelId: choice.modelId, embeddingModelId: embeddingId, canChat: !embeddingOnly, noThinking: isThinkingModel(choice.modelId) });
      client.onFatal((error) => this.onEngineFatal(engine, error));
      this.current = engine;
      this.loading = null;
      this.consent.write({ choice: 'on', modelId: choice.modelId, at: Date.now() });
      this.set({ phase: 'ready', choice, cached: true, evicted: false, progress: { stage: 'ready', fraction: 1, text: '' } });
      await this.refreshCache();
    } catch (e) {
      client.terminate();
      if (token.cancelled || this.loading !== token) return;
      this.loading = null;
      const error = classifyError(e, { step: 'load' });
      if (error.kind === 'aborted') {
        this.set({ phase: 'available', progress: null });
        return;
      }
      if (error.kind === 'out-of-memory') this.failed.push(choice.modelId);
      this.fail(error);
      await this.refreshCache();
    }
  }

  private async loadPromptApi(): Promise<void> {
    if (!this.promptApi) return;
    const abort = new AbortController();
    const token = { client: null, id: 0, cancelled: false, abort };
    this.loading = token;
    this.set({ phase: 'loading', progress: { stage: 'downloading', fraction: 0, text: '' }, error: null });
    const engine = new PromptApiEngine(this.promptApi, this.options.lang);
    try {
      await engine.prepare(abort.signal, (fraction) => {
        if (this.loading === token) this.set({ progress: { stage: 'downloading', fraction, text: '' } });
      });
      if (token.cancelled) return;
      this.loading = null;
      this.current = engine;
      this.consent.write({ choice: 'on', modelId: PROMPT_API_CHOICE.modelId, at: Date.now() });
      this.set({ phase: 'ready', cached: true, progress: null });
    } catch (e) {
      if (token.cancelled) return;
      this.loading = null;
      const error = classifyError(e, { step: 'load' });
      if (error.kind === 'aborted') return this.set({ phase: 'available', progress: null });
      this.fail(error);
    }
  }

  private fail(error: LlmError): void {
    if (error instanceof WebGpuUnavailableError || error instanceof ModelConfigError) {
      // The worker's own check (or web-llm) found the device unsuitable: same as failing the check here.
      this.unsupported(problemOf(error), error.message);
      this.set({ error, progress: null });
      return;
    }
    const detail = error instanceof StorageQuotaError && error.neededBytes !== null
      ? ` (needs ${mb(error.neededBytes)}, ${error.freeBytes === null ? 'unknown' : mb(error.freeBytes)} free)`
      : '';
    this.warnOnce(`error:${error.kind}`, `[shop-guide] The on-device model failed (${error.kind}): ${error.message.replace(/\.$/, '')}${detail}. The assistant answers from the product data meanwhile.`);
    let smaller: ModelChoice | null = null;
    if (error.kind === 'out-of-memory' && this.status.capability && this.config.mode === 'auto') {
      // Offer the next model down the preference list (the same one again is pointless).
      const capability = { ...this.status.capability, vramBudgetMB: Math.min(this.status.capability.vramBudgetMB, (this.status.choice?.vramMB ?? Infinity) - 1) };
      const next = chooseModel({ mode: 'auto' }, capability, this.options.lang, this.failed);
      if (next.ok) smaller = next.choice;
    }
    this.set({ phase: 'error', error, progress: null, smaller });
  }

  private onEngineFatal(engine: ChatEngine, error: LlmError): void {
    if (this.current !== engine) return;
    this.current = null;
    this.fail(error);
  }

  private async dropEngine(): Promise<void> {
    const engine = this.current;
    this.current = null;
    if (engine) await engine.unload().catch(() => {});
    this.set({});
  }
}

/** What the worker's own GPU check (or web-llm) found, from its message. */
function problemOf(error: LlmError): ModelProblem {
  if (error instanceof ModelConfigError) return 'config';
  const m = error.message;
  if (/software/i.test(m)) return 'software-adapter';
  if (/shader-f16/i.test(m)) return 'needs-f16';
  if (/limit/i.test(m)) return 'limits';
  if (/navigator\.gpu is missing|no WebGPU|not supported/i.test(m)) return 'no-webgpu';
  return 'no-adapter';
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
