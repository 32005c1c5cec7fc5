/**
 * Builds the heavy models in a dedicated worker (models.worker.ts). The page's share is small slices:
 * copying each product's model fields into batches it posts (a few ms each), then wrapping the buffers
 * that come back. When no worker can run — none in this browser, blocked by the page's CSP
 * (`worker-src`), failing to load, erroring, or silent for `timeoutMs` — it answers null, so `Models`
 * builds on the page in slices as before, and tells the shop owner once in the console.
 */
import type { Product } from '../catalog/types.ts';
import { yieldToHost } from '../catalog/time-slice.ts';
import { NativeWorker, workerConstructorUrl } from '../cross-origin-worker.ts';
import type { HeavyModels, ModelBuilder } from './model-builder.ts';
import { sourceOf, unpackModels, type ModelSource } from './model-transfer.ts';
import type { FromModelWorker, ToModelWorker } from './model-worker-protocol.ts';
import { Sliced, SLICE_MS } from './steps.ts';

/** Shadows the global `Worker` so Vite still bundles the worker as its own chunk; starts it via a shim from another origin. */
class Worker extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(workerConstructorUrl(String(url)), options);
  }
}

function startModelWorker(): globalThis.Worker {
  if (!globalThis.Worker) throw new Error('this browser has no Worker');
  return new Worker(new URL('./models.worker.ts', import.meta.url), { type: 'module', name: 'shop-guide-models' });
}

/** Products per posted batch: a batch's copy stays a few ms even with long attribute lists. */
const BATCH = 500;

export interface WorkerModelBuilderOptions {
  createWorker?: () => globalThis.Worker;
  /** A worker that has not answered this long after `build` is given up on. */
  timeoutMs?: number;
  /** Where the one warning goes (tests count it). */
  warn?: (message: string, error: unknown) => void;
  /** Yields to the page between slices (tests pass a counter). */
  pause?: () => Promise<void>;
  /**
   * IndexedDB database where the worker keeps the models for the next page view (model-cache.ts): the
   * page sets it when its feed is kept there too (Catalog.feedCache). Absent: built every time.
   */
  cacheDb?: string;
  /** Told how the models came (tests, benches). */
  onBuilt?: (info: { ms: number; cached: boolean }) => void;
}

export function workerModelBuilder(options: WorkerModelBuilderOptions = {}): ModelBuilder {
  const createWorker = options.createWorker ?? startModelWorker;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const warn = options.warn ?? ((message, error) => console.warn(message, error));
  const pause = options.pause ?? yieldToHost;
  let warned = false;
  const fallBack = (error: unknown): null => {
    if (!warned) {
      warned = true;
      warn('[shop-guide] the recommendation model worker could not run; building the models on the page instead', error);
    }
    return null;
  };

  return {
    async build(products: readonly Product[], signal?: AbortSignal): Promise<HeavyModels | null> {
      if (signal?.aborted) return null;
      let worker: globalThis.Worker;
      /** Left running: it is storing what it built. */
      let storing = false;
      try {
        worker = createWorker();
      } catch (e) {
        return fallBack(e);
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      let fail: (e: unknown) => void = () => {};
      const failed = new Promise<never>((_, reject) => (fail = reject));
      // Seen between batches while posting (and so never unhandled), raced with the reply after.
      let postError: unknown = null;
      failed.catch((e: unknown) => (postError = e));
      const reply = new Promise<FromModelWorker>((resolve) => {
        worker.onmessage = (e: MessageEvent<FromModelWorker>) => resolve(e.data);
      });
      worker.onerror = (e) => {
        e.preventDefault?.();
        fail(new Error(`model worker error: ${e.message || 'it failed to start'}`));
      };
      worker.onmessageerror = () => fail(new Error('model worker message error'));
      const aborted = () => fail(signal?.reason ?? new DOMException('aborted', 'AbortError'));
      signal?.addEventListener('abort', aborted, { once: true });
      try {
        // Post the products' fields in batches, yielding whenever a slice has run its ~8 ms.
        let start = performance.now();
        for (let i = 0; i < products.length; i += BATCH) {
          const batch: ModelSource[] = [];
          for (let j = i; j < Math.min(products.length, i + BATCH); j++) batch.push(sourceOf(products[j]!));
          worker.postMessage({ type: 'products', products: batch } satisfies ToModelWorker);
          if (performance.now() - start > SLICE_MS) {
            await pause();
            if (postError) throw postError;
            start = performance.now();
          }
        }
        worker.postMessage({ type: 'build', ...(options.cacheDb ? { cache: options.cacheDb } : {}) } satisfies ToModelWorker);
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`the model worker did not answer within ${timeoutMs} ms`)), timeoutMs);
        });
        const msg = await Promise.race([reply, failed, timeout]);
        if (msg.type === 'error') throw new Error(`model worker: ${msg.message}`);
        options.onBuilt?.({ ms: msg.ms, cached: msg.cached });
        // A worker storing what it built closes itself when the write is done (or is ended after a minute).
        if (options.cacheDb && !msg.cached) {
          storing = true;
          const w = worker;
          setTimeout(() => w.terminate(), 60_000);
        } else worker.terminate();
        // Wrapping the buffers is cheap; cutting the term names is done in slices.
        const unpack = new Sliced(() => unpackModels(msg.models), pause);
        await unpack.run();
        return unpack.get();
      } catch (e) {
        if (signal?.aborted) return null; // not a failure: nobody waits for these models any more
        return fallBack(e);
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', aborted);
        if (!storing) worker.terminate();
      }
    },
  };
}
