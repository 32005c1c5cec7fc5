/**
 * Starts the model worker. Vite turns `new Worker(new URL('./llm.worker.ts', import.meta.url))` into
 * a separate chunk (web-llm lands only there) whose URL resolves next to the widget's script. The
 * local `Worker` class shadows the global one, so Vite still recognises the pattern, and starts the
 * worker through a same-origin shim when the widget comes from another origin (cross-origin-worker.ts).
 */
import { NativeWorker, workerConstructorUrl } from '../cross-origin-worker.ts';

export { moduleShimUrl, startableWorkerUrl } from '../cross-origin-worker.ts';

class Worker extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(workerConstructorUrl(String(url)), options);
  }
}

export function createLlmWorker(): globalThis.Worker {
  return new Worker(new URL('./llm.worker.ts', import.meta.url), { type: 'module', name: 'shop-guide-llm' });
}
