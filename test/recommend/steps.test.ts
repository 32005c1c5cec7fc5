import { expect } from '@open-wc/testing';
import type { Catalog, Product } from '../../src/catalog/types.ts';
import { CoCountGraph } from '../../src/recommend/cocounts.ts';
import { ContentIndex } from '../../src/recommend/content.ts';
import { Popularity } from '../../src/recommend/popularity.ts';
import { createRecommender } from '../../src/recommend/index.ts';
import { finish, Sliced, type Steps } from '../../src/recommend/steps.ts';
import { demoCatalog } from './helpers.ts';

/** The demo shop's products repeated to `n`, each copy with its own ids (links point within its copy). */
function grown(base: readonly Product[], n: number): Product[] {
  const out: Product[] = [];
  for (let i = 0; i < n; i++) {
    const p = base[i % base.length]!;
    const k = Math.floor(i / base.length);
    const id = (x: string) => (k ? `${x}~${k}` : x);
    out.push({
      ...p,
      id: id(p.id),
      related: {
        alsoBought: p.related.alsoBought.map((c) => ({ ...c, id: id(c.id) })),
        alsoViewed: p.related.alsoViewed.map((c) => ({ ...c, id: id(c.id) })),
        relatedTo: p.related.relatedTo.map(id),
        similarTo: p.related.similarTo.map(id),
      },
    });
  }
  return out;
}

/** Runs a builder to its end, counting its steps. */
function stepsOf<T>(steps: Steps<T>): { value: T; steps: number } {
  let n = 0;
  let step = steps.next();
  while (!step.done) {
    n++;
    step = steps.next();
  }
  return { value: step.value, steps: n };
}

describe('recommender models built in steps (no long task at 100k products)', () => {
  let catalog: Catalog;
  let products: Product[];
  let index: Map<string, number>;
  before(async () => {
    catalog = await demoCatalog('en');
    products = grown(catalog.products, 10_000);
    index = new Map(products.map((p, i) => [p.id, i]));
  });

  it('the co-count graph yields every few hundred products and builds the same graph as at once', () => {
    const { value, steps } = stepsOf(CoCountGraph.builder(products, index));
    expect(steps).to.be.at.least(10_000 / 500);
    const once = CoCountGraph.build(products, index);
    for (const i of [0, 1, 17, 4321, 9999]) expect([...value.neighbours(i, 'bought')]).to.deep.equal([...once.neighbours(i, 'bought')]);
    expect([...value.inbound]).to.deep.equal([...once.inbound]);
    expect([...value.inbound].some((x) => x > 0), 'the demo shop has co-counts').to.equal(true);
  });

  it('popularity yields and keeps its order', () => {
    const demand = CoCountGraph.build(products, index).inbound;
    const { value, steps } = stepsOf(Popularity.builder(products, demand));
    expect(steps).to.be.at.least(3);
    const all = value.top(products.length, () => true).map(([i]) => i);
    // The same order as a comparator sort: highest score first, ties in catalog order.
    const expected = [...products.keys()].filter((i) => value.score[i]! > 0).sort((a, b) => value.score[b]! - value.score[a]! || a - b);
    expect(all).to.deep.equal(expected);
    expect(all.length).to.be.greaterThan(100);
  });

  it('the content index yields in every pass over the products', () => {
    const { steps } = stepsOf(ContentIndex.build(products));
    // Bands (every 2,000), features (every 250), vectors (every 500), postings (every 2,000).
    expect(steps).to.be.at.least(10_000 / 2000 + 10_000 / 250 + 10_000 / 500 + 10_000 / 2000);
  });

  it('Sliced.run pauses between steps once a slice has run ~8 ms, and get() finishes what run() started', async () => {
    let pauses = 0;
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    function* work(): Steps<number> {
      for (let i = 0; i < 20; i++) {
        busy(3);
        yield;
      }
      return 42;
    }
    const sliced = new Sliced(work, async () => {
      pauses++;
    });
    await sliced.run();
    expect(sliced.get()).to.equal(42);
    expect(pauses).to.be.within(4, 20);

    const controller = new AbortController();
    const partial = new Sliced(work, async () => controller.abort());
    await partial.run(controller.signal);
    expect(partial.ready, 'stopped when aborted').to.equal(false);
    expect(partial.get()).to.equal(42);
    expect(finish(work())).to.equal(42);
  });

  it('prepare() builds the models a request uses, so recommending after it does not build them', async () => {
    const rec = createRecommender({ ...catalog, products, byId: new Map(products.map((p) => [p.id, p])) });
    await rec.prepare();
    const t0 = performance.now();
    const out = rec.recommend({ mode: 'for-you', events: [], limit: 6 });
    expect(out.length).to.be.greaterThan(0);
    const similar = rec.recommend({ mode: 'bought-together', productId: products[3]!.id, events: [], limit: 6 });
    expect(similar).to.be.an('array');
    // Generous: building the models at once takes far longer than two requests on prepared ones.
    expect(performance.now() - t0).to.be.below(1000);
  });
});
