import { expect } from '@open-wc/testing';
import { detectCapabilities, vramBudget } from '../../src/llm/capability.ts';
import { fakeAdapter, fakeGpu } from './fake-gpu.ts';

const MB = 1024 * 1024;

describe('detectCapabilities', () => {
  it('real headless Chromium without GPU flags: no adapter (or no WebGPU at all)', async () => {
    const cap = await detectCapabilities();
    expect(cap.ok).to.be.false;
    expect(cap.problem).to.equal('gpu' in navigator && navigator.gpu ? 'no-adapter' : 'no-webgpu');
    expect(cap.adapter).to.be.null;
    expect(cap.detail).to.match(/adapter|WebGPU/);
  });

  it('no navigator.gpu: no-webgpu', async () => {
    const cap = await detectCapabilities({ gpu: null });
    expect(cap).to.include({ ok: false, problem: 'no-webgpu', shaderF16: false });
  });

  it('requestAdapter throwing: adapter-error', async () => {
    const cap = await detectCapabilities({ gpu: fakeGpu('throw') });
    expect(cap.problem).to.equal('adapter-error');
    expect(cap.detail).to.contain('adapter request failed');
  });

  it('requestAdapter never answering: adapter-error after the timeout', async () => {
    const t0 = performance.now();
    const cap = await detectCapabilities({ gpu: fakeGpu('hang'), timeoutMs: 100 });
    expect(cap.problem).to.equal('adapter-error');
    expect(performance.now() - t0).to.be.lessThan(2000);
  });

  it('a capable GPU with shader-f16', async () => {
    const cap = await detectCapabilities({ gpu: fakeGpu(fakeAdapter({ f16: true })), deviceMemory: 8 });
    expect(cap).to.include({ ok: true, problem: null, shaderF16: true, deviceMemoryGB: 8, vramBudgetMB: 2200 });
    expect(cap.adapter?.vendor).to.equal('nvidia');
    expect(cap.adapter?.features).to.include('shader-f16');
  });

  it('a GPU without shader-f16 is fine (q4f32 models)', async () => {
    const cap = await detectCapabilities({ gpu: fakeGpu(fakeAdapter({ f16: false })), deviceMemory: 8 });
    expect(cap.ok).to.be.true;
    expect(cap.shaderF16).to.be.false;
  });

  it('small buffer limits below what web-llm requests: limits', async () => {
    const cap = await detectCapabilities({ gpu: fakeGpu(fakeAdapter({ limits: { maxStorageBufferBindingSize: 64 * MB } })) });
    expect(cap.problem).to.equal('limits');
    expect(cap.detail).to.contain('maxStorageBufferBindingSize');
    const few = await detectCapabilities({ gpu: fakeGpu(fakeAdapter({ limits: { maxStorageBuffersPerShaderStage: 8 } })) });
    expect(few.problem).to.equal('limits');
  });

  it('a 128 MB–1 GB binding limit (phones) caps the memory budget to low-resource models', async () => {
    const cap = await detectCapabilities({ gpu: fakeGpu(fakeAdapter({ limits: { maxStorageBufferBindingSize: 128 * MB } })), deviceMemory: 8 });
    expect(cap.ok).to.be.true;
    expect(cap.vramBudgetMB).to.equal(1200);
  });

  it('a software (fallback) adapter is refused as too slow', async () => {
    const flagged = await detectCapabilities({ gpu: fakeGpu(fakeAdapter({ fallback: true })) });
    expect(flagged.problem).to.equal('software-adapter');
    const byName = await detectCapabilities({ gpu: fakeGpu(fakeAdapter({ vendor: 'google', architecture: 'swiftshader' })) });
    expect(byName.problem).to.equal('software-adapter');
  });

  it('too little device memory: low-memory', async () => {
    const cap = await detectCapabilities({ gpu: fakeGpu(fakeAdapter()), deviceMemory: 1 });
    expect(cap.problem).to.equal('low-memory');
  });

  it('memory budget follows navigator.deviceMemory', () => {
    const a = { limits: { maxStorageBufferBindingSize: 2048 * MB } } as Parameters<typeof vramBudget>[0];
    expect(vramBudget(a, 8)).to.equal(2200);
    expect(vramBudget(a, 4)).to.equal(1200);
    expect(vramBudget(a, 2)).to.equal(600);
    expect(vramBudget(a, null)).to.equal(1800);
  });
});
