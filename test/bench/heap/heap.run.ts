/**
 * `npm run bench:heap`: where the page's JS heap goes at 100,000 products once the panel is open and
 * the first question answered — the catalog as read from the bench's NDJSON feed (the same feed as
 * `bench:host`), the recommender's models one by one, the query lexicon, the search (its index lives
 * in a worker; this is what stays on the page). Each figure is the heap after a forced GC (Chromium with
 * --expose-gc and precise memory info) minus the one before the step; Chromium counts typed arrays'
 * buffers in it, so "of which typed arrays" says how much of a figure the garbage collector need not
 * walk (no pointers in them). The catalog's parts are measured by letting go of each in turn, last.
 *
 * Set the size with HEAP_PRODUCTS (default 100000). Prints a table; asserts the recommender's budget, and
 * times for-you with a 5,000-event history on it (the issue's other recommender target).
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../../src/catalog/load.ts';
import type { Catalog } from '../../../src/catalog/types.ts';
import { Models } from '../../../src/recommend/models.ts';
import { createRecommender } from '../../../src/recommend/index.ts';
import { lexiconFor } from '../../../src/understand/lexicon.ts';
import { createSearch } from '../../../src/search/index.ts';
import { feedText } from '../host/feed-text.ts';
import { ms, printTable, summary, timeRuns } from '../bench-utils.ts';
import type { RecEvent } from '../../../src/recommend/index.ts';

const N = Number((globalThis as { __HEAP_PRODUCTS__?: number }).__HEAP_PRODUCTS__ ?? 100_000);
/** The budget for the recommender at 100k products (JS heap plus typed arrays). */
const RECOMMENDER_BUDGET_MB = 60;
/** Of it, what is not typed arrays (what the page's garbage collector walks). */
const RECOMMENDER_OBJECTS_MB = 25;
/** The for-you target at 100k with a 5,000-event history (p95). */
const FOR_YOU_MS = 15;

/** 5,000 events over 90 days in 250 sessions, on a part of the shop: views, clicks, searches, carts, purchases, dismissals. */
function history(ids: readonly string[]): RecEvent[] {
  let seed = 7;
  const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const now = Date.now();
  const queries = ['waterproof jacket', 'trail running shoes', 'headphones', 'tent', 'espresso'];
  return Array.from({ length: 5000 }, (_, n) => {
    const at = now - (5000 - n) * 86_400_000 * 0.018;
    const session = `s${Math.floor(n / 20)}`;
    const r = next();
    const productId = ids[Math.floor(next() * Math.min(ids.length, 30_000))]!;
    if (r < 0.05) return { type: 'search', query: queries[Math.floor(next() * queries.length)]!, at, session };
    const type = r < 0.7 ? 'view' : r < 0.85 ? 'click' : r < 0.94 ? 'add-to-cart' : r < 0.98 ? 'purchase' : 'dismiss';
    return { type, productId, at, session } as RecEvent;
  });
}

const gc = (globalThis as { gc?: () => void }).gc;
const MB = 1024 * 1024;

async function heap(): Promise<number> {
  // Twice, with a turn between: weak maps and finalizers let go on the second pass.
  for (let i = 0; i < 2; i++) {
    gc!();
    await new Promise((r) => setTimeout(r, 20));
  }
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

/** Bytes of every typed array reachable from `root` (own enumerable / private fields, arrays, maps). */
function typedBytes(root: unknown): number {
  const seen = new Set<object>();
  let bytes = 0;
  const stack: unknown[] = [root];
  while (stack.length) {
    const x = stack.pop();
    if (!x || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    if (ArrayBuffer.isView(x)) {
      if (!seen.has(x.buffer)) {
        seen.add(x.buffer);
        bytes += x.buffer.byteLength;
      }
      continue;
    }
    if (x instanceof Map) for (const [k, v] of x) stack.push(k, v);
    else if (x instanceof Set) for (const v of x) stack.push(v);
    else for (const v of Object.values(x)) stack.push(v);
  }
  return bytes;
}

describe(`heap at ${N.toLocaleString('en')} products`, () => {
  it('prints where it goes', async function () {
    this.timeout(30 * 60 * 1000);
    expect(gc, 'run with --js-flags=--expose-gc (npm run bench:heap)').to.be.a('function');
    const [ndjson, json] = await Promise.all([fetch('/public/demo-data/catalog.ndjson').then((r) => r.text()), fetch('/public/demo-data/catalog.json').then((r) => r.text())]);
    const rows: Record<string, string>[] = [];
    const row = (what: string, bytes: number, typed = 0) => rows.push({ component: what, 'JS heap MB': (bytes / MB).toFixed(1), 'of which typed arrays MB': typed ? (typed / MB).toFixed(1) : '' });

    const start = await heap();
    let text: string | null = feedText(ndjson, json, N);
    const feedMb = text.length / MB;
    const fetchFeed = async () => new Response(text, { headers: { 'Content-Type': 'application/x-ndjson' } });
    let catalog: Catalog | null = await loadCatalog({ root: document, src: '/bench-feed.ndjson', fetch: fetchFeed, cache: null, logger: { warn() {} } });
    text = null;
    const afterCatalog = await heap();
    row(`catalog: ${catalog.products.length} products, byId (feed ${feedMb.toFixed(0)} MB)`, afterCatalog - start);

    // The recommender's models one at a time (built at once here; the page builds them in slices).
    const models = new Models(catalog.products, {});
    let last = afterCatalog;
    const step = async (what: string, build: () => unknown) => {
      const made = build();
      const now = await heap();
      row(`  recommender: ${what}`, now - last, typedBytes(made));
      last = now;
    };
    await step('id → index map', () => models.index);
    await step('content index (vectors, postings, terms)', () => models.content);
    await step('co-count graph', () => models.graph());
    await step('neighbour models (none in this feed)', () => [models.neighbours(), models.sessionKnn(), models.userKnn()]);
    await step('popularity', () => models.popularity());
    await step('leaf keys + complements', () => models.complements());
    const modelsTotal = last - afterCatalog;
    const modelsTyped = typedBytes(models);
    row('recommender, all models', modelsTotal, modelsTyped);

    // What the page holds: one recommender (its own Models) — measured apart from the one above.
    const beforeRec = await heap();
    const recommender = createRecommender(catalog, {});
    await recommender.prepare();
    recommender.recommend({ mode: 'for-you', events: [], limit: 6 });
    const afterRec = await heap();
    row('recommender as the page holds it (prepared, one request)', afterRec - beforeRec, typedBytes(recommender));

    const lexicon = await lexiconFor(catalog.products);
    const afterLexicon = await heap();
    row('query lexicon (understand/lexicon.ts)', afterLexicon - afterRec, typedBytes(lexicon));

    const search = await createSearch(catalog, { indexCache: null });
    await search.search('running shoes').catch(() => undefined);
    const afterSearch = await heap();
    row('search (index in its worker; what stays on the page)', afterSearch - afterLexicon);
    row('total', afterSearch - start);

    // The speed target on the same recommender: for-you with a 5,000-event history (copied per request).
    const events = history(catalog.products.map((p) => p.id));
    const forYou = summary(await timeRuns(() => recommender.recommend({ mode: 'for-you', events: events.slice(), limit: 12 }), 60, 10));
    const forYouLine = `for-you at ${N.toLocaleString('en')} products, 5,000-event history: p50 ${ms(forYou.p50)}, p95 ${ms(forYou.p95)}, max ${ms(forYou.max)} (target p95 ≤ ${FOR_YOU_MS} ms)`;

    // Where the catalog's own heap goes: each part of every product let go in turn (destructive: last).
    const parts: [string, (p: Catalog['products'][number]) => void][] = [
      ['  catalog: descriptions', (p) => (p.description = '')],
      ['  catalog: reviews', (p) => (p.reviews = [])],
      ['  catalog: related links and co-counts', (p) => (p.related = { relatedTo: [], similarTo: [], alsoBought: [], alsoViewed: [] })],
      ['  catalog: offers', (p) => (p.offers = [])],
      ['  catalog: attributes (and labels)', (p) => ((p.attributes = {}), (p.attributeLabels = undefined))],
      ['  catalog: images, variants', (p) => ((p.images = []), (p.variants = []))],
      ['  catalog: titles, URLs', (p) => ((p.title = ''), (p.url = undefined))],
    ];
    let before = await heap();
    let dropped = 0;
    for (const [what, drop] of parts) {
      for (const p of catalog.products) drop(p);
      const now = await heap();
      row(what, before - now);
      dropped += before - now;
      before = now;
    }
    row('  catalog: the rest (ids, categories, brands, ratings, the product objects, byId)', afterCatalog - start - dropped);
    printTable(`heap at ${N} products`, rows);
    search.dispose();
    const recommenderMb = (afterRec - beforeRec + typedBytes(recommender)) / MB;
    void models;
    void lexicon;
    // What the garbage collector walks: the recommender less its typed arrays (Maps per product were 125 MB of it).
    const objectsMb = recommenderMb - modelsTyped / MB;
    console.log(`recommender: ${recommenderMb.toFixed(1)} MB, of which objects (not typed arrays) ${objectsMb.toFixed(1)} MB`);
    console.log(forYouLine);
    if (N >= 100_000) expect(objectsMb, 'recommender objects at 100k (MB)').to.be.at.most(RECOMMENDER_OBJECTS_MB);
    if (N >= 100_000) expect(recommenderMb, 'recommender at 100k (MB)').to.be.at.most(RECOMMENDER_BUDGET_MB);
    if (N >= 100_000) expect(forYou.p95, 'for-you p95 at 100k, 5,000 events (ms)').to.be.at.most(FOR_YOU_MS);
  });
});
