/**
 * Test harness around the product's ModelManager with the real web-llm engine: the shimmed product
 * worker, the model self-hosted on this test server, and the server's request log and faults.
 */
import { memoryConsentStore } from '../../src/llm/consent.ts';
import { ModelManager, type ModelManagerOptions } from '../../src/llm/model-manager.ts';
import { hardwareLookingGpu } from './shims.ts';

export interface ServerInfo {
  modelId: string;
  libFile: string;
  dimension: number;
  vocabSize: number;
  totalBytes: number;
  shards: string[];
}

export const server = {
  async info(): Promise<ServerInfo> {
    const res = await fetch('/__model-server/info');
    const body = (await res.json()) as ServerInfo & { error?: string };
    if (!res.ok) throw new Error(body.error ?? `model server: HTTP ${res.status}`);
    return body;
  },
  /** Paths of model files requested since the last reset. */
  async requests(): Promise<string[]> {
    return (await fetch('/__model-server/requests')).json() as Promise<string[]>;
  },
  async reset(): Promise<void> {
    await fetch('/__model-server/reset', { method: 'POST' });
  },
  async fault(file: string, kind: '404' | 'cut' | 'stall'): Promise<void> {
    await fetch('/__model-server/fault', { method: 'POST', body: JSON.stringify({ file, kind }) });
  },
};

/** The attributes a shop owner writes, exactly as README's self-hosting section documents them. */
export function selfHosted(info: ServerInfo): Pick<ModelManagerOptions, 'modelUrl' | 'modelLibUrl'> {
  return { modelUrl: `/llm/${info.modelId}/resolve/main/`, modelLibUrl: `/llm/${info.libFile}` };
}

export function createShimmedWorker(): Worker {
  return new Worker(new URL('./shimmed-llm.worker.ts', import.meta.url), { type: 'module', name: 'shop-guide-llm' });
}

export function realManager(info: ServerInfo, options: Partial<ModelManagerOptions> = {}): ModelManager {
  return new ModelManager({
    lang: 'en',
    ...selfHosted(info),
    createWorker: createShimmedWorker,
    capabilityEnv: { gpu: hardwareLookingGpu(), deviceMemory: 8 },
    promptApi: null,
    consent: memoryConsentStore(),
    saveData: false,
    logger: { warn: () => {} },
    ...options,
  });
}

/** Deletes web-llm's three caches (a fresh profile as far as the model is concerned). */
export async function clearWebLlmCaches(): Promise<void> {
  for (const name of ['webllm/model', 'webllm/config', 'webllm/wasm']) await caches.delete(name);
}
