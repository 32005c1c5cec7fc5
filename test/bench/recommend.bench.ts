/**
 * Recommendations for a 1,000-event history over 10,000 products. Target (issue 6): ≤ 15 ms per request
 * (p95), every mode. Two shops: catalog only (text, attributes, the shop's co-counts), and the same
 * with a large neighbour-data file (20,000 sessions with their times, 4,000 baskets, 5,000 shopper
 * profiles), which adds V-SKNN, V-STAN, sequential rules, item-kNN and user-kNN to the blend. The
 * history is copied for every request, so no cache helps. Also printed: building the models (`prepare()`, time-sliced in the page) and each mode's
 * first request on the page (before the JavaScript engine has optimised the code; not part of the target).
 */
import { expect } from '@open-wc/testing';
import { CATEGORIES } from '../../demo/scripts/categories.ts';
import { Random } from '../../demo/scripts/random.ts';
import type { Catalog, Product } from '../../src/catalog/types.ts';
import { createRecommender, type NeighbourData, type RecEvent, type RecommendMode } from '../../src/recommend/index.ts';
import { syntheticCatalog } from '../fixtures/catalog/synthetic.ts';
import { ms, printTable, summary, timeRuns } from './bench-utils.ts';

const TARGET_MS = 15;
const SIZE = 10_000;
const MODES: RecommendMode[] = ['for-you', 'similar', 'bought-together', 'recently-viewed'];

/** The synthetic 10k catalog with the shop's co-counts: also-viewed within a category, also-bought across complements. */
function withCoCounts(base: Catalog, rnd: Random): Catalog {
  const byLeaf = new Map<string, Product[]>();
  for (const p of base.products) byLeaf.set(p.categories.at(-1)!, [...(byLeaf.get(p.categories.at(-1)!) ?? []), p]);
  const leafOf = new Map(CATEGORIES.map((c) => [c.key, c.path[1]!.en]));
  const products = base.products.map((p) => {
    const spec = CATEGORIES.find((c) => c.path[1]!.en === p.categories.at(-1))!;
    const peers = byLeaf.get(p.categories.at(-1)!)!;
    const complements = spec.complements.flatMap((k) => byLeaf.get(leafOf.get(k)!) ?? []);
    return {
      ...p,
      related: {
        relatedTo: rnd.sample(complements, 2).map((q) => q.id),
        similarTo: rnd.sample(peers, 3).map((q) => q.id),
        alsoBought: rnd.sample(complements, 5).map((q) => ({ id: q.id, count: rnd.int(3, 60) })),
        alsoViewed: rnd.sample(peers, 5).map((q) => ({ id: q.id, count: rnd.int(10, 200) })),
      },
    };
  });
  return { ...base, products, byId: new Map(products.map((p) => [p.id, p])) };
}

function neighbourData(catalog: Catalog, rnd: Random): NeighbourData {
  const ids = catalog.products.map((p) => p.id);
  const near = (i: number) => (i + rnd.int(-60, 60) * 12 + ids.length) % ids.length; // same category (ids cycle through 12)
  const sessions: string[][] = [];
  for (let s = 0; s < 20_000; s++) {
    let i = rnd.int(0, ids.length - 1);
    const len = rnd.int(1, 12);
    const items: string[] = [];
    for (let k = 0; k < len; k++, i = near(i)) items.push(ids[i]!);
    sessions.push(items);
  }
  // One session's last view every ~2 minutes over the past month, oldest first, as an export gives them:
  // the shipped for-you path then runs as on a shop that publishes times (V-STAN's neighbour recency,
  // popularity's trend).
  const now = Date.now();
  const sessionTimes = sessions.map((_, s) => now - (sessions.length - s) * 130_000);
  const baskets = Array.from({ length: 4000 }, () => rnd.sample(ids, rnd.int(2, 4)));
  const profiles = Array.from({ length: 5000 }, () => {
    let i = rnd.int(0, ids.length - 1);
    const p: Record<string, number> = {};
    for (let k = rnd.int(2, 20); k > 0; k--, i = near(i)) p[ids[i]!] = rnd.int(1, 5);
    return p;
  });
  return { sessions, sessionTimes, baskets, profiles };
}

/** 1,000 events over 60 days in 50 sessions: views, clicks, searches, carts, purchases, dismissals. */
function history(catalog: Catalog, rnd: Random): RecEvent[] {
  const now = Date.now();
  const queries = ['waterproof jacket', 'trail running shoes', 'noise cancelling headphones', '2-person tent', 'espresso'];
  return Array.from({ length: 1000 }, (_, n) => {
    const at = now - (1000 - n) * 86_400_000 * 0.06;
    const session = `s${Math.floor(n / 20)}`;
    const r = rnd.next();
    const productId = catalog.products[rnd.int(0, 2999)]!.id; // a shopper keeps to a part of the shop
    if (r < 0.05) return { type: 'search', query: rnd.pick(queries), at, session };
    const type = r < 0.7 ? 'view' : r < 0.85 ? 'click' : r < 0.94 ? 'add-to-cart' : r < 0.98 ? 'purchase' : 'dismiss';
    return { type, productId, at, session };
  });
}

describe('recommend bench: 1,000-event history, 10k products', function () {
  this.timeout(10 * 60 * 1000);

  it(`≤ ${TARGET_MS} ms per request (p95) in every mode`, async () => {
    const rnd = new Random(42);
    const catalog = withCoCounts(syntheticCatalog(SIZE), rnd);
    const events = history(catalog, rnd);
    const shops = [
      { name: 'catalog only', options: {} },
      { name: 'with neighbour data', options: { neighbours: neighbourData(catalog, rnd) } },
    ];
    const rows: Record<string, string | number>[] = [];
    const builds: Record<string, string | number>[] = [];
    let worst = 0;
    for (const shop of shops) {
      const recommender = createRecommender(catalog, shop.options);
      const t0 = performance.now();
      await recommender.prepare();
      builds.push({ shop: shop.name, 'prepare (time-sliced)': ms(performance.now() - t0) });
      for (const mode of MODES) {
        let i = 0;
        const run = () => {
          const anchor = catalog.products[(i++ * 7) % 3000]!.id;
          const recs = recommender.recommend({ mode, productId: anchor, events: events.slice(), limit: 12 });
          if (!recs.length) throw new Error(`${mode} returned nothing`);
        };
        // The first request of a page runs before the engine has optimised the code: shown apart.
        const t0 = performance.now();
        run();
        const first = performance.now() - t0;
        const s = summary(await timeRuns(run, 100, 30));
        worst = Math.max(worst, s.p95);
        rows.push({ shop: shop.name, mode, first: ms(first), p50: ms(s.p50), p95: ms(s.p95), max: ms(s.max) });
      }
    }
    printTable('Model build (once per page, in ~8 ms slices)', builds);
    printTable(`Recommendations: 1,000-event history, ${SIZE.toLocaleString('en')} products, 12 items (target p95 ≤ ${TARGET_MS} ms)`, rows);
    // The headline figure: for-you with the shop's neighbour data, as shipped.
    const headline = rows.find((r) => r.shop === 'with neighbour data' && r.mode === 'for-you')!;
    console.log(`for-you, 1,000-event history, ${SIZE.toLocaleString('en')} products, with neighbour data: p50 ${headline.p50}, p95 ${headline.p95} (target ≤ ${TARGET_MS} ms)`);
    expect(worst).to.be.at.most(TARGET_MS);
  });
});
