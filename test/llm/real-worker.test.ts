/**
 * The product's worker file with the real web-llm, in real headless Chromium. No weights can be
 * fetched here, but this proves web-llm loads inside the module worker, the protocol answers, and
 * on a machine without a usable GPU the worker refuses before downloading anything.
 */
import { expect } from '@open-wc/testing';
import { WebGpuUnavailableError } from '../../src/llm/errors.ts';
import { findModel } from '../../src/llm/models.ts';
import { WorkerClient } from '../../src/llm/worker-client.ts';

/** URLs in web-llm's caches that belong to `modelId`. */
async function cachedUrls(modelId: string): Promise<string[]> {
  const urls: string[] = [];
  for (const name of ['webllm/model', 'webllm/config', 'webllm/wasm']) {
    if (await caches.has(name)) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url).filter((u) => u.includes(modelId)));
  }
  return urls;
}

describe('llm.worker.ts with web-llm (real)', function () {
  this.timeout(60000);

  it('starts, then refuses to load without a usable GPU and fetches nothing', async () => {
    const client = new WorkerClient({
      createWorker: () => new Worker(new URL('../../src/llm/llm.worker.ts', import.meta.url), { type: 'module' }),
    });
    await client.start();
    const record = findModel('Qwen3-0.6B-q4f16_1-MLC')!.record;
    const progress: string[] = [];
    const err = await client.request<null>({ kind: 'load', modelIds: [record.model_id], records: [record] }, { onProgress: (r) => progress.push(r.text) }).promise.catch((e: unknown) => e as Error);
    expect(err).to.be.instanceOf(WebGpuUnavailableError);
    expect((err as Error).message).to.match(/adapter|WebGPU/);
    expect(progress).to.deep.equal([]);
    expect(await cachedUrls(record.model_id)).to.deep.equal([]);
    // Still alive and answering after the refusal.
    await client.request({ kind: 'unload' }).promise;
    client.terminate();
  });
});
