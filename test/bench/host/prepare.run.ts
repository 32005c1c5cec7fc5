/**
 * `npm run bench:prepare`: how long `Recommender.prepare()` takes at 100,000 products (the bench:host
 * feed, read by the real catalog reader) and what it costs the page's main thread: long tasks over
 * 50 ms (PerformanceObserver, whole tasks, so GC and message handling count) and the longest one. Once
 * with the models built on the page in slices (inPageBuilder), once in the model worker
 * (workerModelBuilder), without and with its IndexedDB copy (storing, then read back as a returning page
 * view would); a fresh recommender each, the catalog shared.
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { createRecommender } from '../../../src/recommend/recommender.ts';
import { inPageBuilder, type ModelBuilder } from '../../../src/recommend/model-builder.ts';
import { workerModelBuilder } from '../../../src/recommend/worker-model-builder.ts';
import { printTable } from '../bench-utils.ts';
import { feedText } from './feed-text.ts';

const N = Number((globalThis as { __PREPARE_PRODUCTS__?: number }).__PREPARE_PRODUCTS__ ?? 100_000);

function longTasks(): { stop(): number[] } {
  const seen: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  return {
    stop() {
      for (const e of observer.takeRecords()) seen.push(e.duration);
      observer.disconnect();
      return seen;
    },
  };
}

describe(`recommender prepare at ${N} products`, function () {
  this.timeout(30 * 60 * 1000);

  it('builds its models on the page in slices and in the worker', async () => {
    const [ndjson, json] = await Promise.all([fetch('/public/demo-data/catalog.ndjson').then((r) => r.text()), fetch('/public/demo-data/catalog.json').then((r) => r.text())]);
    const text = feedText(ndjson, json, N);
    const catalog = await loadCatalog({ root: document, src: '/bench-feed.ndjson', fetch: async () => new Response(text, { headers: { 'Content-Type': 'application/x-ndjson' } }), cache: null, logger: { warn() {} } });
    expect(catalog.products.length).to.be.greaterThan(N * 0.9);
    const rows: Record<string, string | number>[] = [];
    const warnings: unknown[] = [];
    const warn = (m: string, e: unknown) => warnings.push([m, e]);
    const cacheDb = `bench-models-${Date.now()}`;
    const came: boolean[] = [];
    const stored = () => workerModelBuilder({ warn, cacheDb, onBuilt: (i) => came.push(i.cached) });
    const builders: [string, ModelBuilder][] = [
      ['worker', workerModelBuilder({ warn })],
      ['worker, storing', stored()],
      ['worker, stored (next page view)', stored()],
      ['page, sliced', inPageBuilder],
    ];
    for (const [name, modelBuilder] of builders) {
      await new Promise((r) => setTimeout(r, 500)); // let the last run's collections finish
      const tasks = longTasks();
      const t0 = performance.now();
      const rec = createRecommender(catalog, { modelBuilder });
      await rec.prepare();
      const ms = performance.now() - t0;

      await new Promise((r) => setTimeout(r, 200)); // a trailing task shows
      const lts = tasks.stop();
      const first = rec.recommend({ mode: 'similar', productId: catalog.products[0]!.id, events: [], limit: 8 });
      expect(first.length, `${name}: it recommends`).to.be.greaterThan(0);
      rows.push({ 'models built': name, 'prepare ms': Math.round(ms), 'long tasks': lts.length, 'longest ms': Math.round(Math.max(0, ...lts)), 'long-task ms': Math.round(lts.reduce((a, b) => a + b, 0)) });
    }
    expect(warnings, 'the worker ran').to.deep.equal([]);
    expect(came, 'stored, then read back').to.deep.equal([false, true]);
    indexedDB.deleteDatabase(cacheDb);
    printTable(`recommender prepare, ${catalog.products.length} products`, rows);
  });
});
