/**
 * A model worker: the page sends one heavy model's product fields in batches, then `build`; the worker
 * builds that model (the content index or the co-count graph: the page runs one worker for each, side
 * by side, none of it on the page) and sends its parts back with the typed arrays transferred. With
 * `cache`, a model a previous page view stored for exactly these sources is read instead
 * (model-cache.ts). One build per worker.
 */
import { ModelCache, modelVersion } from './model-cache.ts';
import { buffersIn, buildContent, buildGraph, packContent, type ContentSource, type GraphSource, type ModelKind } from './model-transfer.ts';
import type { FromModelWorker, ToModelWorker } from './model-worker-protocol.ts';
import { BatchHash, contentCodec, graphCodec, readBatch } from './source-packing.ts';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToModelWorker>) => void) | null;
  postMessage(message: FromModelWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** The sources read so far (while the page is still posting), and the hash of what came. */
let sources: (ContentSource | GraphSource)[] = [];
const hash = new BatchHash();

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === 'sources') {
    hash.add(msg.batch);
    if (msg.model === 'content') readBatch(contentCodec, msg.batch, sources as ContentSource[]);
    else readBatch(graphCodec, msg.batch, sources as GraphSource[]);
    return;
  }
  void build(msg.model, msg.cache).catch((err: unknown) => scope.postMessage({ type: 'error', message: String((err as Error)?.stack ?? err) }));
};

function built(model: ModelKind, parts: unknown, ms: number, cached: boolean): FromModelWorker {
  return { type: 'built', model, parts, ms, cached } as FromModelWorker;
}

async function build(model: ModelKind, cacheDb: string | undefined): Promise<void> {
  const t0 = performance.now();
  const cache = cacheDb ? new ModelCache(cacheDb) : null;
  // This module's own URL (not the shim's blob: URL): it changes with every build of the code.
  const version = cache ? modelVersion(import.meta.url, model, hash.hex) : '';
  const kept = cache ? await cache.get(model, version) : null;
  if (kept) {
    sources = [];
    scope.postMessage(built(model, kept, performance.now() - t0, true), [...buffersIn(kept)]);
    return;
  }
  const parts = model === 'content' ? packContent(buildContent(sources as ContentSource[])) : buildGraph(sources as GraphSource[]).parts;
  sources = [];
  // Stored before the buffers go: the put copies them.
  const stored = (await cache?.opened())?.(model, version, parts);
  scope.postMessage(built(model, parts, performance.now() - t0, false), [...buffersIn(parts)]);
  // The page leaves a storing worker running; it ends itself once the write is done.
  if (stored) void stored.finally(() => close());
}
