/**
 * Builds the heavy models in dedicated workers (models.worker.ts), one per model, side by side: the
 * content index takes most of the time and the co-count graph the rest, so two cores finish sooner
 * than one. The page's share is small slices: copying each product's fields for each model into
 * batches it posts (a few ms each), then wrapping the buffers that come back. When no worker can run —
 * none in this browser, blocked by the page's CSP (`worker-src`), failing to load, erroring, or silent
 * for `timeoutMs` — it answers null, so `Models` builds on the page in slices as before, and tells the
 * shop owner once in the console.
 */
import type { Product } from '../catalog/types.ts';
import { yieldToTasks } from '../catalog/time-slice.ts';
import type { CoCountGraph } from './cocounts.ts';
import type { ContentIndex } from './content.ts';
import { NativeWorker, workerConstructorUrl } from '../cross-origin-worker.ts';
import { inPageBuilder, type BuildingModels, type ModelBuilder } from './model-builder.ts';
import { contentSourceOf, graphSourceOf, unpackContent, unpackGraph, type ModelKind } from './model-transfer.ts';
import type { FromModelWorker, ToModelWorker } from './model-worker-protocol.ts';
import { BatchWriter, contentCodec, graphCodec } from './source-packing.ts';
import { Sliced, SLICE_MS } from './steps.ts';

/** Shadows the global `Worker` so Vite still bundles the worker as its own chunk; starts it via a shim from another origin. */
class Worker extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(workerConstructorUrl(String(url)), options);
  }
}

/** The model worker this code ships (one per model). */
export function startModelWorker(): globalThis.Worker {
  if (!globalThis.Worker) throw new Error('this browser has no Worker');
  return new Worker(new URL('./models.worker.ts', import.meta.url), { type: 'module', name: 'shop-guide-models' });
}

/** The models, each with what the page posts for it. */
const MODELS: readonly { model: ModelKind; pack: (w: BatchWriter, p: Product) => void }[] = [
  { model: 'content', pack: (w, p) => contentCodec.write(w, contentSourceOf(p)) },
  { model: 'graph', pack: (w, p) => graphCodec.write(w, graphSourceOf(p)) },
];

/** One model's worker, and its answer to come. */
interface Job {
  model: ModelKind;
  worker: globalThis.Worker;
  reply: Promise<FromModelWorker>;
  /** Rejects when the worker errors. */
  failed: Promise<never>;
}

/** Products per posted batch: a batch's copy stays a few ms even with long attribute lists. */
const BATCH = 500;

export interface WorkerModelBuilderOptions {
  /** Starts the worker for one model (tests pass blob: workers). */
  createWorker?: (model: ModelKind) => globalThis.Worker;
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
  /** Told how each model came (tests, benches). */
  onBuilt?: (info: { model: ModelKind; ms: number; cached: boolean }) => void;
}

export function workerModelBuilder(options: WorkerModelBuilderOptions = {}): ModelBuilder {
  const createWorker = options.createWorker ?? startModelWorker;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const warn = options.warn ?? ((message, error) => console.warn(message, error));
  // Posting yields behind every queued task, not ahead as scheduler.yield() would: the browser's own
  // task that starts the workers waited behind the whole posting, so they read nothing until it ended.
  const pause = options.pause ?? yieldToTasks;
  let warned = false;
  const fallBack = (error: unknown): null => {
    if (!warned) {
      warned = true;
      warn('[shop-guide] the recommendation model worker could not run; building the models on the page instead', error);
    }
    return null;
  };

  return {
    build(products: readonly Product[], signal?: AbortSignal): BuildingModels {
      if (signal?.aborted) return inPageBuilder.build(products);
      const jobs: Job[] = [];
      try {
        for (const { model } of MODELS) {
          const job = startJob(model, createWorker(model));
          jobs.push(job);
          // Only the content index, the longer build, reads while the page posts: with the page's thread
          // and both workers busy, two cores left the page's tasks waiting (long tasks).
          job.worker.postMessage({ type: 'begin', model, ahead: model === 'content', ...(options.cacheDb ? { cache: options.cacheDb } : {}) } satisfies ToModelWorker);
        }
      } catch (e) {
        for (const job of jobs) job.worker.terminate();
        fallBack(e);
        return inPageBuilder.build(products);
      }
      const posted = post(jobs, products, signal);
      const [content, graph] = jobs.map((job) => finishJob(job, posted, signal));
      return { content: content as Promise<ContentIndex | null>, graph: graph as Promise<CoCountGraph | null> };
    },
  };

  /** Posts each model's fields in batches, yielding whenever a slice has run its ~8 ms; then `build`. */
  async function post(jobs: Job[], products: readonly Product[], signal?: AbortSignal): Promise<void> {
    // A worker that fails while posting goes on failing in finishJob(): here it only stops the posting.
    let failure: unknown = null;
    for (const job of jobs) job.failed.catch((e: unknown) => (failure ??= e));
    let start = performance.now();
    for (let i = 0; i < products.length; i += BATCH) {
      const end = Math.min(products.length, i + BATCH);
      MODELS.forEach(({ model, pack }, k) => {
        const w = new BatchWriter();
        for (let j = i; j < end; j++) pack(w, products[j]!);
        const batch = w.done();
        jobs[k]!.worker.postMessage({ type: 'sources', model, batch } satisfies ToModelWorker, [batch.chars.buffer, batch.lengths.buffer, batch.shape.buffer, batch.numbers.buffer]);
      });
      if (performance.now() - start > SLICE_MS) {
        await pause();
        if (failure) throw failure;
        if (signal?.aborted) throw signal.reason ?? new DOMException('aborted', 'AbortError');
        start = performance.now();
      }
    }
    for (const { model, worker } of jobs) worker.postMessage({ type: 'build', model, ...(options.cacheDb ? { cache: options.cacheDb } : {}) } satisfies ToModelWorker);
  }

  /** One model from its worker, or null (the page then builds it). */
  async function finishJob(job: Job, posted: Promise<void>, signal?: AbortSignal): Promise<ContentIndex | CoCountGraph | null> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let storing = false;
    let aborted = () => {};
    const abort = new Promise<never>((_, reject) => {
      aborted = () => reject(signal?.reason ?? new DOMException('aborted', 'AbortError'));
      signal?.addEventListener('abort', aborted, { once: true });
    });
    try {
      await Promise.race([posted, job.failed, abort]);
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the model worker did not answer within ${timeoutMs} ms`)), timeoutMs);
      });
      const msg = await Promise.race([job.reply, job.failed, abort, timeout]);
      if (msg.type === 'error') throw new Error(`model worker: ${msg.message}`);
      options.onBuilt?.({ model: msg.model, ms: msg.ms, cached: msg.cached });
      // A worker storing what it built closes itself when the write is done (or is ended after a minute).
      if (options.cacheDb && !msg.cached) {
        storing = true;
        setTimeout(() => job.worker.terminate(), 60_000);
      }
      if (msg.model === 'graph') return unpackGraph(msg.parts);
      // Wrapping the buffers is cheap; cutting the term names is done in slices.
      const unpack = new Sliced(() => unpackContent(msg.parts), pause);
      await unpack.run();
      return unpack.get();
    } catch (e) {
      if (signal?.aborted) return null; // not a failure: nobody waits for these models any more
      return fallBack(e);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', aborted);
      if (!storing) job.worker.terminate();
    }
  }
}

/** A started worker for `model`, its reply and its failures caught from the start. */
function startJob(model: ModelKind, worker: globalThis.Worker): Job {
  const reply = new Promise<FromModelWorker>((resolve) => {
    worker.onmessage = (e: MessageEvent<FromModelWorker>) => resolve(e.data);
  });
  const failed = new Promise<never>((_, reject) => {
    worker.onerror = (e) => {
      e.preventDefault?.();
      reject(new Error(`model worker error: ${e.message || 'it failed to start'}`));
    };
    worker.onmessageerror = () => reject(new Error('model worker message error'));
  });
  failed.catch(() => {}); // raced where it matters; never unhandled
  return { model, worker, reply, failed };
}
