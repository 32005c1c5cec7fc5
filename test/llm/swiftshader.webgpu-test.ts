/**
 * Runs only in the `webgpu-swiftshader` group (Chromium with a real SwiftShader WebGPU adapter:
 * software, no shader-f16). The second real capability path after "no adapter".
 */
import { expect } from '@open-wc/testing';
import { detectCapabilities } from '../../src/llm/capability.ts';
import { watchDeviceLoss } from '../../src/llm/device-watch.ts';
import { WebGpuUnavailableError } from '../../src/llm/errors.ts';
import { chooseModel, findModel } from '../../src/llm/models.ts';
import { WorkerClient } from '../../src/llm/worker-client.ts';
import { FakeModelHost } from './fake-host.ts';

describe('WebGPU on SwiftShader (real adapter, software, no shader-f16)', function () {
  this.timeout(60000);

  it('detects the adapter, its limits and the missing shader-f16, and refuses it as too slow', async () => {
    const cap = await detectCapabilities();
    console.log(`[swiftshader] adapter: ${JSON.stringify(cap.adapter)} deviceMemory=${cap.deviceMemoryGB}`);
    expect(cap.adapter).to.not.be.null;
    expect(cap.adapter!.isFallback).to.be.true;
    expect(cap.shaderF16).to.be.false;
    expect(cap.adapter!.limits.maxStorageBufferBindingSize).to.be.at.least(128 * 1024 * 1024);
    expect(cap.ok).to.be.false;
    expect(cap.problem).to.equal('software-adapter');
    expect(cap.detail).to.match(/software/i);
  });

  it('without shader-f16 the q4f32 twin would be chosen', async () => {
    const cap = await detectCapabilities();
    const asIfHardware = { ...cap, ok: true, problem: null, vramBudgetMB: 2200 };
    const en = chooseModel({ mode: 'auto' }, asIfHardware, 'en');
    const zh = chooseModel({ mode: 'auto' }, asIfHardware, 'zh-CN');
    expect(en.ok && en.choice.modelId).to.equal('Llama-3.2-1B-Instruct-q4f32_1-MLC');
    expect(zh.ok && zh.choice.modelId).to.equal('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
  });

  it('the manager explains it and starts no worker', async () => {
    const host = new FakeModelHost();
    const manager = host.manager({ capabilityEnv: undefined });
    await manager.start();
    expect(manager.status.phase).to.equal('unsupported');
    expect(manager.status.problem).to.equal('software-adapter');
    expect(host.workers).to.have.length(0);
  });

  it('the device-loss watcher sees a real GPUDevice and ignores destroy()', async () => {
    const seen: string[] = [];
    const restore = watchDeviceLoss(GPUAdapter.prototype, (m) => seen.push(m));
    try {
      const adapter = (await navigator.gpu.requestAdapter())!;
      const device = await adapter.requestDevice();
      device.destroy();
      const info = await device.lost;
      expect(info.reason).to.equal('destroyed');
      await new Promise((r) => setTimeout(r, 10));
      expect(seen).to.deep.equal([]);
    } finally {
      restore();
    }
  });

  it('the real worker (web-llm) checks the GPU itself and refuses before fetching anything', async () => {
    const client = new WorkerClient({ createWorker: () => new Worker(new URL('../../src/llm/llm.worker.ts', import.meta.url), { type: 'module' }) });
    const record = findModel('Llama-3.2-1B-Instruct-q4f32_1-MLC')!.record;
    const err = await client.request<null>({ kind: 'load', modelIds: [record.model_id], records: [record] }).promise.catch((e: unknown) => e as Error);
    expect(err).to.be.instanceOf(WebGpuUnavailableError);
    expect((err as Error).message).to.match(/software/i);
    expect(await caches.has('webllm/config')).to.be.false;
    client.terminate();
  });
});
