/**
 * The model worker: the page sends the products' fields in batches, then `build`; the worker builds the
 * content index and the co-count graph in one run (seconds at 100k products, none of it on the page)
 * and sends their parts back with the typed arrays transferred. With `cache`, models a previous page
 * view stored for exactly these products are read instead (model-cache.ts). One build per worker.
 */
import { ModelCache, modelVersion, sourcesHash } from './model-cache.ts';
import { buffersIn, buildModels, packModels, type ModelSource } from './model-transfer.ts';
import type { FromModelWorker, ToModelWorker } from './model-worker-protocol.ts';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToModelWorker>) => void) | null;
  postMessage(message: FromModelWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let sources: ModelSource[] = [];

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === 'products') {
    for (const s of msg.products) sources.push(s);
    return;
  }
  void build(msg.cache).catch((err: unknown) => scope.postMessage({ type: 'error', message: String((err as Error)?.stack ?? err) }));
};

async function build(cacheDb: string | undefined): Promise<void> {
  const t0 = performance.now();
  const cache = cacheDb ? new ModelCache(cacheDb) : null;
  // This module's own URL (not the shim's blob: URL): it changes with every build of the code.
  const version = cache ? modelVersion(import.meta.url, sourcesHash(sources)) : '';
  const kept = cache ? await cache.get(version) : null;
  if (kept) {
    sources = [];
    scope.postMessage({ type: 'built', models: kept, ms: performance.now() - t0, cached: true }, [...buffersIn(kept)]);
    return;
  }
  const models = buildModels(sources);
  sources = [];
  const { packed, transfer } = packModels(models);
  // Stored before the buffers go: the put copies them.
  const stored = (await cache?.opened())?.(version, packed);
  scope.postMessage({ type: 'built', models: packed, ms: performance.now() - t0, cached: false }, transfer);
  // The page leaves a storing worker running; it ends itself once the write is done.
  if (stored) void stored.finally(() => close());
}
