/**
 * The model worker: the page sends the products' fields in batches, then `build`; the worker builds the
 * content index and the co-count graph in one run (seconds at 100k products, none of it on the page)
 * and sends their parts back with the typed arrays transferred. One build per worker.
 */
import { buildModels, packModels, type ModelSource } from './model-transfer.ts';
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
  try {
    const t0 = performance.now();
    const models = buildModels(sources);
    sources = [];
    const { packed, transfer } = packModels(models);
    scope.postMessage({ type: 'built', models: packed, ms: performance.now() - t0 }, transfer);
  } catch (err) {
    scope.postMessage({ type: 'error', message: String((err as Error)?.stack ?? err) });
  }
};
