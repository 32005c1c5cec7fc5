/**
 * Page side of the search worker: sends documents in small batches (so no single postMessage blocks
 * the page long), waits for the index, and turns queries into promises.
 */
import type { SearchDoc } from './documents.ts';
import type { EngineSearchOptions } from './engine.ts';
import type { IndexCacheKey } from './index-cache.ts';
import type { ParsedQuery, SearchResult } from './types.ts';
import type { FromSearchWorker, ToSearchWorker } from './worker-protocol.ts';
import { NativeWorker, workerConstructorUrl } from '../cross-origin-worker.ts';

// Where there is no Worker at all, createSearch never starts one (NativeWorker is then a stand-in).
/** Shadows the global `Worker` so Vite still bundles the worker; starts it via a shim from another origin. */
class Worker extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(workerConstructorUrl(String(url)), options);
  }
}

function startWorker(): globalThis.Worker {
  return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'shop-guide-search' });
}

export class SearchWorkerClient {
  private readonly worker: globalThis.Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: SearchResult) => void; reject: (e: Error) => void }>();
  private ready: { resolve: (v: { size: number; ms: number }) => void; reject: (e: Error) => void } | null = null;
  private restored: { resolve: (ok: boolean) => void; reject: (e: Error) => void } | null = null;
  private failed: Error | null = null;
  /** Called once if the worker dies after it was ready. */
  onFailure: ((e: Error) => void) | null = null;

  constructor(worker: globalThis.Worker = startWorker()) {
    this.worker = worker;
    worker.onmessage = (e: MessageEvent<FromSearchWorker>) => this.receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault?.();
      this.fail(new Error(`search worker error: ${e.message || 'failed to start'}`));
    };
    worker.onmessageerror = () => this.fail(new Error('search worker message error'));
  }

  private send(msg: ToSearchWorker): void {
    if (this.failed) throw this.failed;
    this.worker.postMessage(msg);
  }

  private fail(err: Error): void {
    if (this.failed) return;
    this.failed = err;
    this.ready?.reject(err);
    this.ready = null;
    this.restored?.reject(err);
    this.restored = null;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.worker.terminate();
    this.onFailure?.(err);
  }

  private receive(msg: FromSearchWorker): void {
    if (msg.type === 'ready') {
      this.ready?.resolve({ size: msg.size, ms: msg.ms });
      this.ready = null;
    } else if (msg.type === 'restored') {
      this.restored?.resolve(msg.ok);
      this.restored = null;
    } else if (msg.type === 'result') {
      this.pending.get(msg.id)?.resolve(msg.result);
      this.pending.delete(msg.id);
    } else if (msg.type === 'error') {
      if (msg.id !== undefined) {
        this.pending.get(msg.id)?.reject(new Error(msg.message));
        this.pending.delete(msg.id);
      } else this.fail(new Error(msg.message));
    }
  }

  /** `store`: the index will be stored afterwards (the worker keeps the documents' text hashes). */
  add(docs: SearchDoc[], store = false): void {
    this.send({ type: 'add', docs, ...(store ? { store } : {}) });
  }

  /**
   * Asks the worker to restore the index stored in `dbName` for this catalog: true when it did (the
   * worker is ready to search), false when it must be built. Rejects if the worker fails.
   */
  restore(request: { dbName: string; key: string; version: string; ids: string; check: SearchDoc[]; currency?: string }, timeoutMs = 60_000): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error('search worker timed out')), timeoutMs);
      this.restored = {
        resolve: (ok) => {
          clearTimeout(timer);
          resolve(ok);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      try {
        this.send({ type: 'restore', ...request });
      } catch (e) {
        this.restored.reject(e as Error);
      }
    });
  }

  /** Resolves when the index is built; rejects if the worker fails first or takes longer than `timeoutMs`. */
  build(currency?: string, timeoutMs = 60_000, store?: { dbName: string; info: IndexCacheKey }): Promise<{ size: number; ms: number }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error('search worker timed out')), timeoutMs);
      this.ready = {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      try {
        this.send({ type: 'build', ...(currency ? { currency } : {}), ...(store ? { store } : {}) });
      } catch (e) {
        this.ready.reject(e as Error);
      }
    });
  }

  search(query: ParsedQuery, options: EngineSearchOptions): Promise<SearchResult> {
    return new Promise((resolve, reject) => {
      if (this.failed) {
        reject(this.failed);
        return;
      }
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.send({ type: 'search', id, query, options });
    });
  }

  terminate(): void {
    this.worker.terminate();
    this.failed ??= new Error('search disposed');
    for (const p of this.pending.values()) p.reject(this.failed);
    this.pending.clear();
  }
}
