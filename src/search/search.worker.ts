/**
 * The search worker: builds the index from documents the page sends in batches, then answers
 * queries, so a large catalog never indexes or searches on the page's main thread.
 */
import { SearchEngine } from './engine.ts';
import { IndexBuilder } from './index-builder.ts';
import type { FromSearchWorker, ToSearchWorker } from './worker-protocol.ts';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToSearchWorker>) => void) | null;
  postMessage(message: FromSearchWorker): void;
}
const scope = self as unknown as WorkerScope;

let builder: IndexBuilder | null = new IndexBuilder();
let engine: SearchEngine | null = null;
let started = 0;

scope.onmessage = (e) => {
  const msg = e.data;
  try {
    if (msg.type === 'add') {
      if (!started) started = performance.now();
      for (const d of msg.docs) builder?.add(d);
    } else if (msg.type === 'build') {
      const b = builder ?? new IndexBuilder();
      builder = null;
      void b.finish().then((data) => {
        engine = new SearchEngine(data, msg.currency);
        scope.postMessage({ type: 'ready', size: data.size, ms: performance.now() - (started || performance.now()) });
      }, (err: unknown) => scope.postMessage({ type: 'error', message: String(err) }));
    } else if (msg.type === 'search') {
      if (!engine) throw new Error('search before the index was built');
      scope.postMessage({ type: 'result', id: msg.id, result: engine.search(msg.query, msg.options) });
    }
  } catch (err) {
    scope.postMessage({ type: 'error', ...('id' in msg ? { id: msg.id } : {}), message: err instanceof Error ? err.message : String(err) });
  }
};
