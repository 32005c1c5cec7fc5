import { expect } from '@open-wc/testing';
import type { ChatMessage } from '../../src/llm/engine.ts';
import { ContextLengthError, LlmAbortError, NoModelError } from '../../src/llm/errors.ts';
import { PromptApiEngine, browserPromptApi, promptApiAvailability } from '../../src/llm/prompt-api-engine.ts';
import { FakePromptApi } from './fake-prompt-api.ts';

const messages: ChatMessage[] = [
  { role: 'system', content: 'You are a shop assistant.' },
  { role: 'user', content: 'Hi' },
  { role: 'assistant', content: 'Hello! How can I help?' },
  { role: 'user', content: 'Any red shoes?' },
];

describe('PromptApiEngine (Chrome built-in model)', () => {
  it("answers one of the four states for this browser's own LanguageModel (whether it has one or not), and unavailable without one", async () => {
    expect(['available', 'downloadable', 'downloading', 'unavailable']).to.include(await promptApiAvailability(browserPromptApi(), 'en', null));
    expect(await promptApiAvailability(null, 'en', null)).to.equal('unavailable');
  });

  it('availability asks for the UI language', async () => {
    const api = new FakePromptApi({ languages: ['en'] });
    expect(await promptApiAvailability(api, 'en', null)).to.equal('available');
    expect(await promptApiAvailability(api, 'zh-CN', null)).to.equal('unavailable');
  });

  it('remembers a refused language for the session instead of probing (and making Chrome log an error) on every page', async () => {
    const api = new FakePromptApi({ languages: ['en'] });
    const probes: unknown[] = [];
    const availability = api.availability.bind(api);
    api.availability = (options) => (probes.push(options), availability(options));
    const memo = new Map<string, string>();
    const storage = { getItem: (k: string) => memo.get(k) ?? null, setItem: (k: string, v: string) => void memo.set(k, v) };
    expect(await promptApiAvailability(api, 'zh-CN', storage)).to.equal('unavailable');
    expect(await promptApiAvailability(api, 'zh-CN', storage)).to.equal('unavailable');
    expect(probes).to.have.length(1);
    // A language the model serves is asked each time (it may be downloading, or get removed).
    expect(await promptApiAvailability(api, 'en', storage)).to.equal('available');
    expect(await promptApiAvailability(api, 'en', storage)).to.equal('available');
    expect(probes).to.have.length(3);
    // Damaged memo: probe again rather than fail.
    memo.set('shop-guide:prompt-api-refused', '{oops');
    expect(await promptApiAvailability(api, 'zh-CN', storage)).to.equal('unavailable');
    expect(probes).to.have.length(4);
  });

  it('streams an answer: system and history as initialPrompts, the last message as the prompt', async () => {
    const api = new FakePromptApi({ reply: 'Yes, three pairs.' });
    const engine = new PromptApiEngine(api, 'en');
    let text = '';
    const stream = engine.chat({ messages });
    for await (const d of stream) text += d;
    expect(text).to.equal('Yes, three pairs.');
    expect((await stream.result).finishReason).to.equal('stop');
    expect(api.created[0]!.initialPrompts).to.deep.equal(messages.slice(0, 3));
    expect(api.prompts[0]!.input).to.equal('Any red shoes?');
    expect(api.destroyed).to.equal(1);
  });

  it('aborts with the signal', async () => {
    const api = new FakePromptApi({ reply: 'a b c d e f g h', tokenDelayMs: 30 });
    const engine = new PromptApiEngine(api, 'en');
    const controller = new AbortController();
    const got: string[] = [];
    const err = await (async () => {
      for await (const d of engine.chat({ messages, signal: controller.signal })) {
        got.push(d);
        if (got.length === 2) controller.abort();
      }
    })().catch((e) => e);
    expect(err).to.be.instanceOf(LlmAbortError);
    expect(got.length).to.be.lessThan(8);
    expect(api.destroyed).to.equal(1);
  });

  it('JSON through responseConstraint', async () => {
    const api = new FakePromptApi({ json: { intent: 'search' } });
    const engine = new PromptApiEngine(api, 'en');
    const schema = { type: 'object', properties: { intent: { type: 'string' } } };
    expect(await engine.json({ messages, schema })).to.deep.equal({ intent: 'search' });
    expect(api.prompts[0]!.responseConstraint).to.deep.equal(schema);
  });

  it('input over the context window: ContextLengthError', async () => {
    const api = new FakePromptApi({ maxInputChars: 5 });
    const engine = new PromptApiEngine(api, 'en');
    expect(await engine.json({ messages, schema: {} }).catch((e) => e)).to.be.instanceOf(ContextLengthError);
    expect(await engine.chat({ messages }).result.catch((e) => e)).to.be.instanceOf(ContextLengthError);
  });

  it('prepare() reports the browser’s download progress', async () => {
    const api = new FakePromptApi({ availability: 'downloadable' });
    const engine = new PromptApiEngine(api, 'en');
    const seen: number[] = [];
    await engine.prepare(undefined, (f) => seen.push(f));
    expect(seen).to.deep.equal([0, 0.5, 1]);
    expect(await api.availability()).to.equal('available');
  });

  it('no embeddings; unusable after unload', async () => {
    const engine = new PromptApiEngine(new FakePromptApi(), 'en');
    expect(engine.supportsEmbeddings).to.be.false;
    expect(await engine.embed(['x']).catch((e) => e)).to.be.instanceOf(NoModelError);
    await engine.unload();
    expect(engine.ready).to.be.false;
    expect(await engine.chat({ messages }).result.catch((e) => e)).to.be.instanceOf(NoModelError);
  });
});
