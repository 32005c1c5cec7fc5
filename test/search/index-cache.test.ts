/**
 * The search index kept in IndexedDB between page views: the stored form reads back as the same index,
 * a damaged record is refused, a stored index is restored only for the feed version it was built from
 * (with the page's own products checked and their prices written in), and createSearch restores it on
 * the page and in the worker, builds when it is absent, stale or corrupt, and keeps working when
 * storage fails.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { Catalog, Product } from '../../src/catalog/types.ts';
import { toSearchDoc } from '../../src/search/documents.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import { IndexBuilder, type IndexData } from '../../src/search/index-builder.ts';
import { openIndexCache, type IndexCache, type StoredIndex, type StoredIndexMeta } from '../../src/search/index-cache.ts';
import { docTextHash, restoreIndex } from '../../src/search/index-restore.ts';
import { deserializeIndex, serializeIndex, type SerializedIndex } from '../../src/search/index-serialize.ts';
import { createSearch } from '../../src/search/index.ts';
import type { ParsedQuery, ProductSearch, SearchOptions } from '../../src/search/types.ts';
import { syntheticCatalog } from '../fixtures/catalog/synthetic.ts';

const QUERIES = ['running shoes', 'waterproof hiking boots under $150', 'sneakers', 'hedphones', 'black', 'cheapest tent', 'laptop backpack', 'stride', '跑步鞋', ''];
const VARIANTS: SearchOptions[] = [{ limit: 20 }, { limit: 10, facets: false }, { sort: 'price-asc', limit: 5 }, { sort: 'rating', limit: 5, facets: false }];

async function build(products: Product[]): Promise<IndexData> {
  const b = new IndexBuilder();
  for (const p of products) b.add(toSearchDoc(p));
  return b.finish();
}

/** Every query × variant, as JSON, from a search that parses with the same catalog. */
async function answers(search: ProductSearch, parse: (q: string) => ParsedQuery): Promise<string[]> {
  const out: string[] = [];
  for (const q of QUERIES) for (const v of VARIANTS) out.push(JSON.stringify(await search.search(parse(q), v)));
  return out;
}

function engineAnswers(engine: SearchEngine, parse: (q: string) => ParsedQuery): string[] {
  const out: string[] = [];
  for (const q of QUERIES) for (const v of VARIANTS) out.push(JSON.stringify(engine.search(parse(q), v)));
  return out;
}

/** A catalog as loadCatalog makes it from a stored feed: `pageProducts` are the page's own. */
function feedCatalog(count: number, version: string, pageProducts: string[] = [], mutate?: (p: Product[]) => Product[]): Catalog {
  const base = syntheticCatalog(count, 'en');
  const products = mutate ? mutate(base.products) : base.products;
  return { ...base, products, byId: new Map(products.map((p) => [p.id, p])), feedCache: { key: 'feed-key', version, pageProducts } };
}

describe('search: the stored index', function () {
  this.timeout(120_000);

  let search: ProductSearch | null = null;
  afterEach(() => {
    search?.dispose();
    search = null;
  });

  it('reads back as the same index (every query, facets and sorts alike), through a structured clone', async () => {
    const catalog = syntheticCatalog(1500, 'en');
    const data = await build(catalog.products);
    const copy = deserializeIndex(structuredClone(serializeIndex(data)!));
    expect(copy).to.not.equal(null);
    const fresh = await createSearch(catalog, { worker: false, indexCache: null });
    const parse = (q: string) => fresh.parse(q, 'en');
    expect(engineAnswers(new SearchEngine(copy!, 'USD'), parse)).to.deep.equal(engineAnswers(new SearchEngine(data, 'USD'), parse));
    fresh.dispose();
  });

  it('refuses damaged or foreign records', async () => {
    const data = await build(syntheticCatalog(200, 'en').products);
    const good = serializeIndex(data)!;
    const damaged: [string, (s: SerializedIndex) => unknown][] = [
      ['another format', (s) => ({ ...s, format: 99 })],
      ['postings cut short', (s) => ({ ...s, postDoc: s.postDoc.slice(0, s.postDoc.length - 3) })],
      ['a posting past the last product', (s) => ({ ...s, postDoc: Uint32Array.from(s.postDoc, (d, i) => (i === 5 ? s.size + 1 : d)) })],
      ['offsets out of order', (s) => ({ ...s, postStart: Uint32Array.from(s.postStart, (v, i) => (i === 3 ? 1e9 : v)) })],
      ['an id missing', (s) => ({ ...s, ids: s.ids.slice(0, s.ids.lastIndexOf('\u0000')) })],
      ['a column of the wrong length', (s) => ({ ...s, price: new Float64Array(3) })],
      ['a column of the wrong type', (s) => ({ ...s, rating: Array.from(s.rating) })],
      ['a brand id past the dictionary', (s) => ({ ...s, brandOf: Int32Array.from(s.brandOf, () => 9999) })],
      ['a dictionary of another size', (s) => ({ ...s, brands: { ...s.brands, size: s.brands.size + 1 } })],
      ['no postings', (s) => ({ ...s, postImpact: undefined })],
    ];
    for (const [what, damage] of damaged) expect(deserializeIndex(damage(good) as SerializedIndex), what).to.equal(null);
    for (const junk of [null, undefined, 42, 'index', {}, []]) expect(deserializeIndex(junk as unknown as SerializedIndex)).to.equal(null);
  });

  it('restores only the same products: reordered is fine, a changed text or a missing product is not', async () => {
    const products = syntheticCatalog(300, 'en').products;
    const data = await build(products);
    const hashes = Uint32Array.from(products, (p) => docTextHash(toSearchDoc(p)));
    const ids = products.map((p) => p.id);
    const reordered = [ids[7]!, ...ids.filter((id) => id !== ids[7])];
    expect(restoreIndex(deserializeIndex(serializeIndex(data))!, hashes, reordered, [toSearchDoc(products[7]!)])).to.not.equal(null);
    const retitled = { ...products[7]!, title: 'Something else entirely' };
    expect(restoreIndex(deserializeIndex(serializeIndex(data))!, hashes, ids, [toSearchDoc(retitled)])).to.equal(null);
    expect(restoreIndex(deserializeIndex(serializeIndex(data))!, hashes, ids.slice(1), [])).to.equal(null);
    expect(restoreIndex(deserializeIndex(serializeIndex(data))!, hashes, [...ids.slice(1), 'NEW-1'], [])).to.equal(null);
  });

  it('answers like a fresh build when the page gave products of its own (first, with fresher prices)', async () => {
    // Built on a page that had product 5 of its own; restored on one that has product 9, whose price
    // and stock the page's JSON-LD changed (and product 5 back to the feed's copy).
    const feed = syntheticCatalog(600, 'en').products;
    const builtOn = [feed[5]!, ...feed.filter((_, i) => i !== 5)];
    const changed9 = { ...feed[9]!, price: 1, availability: 'OutOfStock' as const, rating: { value: 5, count: 999, best: 5, worst: 1 } };
    const now = [changed9, ...feed.filter((_, i) => i !== 9)];
    const data = await build(builtOn);
    const hashes = Uint32Array.from(builtOn, (p) => docTextHash(toSearchDoc(p)));
    const restored = restoreIndex(deserializeIndex(structuredClone(serializeIndex(data)))!, hashes, now.map((p) => p.id), [toSearchDoc(feed[5]!), toSearchDoc(changed9)]);
    expect(restored).to.not.equal(null);
    const catalog: Catalog = { products: now, byId: new Map(now.map((p) => [p.id, p])), store: { currency: 'USD', shipping: [], payment: [], faq: [] }, issues: [] };
    const fresh = await createSearch(catalog, { worker: false, indexCache: null });
    const parse = (q: string) => fresh.parse(q, 'en');
    expect(engineAnswers(new SearchEngine(restored!.data, 'USD', restored!.order), parse)).to.deep.equal(await answers(fresh, parse));
    fresh.dispose();
  });

  for (const worker of [false, true]) {
    it(`${worker ? 'in the worker' : 'on the page'}: builds and stores on a miss, restores on a hit, builds again for a new feed version or a corrupt entry`, async () => {
      const cache = openIndexCache(`shop-guide-search-test-${Math.random().toString(36).slice(2)}`);
      const size = worker ? 2500 : 800;
      const v1 = feedCatalog(size, 'v1', ['SYN-000003']);
      const parse = (q: string) => search!.parse(q, 'en');

      // Miss: nothing stored yet.
      search = await createSearch(v1, { worker, indexCache: cache });
      expect(search.restored).to.equal(false);
      expect(search.inWorker).to.equal(worker);
      const built = await answers(search, parse);
      await waitUntil(async () => (await cache.meta('feed-key'))?.version === 'v1', 'the index was not stored', { timeout: 20_000 });
      search.dispose();

      // Hit: the same feed version, on a page with another product of its own.
      const v1again = feedCatalog(size, 'v1', ['SYN-000011']);
      search = await createSearch(v1again, { worker, indexCache: cache });
      expect(search.restored).to.equal(true);
      expect(await answers(search, parse)).to.deep.equal(built);
      search.dispose();

      // Version change: the feed was read afresh (another price for everything): built, and stored anew.
      const v2 = feedCatalog(size, 'v2', [], (ps) => ps.map((p) => ({ ...p, price: (p.price ?? 0) + 1 })));
      search = await createSearch(v2, { worker, indexCache: cache });
      expect(search.restored).to.equal(false);
      const builtV2 = await answers(search, parse);
      await waitUntil(async () => (await cache.meta('feed-key'))?.version === 'v2', 'the new index was not stored', { timeout: 20_000 });
      search.dispose();

      // Corrupt entry under the right version: refused, built.
      const meta = (await cache.meta('feed-key'))!;
      const stored = (await cache.get('feed-key'))!;
      await cache.put(meta, { ...stored, data: { ...stored.data, postDoc: new Uint32Array(5) } });
      search = await createSearch(feedCatalog(size, 'v2', [], (ps) => ps.map((p) => ({ ...p, price: (p.price ?? 0) + 1 }))), { worker, indexCache: cache });
      expect(search.restored).to.equal(false);
      expect(await answers(search, parse)).to.deep.equal(builtV2);
    });
  }

  it('searches as usual when storage fails (over quota, unreadable)', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    let puts = 0;
    const failing: IndexCache = {
      dbName: 'unused',
      meta: async () => {
        throw new DOMException('gone', 'UnknownError');
      },
      get: async () => null,
      put: async (_m: StoredIndexMeta, _i: StoredIndex) => {
        puts++;
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    try {
      search = await createSearch(feedCatalog(500, 'v1'), { worker: false, indexCache: failing });
      expect(search.restored).to.equal(false);
      expect((await search.search('running shoes')).hits.length).to.be.greaterThan(0);
      await waitUntil(() => puts === 1, 'no write was tried', { timeout: 10_000 });
      await waitUntil(() => warnings.some((w) => String(w[0]).includes('search index')), 'no warning', { timeout: 5_000 });
      expect((await search.search('tent')).hits.length).to.be.greaterThan(0);
    } finally {
      console.warn = warn;
    }
  });
});
