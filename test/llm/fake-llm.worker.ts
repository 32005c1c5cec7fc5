/**
 * Test worker entry: the product's worker handler and protocol, with FakeMLCEngine in place of
 * web-llm. The script comes in the URL (`?script=<json>`). Extra control messages (`{ fake: … }`)
 * let tests read the engine's request log.
 */
import { WebGpuUnavailableError } from '../../src/llm/errors.ts';
import { startWorker } from '../../src/llm/worker-handler.ts';
import { FakeMLCEngine, type FakeScript } from './fake-engine.ts';

export interface FakeWorkerScript extends FakeScript {
  /** Make the worker's preflight refuse, as llm.worker.ts does on a device without WebGPU. */
  preflightFails?: boolean;
  /** Throw while the worker module starts (before `ready`). */
  failToStart?: boolean;
}

const script = JSON.parse(new URL(self.location.href).searchParams.get('script') ?? '{}') as FakeWorkerScript;
if (script.failToStart) throw new Error('fake worker failed to start');

let engine: FakeMLCEngine | null = null;
let reportLoss: ((message: string) => void) | null = null;

startWorker({
  createEngine: () =>
    (engine = new FakeMLCEngine(script, {
      onDeviceLost: (m) => reportLoss?.(m),
      onRequest: (log) => (self as unknown as { postMessage(m: unknown): void }).postMessage({ fake: 'request', log }),
    })),
  ...(script.preflightFails
    ? { preflight: async () => { throw new WebGpuUnavailableError('This browser has no WebGPU (navigator.gpu is missing).'); } }
    : {}),
  watchDeviceLoss: (onLost) => (reportLoss = onLost),
});

self.addEventListener('message', (event: MessageEvent) => {
  if (event.data?.fake === 'requests') {
    (self as unknown as { postMessage(m: unknown): void }).postMessage({ fake: 'requests', requests: engine?.requests ?? [] });
  }
});
