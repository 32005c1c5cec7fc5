/**
 * Test and benchmark harness around the fake worker: creates workers running the real protocol
 * handler with FakeMLCEngine, reads the engine's request log, and builds a ModelManager wired to
 * them (with a capable injected GPU, in-memory consent, no Prompt API).
 *
 *   const host = new FakeModelHost({ reply: 'Hi!', tokenDelayMs: 2 });
 *   const manager = host.manager({ lang: 'en' });
 *   await manager.start(); await manager.enable();      // "downloads" through the fake worker
 *   for await (const delta of manager.engine.chat({ messages })) …
 *   const [first] = await host.requests('chat');         // receivedAt: when the engine got it
 */
import { memoryConsentStore } from '../../src/llm/consent.ts';
import { ModelManager, type ModelManagerOptions } from '../../src/llm/model-manager.ts';
import type { FakeRequestLog } from './fake-engine.ts';
import type { FakeWorkerScript } from './fake-llm.worker.ts';
import { fakeAdapter, fakeGpu } from './fake-gpu.ts';

export type { FakeWorkerScript };

let hosts = 0;

/** CacheStorage with every cache name prefixed: web-llm's cache names, but private to one host. */
export function namespacedCaches(prefix: string): Pick<CacheStorage, 'open' | 'has' | 'delete'> {
  return {
    open: (name) => caches.open(prefix + name),
    has: (name) => caches.has(prefix + name),
    delete: (name) => caches.delete(prefix + name),
  };
}

export class FakeModelHost {
  readonly workers: Worker[] = [];
  /** Cache API names of this host's fake downloads: `<namespace>webllm/model` etc. */
  readonly namespace = `fake-${Date.now().toString(36)}-${++hosts}-${Math.random().toString(36).slice(2, 8)}/`;
  /** What the product code should read instead of `caches` (see ModelManagerOptions.caches). */
  readonly caches = namespacedCaches(this.namespace);

  constructor(public script: FakeWorkerScript = {}) {}

  /** A `createWorker` for ModelManager / WorkerClient. Uses the script as it is when called. */
  readonly createWorker = (): Worker => {
    const url = new URL('./fake-llm.worker.ts', import.meta.url);
    url.searchParams.set('script', JSON.stringify({ ...this.script, cacheNamespace: this.namespace }));
    const worker = new Worker(url, { type: 'module', name: 'fake-llm' });
    worker.addEventListener('message', (e: MessageEvent) => {
      if (e.data?.fake !== 'request') return;
      const log = e.data.log as FakeRequestLog;
      for (const w of [...this.waiters]) {
        if (!w.kind || w.kind === log.kind) {
          this.waiters.delete(w);
          w.resolve(log);
        }
      }
    });
    this.workers.push(worker);
    return worker;
  };

  private readonly waiters = new Set<{ kind?: FakeRequestLog['kind']; resolve(log: FakeRequestLog): void }>();

  /**
   * Resolves with the next request (of `kind`) to reach the fake engine in any of this host's
   * workers. Call it before sending. `log.receivedAt` is epoch ms, comparable with the page's
   * `performance.timeOrigin + performance.now()`:
   *
   *   const next = host.nextRequest('chat');
   *   const t0 = performance.timeOrigin + performance.now();
   *   send();
   *   const overheadMs = (await next).receivedAt - t0;
   */
  nextRequest(kind?: FakeRequestLog['kind']): Promise<FakeRequestLog> {
    return new Promise((resolve) => this.waiters.add({ ...(kind ? { kind } : {}), resolve }));
  }

  /** The latest worker's engine request log (optionally of one kind). */
  async requests(kind?: FakeRequestLog['kind']): Promise<FakeRequestLog[]> {
    const worker = this.workers.at(-1);
    if (!worker) return [];
    const all = await new Promise<FakeRequestLog[]>((resolve) => {
      const onMessage = (e: MessageEvent) => {
        if (e.data?.fake !== 'requests') return;
        worker.removeEventListener('message', onMessage);
        resolve(e.data.requests as FakeRequestLog[]);
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage({ fake: 'requests' });
    });
    return kind ? all.filter((r) => r.kind === kind) : all;
  }

  /** A manager that can run a model (f16 GPU, 8 GB), using this host's fake workers. */
  manager(options: Partial<ModelManagerOptions> = {}): ModelManager {
    return new ModelManager({
      lang: 'en',
      createWorker: this.createWorker,
      capabilityEnv: { gpu: fakeGpu(fakeAdapter({ f16: true })), deviceMemory: 8 },
      promptApi: null,
      consent: memoryConsentStore(),
      storage: { estimate: async () => ({ quota: 100 * 1024 ** 3, usage: 0 }) },
      saveData: false,
      caches: this.caches,
      logger: { warn: () => {} },
      ...options,
    });
  }

  /** Ends every worker this host started and deletes its caches. */
  async dispose(): Promise<void> {
    for (const w of this.workers) w.terminate();
    this.workers.length = 0;
    await clearModelCaches(this.namespace);
  }
}

/** Deletes web-llm's caches under `namespace` ('' = the real ones). */
export async function clearModelCaches(namespace = ''): Promise<void> {
  for (const name of ['webllm/model', 'webllm/config', 'webllm/wasm']) await caches.delete(namespace + name);
}
