import { expect } from '@open-wc/testing';
import { memoryConsentStore } from '../../src/llm/consent.ts';
import type { ChatMessage } from '../../src/llm/engine.ts';
import { DeviceLostError, NoModelError, WorkerCrashedError } from '../../src/llm/errors.ts';
import { inspectModelCache } from '../../src/llm/model-cache.ts';
import { ModelManager, PROMPT_API_CHOICE, type ModelStatus } from '../../src/llm/model-manager.ts';
import { findModel } from '../../src/llm/models.ts';
import type { PromptApi } from '../../src/llm/prompt-api-engine.ts';
import { FakeModelHost } from './fake-host.ts';
import { fakeAdapter, fakeGpu } from './fake-gpu.ts';
import { FakePromptApi } from './fake-prompt-api.ts';

const messages: ChatMessage[] = [{ role: 'user', content: 'Hello?' }];
const MB = 1024 * 1024;

function waitFor(manager: ModelManager, predicate: (s: ModelStatus) => boolean, timeoutMs = 8000): Promise<ModelStatus> {
  if (predicate(manager.status)) return Promise.resolve(manager.status);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out in phase ${manager.status.phase}`));
    }, timeoutMs);
    const off = manager.subscribe((s) => {
      if (predicate(s)) {
        clearTimeout(timer);
        off();
        resolve(s);
      }
    });
  });
}

function record(manager: ModelManager): ModelStatus[] {
  const seen: ModelStatus[] = [];
  manager.subscribe((s) => seen.push(s));
  return seen;
}

async function answer(manager: ModelManager): Promise<string> {
  let text = '';
  for await (const d of manager.engine.chat({ messages })) text += d;
  return text;
}

describe('ModelManager', () => {
  let host: FakeModelHost;
  beforeEach(() => {
    host = new FakeModelHost({ reply: 'Hi there.', load: { shards: 4, shardBytes: 50 * MB } });
  });
  afterEach(() => host.dispose());

  describe('capability and choice (no download, no worker)', () => {
    it('real headless Chromium (no GPU): unsupported, one console warning, retrieval-only engine', async () => {
      const warnings: string[] = [];
      const manager = new ModelManager({ lang: 'en', createWorker: host.createWorker, promptApi: null, consent: memoryConsentStore(), logger: { warn: (m: string) => warnings.push(m) } });
      await manager.start();
      await manager.start();
      expect(manager.status.phase).to.equal('unsupported');
      // Chromium without GPU flags has navigator.gpu but no adapter.
      expect(manager.status.problem).to.be.oneOf(['no-webgpu', 'no-adapter']);
      expect(manager.status.problemDetail).to.be.a('string').and.not.empty;
      expect(manager.engine.kind).to.equal('none');
      expect(manager.engine.ready).to.be.false;
      expect(warnings).to.have.length(1);
      await manager.enable();
      expect(host.workers).to.have.length(0);
    });

    it('offers Llama 3.2 1B (q4f16) with its size to an English shop on a capable GPU, without starting a worker', async () => {
      const manager = host.manager({ lang: 'en' });
      await manager.start();
      const s = manager.status;
      expect(s.phase).to.equal('available');
      expect(s.choice?.modelId).to.equal('Llama-3.2-1B-Instruct-q4f16_1-MLC');
      expect(s.choice?.downloadBytes).to.equal(findModel('Llama-3.2-1B-Instruct-q4f16_1-MLC')!.approxDownloadMB * MB);
      expect(s.cached).to.be.false;
      expect(s.capability?.shaderF16).to.be.true;
      expect(host.workers).to.have.length(0);
    });

    it('offers a Qwen model to a Chinese shop, smaller on a 4 GB device', async () => {
      const big = host.manager({ lang: 'zh-CN' });
      await big.start();
      expect(big.status.choice?.modelId).to.equal('Qwen2.5-1.5B-Instruct-q4f16_1-MLC');
      const small = host.manager({ lang: 'zh-CN', capabilityEnv: { gpu: fakeGpu(fakeAdapter()), deviceMemory: 4 } });
      await small.start();
      expect(small.status.choice?.modelId).to.equal('Qwen2.5-0.5B-Instruct-q4f16_1-MLC');
    });

    it('picks the q4f32 twin when the GPU lacks shader-f16', async () => {
      const manager = host.manager({ capabilityEnv: { gpu: fakeGpu(fakeAdapter({ f16: false })), deviceMemory: 8 } });
      await manager.start();
      expect(manager.status.choice?.modelId).to.equal('Llama-3.2-1B-Instruct-q4f32_1-MLC');
      expect(manager.status.choice?.f16).to.be.false;
    });

    it('an explicit `model` is used (and swapped to its twin without f16)', async () => {
      const m1 = host.manager({ model: 'Qwen3-1.7B-q4f16_1-MLC' });
      await m1.start();
      expect(m1.status.choice?.modelId).to.equal('Qwen3-1.7B-q4f16_1-MLC');
      const m2 = host.manager({ model: 'Qwen3-1.7B-q4f16_1-MLC', capabilityEnv: { gpu: fakeGpu(fakeAdapter({ f16: false })) } });
      await m2.start();
      expect(m2.status.choice?.modelId).to.equal('Qwen3-1.7B-q4f32_1-MLC');
    });

    it('self-hosted weights: relative model-url / model-lib-url become absolute', async () => {
      const manager = host.manager({ model: 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC', modelUrl: '/models/qwen/', modelLibUrl: 'libs/qwen.wasm', baseUri: 'https://shop.example/en/page.html' });
      await manager.start();
      const choice = manager.status.choice!;
      expect(choice.selfHosted).to.be.true;
      expect(choice.record?.model).to.equal('https://shop.example/models/qwen/');
      expect(choice.record?.model_lib).to.equal('https://shop.example/en/libs/qwen.wasm');
      expect(choice.record?.vram_required_MB).to.equal(1060.2);
    });

    it('self-hosted f16 weights on a GPU without f16: unsupported (needs-f16)', async () => {
      const manager = host.manager({ modelUrl: 'https://cdn.example/Qwen2.5-0.5B-Instruct-q4f16_1-MLC', capabilityEnv: { gpu: fakeGpu(fakeAdapter({ f16: false })) } });
      await manager.start();
      expect(manager.status.phase).to.equal('unsupported');
      expect(manager.status.problem).to.equal('needs-f16');
    });

    it('a wrong configuration is reported once and leaves retrieval-only mode', async () => {
      const warnings: string[] = [];
      const manager = host.manager({ modelUrl: 'https://cdn.example/my-own-model/', logger: { warn: (m: string) => warnings.push(m) } });
      await manager.start();
      expect(manager.status.phase).to.equal('unsupported');
      expect(manager.status.problem).to.equal('config');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('model-lib-url');
    });

    it('model="none" turns the model off', async () => {
      const manager = host.manager({ model: 'none' });
      await manager.start();
      expect(manager.status.phase).to.equal('disabled');
      await manager.enable();
      expect(host.workers).to.have.length(0);
    });

    it('a device with too little memory for any model is unsupported', async () => {
      const manager = host.manager({ lang: 'zh-CN', capabilityEnv: { gpu: fakeGpu(fakeAdapter()), deviceMemory: 2 } });
      await manager.start();
      expect(manager.status.phase).to.equal('unsupported');
      expect(manager.status.problem).to.equal('too-large');
    });
  });

  describe('download and load', () => {
    it('opt-in: real progress stages, then a ready web-llm engine that answers', async () => {
      const manager = host.manager();
      await manager.start();
      const seen = record(manager);
      await manager.enable();
      expect(manager.status.phase).to.equal('ready');
      const stages = seen.map((s) => s.progress?.stage).filter(Boolean);
      expect(stages).to.include.members(['preparing', 'downloading', 'loading', 'compiling', 'ready']);
      const downloading = seen.filter((s) => s.progress?.stage === 'downloading' && s.progress.loadedBytes);
      expect(downloading.at(-1)!.progress!.loadedBytes).to.equal(200 * MB);
      expect(downloading.at(-1)!.progress!.totalBytes).to.equal(200 * MB);
      expect(manager.engine.kind).to.equal('web-llm');
      expect(manager.status.engineKind).to.equal('web-llm');
      expect(await answer(manager)).to.equal('Hi there.');
      expect(manager.status.cached).to.be.true;
      expect(manager.status.storedBytes).to.equal(200 * MB);
      await manager.dispose();
    });

    it('later visits load from the cache without asking (no download)', async () => {
      const consent = memoryConsentStore();
      const first = host.manager({ consent });
      await first.start();
      await first.enable();
      await first.dispose();
      expect(consent.read()?.choice).to.equal('on');

      const second = host.manager({ consent });
      const seen = record(second);
      await second.start();
      const s = await waitFor(second, (x) => x.phase === 'ready' || x.phase === 'error');
      expect(s.phase).to.equal('ready');
      expect(seen.some((x) => x.progress?.stage === 'downloading')).to.be.false;
      expect(seen.some((x) => x.progress?.stage === 'loading')).to.be.true;
      expect(await answer(second)).to.equal('Hi there.');
      await second.dispose();
    });

    it('opted in before but the browser evicted the files: asks again instead of downloading silently', async () => {
      const consent = memoryConsentStore({ choice: 'on', modelId: 'Llama-3.2-1B-Instruct-q4f16_1-MLC', at: 1 });
      const manager = host.manager({ consent });
      await manager.start();
      expect(manager.status.phase).to.equal('available');
      expect(manager.status.evicted).to.be.true;
      expect(host.workers).to.have.length(0);
    });

    it('"not now" is remembered: no offer, no worker, until the shopper turns it on', async () => {
      const consent = memoryConsentStore();
      const manager = host.manager({ consent });
      await manager.start();
      await manager.decline();
      expect(manager.status.phase).to.equal('declined');
      const again = host.manager({ consent, preload: true });
      await again.start();
      expect(again.status.phase).to.equal('declined');
      expect(host.workers).to.have.length(0);
      await again.enable();
      expect(again.status.phase).to.equal('ready');
      await again.dispose();
    });

    it('cancel stops the download, keeps what was fetched, and a retry continues from there', async () => {
      host.script = { load: { shards: 10, shardBytes: 10 * MB, shardDelayMs: 60 } };
      const manager = host.manager();
      await manager.start();
      const done = manager.enable();
      await waitFor(manager, (s) => (s.progress?.loadedBytes ?? 0) >= 30 * MB);
      manager.cancel();
      expect(manager.status.phase).to.equal('available');
      await done;
      const after = await waitFor(manager, (s) => s.storedBytes > 0);
      expect(after.storedBytes).to.be.at.least(30 * MB).and.below(100 * MB);
      expect(manager.engine.kind).to.equal('none');

      host.script = { load: { shards: 10, shardBytes: 10 * MB } };
      const seen = record(manager);
      await manager.enable();
      expect(manager.status.phase).to.equal('ready');
      // Only the missing shards are downloaded; web-llm counts the cached ones in its progress too.
      const [reload] = await host.requests('reload');
      expect(reload!.fetched!.length).to.equal(10 - after.storedBytes / (10 * MB));
      const fetching = seen.filter((s) => s.progress?.stage === 'downloading' && (s.progress.loadedBytes ?? 0) > 0);
      expect(fetching.at(-1)!.progress!.loadedBytes).to.equal(100 * MB);
      await manager.dispose();
    });

    it('remove deletes the files, unloads, and is remembered', async () => {
      const consent = memoryConsentStore();
      const manager = host.manager({ consent });
      await manager.start();
      await manager.enable();
      const rec = manager.status.choice!.record!;
      expect((await inspectModelCache(rec, host.caches)).complete).to.be.true;
      await manager.remove();
      expect(manager.status.phase).to.equal('declined');
      expect(manager.status.cached).to.be.false;
      expect(manager.engine.kind).to.equal('none');
      expect(await inspectModelCache(rec, host.caches)).to.deep.equal({ complete: false, totalBytes: null, cachedBytes: 0 });
      for (const name of ['webllm/model', 'webllm/config', 'webllm/wasm']) {
        const keys = await (await host.caches.open(name)).keys();
        expect(keys.filter((k) => k.url.includes('Llama-3.2-1B'))).to.have.length(0);
      }
      expect(consent.read()?.choice).to.equal('off');
    });

    it('model-preload loads without a click, but not with Save-Data on', async () => {
      const preloaded = host.manager({ preload: true });
      await preloaded.start();
      expect((await waitFor(preloaded, (s) => s.phase === 'ready')).engineKind).to.equal('web-llm');
      await preloaded.dispose();

      const saving = host.manager({ preload: true, saveData: true });
      await saving.start();
      expect(saving.status.phase).to.equal('available');
    });

    it('loads an embedding model alongside when asked', async () => {
      const manager = host.manager({ embeddingModel: 'snowflake-arctic-embed-s-q0f32-MLC-b4' });
      await manager.start();
      await manager.enable();
      expect(manager.engine.supportsEmbeddings).to.be.true;
      expect((await manager.engine.embed(['a'])).length).to.equal(1);
      const [reload] = await host.requests('reload');
      expect(reload!.modelId).to.deep.equal(['Llama-3.2-1B-Instruct-q4f16_1-MLC', 'snowflake-arctic-embed-s-q0f32-MLC-b4']);
      await manager.dispose();
    });

    it('an embedding model as the shop\'s model embeds with it and does not chat', async () => {
      // With the real engine in test/real-engine/ (a self-hosted model-url pointing at it).
      const id = 'snowflake-arctic-embed-s-q0f32-MLC-b4';
      const manager = host.manager({ model: id, embeddingModel: id });
      await manager.start();
      await manager.enable();
      expect(manager.status.phase).to.equal('ready');
      const engine = manager.engine;
      expect(engine.canChat).to.be.false;
      expect(engine.supportsEmbeddings).to.be.true;
      expect((await engine.embed(['a', 'b'])).length).to.equal(2);
      expect(await engine.json({ messages: [{ role: 'user', content: 'hi' }], schema: {} }).catch((e) => e)).to.be.instanceOf(NoModelError);
      const [reload] = await host.requests('reload');
      expect(reload!.modelId).to.equal(id);
      expect(await host.requests('json')).to.have.length(0);
      await manager.dispose();
    });
  });

  describe('failures end in a clear state with retrieval-only answers', () => {
    it('download interrupted (network): error, retrieval-only, retry continues', async () => {
      host.script = { load: { shards: 4, failure: 'network', failAtShard: 3 } };
      const manager = host.manager();
      await manager.start();
      await manager.enable();
      expect(manager.status.phase).to.equal('error');
      expect(manager.status.error?.kind).to.equal('network');
      expect(manager.status.error?.retryable).to.be.true;
      expect(manager.engine.kind).to.equal('none');
      expect(manager.status.storedBytes).to.be.greaterThan(0);
      host.script = { load: { shards: 4 } };
      await manager.retry();
      expect(manager.status.phase).to.equal('ready');
      await manager.dispose();
    });

    it('not enough storage: refused before any worker starts', async () => {
      const manager = host.manager({ storage: { estimate: async () => ({ quota: 500 * MB, usage: 400 * MB }) } });
      await manager.start();
      await manager.enable();
      expect(manager.status.phase).to.equal('error');
      expect(manager.status.error?.kind).to.equal('quota');
      expect(host.workers).to.have.length(0);
    });

    it('cancel while the browser is asked for free storage: no worker starts, no download', async () => {
      let answer: (v: StorageEstimate) => void = () => {};
      const manager = host.manager({ storage: { estimate: () => new Promise<StorageEstimate>((r) => (answer = r)) } });
      await manager.start();
      const enabling = manager.enable();
      await new Promise((r) => setTimeout(r, 20));
      expect(manager.status.phase).to.equal('loading');
      manager.cancel();
      answer({ quota: 100_000 * MB, usage: 0 });
      await enabling;
      await new Promise((r) => setTimeout(r, 50));
      expect(host.workers).to.have.length(0);
      expect(manager.status.phase).to.equal('available');
      await manager.dispose();
    });

    it('quota exceeded mid-download (the Cache API throws)', async () => {
      host.script = { load: { failure: 'quota', failAtShard: 2 } };
      const manager = host.manager();
      await manager.start();
      await manager.enable();
      expect(manager.status.error?.kind).to.equal('quota');
      expect(manager.engine.kind).to.equal('none');
    });

    it('cache corrupted: error, and retry deletes the damaged files and downloads again', async () => {
      const manager = host.manager();
      await manager.start();
      await manager.enable();
      await manager.dispose();
      // Damage the cached index (as a crashed write or disk error would).
      const base = 'https://huggingface.co/mlc-ai/Llama-3.2-1B-Instruct-q4f16_1-MLC/resolve/main/';
      await (await host.caches.open('webllm/model')).put(base + 'tensor-cache.json', new Response('{"records": [tru'));

      const again = host.manager();
      await again.start();
      await again.enable();
      expect(again.status.phase).to.equal('error');
      expect(again.status.error?.kind).to.equal('cache-corrupted');
      const seen = record(again);
      await again.retry();
      expect(again.status.phase).to.equal('ready');
      expect(seen.some((s) => s.progress?.stage === 'downloading')).to.be.true;
      await again.dispose();
    });

    it('a damaged shard found while loading from cache is cache-corrupted', async () => {
      host.script = { load: { failure: 'cache-corrupted', failAtShard: 2 } };
      const manager = host.manager();
      await manager.start();
      await manager.enable();
      expect(manager.status.error?.kind).to.equal('cache-corrupted');
    });

    it('out of memory while loading: offers a smaller model, which then loads', async () => {
      host.script = { load: { failure: 'oom', failIn: 'compile' } };
      const manager = host.manager();
      await manager.start();
      await manager.enable();
      expect(manager.status.error?.kind).to.equal('out-of-memory');
      const smaller = manager.status.smaller!;
      expect(smaller.vramMB).to.be.lessThan(manager.status.choice!.vramMB!);
      host.script = {};
      await manager.retry();
      expect(manager.status.phase).to.equal('ready');
      expect(manager.status.choice?.modelId).to.equal(smaller.modelId);
      expect(manager.engine.modelId).to.equal(smaller.modelId);
      await manager.dispose();
    });

    it('the worker refuses in its own preflight (no WebGPU there): unsupported', async () => {
      host.script = { preflightFails: true };
      const manager = host.manager();
      await manager.start();
      await manager.enable();
      expect(manager.status.phase).to.equal('unsupported');
      expect(manager.status.problem).to.equal('no-webgpu');
      expect(manager.engine.kind).to.equal('none');
    });

    it('the worker fails to start: error, retrieval-only', async () => {
      host.script = { failToStart: true };
      const manager = host.manager();
      await manager.start();
      await manager.enable();
      expect(manager.status.error?.kind).to.equal('worker-crashed');
      expect(manager.engine.kind).to.equal('none');
    });

    it('device lost mid-answer: the answer fails, the manager falls back, restart loads from cache', async () => {
      host.script = { reply: 'a b c d', tokenDelayMs: 5, chat: { failure: 'device-lost', failAfterChunks: 1 } };
      const manager = host.manager();
      await manager.start();
      await manager.enable();
      const err = await answer(manager).catch((e) => e);
      expect(err).to.be.instanceOf(DeviceLostError);
      const s = await waitFor(manager, (x) => x.phase === 'error');
      expect(s.error?.kind).to.equal('device-lost');
      expect(manager.engine.kind).to.equal('none');
      host.script = { reply: 'back' };
      const seen = record(manager);
      await manager.retry();
      expect(manager.status.phase).to.equal('ready');
      expect(seen.some((x) => x.progress?.stage === 'downloading')).to.be.false;
      expect(await answer(manager)).to.equal('back');
      await manager.dispose();
    });

    it('worker crash while answering: error state, retrieval-only, restart works', async () => {
      host.script = { reply: 'a b', chat: { failure: 'crash' } };
      const manager = host.manager();
      await manager.start();
      await manager.enable();
      expect(await answer(manager).catch((e) => e)).to.be.instanceOf(WorkerCrashedError);
      expect((await waitFor(manager, (x) => x.phase === 'error')).error?.kind).to.equal('worker-crashed');
      expect(manager.engine.kind).to.equal('none');
      host.script = {};
      await manager.retry();
      expect(manager.engine.kind).to.equal('web-llm');
      await manager.dispose();
    });
  });

  describe("the browser's built-in model (Prompt API)", () => {
    it('used right away when available: no download, no worker, no opt-in', async () => {
      const api = new FakePromptApi({ availability: 'available', reply: 'From Gemini Nano.' });
      const manager = host.manager({ promptApi: api as PromptApi });
      await manager.start();
      expect(manager.status.phase).to.equal('ready');
      expect(manager.engine.kind).to.equal('prompt-api');
      expect(await answer(manager)).to.equal('From Gemini Nano.');
      expect(host.workers).to.have.length(0);
    });

    it('respects "turn off": not used on the next visit, turned on again on request', async () => {
      const api = new FakePromptApi({ availability: 'available' });
      const consent = memoryConsentStore();
      const first = host.manager({ promptApi: api as PromptApi, consent });
      await first.start();
      await first.decline();
      expect(first.engine.kind).to.equal('none');
      const next = host.manager({ promptApi: api as PromptApi, consent });
      await next.start();
      expect(next.status.phase).to.equal('declined');
      expect(next.engine.kind).to.equal('none');
      await next.enable();
      expect(next.engine.kind).to.equal('prompt-api');
    });

    it('asks for the language: a Chinese shop does not use an English-only built-in model', async () => {
      const api = new FakePromptApi({ availability: 'available', languages: ['en'] });
      const manager = host.manager({ lang: 'zh-CN', promptApi: api as PromptApi });
      await manager.start();
      expect(manager.status.phase).to.equal('available');
      expect(manager.status.choice?.modelId).to.match(/^Qwen/);
    });

    it('downloadable and no WebGPU: offered, downloaded by the browser with progress', async () => {
      const api = new FakePromptApi({ availability: 'downloadable' });
      const manager = host.manager({ promptApi: api as PromptApi, capabilityEnv: { gpu: null } });
      await manager.start();
      expect(manager.status.phase).to.equal('available');
      expect(manager.status.choice).to.equal(PROMPT_API_CHOICE);
      const seen = record(manager);
      await manager.enable();
      expect(manager.status.phase).to.equal('ready');
      expect(seen.map((s) => s.progress?.fraction).filter((f) => typeof f === 'number')).to.include(0.5);
      expect(manager.engine.kind).to.equal('prompt-api');
    });

    it('model="prompt-api" without a built-in model: unsupported', async () => {
      const manager = host.manager({ model: 'prompt-api' });
      await manager.start();
      expect(manager.status.phase).to.equal('unsupported');
      expect(manager.status.problem).to.equal('no-prompt-api');
    });
  });
});
