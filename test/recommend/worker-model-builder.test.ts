import { expect } from '@open-wc/testing';
import { CoCountGraph } from '../../src/recommend/cocounts.ts';
import { ContentIndex } from '../../src/recommend/content.ts';
import { createRecommender } from '../../src/recommend/recommender.ts';
import { finish } from '../../src/recommend/steps.ts';
import type { RecommendMode } from '../../src/recommend/types.ts';
import { workerModelBuilder } from '../../src/recommend/worker-model-builder.ts';
import { demoCatalog, history } from './helpers.ts';

/** Every typed array / array / Map / number / string under `a` equals `b`'s, element by element. */
function expectSameParts(a: unknown, b: unknown, path: string): void {
  if (ArrayBuffer.isView(a)) {
    expect(b?.constructor, `${path}: type`).to.equal(a.constructor);
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    expect(y.length, `${path}: length`).to.equal(x.length);
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) expect.fail(`${path}[${i}]: ${y[i]} ≠ ${x[i]}`);
  } else if (a instanceof Map) {
    expect(b, path).to.be.instanceOf(Map);
    expect([...(b as Map<unknown, unknown>).keys()], `${path} keys`).to.deep.equal([...a.keys()]);
    for (const [k, v] of a) expectSameParts(v, (b as Map<unknown, unknown>).get(k), `${path}.${String(k)}`);
  } else if (a && typeof a === 'object') {
    expect(Object.keys(b as object).sort(), `${path} keys`).to.deep.equal(Object.keys(a).sort());
    for (const [k, v] of Object.entries(a)) expectSameParts(v, (b as Record<string, unknown>)[k], `${path}.${k}`);
  } else expect(b, path).to.equal(a);
}

function counting() {
  const warnings: unknown[] = [];
  return { warnings, warn: (message: string, error: unknown) => warnings.push([message, error]) };
}

const blobWorker = (code: string) => () => new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { type: 'module' });

describe('workerModelBuilder', function () {
  this.timeout(60_000);

  it('builds the content index and co-count graph in a worker, array for array what the page builds', async () => {
    const { products } = await demoCatalog('en');
    const { warnings, warn } = counting();
    const built = await workerModelBuilder({ warn }).build(products);
    expect(warnings, 'the worker ran').to.deep.equal([]);
    expect(built).to.not.equal(null);
    const index = new Map(products.map((p, i) => [p.id, i]));
    expectSameParts(finish(ContentIndex.build(products)).parts, built!.content.parts, 'content');
    expectSameParts(CoCountGraph.build(products, index).parts, built!.graph.parts, 'graph');
    expect(built!.content.size).to.equal(products.length);
  });

  it('gives recommendations equal to the page-built models in every mode', async () => {
    const catalog = await demoCatalog('en');
    const { warnings, warn } = counting();
    const inPage = createRecommender(catalog);
    const inWorker = createRecommender(catalog, { modelBuilder: workerModelBuilder({ warn }) });
    await Promise.all([inPage.prepare(), inWorker.prepare()]);
    expect(warnings).to.deep.equal([]);
    const anchors = catalog.products.filter((_, i) => i % 7 === 0).slice(0, 12);
    const events = history(anchors.slice(0, 4).map((p) => ['view', p.id] as const));
    let compared = 0;
    for (const mode of ['for-you', 'similar', 'bought-together', 'recently-viewed'] as RecommendMode[]) {
      for (const anchor of anchors) {
        const request = { mode, productId: anchor.id, events, limit: 8 };
        const a = inPage.recommend(request);
        expect(inWorker.recommend(request), `${mode} for ${anchor.id}`).to.deep.equal(a);
        compared += a.length;
      }
    }
    expect(compared, 'the requests returned recommendations').to.be.greaterThan(100);
  });

  it('falls back to the page when no worker can start, with one warning for the shop owner', async () => {
    const catalog = await demoCatalog('en');
    const { warnings, warn } = counting();
    const builder = workerModelBuilder({
      warn,
      createWorker: () => {
        throw new DOMException("Refused to create a worker: violates the Content Security Policy directive 'worker-src'", 'SecurityError');
      },
    });
    expect(await builder.build(catalog.products)).to.equal(null);
    expect(await builder.build(catalog.products)).to.equal(null);
    expect(warnings.length, 'one warning').to.equal(1);
    const rec = createRecommender(catalog, { modelBuilder: builder });
    await rec.prepare();
    const request = { mode: 'similar' as const, productId: catalog.products[3]!.id, events: [], limit: 6 };
    expect(rec.recommend(request)).to.have.length(6);
    expect(rec.recommend(request)).to.deep.equal(createRecommender(catalog).recommend(request));
  });

  it('falls back when the worker throws at start, answers with an error, or never answers', async () => {
    const { products } = await demoCatalog('en');
    for (const [name, options] of [
      ['throws', { createWorker: blobWorker('throw new Error("boom");') }],
      ['errors', { createWorker: blobWorker('self.onmessage = (e) => { if (e.data.type === "build") postMessage({ type: "error", message: "no" }); };') }],
      ['silent', { createWorker: blobWorker('self.onmessage = () => {};'), timeoutMs: 300 }],
    ] as const) {
      const { warnings, warn } = counting();
      expect(await workerModelBuilder({ ...options, warn }).build(products), name).to.equal(null);
      expect(warnings.length, `${name}: one warning`).to.equal(1);
    }
  });

  it('keeps the models in IndexedDB for the next page view, and builds afresh when a product changes', async () => {
    const { products } = await demoCatalog('en');
    const cacheDb = `model-cache-test-${Math.random()}`;
    const index = new Map(products.map((p, i) => [p.id, i]));
    const came: boolean[] = [];
    const build = (list: typeof products) => workerModelBuilder({ cacheDb, onBuilt: (i) => came.push(i.cached), warn: (m, e) => expect.fail(`${m} ${e}`) }).build(list);
    const first = await build(products);
    const again = await build(products);
    expect(came, 'built, then read back').to.deep.equal([false, true]);
    expectSameParts(finish(ContentIndex.build(products)).parts, again!.content.parts, 'stored content');
    expectSameParts(CoCountGraph.build(products, index).parts, again!.graph.parts, 'stored graph');
    expectSameParts(first!.content.parts, again!.content.parts, 'content');
    // Another version of one product (as a new feed, or another page's own product merged in, would give).
    const changed = products.map((p, i) => (i === 5 ? { ...p, title: `${p.title} waterproof` } : p));
    const rebuilt = await build(changed);
    expect(came.at(-1), 'a changed product builds again').to.equal(false);
    expectSameParts(finish(ContentIndex.build(changed)).parts, rebuilt!.content.parts, 'rebuilt content');
    expect(await build(changed).then(() => came.at(-1))).to.equal(true);
    indexedDB.deleteDatabase(cacheDb);
  });

  it('stops without a warning when the prepare is aborted', async () => {
    const { products } = await demoCatalog('en');
    const { warnings, warn } = counting();
    const abort = new AbortController();
    const building = workerModelBuilder({ warn, createWorker: blobWorker('self.onmessage = () => {};') }).build(products, abort.signal);
    abort.abort();
    expect(await building).to.equal(null);
    expect(warnings).to.deep.equal([]);
  });
});
