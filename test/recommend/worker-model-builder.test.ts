import { expect } from '@open-wc/testing';
import { CoCountGraph } from '../../src/recommend/cocounts.ts';
import { ContentIndex } from '../../src/recommend/content.ts';
import { createRecommender } from '../../src/recommend/recommender.ts';
import { finish } from '../../src/recommend/steps.ts';
import type { RecommendMode } from '../../src/recommend/types.ts';
import { startModelWorker, workerModelBuilder } from '../../src/recommend/worker-model-builder.ts';
import type { BuildingModels } from '../../src/recommend/model-builder.ts';
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

/** Both models, once both came (null for one its worker could not build). */
async function both(building: BuildingModels) {
  return { content: await building.content, graph: await building.graph };
}

const blobWorker = (code: string) => () => new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { type: 'module' });

describe('workerModelBuilder', function () {
  this.timeout(60_000);

  it('builds the content index and co-count graph in their workers, array for array what the page builds', async () => {
    const { products } = await demoCatalog('en');
    const { warnings, warn } = counting();
    const built = await both(workerModelBuilder({ warn }).build(products));
    expect(warnings, 'the workers ran').to.deep.equal([]);
    const index = new Map(products.map((p, i) => [p.id, i]));
    expectSameParts(finish(ContentIndex.build(products)).parts, built.content!.parts, 'content');
    expectSameParts(CoCountGraph.build(products, index).parts, built.graph!.parts, 'graph');
    expect(built.content!.size).to.equal(products.length);
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
    expect(await both(builder.build(catalog.products))).to.deep.equal({ content: null, graph: null });
    expect(await both(builder.build(catalog.products))).to.deep.equal({ content: null, graph: null });
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
      expect(await both(workerModelBuilder({ ...options, warn }).build(products)), name).to.deep.equal({ content: null, graph: null });
      expect(warnings.length, `${name}: one warning`).to.equal(1);
    }
  });

  it('keeps each model in IndexedDB for the next page view, and builds again only the model whose fields changed', async () => {
    const { products } = await demoCatalog('en');
    const cacheDb = `model-cache-test-${Math.random()}`;
    const index = new Map(products.map((p, i) => [p.id, i]));
    let came: string[] = [];
    const build = async (list: typeof products) => {
      came = [];
      const built = await both(workerModelBuilder({ cacheDb, onBuilt: (i) => came.push(`${i.model} ${i.cached ? 'read' : 'built'}`), warn: (m, e) => expect.fail(`${m} ${e}`) }).build(list));
      came.sort();
      return built;
    };
    const first = await build(products);
    expect(came, 'built').to.deep.equal(['content built', 'graph built']);
    const again = await build(products);
    expect(came, 'read back').to.deep.equal(['content read', 'graph read']);
    expectSameParts(finish(ContentIndex.build(products)).parts, again.content!.parts, 'stored content');
    expectSameParts(CoCountGraph.build(products, index).parts, again.graph!.parts, 'stored graph');
    expectSameParts(first.content!.parts, again.content!.parts, 'content');
    // Another version of one product (as a new feed, or another page's own product merged in, would give).
    const changed = products.map((p, i) => (i === 5 ? { ...p, title: `${p.title} waterproof` } : p));
    const rebuilt = await build(changed);
    expect(came, 'a changed title builds the content index again, not the graph').to.deep.equal(['content built', 'graph read']);
    expectSameParts(finish(ContentIndex.build(changed)).parts, rebuilt.content!.parts, 'rebuilt content');
    await build(changed);
    expect(came).to.deep.equal(['content read', 'graph read']);
    // New co-counts from the shop: only the graph is built again.
    const target = changed[9]!.id;
    const recounted = changed.map((p, i) => (i === 5 ? { ...p, related: { ...p.related, alsoBought: [...p.related.alsoBought, { id: target, count: 40 }] } } : p));
    const regraphed = await build(recounted);
    expect(came, 'new co-counts build the graph again, not the content index').to.deep.equal(['content read', 'graph built']);
    expectSameParts(CoCountGraph.build(recounted, index).parts, regraphed.graph!.parts, 'rebuilt graph');
    expect(regraphed.graph!.size, 'the new link is in').to.be.greaterThan(rebuilt.graph!.size);
    indexedDB.deleteDatabase(cacheDb);
  });

  it('keeps the model one worker built when the other fails, and the page builds only the missing one', async () => {
    const catalog = await demoCatalog('en');
    const { warnings, warn } = counting();
    const failingGraph = blobWorker('self.onmessage = (e) => { if (e.data.type === "build") postMessage({ type: "error", message: "no" }); };');
    const builder = workerModelBuilder({ warn, createWorker: (model) => (model === 'graph' ? failingGraph() : startModelWorker()) });
    const built = await both(builder.build(catalog.products));
    expect(built.graph, 'the failed one').to.equal(null);
    expectSameParts(finish(ContentIndex.build(catalog.products)).parts, built.content!.parts, 'content');
    expect(warnings.length, 'one warning').to.equal(1);
    const rec = createRecommender(catalog, { modelBuilder: builder });
    await rec.prepare();
    const request = { mode: 'bought-together' as const, productId: catalog.products[3]!.id, events: [], limit: 6 };
    expect(rec.recommend(request)).to.have.length.greaterThan(0);
    expect(rec.recommend(request)).to.deep.equal(createRecommender(catalog).recommend(request));
  });

  it('stops without a warning when the prepare is aborted', async () => {
    const { products } = await demoCatalog('en');
    const { warnings, warn } = counting();
    const abort = new AbortController();
    const building = both(workerModelBuilder({ warn, createWorker: blobWorker('self.onmessage = () => {};') }).build(products, abort.signal));
    abort.abort();
    expect(await building).to.deep.equal({ content: null, graph: null });
    expect(warnings).to.deep.equal([]);
  });
});
