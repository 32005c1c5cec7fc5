import { expect } from '@open-wc/testing';
import { localConsentStore, memoryConsentStore } from '../../src/llm/consent.ts';
import { LlmAbortError, NoModelError, WorkerCrashedError } from '../../src/llm/errors.ts';
import { NoModelEngine } from '../../src/llm/none-engine.ts';
import { createChatStream } from '../../src/llm/stream.ts';
import { moduleShimUrl, startableWorkerUrl } from '../../src/llm/worker-url.ts';
import { WorkerClient } from '../../src/llm/worker-client.ts';
import { findModel } from '../../src/llm/models.ts';

describe('ChatStream', () => {
  it('delivers pushed deltas (batched when the consumer is slower) and the result', async () => {
    let sink!: Parameters<Parameters<typeof createChatStream>[0]>[0];
    const stream = createChatStream((s) => {
      sink = s;
      return { cancel() {} };
    });
    sink.push('a');
    sink.push('b');
    const it = stream[Symbol.asyncIterator]();
    expect(await it.next()).to.deep.equal({ value: 'ab', done: false });
    setTimeout(() => {
      sink.push('c');
      sink.end({ text: 'abc', finishReason: 'stop' });
      sink.push('ignored');
    });
    expect(await it.next()).to.deep.equal({ value: 'c', done: false });
    expect((await it.next()).done).to.be.true;
    expect((await stream.result).text).to.equal('abc');
    expect(() => stream[Symbol.asyncIterator]()).to.throw();
  });

  it('a failure nobody awaits is not an unhandled rejection', async () => {
    let unhandled = 0;
    const onUnhandled = () => unhandled++;
    window.addEventListener('unhandledrejection', onUnhandled);
    createChatStream((s) => {
      s.fail(new NoModelError());
      return { cancel() {} };
    });
    await new Promise((r) => setTimeout(r, 50));
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(unhandled).to.equal(0);
  });

  it('breaking out cancels the producer and the result is an abort', async () => {
    let cancelled = false;
    const stream = createChatStream((s) => {
      s.push('x');
      return { cancel: () => (cancelled = true) };
    });
    for await (const _ of stream) break;
    expect(cancelled).to.be.true;
    expect(await stream.result.catch((e) => e)).to.be.instanceOf(LlmAbortError);
  });
});

describe('NoModelEngine', () => {
  it('is retrieval-only: every call says there is no model, never produces text', async () => {
    const engine = new NoModelEngine();
    expect(engine.kind).to.equal('none');
    expect(engine.ready).to.be.false;
    expect(await engine.chat({ messages: [{ role: 'user', content: 'hi' }] }).result.catch((e) => e)).to.be.instanceOf(NoModelError);
    expect(await engine.json({ messages: [], schema: {} }).catch((e) => e)).to.be.instanceOf(NoModelError);
    expect(await engine.embed(['x']).catch((e) => e)).to.be.instanceOf(NoModelError);
    let got = '';
    const err = await (async () => {
      for await (const d of engine.chat({ messages: [] })) got += d;
    })().catch((e) => e);
    expect(err).to.be.instanceOf(NoModelError);
    expect(got).to.equal('');
  });
});

describe('consent store', () => {
  it('remembers in localStorage-like storage', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
    const store = localConsentStore(storage);
    expect(store.read()).to.equal(null);
    store.write({ choice: 'on', modelId: 'm', at: 1 });
    expect(localConsentStore(storage).read()).to.deep.equal({ choice: 'on', modelId: 'm', at: 1 });
    store.write(null);
    expect(store.read()).to.equal(null);
  });

  it('storage that throws (privacy mode) or holds junk: nothing remembered, nothing thrown', () => {
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => { throw new Error('denied'); } };
    const store = localConsentStore(throwing);
    expect(() => store.write({ choice: 'off', at: 1 })).to.not.throw();
    expect(store.read()).to.equal(null);
    const junk = localConsentStore({ getItem: () => '{"choice":"maybe"}', setItem() {}, removeItem() {} });
    expect(junk.read()).to.equal(null);
    expect(memoryConsentStore().read()).to.equal(null);
  });
});

describe('worker URL for a widget served from another origin', () => {
  it('same-origin URLs are used as they are; others get a same-origin module shim', async () => {
    const same = new URL('/x/llm.worker.js', location.href).href;
    expect(startableWorkerUrl(same)).to.equal(same);
    const cross = 'https://cdn.example/shop-guide/assets/llm.worker-abc.js';
    const shim = startableWorkerUrl(cross);
    expect(shim).to.match(/^blob:/);
    expect(await (await fetch(shim)).text()).to.equal(`import "${cross}";\n`);
  });

  it('a module worker started through the shim runs the real worker code', async () => {
    const real = new URL('./fake-llm.worker.ts', import.meta.url).href;
    const client = new WorkerClient({ createWorker: () => new Worker(moduleShimUrl(real), { type: 'module' }) });
    await client.start();
    const record = findModel('SmolLM2-360M-Instruct-q4f32_1-MLC')!.record;
    await client.request({ kind: 'load', modelIds: [record.model_id], records: [{ ...record, model: 'https://example.invalid/shim-test-model' }] }).promise;
    client.terminate();
  });

  it('a worker that cannot load its script (CSP, 404, no CORS) fails cleanly', async () => {
    const client = new WorkerClient({ createWorker: () => new Worker(moduleShimUrl(new URL('/no/such/worker.js', location.href).href), { type: 'module' }), startTimeoutMs: 5000 });
    expect(await client.start().catch((e) => e)).to.be.instanceOf(WorkerCrashedError);
  });
});
