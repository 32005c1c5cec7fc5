import { expect } from '@open-wc/testing';
// web-llm's own cache check is the reference our main-thread copy must agree with.
import { hasModelInCache } from '@mlc-ai/web-llm';
import { freeStorageBytes, guessRecord, inspectModelCache, modelBaseUrl, removeModelFromCache } from '../../src/llm/model-cache.ts';
import { findModel } from '../../src/llm/models.ts';
import { FakeMLCEngine } from './fake-engine.ts';
import { clearModelCaches } from './fake-host.ts';

const MB = 1024 * 1024;
const record = findModel('Qwen2.5-0.5B-Instruct-q4f16_1-MLC')!.record;
const appConfig = { model_list: [record] };

async function fakeDownload(shards = 3, opts: { failAtShard?: number } = {}) {
  const engine = new FakeMLCEngine({ load: { shards, shardBytes: 10 * MB, ...(opts.failAtShard ? { failure: 'network' as const, failAtShard: opts.failAtShard } : {}) } });
  engine.setAppConfig(appConfig);
  await engine.reload(record.model_id).catch(() => {});
}

describe('model cache (main thread, no web-llm)', () => {
  beforeEach(clearModelCaches);
  after(clearModelCaches);

  it("uses web-llm's URL layout (cleanModelUrl)", () => {
    expect(modelBaseUrl('https://huggingface.co/mlc-ai/X-MLC')).to.equal('https://huggingface.co/mlc-ai/X-MLC/resolve/main/');
    expect(modelBaseUrl('https://huggingface.co/mlc-ai/X-MLC/')).to.equal('https://huggingface.co/mlc-ai/X-MLC/resolve/main/');
    expect(modelBaseUrl('https://cdn.example/m/resolve/v2/')).to.equal('https://cdn.example/m/resolve/v2/');
    expect(guessRecord('Phi-3.5-mini-instruct-q4f16_1-MLC').model).to.equal('https://huggingface.co/mlc-ai/Phi-3.5-mini-instruct-q4f16_1-MLC');
  });

  it('nothing cached', async () => {
    expect(await inspectModelCache(record)).to.deep.equal({ complete: false, totalBytes: null, cachedBytes: 0 });
    expect(await hasModelInCache(record.model_id, appConfig)).to.be.false;
  });

  it('a complete download: agrees with web-llm’s hasModelInCache, with sizes', async () => {
    await fakeDownload(3);
    expect(await hasModelInCache(record.model_id, appConfig)).to.be.true;
    expect(await inspectModelCache(record)).to.deep.equal({ complete: true, totalBytes: 30 * MB, cachedBytes: 30 * MB });
  });

  it('a partial download: incomplete for both, partial bytes counted', async () => {
    await fakeDownload(4, { failAtShard: 3 });
    expect(await hasModelInCache(record.model_id, appConfig)).to.be.false;
    expect(await inspectModelCache(record)).to.deep.equal({ complete: false, totalBytes: 40 * MB, cachedBytes: 20 * MB });
  });

  it('an unreadable index counts as not cached', async () => {
    await fakeDownload(2);
    await (await caches.open('webllm/model')).put(new URL('tensor-cache.json', modelBaseUrl(record.model)).href, new Response('{oops'));
    expect((await inspectModelCache(record)).complete).to.be.false;
  });

  it('remove deletes weights, tokenizer, config and library, and only this model’s', async () => {
    await fakeDownload(2);
    const other = findModel('Llama-3.2-1B-Instruct-q4f16_1-MLC')!.record;
    const e2 = new FakeMLCEngine({ load: { shards: 1 } });
    e2.setAppConfig({ model_list: [other] });
    await e2.reload(other.model_id);

    const removed = await removeModelFromCache(record);
    expect(removed).to.equal(2 + 2 + 1 + 1); // shards + index + tokenizer, config, wasm
    expect(await hasModelInCache(record.model_id, appConfig)).to.be.false;
    expect((await inspectModelCache(record)).cachedBytes).to.equal(0);
    expect((await inspectModelCache(other)).complete).to.be.true;
  });

  it('no Cache API (insecure context): nothing cached, nothing to remove', async () => {
    expect(await inspectModelCache(record, null)).to.deep.equal({ complete: false, totalBytes: null, cachedBytes: 0 });
    expect(await removeModelFromCache(record, null)).to.equal(0);
  });

  it('free storage from navigator.storage.estimate()', async () => {
    expect(await freeStorageBytes({ estimate: async () => ({ quota: 1000, usage: 400 }) })).to.equal(600);
    expect(await freeStorageBytes({ estimate: async () => ({}) })).to.equal(null);
    expect(await freeStorageBytes({ estimate: async () => Promise.reject(new Error('no')) })).to.equal(null);
    expect(await freeStorageBytes()).to.be.a('number');
  });
});
