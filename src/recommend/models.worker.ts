/**
 * A model worker: the page sends `begin`, one heavy model's product fields in batches, then `build`;
 * the worker builds that model (the content index or the co-count graph: the page runs one worker for
 * each, side by side, none of it on the page) and sends its parts back with the typed arrays
 * transferred. With `cache`, a model a previous page view stored for exactly these sources is read
 * instead (model-cache.ts). One build per worker.
 *
 * With `ahead`, batches are read as they come, while the page is still posting the next (the content
 * index reads each product then: ContentBuilder), unless a stored model may answer: whether it does is
 * known only from the hash of every batch, so then they wait for `build`.
 */
import { ContentBuilder } from './content-builder.ts';
import { ModelCache, modelVersion } from './model-cache.ts';
import { buffersIn, buildGraph, packContent, type GraphSource, type ModelKind } from './model-transfer.ts';
import type { FromModelWorker, ToModelWorker } from './model-worker-protocol.ts';
import { BatchHash, contentCodec, eachInBatch, graphCodec, openBatch, readBatch, type OpenBatch } from './source-packing.ts';
import { finish } from './steps.ts';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToModelWorker>) => void) | null;
  postMessage(message: FromModelWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** The hash of every batch that came (only the key of a stored model: not made without a cache); what was read of them (content: products added; graph: sources). */
const hash = new BatchHash();
let hashing = true;
let content: ContentBuilder | null = null;
let sources: GraphSource[] = [];
/** Batches not read yet, and whether to read them as they come (null: not known yet). */
let waiting: { model: ModelKind; batch: OpenBatch }[] = [];
let readAhead: boolean | null = null;

function read(model: ModelKind, batch: OpenBatch): void {
  if (model === 'content') {
    const builder = (content ??= new ContentBuilder());
    eachInBatch(contentCodec, batch, (s) => builder.add(s));
  } else readBatch(graphCodec, batch, sources);
}

function readWaiting(): void {
  const list = waiting;
  waiting = [];
  for (const { model, batch } of list) read(model, batch);
}

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === 'begin') {
    hashing = !!msg.cache;
    if (!msg.ahead) readAhead = false;
    else if (!msg.cache) readAhead = true;
    else
      void new ModelCache(msg.cache).has(msg.model).then((stored) => {
        readAhead ??= !stored;
        if (readAhead) readWaiting();
      });
    return;
  }
  if (msg.type === 'sources') {
    const batch = openBatch(msg.batch);
    if (hashing) hash.add(batch);
    if (readAhead) read(msg.model, batch);
    else waiting.push({ model: msg.model, batch });
    return;
  }
  void build(msg.model, msg.cache).catch((err: unknown) => scope.postMessage({ type: 'error', message: String((err as Error)?.stack ?? err) }));
};

function built(model: ModelKind, parts: unknown, ms: number, cached: boolean): FromModelWorker {
  return { type: 'built', model, parts, ms, cached } as FromModelWorker;
}

async function build(model: ModelKind, cacheDb: string | undefined): Promise<void> {
  const t0 = performance.now();
  // A cache named only now (no hash was made) is not used: a model stored under a partial hash would never match.
  const cache = cacheDb && hashing ? new ModelCache(cacheDb) : null;
  // This module's own URL (not the shim's blob: URL): it changes with every build of the code.
  const version = cache ? modelVersion(import.meta.url, model, hash.hex) : '';
  const kept = cache ? await cache.get(model, version) : null;
  if (kept) {
    waiting = [];
    sources = [];
    content = null;
    scope.postMessage(built(model, kept, performance.now() - t0, true), [...buffersIn(kept)]);
    return;
  }
  readAhead = true;
  readWaiting();
  const parts = model === 'content' ? packContent(finish((content ?? new ContentBuilder()).finish())) : buildGraph(sources).parts;
  sources = [];
  content = null;
  // Stored before the buffers go: the put copies them.
  const stored = (await cache?.opened())?.(model, version, parts);
  scope.postMessage(built(model, parts, performance.now() - t0, false), [...buffersIn(parts)]);
  // The page leaves a storing worker running; it ends itself once the write is done.
  if (stored) void stored.finally(() => close());
}
