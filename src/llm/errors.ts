/**
 * Typed errors of the model layer. The UI and the assistant branch on `kind` (or `instanceof`);
 * `fatal` says the engine that threw is no longer usable (the manager falls back to retrieval-only).
 *
 * Errors cross the worker boundary as plain objects (`serializeError` / `deserializeError`), so the
 * classes here are rebuilt on the main thread with the same kind. Plain TS: used by the worker too.
 */

export type LlmErrorKind =
  | 'webgpu-unavailable' // no navigator.gpu, no adapter, or the adapter cannot run models
  | 'network' // a download was interrupted or the device is offline
  | 'quota' // not enough storage for the model files
  | 'cache-corrupted' // cached model files are unreadable; download again
  | 'device-lost' // the WebGPU device went away (driver reset, other tab, sleep)
  | 'out-of-memory' // the model did not fit in GPU / wasm memory
  | 'worker-crashed' // the model worker died or stopped answering
  | 'aborted' // stopped on request (shopper pressed stop, cancel, or AbortSignal)
  | 'no-model' // no model is loaded (retrieval-only mode)
  | 'context-too-long' // the prompt is longer than the model's context window
  | 'invalid-output' // the model's JSON could not be parsed
  | 'config' // the shop's model attributes are wrong (unknown model id, missing model-lib-url)
  | 'unknown';

export class LlmError extends Error {
  readonly kind: LlmErrorKind;
  /** The engine that threw this can no longer answer; a new load is needed. */
  readonly fatal: boolean;
  /** Trying the same thing again may succeed (network hiccup, device lost). */
  readonly retryable: boolean;

  constructor(kind: LlmErrorKind, message: string, options: { cause?: unknown; fatal?: boolean; retryable?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LlmError';
    this.kind = kind;
    this.fatal = options.fatal ?? false;
    this.retryable = options.retryable ?? false;
  }
}

export class WebGpuUnavailableError extends LlmError {
  constructor(message = 'WebGPU is not available', cause?: unknown) {
    super('webgpu-unavailable', message, { cause, fatal: true });
    this.name = 'WebGpuUnavailableError';
  }
}

export class ModelDownloadError extends LlmError {
  constructor(message = 'The model download was interrupted', cause?: unknown) {
    super('network', message, { cause, fatal: true, retryable: true });
    this.name = 'ModelDownloadError';
  }
}

export class StorageQuotaError extends LlmError {
  /** Bytes the model needs and bytes free, when known. */
  readonly neededBytes: number | null;
  readonly freeBytes: number | null;
  constructor(message = 'Not enough storage for the model', needed: number | null = null, free: number | null = null, cause?: unknown) {
    super('quota', message, { cause, fatal: true });
    this.name = 'StorageQuotaError';
    this.neededBytes = needed;
    this.freeBytes = free;
  }
}

export class ModelCacheError extends LlmError {
  constructor(message = 'The downloaded model files are damaged', cause?: unknown) {
    super('cache-corrupted', message, { cause, fatal: true, retryable: true });
    this.name = 'ModelCacheError';
  }
}

export class DeviceLostError extends LlmError {
  constructor(message = 'The WebGPU device was lost', cause?: unknown) {
    super('device-lost', message, { cause, fatal: true, retryable: true });
    this.name = 'DeviceLostError';
  }
}

export class OutOfMemoryError extends LlmError {
  constructor(message = 'The model does not fit in this device’s memory', cause?: unknown) {
    super('out-of-memory', message, { cause, fatal: true });
    this.name = 'OutOfMemoryError';
  }
}

export class WorkerCrashedError extends LlmError {
  constructor(message = 'The model worker stopped', cause?: unknown) {
    super('worker-crashed', message, { cause, fatal: true, retryable: true });
    this.name = 'WorkerCrashedError';
  }
}

/** Named `AbortError` like the DOM's, so generic `err.name === 'AbortError'` checks keep working. */
export class LlmAbortError extends LlmError {
  constructor(message = 'Stopped', cause?: unknown) {
    super('aborted', message, { cause });
    this.name = 'AbortError';
  }
}

export class NoModelError extends LlmError {
  constructor(message = 'No language model is loaded (retrieval-only mode)') {
    super('no-model', message);
    this.name = 'NoModelError';
  }
}

export class ContextLengthError extends LlmError {
  constructor(message = 'The prompt is too long for the model', cause?: unknown) {
    super('context-too-long', message, { cause });
    this.name = 'ContextLengthError';
  }
}

export class InvalidJsonError extends LlmError {
  /** What the model produced. */
  readonly raw: string;
  constructor(raw: string, cause?: unknown) {
    super('invalid-output', 'The model did not produce valid JSON', { cause, retryable: true });
    this.name = 'InvalidJsonError';
    this.raw = raw;
  }
}

export class ModelConfigError extends LlmError {
  constructor(message: string) {
    super('config', message, { fatal: true });
    this.name = 'ModelConfigError';
  }
}

export function isLlmError(e: unknown): e is LlmError {
  return e instanceof LlmError;
}

export function isAbortError(e: unknown): boolean {
  return (e instanceof LlmError && e.kind === 'aborted') || (e instanceof Error && e.name === 'AbortError') ||
    (typeof DOMException !== 'undefined' && e instanceof DOMException && e.name === 'AbortError');
}

/** What crosses the worker boundary. */
export interface SerializedError {
  kind: LlmErrorKind;
  message: string;
  /** Name of the original error (e.g. web-llm's `DeviceLostError`), for the console. */
  originalName?: string;
  neededBytes?: number | null;
  freeBytes?: number | null;
  raw?: string;
}

export function serializeError(e: LlmError): SerializedError {
  const out: SerializedError = { kind: e.kind, message: e.message };
  const cause = (e as { cause?: unknown }).cause;
  if (cause instanceof Error || (typeof DOMException !== 'undefined' && cause instanceof DOMException)) {
    out.originalName = (cause as Error).name;
  }
  if (e instanceof StorageQuotaError) Object.assign(out, { neededBytes: e.neededBytes, freeBytes: e.freeBytes });
  if (e instanceof InvalidJsonError) out.raw = e.raw;
  return out;
}

export function deserializeError(s: SerializedError): LlmError {
  const cause = s.originalName ? Object.assign(new Error(s.message), { name: s.originalName }) : undefined;
  switch (s.kind) {
    case 'webgpu-unavailable': return new WebGpuUnavailableError(s.message, cause);
    case 'network': return new ModelDownloadError(s.message, cause);
    case 'quota': return new StorageQuotaError(s.message, s.neededBytes ?? null, s.freeBytes ?? null, cause);
    case 'cache-corrupted': return new ModelCacheError(s.message, cause);
    case 'device-lost': return new DeviceLostError(s.message, cause);
    case 'out-of-memory': return new OutOfMemoryError(s.message, cause);
    case 'worker-crashed': return new WorkerCrashedError(s.message, cause);
    case 'aborted': return new LlmAbortError(s.message, cause);
    case 'no-model': return new NoModelError(s.message);
    case 'context-too-long': return new ContextLengthError(s.message, cause);
    case 'invalid-output': return new InvalidJsonError(s.raw ?? '', cause);
    case 'config': return new ModelConfigError(s.message);
    default: return new LlmError('unknown', s.message, { cause, fatal: true });
  }
}

/** Where an error happened; the same browser error means different things in different steps. */
export interface ErrorContext {
  /** `load`: downloading / loading the model; `generate`: answering; `embed`: embeddings. */
  step: 'load' | 'generate' | 'embed';
  /** While loading: whether files were being read from the cache (vs. fetched). */
  readingCache?: boolean;
  /** `navigator.onLine` where the error happened. */
  online?: boolean;
}

const OOM = /out of memory|\boom\b|allocation failed|could not allocate|cannot allocate|memory access out of bounds|maximum call stack|exceeds? .*memory/i;
const NETWORK = /failed to fetch|networkerror|network error|load failed|err_|net::|request failed|fetch.*fail|cannot fetch|status(?: code)? [45]\d\d|\b(?:404|500|502|503|504)\b|connection/i;
const GPU = /webgpu|gpu adapter|compatible gpu|navigator\.gpu|shader-f16|requested max\w+ exceeds limit|cannot initialize runtime/i;
const DEVICE_LOST = /device (?:was |is )?lost|devicelost/i;
const CONTEXT = /context window|prompt tokens exceed|contextwindowsize/i;

/**
 * Turns anything thrown by web-llm, the browser or the Prompt API into an LlmError.
 * web-llm names its errors (`DeviceLostError`, `WebGPUNotAvailableError`…); browser storage and
 * network errors come as DOMException / TypeError, so those are matched by name and message.
 */
export function classifyError(e: unknown, ctx: ErrorContext): LlmError {
  if (e instanceof LlmError) return e;
  const name = (e as { name?: unknown } | null)?.name;
  const errName = typeof name === 'string' ? name : '';
  const message = e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)
    ? String((e as { message: unknown }).message)
    : String(e);
  const text = `${errName}: ${message}`;

  if (errName === 'AbortError') return new LlmAbortError(message, e);
  if (errName === 'QuotaExceededError' || /quota/i.test(text)) return new StorageQuotaError(message, null, null, e);
  if (errName === 'DeviceLostError' || DEVICE_LOST.test(text)) {
    // web-llm reports device loss during reload as "often due to running out of memory": it
    // allocates everything up front, so a loss while loading is almost always OOM.
    return ctx.step === 'load' ? new OutOfMemoryError(message, e) : new DeviceLostError(message, e);
  }
  if (errName === 'GPUOutOfMemoryError' || OOM.test(text)) return new OutOfMemoryError(message, e);
  if (['WebGPUNotAvailableError', 'WebGPUNotFoundError', 'ShaderF16SupportError', 'FeatureSupportError'].includes(errName) || GPU.test(text)) {
    return new WebGpuUnavailableError(message, e);
  }
  if (errName === 'ContextWindowSizeExceededError' || CONTEXT.test(text)) return new ContextLengthError(message, e);
  if (['ModelNotFoundError', 'MissingModelWasmError', 'UnsupportedModelIdError'].includes(errName)) {
    return new ModelConfigError(message);
  }
  if (ctx.step === 'load') {
    if (errName === 'IntegrityError') return new ModelCacheError(message, e);
    if (ctx.online === false || errName === 'NetworkError' || (errName === 'TypeError' && NETWORK.test(message)) || NETWORK.test(text)) {
      return new ModelDownloadError(message, e);
    }
    // Anything else while reading files we already have (bad JSON, truncated shard, wrong sizes)
    // means the cached copy is damaged.
    if (ctx.readingCache || errName === 'SyntaxError' || errName === 'RangeError' || errName === 'DataError') {
      return new ModelCacheError(message, e);
    }
  }
  return new LlmError('unknown', message || 'Unknown model error', { cause: e, fatal: ctx.step === 'load' });
}
