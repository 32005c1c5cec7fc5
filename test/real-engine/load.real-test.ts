/**
 * The real web-llm engine in the product's model worker, driven by the product's ModelManager and
 * shown in the product's widget: a self-hosted model (generated weights, test server) loads with
 * real progress, embeds, loads again from the cache without the network, and is removed for real.
 * Tests run in order and share the browser profile (that is what "second load" means).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { hasModelInCache, type ModelRecord } from '@mlc-ai/web-llm';
import '../../src/ui/shop-guide.ts';
import '../../src/ui/model-status.ts';
import type { ShopGuide } from '../../src/ui/shop-guide.component.ts';
import type { ModelManager, ModelStatus } from '../../src/llm/model-manager.ts';
import { ContextLengthError } from '../../src/llm/errors.ts';
import { testRuntime, useRuntime } from '../ui/test-runtime.ts';
import { clearWebLlmCaches, realManager, server, type ServerInfo } from './harness.ts';

const base = (info: ServerInfo) => `/llm/${info.modelId}/resolve/main/`;

/** Every status change's progress text, and what the widget's model bar showed after it rendered. */
function watch(manager: ModelManager, el?: ShopGuide) {
  const texts: string[] = [];
  const stages: string[] = [];
  const bar: { text: string; value: number | null }[] = [];
  const phases: ModelStatus['phase'][] = [];
  const totals = new Set<number>();
  manager.subscribe((s) => {
    if (s.progress?.totalBytes) totals.add(s.progress.totalBytes);
    if (phases.at(-1) !== s.phase) phases.push(s.phase);
    const p = s.progress;
    if (p?.text && texts.at(-1) !== p.text) texts.push(p.text);
    if (p && stages.at(-1) !== p.stage) stages.push(p.stage);
    if (el) {
      void el.updateComplete.then(() => {
        const node = el.shadowRoot!.querySelector('.model-bar');
        const progress = node?.querySelector('progress');
        if (node && progress) bar.push({ text: node.querySelector('span')!.textContent!, value: progress.hasAttribute('value') ? progress.value : null });
      });
    }
  });
  return { texts, stages, bar, phases, totals };
}

describe('the real web-llm engine, self-hosted model, SwiftShader', function () {
  this.timeout(180000);
  let info: ServerInfo;
  let record: ModelRecord;
  let restore = () => {};
  /** The loaded manager a test hands to the next one (each load compiles the shaders again: ~15 s). */
  let loaded: ModelManager | null = null;

  before(async () => {
    await clearWebLlmCaches();
    await server.reset();
    info = await server.info();
  });
  afterEach(() => restore());
  after(async () => loaded?.dispose());

  it('loads from model-url / model-lib-url in the documented layout; real progress reaches the model bar', async () => {
    const manager = realManager(info);
    await manager.start();
    expect(manager.status.phase).to.equal('available');
    expect(manager.status.choice!.selfHosted).to.be.true;
    expect(manager.status.cached).to.be.false;
    record = manager.status.choice!.record!;
    expect(record.model).to.equal(new URL(base(info), location.href).href);

    restore = useRuntime(() => testRuntime({ models: manager }));
    const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.model-bar'), 'no model offer in the widget', { timeout: 10000 });
    const seen = watch(manager, el);
    await manager.enable();
    await el.updateComplete;
    expect(manager.status.phase, manager.status.error?.message).to.equal('ready');
    expect(manager.engine.kind).to.equal('web-llm');

    // What web-llm fetched, in its order, all from the documented layout on this origin.
    const b = base(info);
    expect(await server.requests()).to.deep.equal([
      `${b}mlc-chat-config.json`,
      `/llm/${info.libFile}`,
      `${b}tokenizer.json`,
      `${b}tensor-cache.json`,
      ...info.shards.map((s) => `${b}${s}`),
    ]);

    // The phases the handler and progress parser recognise by their text are web-llm's real ones.
    const kinds = seen.texts.map((t) => /^[A-Za-z ]+/.exec(t)![0].trim());
    expect([...new Set(kinds)]).to.deep.equal(['Start to fetch params', 'Fetching param cache', 'Loading model from cache', 'Loading GPU shader modules', 'Finish loading on WebGPU']);
    expect(seen.texts.filter((t) => t.startsWith('Fetching param cache'))).to.have.length(info.shards.length);
    expect(seen.stages).to.deep.equal(['preparing', 'downloading', 'loading', 'compiling', 'ready']);
    expect(seen.phases).to.deep.equal(['loading', 'ready']);
    // The size shown while downloading is the exact one from tensor-cache.json, not an estimate.
    expect([...seen.totals]).to.deep.equal([info.totalBytes]);

    // The widget's bar showed the real download percentage while it ran, then went away.
    const downloading = seen.bar.filter((b) => b.value !== null && b.value > 0 && b.value < 100);
    expect(downloading.length, JSON.stringify(seen.bar)).to.be.greaterThan(0);
    expect(downloading[0]!.text).to.match(/^Downloading the AI model… \d+%$/);
    // Reading the cache and compiling shaders restart web-llm's fraction: not shown as a download.
    expect(seen.bar.at(-1)!.text).to.equal('Getting the AI model ready…');
    expect(el.shadowRoot!.querySelector('.model-bar')).to.be.null;
    expect(await hasModelInCache(info.modelId, { model_list: [record] })).to.be.true;
    loaded = manager;
  });

  it('embeds: one vector of the model’s dimension per text, identical for identical input', async () => {
    const manager = loaded!;
    expect(manager.status.phase).to.equal('ready');
    const engine = manager.engine;
    expect(engine.supportsEmbeddings).to.be.true;
    expect(engine.canChat).to.be.false;
    const texts = ['waterproof hiking boots', 'a warm down jacket', 'waterproof hiking boots'];
    const first = await engine.embed(texts);
    expect(first).to.have.length(3);
    for (const v of first) {
      expect(v).to.be.instanceOf(Float32Array);
      expect(v.length).to.equal(info.dimension);
      expect(v.every(Number.isFinite)).to.be.true;
    }
    // The same request again gives bit-identical vectors.
    const again = await engine.embed(texts);
    expect(again.map((v) => Array.from(v))).to.deep.equal(first.map((v) => Array.from(v)));
    // The same text in another batch position agrees to float rounding; a different text does not.
    const cos = (a: Float32Array, b: Float32Array) => {
      let dot = 0, na = 0, nb = 0;
      for (let i = 0; i < a.length; i++) (dot += a[i]! * b[i]!), (na += a[i]! ** 2), (nb += b[i]! ** 2);
      return dot / Math.sqrt(na * nb);
    };
    expect(cos(first[0]!, first[2]!)).to.be.greaterThan(0.99999);
    expect(Math.max(...first[0]!.map((x, i) => Math.abs(x - first[2]![i]!)))).to.be.lessThan(1e-5);
    expect(cos(first[0]!, first[1]!)).to.be.lessThan(0.999);
    // Over the 512-token context: web-llm's own error arrives as ContextLengthError, and the engine
    // still answers. A blank text is refused (web-llm would return a 0-length vector for it).
    const long = await engine.embed(['boots '.repeat(200)]).catch((e: unknown) => e);
    expect(long, String(long)).to.be.instanceOf(ContextLengthError);
    expect(await engine.embed([' ']).catch((e: unknown) => e)).to.be.instanceOf(TypeError);
    expect(engine.ready).to.be.true;
    expect((await engine.embed(['boots']))[0]!.length).to.equal(info.dimension);
    await manager.dispose();
    loaded = null;
  });
  it('a second load in the same profile comes from the cache: no network request, no download shown', async () => {
    await server.reset();
    const manager = realManager(info);
    await manager.start();
    expect(manager.status.phase).to.equal('available');
    expect(manager.status.cached).to.be.true;
    expect(manager.status.storedBytes).to.equal(info.totalBytes);
    restore = useRuntime(() => testRuntime({ models: manager }));
    const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
    await el.updateComplete;
    const seen = watch(manager, el);
    await manager.enable();
    expect(manager.status.phase, manager.status.error?.message).to.equal('ready');
    expect(await server.requests()).to.deep.equal([]);
    expect(seen.texts.some((t) => t.startsWith('Fetching param cache'))).to.be.false;
    expect(seen.texts.filter((t) => t.startsWith('Loading model from cache'))).to.have.length(info.shards.length);
    // web-llm still says "Start to fetch params" first; the shopper is not told about a download.
    expect(seen.texts[0]).to.equal('Start to fetch params');
    expect(seen.stages).to.not.include('downloading');
    expect(seen.bar.length).to.be.greaterThan(0);
    expect(seen.bar.every((b) => b.text === 'Getting the AI model ready…' && b.value === null), JSON.stringify(seen.bar)).to.be.true;
    loaded = manager;
  });

  it('"Remove downloaded model" empties web-llm\'s caches; the next load downloads again', async () => {
    const manager = loaded!;
    expect(manager.status.phase).to.equal('ready');
    const panel = await fixture<HTMLElement>(html`<shop-guide-model-status .manager=${manager}></shop-guide-model-status>`);
    // An embedding model cannot write answers, and the panel does not claim it does.
    expect(panel.shadowRoot!.querySelector('.main')!.textContent!.trim()).to.equal(
      'Arctic Embed S is loaded on your device. It is an embedding model, so answers still come from the shop’s product information.',
    );
    const remove = [...panel.shadowRoot!.querySelectorAll('button')].find((b) => /^Remove downloaded model/.test(b.textContent!));
    expect(remove, 'no remove button in the model panel').to.exist;
    remove!.click();
    await waitUntil(() => manager.status.phase === 'declined', 'not removed', { timeout: 10000 });
    expect(manager.engine.kind).to.equal('none');
    expect(await hasModelInCache(info.modelId, { model_list: [record] })).to.be.false;
    for (const name of ['webllm/model', 'webllm/config', 'webllm/wasm']) {
      const left = (await (await caches.open(name)).keys()).map((r) => r.url);
      expect(left, name).to.deep.equal([]);
    }
    expect(manager.status.cached).to.be.false;
    expect(manager.status.storedBytes).to.equal(0);

    await server.reset();
    await manager.enable();
    expect(manager.status.phase, manager.status.error?.message).to.equal('ready');
    const requested = await server.requests();
    expect(requested).to.include(`/llm/${info.libFile}`);
    for (const shard of info.shards) expect(requested).to.include(`${base(info)}${shard}`);
    expect(await hasModelInCache(info.modelId, { model_list: [record] })).to.be.true;
    await manager.dispose();
  });
  it('a damaged shard in the cache: "files damaged", and Download again replaces them', async () => {
    await loaded?.dispose();
    loaded = null;
    // Cut a cached shard in half, as a browser crash in the middle of writing it could.
    const cache = await caches.open('webllm/model');
    const url = new URL(`${base(info)}${info.shards[1]}`, location.href).href;
    const whole = await (await cache.match(url))!.arrayBuffer();
    await cache.put(url, new Response(whole.slice(0, whole.byteLength >> 1)));

    await server.reset();
    const manager = realManager(info);
    await manager.start();
    const panel = await fixture<HTMLElement>(html`<shop-guide-model-status .manager=${manager}></shop-guide-model-status>`);
    await manager.enable();
    expect(manager.status.phase).to.equal('error');
    expect(manager.status.error!.kind, manager.status.error!.message).to.equal('cache-corrupted');
    expect(await server.requests()).to.deep.equal([]);
    await (panel as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(panel.shadowRoot!.querySelector('.main')!.textContent!.trim()).to.equal('The downloaded AI model files are damaged. Download them again to fix this.');
    const again = [...panel.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Download again');
    expect(again, 'no "Download again" button').to.exist;
    again!.click();
    // The old error stays until the damaged files are deleted and the new load starts.
    await waitUntil(() => manager.status.phase !== 'error', 'Download again did nothing', { timeout: 10000 });
    await waitUntil(() => manager.status.phase === 'ready' || manager.status.phase === 'error', 'no result after Download again', { timeout: 120000 });
    expect(manager.status.phase, manager.status.error?.message).to.equal('ready');
    const requested = await server.requests();
    for (const shard of info.shards) expect(requested).to.include(`${base(info)}${shard}`);
    loaded = manager;
  });
});
