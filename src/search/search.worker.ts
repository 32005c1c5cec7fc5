/**
 * The search worker: builds the index from documents the page sends in batches — or restores the one
 * a previous page view stored in IndexedDB — then answers queries, so a large catalog never indexes or
 * searches on the page's main thread.
 */
import { SearchEngine } from './engine.ts';
import { IndexBuilder } from './index-builder.ts';
import { openIndexCache } from './index-cache.ts';
import { restoreEngine, storeIndex, TextHashes } from './index-persist.ts';
import type { FromSearchWorker, ToSearchWorker } from './worker-protocol.ts';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToSearchWorker>) => void) | null;
  postMessage(message: FromSearchWorker): void;
}
const scope = self as unknown as WorkerScope;

/** After the index is ready, wait this long before storing it: the first searches come first. */
const STORE_DELAY_MS = 1500;

let builder: IndexBuilder | null = new IndexBuilder();
let hashes: TextHashes | null = null;
let engine: SearchEngine | null = null;
let started = 0;
/** Messages that came while a stored index was being read (the page waits for that answer, but be safe). */
let restoring: Promise<void> | null = null;

scope.onmessage = (e) => {
  if (restoring) {
    void restoring.then(() => handle(e.data));
    return;
  }
  handle(e.data);
};

function handle(msg: ToSearchWorker): void {
  try {
    if (msg.type === 'add') {
      if (!started) started = performance.now();
      for (const d of msg.docs) {
        const before = builder?.size ?? 0;
        builder?.add(d);
        if (msg.store && builder && builder.size > before) (hashes ??= new TextHashes()).add(d);
      }
    } else if (msg.type === 'build') {
      const b = builder ?? new IndexBuilder();
      builder = null;
      void b.finish().then((data) => {
        engine = new SearchEngine(data, msg.currency);
        scope.postMessage({ type: 'ready', size: data.size, ms: performance.now() - (started || performance.now()) });
        const store = msg.store;
        const textHash = hashes?.values;
        hashes = null;
        if (store && textHash) setTimeout(() => void storeIndex(openIndexCache(store.dbName), store.info, data, textHash), STORE_DELAY_MS);
      }, (err: unknown) => scope.postMessage({ type: 'error', message: String(err) }));
    } else if (msg.type === 'restore') {
      const t0 = performance.now();
      restoring = restoreEngine(openIndexCache(msg.dbName), msg.key, msg.version, msg.ids ? msg.ids.split('\u0000') : [], msg.check, msg.currency).then((restored) => {
        restoring = null;
        if (restored) engine = restored;
        scope.postMessage({ type: 'restored', ok: !!restored, size: restored?.data.size ?? 0, ms: performance.now() - t0 });
      });
    } else if (msg.type === 'search') {
      if (!engine) throw new Error('search before the index was built');
      scope.postMessage({ type: 'result', id: msg.id, result: engine.search(msg.query, msg.options) });
    }
  } catch (err) {
    scope.postMessage({ type: 'error', ...('id' in msg ? { id: msg.id } : {}), message: err instanceof Error ? err.message : String(err) });
  }
}
