/**
 * Search benchmark (issue 5): index time and query latency p50/p95 at 1k, 10k and 100k generated
 * products — our index side by side with MiniSearch and FlexSearch on the same documents, the same
 * CJK-aware terms and the same queries, in the same run — then the worker path, and relevance of all
 * three on the labelled set. Targets: index 10k ≤ 150 ms, query p95 ≤ 3 ms (headless Chromium).
 *
 * "Index" for ours is everything from catalog products to a searchable index (documents + both
 * passes), measured warm (median of 7 builds after 3 others) on the page's thread; the first, cold
 * build of a page (which also compiles the indexer) is shown beside it. Libraries are timed the same way. Query latency is a full
 * `search()`: parsed query, scoring, filters, facets and top-20.
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import type { Catalog, Product } from '../../src/catalog/types.ts';
import { toSearchDoc, type SearchDoc } from '../../src/search/documents.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import { IndexBuilder } from '../../src/search/index-builder.ts';
import { createSearch } from '../../src/search/index.ts';
import { openIndexCache } from '../../src/search/index-cache.ts';
import type { SerializedIndex } from '../../src/search/index-serialize.ts';
import { parseQuery } from '../../src/understand/filters.ts';
import type { ParsedQuery } from '../../src/search/types.ts';
import { buildVocabulary } from '../../src/understand/vocabulary.ts';
import { syntheticCatalog, syntheticProducts } from '../fixtures/catalog/synthetic.ts';
import { judge, RELEVANCE_SET } from '../search/relevance-set.ts';
import { ms, printTable, summary } from './bench-utils.ts';
import { buildFlexSearch, buildMiniSearch, type BenchEngine } from './search-adapters.ts';

const INDEX_TARGET_MS = 150;
const QUERY_P95_TARGET_MS = 3;
/** A sanity bound for the worker's round trip (see the note at its assertion). */
const WORKER_P95_BOUND_MS = 10;

/** Shoppers' queries over the synthetic catalog: words, features, typos, prefixes, filters, Chinese. */
const EN_QUERIES = [
  'running shoes', 'trail running shoes', 'waterproof hiking boots', 'noise cancelling headphones', 'bluetooth speaker',
  'gps smartwatch', 'down jacket', 'merino socks', 'laptop backpack', 'espresso machine', 'yoga mat', '4 person tent',
  'sneakers', 'earbuds', 'hedphones', 'smartwach', 'backpak', 'headph', 'espres', 'running shoes under $80',
  'running shoes under $80 not Velox', 'Velox running shoes', 'jackets between $50 and $100', 'cheapest tent',
  'headphones rated 4.5+', 'blue yoga mat', 'hiking boots in stock', 'headphones on sale', 'korlux', 'reflective running shirt',
  'coffee maker with milk frother', 'waterproof jacket with hood', 'lightweight', 'black', 'stride', 'gift for a runner',
  'tent', 'boots', 'shoes', 'socks',
];
const ZH_QUERIES = [
  '跑步鞋', '适合跑步的鞋子', '跑鞋', '500元以下的蓝牙耳机', '降噪耳机', '防水登山靴', '蓝牙音箱', '智能手表', '羽绒外套',
  '冲锋衣', '美利奴羊毛袜', '电脑双肩包', '意式咖啡机', '瑜伽垫', '四人帐篷', '蓝色瑜伽垫', '最便宜的帐篷', '有货的登山靴',
  '打折的外套', '不要Velox的跑步鞋',
];

/** Bytes a stored index takes: its typed arrays, and two bytes a character for its strings. */
function storedBytes(data: SerializedIndex): number {
  let n = 0;
  const walk = (v: unknown): void => {
    if (ArrayBuffer.isView(v)) n += v.byteLength;
    else if (typeof v === 'string') n += v.length * 2;
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(data);
  return n;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Our index from products, the whole way (documents + both passes). */
async function buildOurs(products: Product[]): Promise<SearchEngine> {
  const builder = new IndexBuilder();
  for (const p of products) builder.add(toSearchDoc(p));
  return new SearchEngine(await builder.finish());
}

async function timeBuild<T>(runs: number, build: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = await build();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
}

/**
 * Query latency of several engines on the same queries, sorted per engine. The engines take turns
 * round by round (all queries on one, then the next), so a burst of load from the machine's other
 * work lands on all of them alike instead of on whichever happened to be running.
 */
function latencies(runs: Record<string, (q: ParsedQuery) => unknown>, queries: ParsedQuery[], rounds: number): Record<string, number[]> {
  const names = Object.keys(runs);
  // Warm-up: steady-state latency is what shoppers see after their first search.
  for (let r = 0; r < 3; r++) for (const name of names) for (const q of queries) runs[name]!(q);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      const run = runs[name]!;
      for (const q of queries) {
        const t0 = performance.now();
        run(q);
        times[name]!.push(performance.now() - t0);
      }
    }
  }
  for (const name of names) times[name]!.sort((a, b) => a - b);
  return times;
}

describe('search bench', function () {
  this.timeout(15 * 60 * 1000);

  it(`index ≤ ${INDEX_TARGET_MS} ms and query p95 ≤ ${QUERY_P95_TARGET_MS} ms at 10k; query p95 ≤ FlexSearch's (1k / 10k / 100k, vs MiniSearch and FlexSearch)`, async () => {
    const rows: Record<string, string>[] = [];
    const versus: Record<string, string>[] = [];
    let ours10k = { index: Infinity, p95: Infinity };
    const slower: string[] = [];
    for (const [size, lang] of [
      [1_000, 'en'],
      [10_000, 'en'],
      [10_000, 'zh'],
      [100_000, 'en'],
    ] as const) {
      const products = syntheticProducts(size, lang);
      const catalog: Catalog = { products, byId: new Map(products.map((p) => [p.id, p])), store: { shipping: [], payment: [], faq: [] }, issues: [] };
      const vocab = buildVocabulary(catalog);
      const queries = (lang === 'en' ? EN_QUERIES : ZH_QUERIES).map((q) => parseQuery(q, lang === 'en' ? 'en' : 'zh-CN', vocab));
      const runs = size >= 100_000 ? 1 : 7;
      const label = `${size.toLocaleString('en')} ${lang}`;

      // The first build on a page also pays for compiling the indexer: reported apart as "cold".
      const cold = await timeBuild(1, () => buildOurs(products));
      if (size < 100_000) await timeBuild(2, () => buildOurs(products));
      const ours = await timeBuild(runs, () => buildOurs(products));
      const docs: SearchDoc[] = products.map(toSearchDoc);
      const libs = [];
      for (const [name, build] of [
        ['MiniSearch 7.2', buildMiniSearch],
        ['FlexSearch 0.8', buildFlexSearch],
      ] as const) {
        const libCold = await timeBuild(1, () => build(docs));
        if (size < 100_000) await timeBuild(2, () => build(docs));
        const lib = size < 100_000 ? await timeBuild(runs, () => build(docs)) : libCold;
        libs.push({ name, cold: libCold.ms, warm: lib.ms, engine: lib.value });
      }

      // The same job for every engine: the top 20 ids after the filters. Ours without facets is what the
      // widget asks for (the libraries count none); with facets is shown beside it.
      const lat = latencies(
        {
          ours: (q) => ours.value.search(q, { limit: 20, facets: false }),
          'ours+facets': (q) => ours.value.search(q, { limit: 20 }),
          ...Object.fromEntries(libs.map((l) => [l.name, (q: ParsedQuery) => l.engine.search(q, 20)])),
        },
        queries,
        size >= 100_000 ? 5 : 10,
      );
      const o = summary(lat.ours!);
      const of = summary(lat['ours+facets']!);
      rows.push({ catalog: label, engine: 'ours (BM25F, typed arrays)', index: ms(ours.ms), 'index (first, cold)': ms(cold.ms), 'query p50': ms(o.p50), 'query p95': ms(o.p95), 'query max': ms(o.max), 'with facets p50 / p95': `${ms(of.p50)} / ${ms(of.p95)}` });
      for (const l of libs) {
        const x = summary(lat[l.name]!);
        rows.push({ catalog: label, engine: l.name, index: ms(l.warm), 'index (first, cold)': ms(l.cold), 'query p50': ms(x.p50), 'query p95': ms(x.p95), 'query max': ms(x.max), 'with facets p50 / p95': '—' });
      }
      const flex = summary(lat['FlexSearch 0.8']!);
      versus.push({ catalog: label, 'ours p95': ms(o.p95), 'FlexSearch p95': ms(flex.p95), 'ours p50': ms(o.p50), 'FlexSearch p50': ms(flex.p50), verdict: o.p95 <= flex.p95 ? 'at or below' : 'ABOVE' });
      if (o.p95 > flex.p95) slower.push(`${label}: ${ms(o.p95)} > ${ms(flex.p95)}`);
      if (size === 10_000 && lang === 'en') ours10k = { index: ours.ms, p95: o.p95 };
    }
    printTable('Search: index time (median) and query latency, same documents, terms and queries', rows);
    printTable('Query p95: ours vs FlexSearch (same documents, queries and job: top 20 after filters)', versus);
    expect(ours10k.index, 'index 10k products').to.be.at.most(INDEX_TARGET_MS);
    expect(ours10k.p95, 'query p95 at 10k').to.be.at.most(QUERY_P95_TARGET_MS);
    expect(slower, "query p95 above FlexSearch's").to.deep.equal([]);
  });

  it('the worker path: time to ready, main-thread blocking and query latency (10k, 100k)', async () => {
    const rows: Record<string, string>[] = [];
    let p95at10k = Infinity;
    for (const size of [10_000, 100_000]) {
      const catalog = syntheticCatalog(size, 'en');
      // Let the garbage of generating the catalog be collected first: its GC pauses are not indexing's.
      await new Promise((r) => setTimeout(r, 1500));
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
      observer.observe({ type: 'longtask', buffered: false });
      const t0 = performance.now();
      const search = await createSearch(catalog, { worker: true });
      const ready = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 50));
      observer.disconnect();
      expect(search.inWorker).to.equal(true);
      const queries = EN_QUERIES.map((q) => search.parse(q, 'en'));
      for (let r = 0; r < 3; r++) for (const q of queries) await search.search(q, { limit: 20 });
      const times: number[] = [];
      for (let r = 0; r < 5; r++) {
        for (const q of queries) {
          const t = performance.now();
          await search.search(q, { limit: 20 });
          times.push(performance.now() - t);
        }
      }
      const lat = summary(times.sort((a, b) => a - b));
      if (size === 10_000) p95at10k = lat.p95;
      rows.push({
        catalog: size.toLocaleString('en'),
        'time to ready': ms(ready),
        'longest main-thread task while indexing': longTasks.length ? ms(Math.max(...longTasks)) : '< 50 ms (none reported)',
        'query p50 (round trip)': ms(lat.p50),
        'query p95 (round trip)': ms(lat.p95),
      });
      search.dispose();
    }
    printTable('Search in a Web Worker (createSearch auto-selects it above 5,000 products)', rows);
    // The 3 ms target is the index's (asserted above). The round trip adds two thread hops, whose cost
    // depends on how busy the machine is (≈2 ms p95 when quiet, up to 6 ms at a load of 5 on 2 cores).
    expect(p95at10k, 'worker query p95 (round trip) at 10k').to.be.at.most(WORKER_P95_BOUND_MS);
  });

  it('the stored index: a returning page view restores it from IndexedDB instead of building it (10k, 100k, in the worker)', async () => {
    const rows: Record<string, string>[] = [];
    for (const size of [10_000, 100_000]) {
      const base = syntheticCatalog(size, 'en');
      const catalog: Catalog = { ...base, feedCache: { key: `bench-${size}`, version: 'v1', pageProducts: [base.products[3]!.id] } };
      const cache = openIndexCache(`shop-guide-search-bench-${Math.random().toString(36).slice(2)}`);
      await new Promise((r) => setTimeout(r, 1500));
      const t0 = performance.now();
      const first = await createSearch(catalog, { worker: true, indexCache: cache });
      const built = performance.now() - t0;
      const t1 = performance.now();
      await waitFor(async () => (await cache.meta(catalog.feedCache!.key)) !== null, 120_000);
      const stored = performance.now() - t1;
      const query = EN_QUERIES.map((q) => first.parse(q, 'en'));
      const answers = [];
      for (const q of query) answers.push(await first.search(q, { limit: 20, facets: false }));
      first.dispose();
      const entry = await cache.get(catalog.feedCache!.key);
      const bytes = entry ? storedBytes(entry.data) + entry.textHash.byteLength : 0;

      // The next page view: same feed version, another product of the page's own.
      const next: Catalog = { ...catalog, feedCache: { ...catalog.feedCache!, pageProducts: [base.products[8]!.id] } };
      await new Promise((r) => setTimeout(r, 1000));
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
      observer.observe({ type: 'longtask', buffered: false });
      const t2 = performance.now();
      const second = await createSearch(next, { worker: true, indexCache: cache });
      const restored = performance.now() - t2;
      await new Promise((r) => setTimeout(r, 50));
      observer.disconnect();
      expect(second.restored, 'restored from IndexedDB').to.equal(true);
      for (let i = 0; i < query.length; i++) expect(await second.search(query[i]!, { limit: 20, facets: false }), EN_QUERIES[i]).to.deep.equal(answers[i]);
      second.dispose();
      rows.push({
        catalog: size.toLocaleString('en'),
        'built (worker, ready)': ms(built),
        'stored (after ready, in the worker)': ms(stored),
        'restored (worker, ready)': ms(restored),
        'stored size': `${(bytes / 1048576).toFixed(1)} MB`,
        'longest main-thread task while restoring': longTasks.length ? ms(Math.max(...longTasks)) : '< 50 ms (none reported)',
      });
    }
    printTable('Stored search index: first page view builds and stores it, the next restores it', rows);
  });

  it('relevance on the labelled set: ours vs MiniSearch vs FlexSearch (same parser and filters)', async () => {
    const rows: Record<string, string>[] = [];
    const scores = new Map<string, { pass: number; n: number; p: number; rr: number }>();
    for (const lang of ['en', 'zh-CN'] as const) {
      const catalog = await loadCatalog({ root: document.implementation.createHTMLDocument(''), src: `/public/demo-data/catalog${lang === 'en' ? '' : '.zh'}.json`, logger: { warn: () => {} } });
      const docs = catalog.products.map(toSearchDoc);
      const vocab = buildVocabulary(catalog);
      const ours = await buildOurs(catalog.products);
      const engines: BenchEngine[] = [
        { name: 'ours', search: (q, limit) => ours.search(q, { limit }).hits.map((h) => h.id) },
        buildMiniSearch(docs),
        buildFlexSearch(docs),
      ];
      for (const entry of RELEVANCE_SET.filter((e) => e.lang === lang)) {
        const q = parseQuery(entry.q, lang, vocab);
        for (const e of engines) {
          const o = judge(entry, catalog.products, e.search(q, 10));
          const key = `${e.name}|${lang}`;
          const s = scores.get(key) ?? { pass: 0, n: 0, p: 0, rr: 0 };
          s.n++;
          s.pass += o.pass ? 1 : 0;
          s.p += o.precision;
          s.rr += o.reciprocalRank;
          scores.set(key, s);
        }
      }
    }
    for (const [key, s] of scores) {
      const [engine, lang] = key.split('|');
      rows.push({ engine: engine!, language: lang!, 'queries passing': `${s.pass}/${s.n}`, 'precision@k': (s.p / s.n).toFixed(3), MRR: (s.rr / s.n).toFixed(3) });
    }
    printTable(`Relevance on the labelled set (${RELEVANCE_SET.length} queries)`, rows);
    const ours = [...scores.entries()].filter(([k]) => k.startsWith('ours|'));
    for (const [, s] of ours) expect(s.pass).to.equal(s.n);
  });
});
