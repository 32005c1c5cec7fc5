/**
 * The main-thread end of the worker protocol: numbered requests, a map of pending promises,
 * progress and chunk callbacks, and crash detection. A worker that throws at top level, fails to
 * start, reports GPU device loss, or stops answering liveness pings is "fatal": every pending
 * request rejects with a typed error and the worker is terminated.
 */
import { DeviceLostError, LlmAbortError, WorkerCrashedError, deserializeError, type LlmError } from './errors.ts';
import { PROTOCOL, isWorkerMessage, type ClientMessage, type ProgressReport, type WorkerMessage } from './protocol.ts';

export interface WorkerClientOptions {
  createWorker: () => Worker;
  /** How long the worker may take to load its modules (web-llm is ~2.3 MB gzip). */
  startTimeoutMs?: number;
  /** While requests are pending and the worker is silent this long, ping it. */
  pingAfterMs?: number;
  /** A ping unanswered this long means the worker is gone (killed for memory, hung). */
  pongTimeoutMs?: number;
}

export interface RequestHandlers {
  onProgress?(report: ProgressReport): void;
  onChunk?(delta: string): void;
}

type Outgoing = ClientMessage extends infer M ? (M extends ClientMessage ? Omit<M, 'p' | 'id'> : never) : never;

interface Pending {
  resolve(value: unknown): void;
  reject(error: LlmError): void;
  handlers: RequestHandlers;
}

export class WorkerClient {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private started: Promise<void> | null = null;
  private fatalError: LlmError | null = null;
  private readonly fatalListeners = new Set<(error: LlmError) => void>();
  private lastHeard = 0;
  private pingSentAt = 0;
  private livenessTimer: ReturnType<typeof setInterval> | null = null;
  private readonly opts: Required<WorkerClientOptions>;

  constructor(options: WorkerClientOptions) {
    this.opts = { startTimeoutMs: 60_000, pingAfterMs: 5_000, pongTimeoutMs: 20_000, ...options };
  }

  /** The error that ended this client, if any. */
  get fatal(): LlmError | null {
    return this.fatalError;
  }

  /** Starts the worker and waits for its `ready`. Rejects with WorkerCrashedError if it cannot start. */
  start(): Promise<void> {
    return (this.started ??= new Promise<void>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = this.opts.createWorker();
      } catch (e) {
        const error = new WorkerCrashedError(`The model worker could not start: ${(e as Error)?.message ?? e}`, e);
        this.die(error);
        reject(error);
        return;
      }
      this.worker = worker;
      const timer = setTimeout(() => {
        const error = new WorkerCrashedError(`The model worker did not start within ${this.opts.startTimeoutMs} ms`);
        this.die(error);
        reject(error);
      }, this.opts.startTimeoutMs);
      const onReady = (event: MessageEvent) => {
        if (isWorkerMessage(event.data) && event.data.kind === 'ready') {
          clearTimeout(timer);
          worker.removeEventListener('message', onReady);
          resolve();
        }
      };
      worker.addEventListener('message', onReady);
      worker.addEventListener('message', (event) => this.onMessage(event.data));
      worker.addEventListener('messageerror', () => this.die(new WorkerCrashedError('A message from the model worker could not be read')));
      worker.addEventListener('error', (event: ErrorEvent) => {
        // Uncaught in the worker, or its script failed to load. Handled here: one clear warning.
        event.preventDefault();
        clearTimeout(timer);
        const error = new WorkerCrashedError(`The model worker failed: ${event.message || 'script error'}`);
        this.die(error);
        reject(error);
      });
    }));
  }

  /** Sends a request; progress and chunks go to `handlers`. */
  request<T>(message: Outgoing, handlers: RequestHandlers = {}): { id: number; promise: Promise<T> } {
    const id = this.nextId++;
    const promise = new Promise<T>((resolve, reject) => {
      if (this.fatalError) {
        reject(this.fatalError);
        return;
      }
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, handlers });
      this.start().then(
        () => {
          if (!this.pending.has(id)) return;
          this.post({ ...message, p: PROTOCOL, id } as ClientMessage);
          this.ensureLiveness();
        },
        (e: LlmError) => {
          this.pending.delete(id);
          reject(e);
        },
      );
    });
    return { id, promise };
  }

  /** Asks the worker to stop request `id` (cancel a download, interrupt a generation). */
  abort(id: number): void {
    if (!this.pending.has(id) || !this.worker) return;
    this.post({ p: PROTOCOL, id: this.nextId++, kind: 'abort', target: id });
  }

  /** Rejects request `id` right away without waiting for the worker (it stopped answering it). */
  abandon(id: number, error: LlmError = new LlmAbortError()): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    p.reject(error);
  }

  onFatal(listener: (error: LlmError) => void): () => void {
    this.fatalListeners.add(listener);
    return () => this.fatalListeners.delete(listener);
  }

  /** Stops the worker; pending requests reject with `reason`. Not reported as fatal. */
  terminate(reason: LlmError = new LlmAbortError('The model was unloaded')): void {
    this.stopLiveness();
    this.worker?.terminate();
    this.worker = null;
    this.fatalError ??= reason;
    this.rejectAll(reason);
  }

  private post(message: ClientMessage): void {
    this.worker?.postMessage(message);
  }

  private onMessage(data: unknown): void {
    if (!isWorkerMessage(data)) return;
    this.lastHeard = performance.now();
    this.pingSentAt = 0;
    const msg: WorkerMessage = data;
    switch (msg.kind) {
      case 'ready':
      case 'pong':
        return;
      case 'device-lost':
        this.die(new DeviceLostError(`The GPU device was lost: ${msg.message}`));
        return;
      case 'progress':
        this.pending.get(msg.id)?.handlers.onProgress?.(msg.report);
        return;
      case 'chunk':
        this.pending.get(msg.id)?.handlers.onChunk?.(msg.delta);
        return;
      case 'done': {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        p?.resolve(msg.value);
        break;
      }
      case 'error': {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        p?.reject(deserializeError(msg.error));
        break;
      }
    }
    if (this.pending.size === 0) this.stopLiveness();
  }

  private ensureLiveness(): void {
    if (this.livenessTimer) return;
    this.lastHeard = performance.now();
    const tick = Math.max(50, Math.min(this.opts.pingAfterMs, this.opts.pongTimeoutMs) / 2);
    this.livenessTimer = setInterval(() => {
      if (this.pending.size === 0) return this.stopLiveness();
      const now = performance.now();
      if (this.pingSentAt && now - this.pingSentAt > this.opts.pongTimeoutMs) {
        this.die(new WorkerCrashedError('The model worker stopped responding'));
      } else if (!this.pingSentAt && now - this.lastHeard > this.opts.pingAfterMs) {
        this.pingSentAt = now;
        this.post({ p: PROTOCOL, id: this.nextId++, kind: 'ping' });
      }
    }, tick);
  }

  private stopLiveness(): void {
    if (this.livenessTimer) clearInterval(this.livenessTimer);
    this.livenessTimer = null;
    this.pingSentAt = 0;
  }

  private die(error: LlmError): void {
    if (this.fatalError) return;
    this.fatalError = error;
    this.stopLiveness();
    this.worker?.terminate();
    this.worker = null;
    this.rejectAll(error);
    for (const l of [...this.fatalListeners]) l(error);
  }

  private rejectAll(error: LlmError): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(error);
  }
}
