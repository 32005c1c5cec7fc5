import { expect } from '@open-wc/testing';
import type { ChatMessage } from '../../src/llm/engine.ts';
import { ContextLengthError, DeviceLostError, InvalidJsonError, LlmAbortError, NoModelError, WorkerCrashedError } from '../../src/llm/errors.ts';
import { WorkerClient } from '../../src/llm/worker-client.ts';
import { WorkerChatEngine } from '../../src/llm/worker-engine.ts';
import { MODELS } from '../../src/llm/models.ts';
import { FakeModelHost, type FakeWorkerScript } from './fake-host.ts';

const record = MODELS[0]!.record;
const messages: ChatMessage[] = [
  { role: 'system', content: 'You are a shop assistant.' },
  { role: 'user', content: 'Do you have red shoes?' },
];

/** A real worker running the real handler with the fake engine, loaded and wrapped in the engine. */
async function loadedEngine(script: FakeWorkerScript = {}, clientOptions = {}) {
  const host = new FakeModelHost(script);
  const client = new WorkerClient({ createWorker: host.createWorker, ...clientOptions });
  await client.request({ kind: 'load', modelIds: [record.model_id], records: [record] }).promise;
  const engine = new WorkerChatEngine({ client, modelId: record.model_id, abortGraceMs: 500 });
  return { host, client, engine };
}

async function collect(stream: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const d of stream) out.push(d);
  return out;
}

describe('WorkerChatEngine over the real worker protocol (fake engine)', () => {
  it('streams deltas and reports the result with usage', async () => {
    const { host, engine } = await loadedEngine({ reply: 'Yes, we have red shoes.' });
    const stream = engine.chat({ messages, temperature: 0.2, maxTokens: 64 });
    const deltas = await collect(stream);
    expect(deltas.join('')).to.equal('Yes, we have red shoes.');
    const result = await stream.result;
    expect(result.text).to.equal('Yes, we have red shoes.');
    expect(result.finishReason).to.equal('stop');
    expect(result.usage?.completionTokens).to.equal(5);
    const [req] = await host.requests('chat');
    const sent = req!.request as Record<string, unknown>;
    expect(sent.stream).to.equal(true);
    expect(sent.temperature).to.equal(0.2);
    expect(sent.max_tokens).to.equal(64);
    expect(sent.model).to.equal(record.model_id);
    expect(sent.messages).to.deep.equal(messages);
    await engine.unload();
    await host.dispose();
  });

  it('sends the request to the engine as soon as chat() is called, before iterating', async () => {
    const { host, engine } = await loadedEngine({ reply: 'ok' });
    const next = host.nextRequest('chat');
    const t0 = performance.timeOrigin + performance.now();
    const stream = engine.chat({ messages });
    const req = await next;
    expect(req.receivedAt).to.be.greaterThan(t0);
    expect((req.request as { messages: unknown }).messages).to.deep.equal(messages);
    expect((await collect(stream)).join('')).to.equal('ok');
    await engine.unload();
    await host.dispose();
  });

  it('aborts a streaming answer with an AbortSignal and keeps the engine usable', async () => {
    const { host, engine } = await loadedEngine({ reply: 'one two three four five six seven eight nine ten', tokenDelayMs: 40 });
    const controller = new AbortController();
    const got: string[] = [];
    let error: unknown;
    try {
      for await (const d of engine.chat({ messages, signal: controller.signal })) {
        got.push(d);
        if (got.length === 2) controller.abort();
      }
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(LlmAbortError);
    expect((error as Error).name).to.equal('AbortError');
    expect(got.join('').split(' ').length).to.be.lessThan(10);
    expect(engine.ready).to.be.true;
    // The next answer is complete: the interrupt did not leak into it.
    const next = engine.chat({ messages });
    expect((await collect(next)).join('')).to.equal('one two three four five six seven eight nine ten');
    await engine.unload();
    await host.dispose();
  });

  it('stops generating when the consumer breaks out of the loop', async () => {
    const { host, engine } = await loadedEngine({ reply: 'a b c d e f g h i j k l m n o p', tokenDelayMs: 30 });
    const stream = engine.chat({ messages });
    for await (const _ of stream) break;
    const err = await stream.result.catch((e) => e);
    expect(err).to.be.instanceOf(LlmAbortError);
    // The worker interrupted: a following request answers promptly in full.
    const again = await collect(engine.chat({ messages }));
    expect(again.join('')).to.equal('a b c d e f g h i j k l m n o p');
    await engine.unload();
    await host.dispose();
  });

  it('drops a queued request aborted before it started', async () => {
    const { host, engine } = await loadedEngine({ reply: 'x y z', tokenDelayMs: 50 });
    const first = engine.chat({ messages });
    const controller = new AbortController();
    const second = engine.chat({ messages, signal: controller.signal });
    controller.abort();
    expect((await collect(first)).join('')).to.equal('x y z');
    expect(await second.result.catch((e) => e)).to.be.instanceOf(LlmAbortError);
    expect(await host.requests('chat')).to.have.length(1);
    await engine.unload();
    await host.dispose();
  });

  it('returns schema-constrained JSON (web-llm JSON mode)', async () => {
    const { host, engine } = await loadedEngine({ json: { intent: 'search', query: 'red shoes' } });
    const schema = { type: 'object', properties: { intent: { type: 'string', enum: ['search', 'compare'] }, query: { type: 'string' } }, required: ['intent', 'query'] };
    const value = await engine.json<{ intent: string; query: string }>({ messages, schema, temperature: 0 });
    expect(value).to.deep.equal({ intent: 'search', query: 'red shoes' });
    const [req] = await host.requests('json');
    const sent = req!.request as { response_format: { type: string; schema: string }; stream: boolean };
    expect(sent.response_format.type).to.equal('json_object');
    expect(JSON.parse(sent.response_format.schema)).to.deep.equal(schema);
    expect(sent.stream).to.equal(false);
    await engine.unload();
    await host.dispose();
  });

  it('turns "thinking" off only for models that think (Qwen3)', async () => {
    const { host, client, engine } = await loadedEngine();
    await engine.json({ messages, schema: { type: 'object' } });
    await engine.chat({ messages }).result;
    for (const r of await host.requests()) if (r.kind !== 'reload') expect(r.request).to.not.have.property('extra_body');
    const thinking = new WorkerChatEngine({ client, modelId: record.model_id, noThinking: true });
    await thinking.chat({ messages }).result;
    const last = (await host.requests('chat')).at(-1)!.request as { extra_body?: unknown };
    expect(last.extra_body).to.deep.equal({ enable_thinking: false });
    await engine.unload();
    await host.dispose();
  });

  it('throws InvalidJsonError (with the raw text) when the output is not JSON', async () => {
    const { host, engine } = await loadedEngine({ jsonRaw: '{"intent": "sea' });
    const err = (await engine.json({ messages, schema: { type: 'object' } }).catch((e) => e)) as InvalidJsonError;
    expect(err).to.be.instanceOf(InvalidJsonError);
    expect(err.kind).to.equal('invalid-output');
    expect(err.raw).to.equal('{"intent": "sea');
    expect(engine.ready).to.be.true;
    await engine.unload();
    await host.dispose();
  });

  it('fills a schema when no JSON is scripted (fake default)', async () => {
    const { host, engine } = await loadedEngine();
    const schema = { type: 'object', properties: { intent: { enum: ['search', 'compare'] }, limit: { type: 'integer' } }, required: ['intent', 'limit'] };
    expect(await engine.json({ messages, schema })).to.deep.equal({ intent: 'search', limit: 0 });
    await engine.unload();
    await host.dispose();
  });

  it('embeds with an embedding model loaded alongside', async () => {
    const embed = MODELS.find((m) => m.embedding)!.record;
    const host = new FakeModelHost({ embeddingDims: 4 });
    const client = new WorkerClient({ createWorker: host.createWorker });
    await client.request({ kind: 'load', modelIds: [record.model_id, embed.model_id], records: [record, embed] }).promise;
    const engine = new WorkerChatEngine({ client, modelId: record.model_id, embeddingModelId: embed.model_id });
    expect(engine.supportsEmbeddings).to.be.true;
    const vectors = await engine.embed(['red shoes', 'blue jacket']);
    expect(vectors).to.have.length(2);
    expect(vectors[0]).to.be.instanceOf(Float32Array);
    expect(vectors[0]!.length).to.equal(4);
    expect(Math.hypot(...vectors[0]!)).to.be.closeTo(1, 1e-5);
    const [req] = await host.requests('embed');
    expect((req!.request as { model: string }).model).to.equal(embed.model_id);
    // Blank texts are refused before the worker (web-llm would throw, or return an empty vector);
    // a text over the context window is a ContextLengthError, and the engine carries on.
    expect(await engine.embed(['ok', '  ']).catch((e) => e)).to.be.instanceOf(TypeError);
    expect(await host.requests('embed')).to.have.length(1);
    expect(await engine.embed(['word '.repeat(600)]).catch((e) => e)).to.be.instanceOf(ContextLengthError);
    expect(engine.ready).to.be.true;
    expect(await engine.embed(['ok'])).to.have.length(1);
    await engine.unload();
    await host.dispose();
  });

  it('embed() without an embedding model throws NoModelError', async () => {
    const { host, engine } = await loadedEngine();
    expect(engine.supportsEmbeddings).to.be.false;
    expect(await engine.embed(['x']).catch((e) => e)).to.be.instanceOf(NoModelError);
    await engine.unload();
    await host.dispose();
  });

  it('reports busy / ready status while answering', async () => {
    const { host, engine } = await loadedEngine({ reply: 'a b c', tokenDelayMs: 10 });
    const states: string[] = [];
    engine.subscribe((s) => states.push(s.state));
    await collect(engine.chat({ messages }));
    expect(states).to.deep.equal(['busy', 'ready']);
    await engine.unload();
    expect(engine.status.state).to.equal('unloaded');
    expect(engine.ready).to.be.false;
    expect(await engine.chat({ messages }).result.catch((e) => e)).to.be.instanceOf(NoModelError);
    await host.dispose();
  });

  it('device lost mid-answer: the stream fails with DeviceLostError and the engine is failed', async () => {
    const { host, engine } = await loadedEngine({ reply: 'a b c d e f', tokenDelayMs: 10, chat: { failure: 'device-lost', failAfterChunks: 2 } });
    const got: string[] = [];
    let error: unknown;
    try {
      for await (const d of engine.chat({ messages })) got.push(d);
    } catch (e) {
      error = e;
    }
    expect(got.join('')).to.equal('a b');
    expect(error).to.be.instanceOf(DeviceLostError);
    expect((error as DeviceLostError).fatal).to.be.true;
    expect(engine.ready).to.be.false;
    expect(engine.status.state).to.equal('failed');
    await host.dispose();
  });

  it('worker crash mid-answer (uncaught error): WorkerCrashedError', async () => {
    const { host, engine } = await loadedEngine({ reply: 'a b c', chat: { failure: 'crash', failAfterChunks: 1 } });
    const err = await collect(engine.chat({ messages })).catch((e) => e);
    expect(err).to.be.instanceOf(WorkerCrashedError);
    expect(engine.ready).to.be.false;
    await host.dispose();
  });

  it('a worker that dies silently is noticed by liveness pings', async () => {
    const { host, engine } = await loadedEngine({ reply: 'a b c', chat: { failure: 'exit', failAfterChunks: 1 } }, { pingAfterMs: 100, pongTimeoutMs: 300 });
    const t0 = performance.now();
    const err = await collect(engine.chat({ messages })).catch((e) => e);
    expect(err).to.be.instanceOf(WorkerCrashedError);
    expect(performance.now() - t0).to.be.lessThan(5000);
    await host.dispose();
  });

  it('a slow first token is not mistaken for a crash', async () => {
    const { host, engine } = await loadedEngine({ reply: 'slow but fine', firstTokenDelayMs: 600 }, { pingAfterMs: 100, pongTimeoutMs: 300 });
    expect((await collect(engine.chat({ messages }))).join('')).to.equal('slow but fine');
    await engine.unload();
    await host.dispose();
  });
});

describe('WorkerClient', () => {
  it('reports progress in web-llm\'s format while loading', async () => {
    const host = new FakeModelHost({ load: { shards: 3, shardBytes: 10 * 1024 * 1024 } });
    const client = new WorkerClient({ createWorker: host.createWorker });
    const texts: string[] = [];
    await client.request({ kind: 'load', modelIds: [record.model_id], records: [record] }, { onProgress: (r) => texts.push(r.text) }).promise;
    expect(texts[0]).to.equal('Start to fetch params');
    expect(texts.some((t) => t.startsWith('Fetching param cache[3/3]: 30MB fetched. 100% completed'))).to.be.true;
    expect(texts.some((t) => t.startsWith('Loading model from cache[3/3]'))).to.be.true;
    expect(texts.at(-1)).to.match(/^Finish loading/);
    client.terminate();
    await host.dispose();
  });

  it('cancels a download in progress', async () => {
    const host = new FakeModelHost({ load: { shards: 20, shardDelayMs: 50 } });
    const client = new WorkerClient({ createWorker: host.createWorker });
    let seen = 0;
    const { id, promise } = client.request({ kind: 'load', modelIds: [record.model_id], records: [record] }, {
      onProgress: (r) => {
        if (r.text.startsWith('Fetching') && ++seen === 2) client.abort(id);
      },
    });
    expect(await promise.catch((e) => e)).to.be.instanceOf(LlmAbortError);
    client.terminate();
    await host.dispose();
  });

  it('a worker that fails to start rejects with WorkerCrashedError', async () => {
    const host = new FakeModelHost({ failToStart: true });
    const client = new WorkerClient({ createWorker: host.createWorker });
    expect(await client.start().catch((e) => e)).to.be.instanceOf(WorkerCrashedError);
    expect(await client.request({ kind: 'unload' }).promise.catch((e) => e)).to.be.instanceOf(WorkerCrashedError);
    await host.dispose();
  });

  it('a worker constructor that throws (e.g. cross-origin SecurityError) rejects cleanly', async () => {
    const client = new WorkerClient({
      createWorker: () => {
        throw new DOMException('Script cannot be accessed from origin', 'SecurityError');
      },
    });
    const err = await client.start().catch((e) => e);
    expect(err).to.be.instanceOf(WorkerCrashedError);
    expect(err.message).to.contain('could not start');
  });

  it('ignores messages of other protocols', async () => {
    const host = new FakeModelHost();
    const client = new WorkerClient({ createWorker: host.createWorker });
    await client.start();
    // The host's control channel shares the worker; the client must not choke on it.
    expect(await host.requests()).to.deep.equal([]);
    await client.request({ kind: 'unload' }).promise;
    client.terminate();
    await host.dispose();
  });
});
