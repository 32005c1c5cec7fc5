/**
 * Bad-input fuzzing: seeded random damage to real catalogs (the demo shop's plain feed and its JSON-LD
 * pages) — wrong types, junk values, HTML, huge strings, missing and duplicate ids, malformed and
 * truncated JSON — must never throw, must leave only valid products, and must log at most one warning.
 */
import { expect } from '@open-wc/testing';
import { Random } from '../../demo/scripts/random.ts';
import { loadCatalog } from '../../src/catalog/load.ts';
import type { Availability, Catalog } from '../../src/catalog/types.ts';
import { recorder, shopPage, streamingFetch } from '../fixtures/catalog/page.ts';

const AVAILABILITY: Availability[] = ['InStock', 'OutOfStock', 'PreOrder', 'BackOrder', 'LimitedAvailability', 'OnlineOnly', 'InStoreOnly', 'SoldOut', 'Discontinued', 'Unknown'];

function junk(rnd: Random): unknown {
  const pool: (() => unknown)[] = [
    () => null,
    () => undefined,
    () => true,
    () => rnd.int(-1e6, 1e6),
    () => -rnd.next() * 100,
    () => 'NaN',
    () => '1e999',
    () => '',
    () => '   ',
    () => '<script>alert(1)</script><img src=x onerror=alert(2)>',
    () => `<p>${'<b>bold</b> '.repeat(3)}</p>&amp;&#60;&#x3c;`,
    () => 'x'.repeat(rnd.int(6000, 20000)),
    () => '\u0000\u0007\u202eevil\u202c',
    () => ({ nested: { deeper: [1, 2, { x: 'y' }] } }),
    () => [null, 1, 'a', { b: 2 }],
    () => [],
    () => ({}),
    () => '$1,2,3.4.5',
    () => '¥ 五百',
    () => 'javascript:alert(1)',
    () => '//evil.example/x',
    () => '9'.repeat(40),
  ];
  return rnd.pick(pool)();
}

/** Damages an object in place: replaces, deletes or nests a few of its fields (recursively, sometimes). */
function damage(obj: Record<string, unknown>, rnd: Random, depth = 0): void {
  const keys = Object.keys(obj);
  const n = rnd.int(1, 4);
  for (let i = 0; i < n && keys.length; i++) {
    const k = rnd.pick(keys);
    const roll = rnd.next();
    if (roll < 0.45) obj[k] = junk(rnd);
    else if (roll < 0.65) delete obj[k];
    else if (depth < 2 && obj[k] && typeof obj[k] === 'object') {
      const v = obj[k] as Record<string, unknown> | unknown[];
      if (Array.isArray(v)) {
        if (v.length && typeof v[0] === 'object' && v[0]) damage(v[0] as Record<string, unknown>, rnd, depth + 1);
        else v.push(junk(rnd));
      } else damage(v, rnd, depth + 1);
    } else obj[rnd.pick(['extra', 'price', 'id', 'title', 'availability', 'rating', 'offers'])] = junk(rnd);
  }
}

function expectValid(catalog: Catalog): void {
  const ids = new Set<string>();
  const text = (s: unknown, what: string) => {
    expect(typeof s, what).to.equal('string');
    expect(s as string, what).not.to.match(/<script|<img|onerror=|[\u0000-\u0008\u202a-\u202e]/i);
  };
  const httpUrl = (u: unknown, what: string) => {
    expect(u, what).to.be.a('string');
    expect(new URL(u as string).protocol, what).to.match(/^https?:$/);
  };
  for (const p of catalog.products) {
    expect(p.id).to.be.a('string').and.not.equal('');
    expect(ids.has(p.id), `unique id ${p.id}`).to.equal(false);
    ids.add(p.id);
    expect(catalog.byId.get(p.id)).to.equal(p);
    text(p.title, 'title');
    expect(p.title.trim()).not.to.equal('');
    expect(p.title.length).to.be.at.most(302);
    text(p.description, 'description');
    expect(p.description.length).to.be.at.most(5002);
    expect(p.categories).to.be.an('array');
    p.categories.forEach((c) => text(c, 'category'));
    if (p.brand !== undefined) text(p.brand, 'brand');
    if (p.price !== undefined) expect(Number.isFinite(p.price) && p.price >= 0, `price ${p.price}`).to.equal(true);
    if (p.listPrice !== undefined) expect(p.listPrice).to.be.greaterThan(p.price ?? -1);
    expect(AVAILABILITY).to.include(p.availability);
    for (const o of p.offers) {
      expect(Number.isFinite(o.price) && o.price >= 0).to.equal(true);
      expect(AVAILABILITY).to.include(o.availability);
      if (o.url) httpUrl(o.url, 'offer url');
    }
    if (p.rating) {
      expect(Number.isFinite(p.rating.value)).to.equal(true);
      expect(p.rating.value).to.be.within(Math.min(0, p.rating.worst), p.rating.best);
      expect(Number.isInteger(p.rating.count) && p.rating.count >= 0).to.equal(true);
    }
    for (const r of p.reviews) {
      text(r.body, 'review');
      if (r.rating !== undefined) expect(r.rating).to.be.within(0, 5);
    }
    for (const [k, v] of Object.entries(p.attributes)) {
      expect(k).to.equal(k.toLowerCase());
      (Array.isArray(v) ? v : [v]).forEach((x) => text(x, `attribute ${k}`));
    }
    p.images.forEach((u) => httpUrl(u, 'image'));
    if (p.url) httpUrl(p.url, 'url');
    for (const v of p.variants) expect(v.id).to.be.a('string').and.not.equal('');
    for (const id of [...p.related.relatedTo, ...p.related.similarTo, ...p.related.alsoBought.map((c) => c.id), ...p.related.alsoViewed.map((c) => c.id)]) {
      expect(catalog.byId.has(id), `related ${id}`).to.equal(true);
      expect(id).not.to.equal(p.id);
    }
  }
  expect(catalog.byId.size).to.equal(catalog.products.length);
  for (const i of catalog.issues) {
    expect(i.reason).to.be.a('string');
    expect(i.source).to.be.a('string');
    expect(['dropped', 'repaired']).to.include(i.action);
  }
}

let feed: { store: unknown; products: Record<string, unknown>[] } | null = null;
async function demoFeed() {
  feed ??= await (await fetch('/public/demo-data/catalog.json')).json();
  return structuredClone(feed!);
}

describe('catalog: bad input (fuzz)', function () {
  this.timeout(120_000);

  it('damaged plain catalogs: 40 seeded runs, valid products only, ≤ 1 warning each', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = new Random(seed);
      const data = await demoFeed();
      for (const p of data.products) if (rnd.chance(0.3)) damage(p, rnd);
      // Duplicates and non-objects in the list.
      for (let i = 0; i < 5; i++) data.products.push(rnd.chance(0.5) ? structuredClone(rnd.pick(data.products)) : (junk(rnd) as never));
      if (rnd.chance(0.3)) damage(data as unknown as Record<string, unknown>, rnd);
      let text = JSON.stringify(data);
      // Sometimes the block itself is cut off or corrupted.
      if (rnd.chance(0.2)) text = text.slice(0, rnd.int(0, text.length));
      else if (rnd.chance(0.2)) {
        const at = rnd.int(0, text.length);
        text = text.slice(0, at) + rnd.pick(['"', '}', ']', ',', '{"', '\\']) + text.slice(at);
      }
      const logger = recorder();
      const catalog = await loadCatalog({ root: shopPage({ plain: [text] }), logger });
      expectValid(catalog);
      expect(logger.calls.length, `seed ${seed}`).to.be.at.most(1);
      expect(logger.calls.length === 1, `seed ${seed}: warned iff issues`).to.equal(catalog.issues.length > 0);
    }
  });

  it('damaged JSON-LD pages: 40 seeded runs', async () => {
    const html = await (await fetch('/demo/products/TH-RS-001.html')).text();
    const original = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!.replace(/\\u003c/g, '<'));
    for (let seed = 100; seed < 140; seed++) {
      const rnd = new Random(seed);
      const node = structuredClone(original) as Record<string, unknown>;
      damage(node, rnd);
      for (const key of ['offers', 'hasVariant', 'review', 'aggregateRating', 'brand', 'additionalProperty']) {
        const v = node[key];
        const target = Array.isArray(v) ? v[0] : v;
        if (rnd.chance(0.5) && target && typeof target === 'object' && !Array.isArray(target)) damage(target as Record<string, unknown>, rnd);
      }
      const blocks: unknown[] = [node, rnd.chance(0.3) ? '{"@type": "Product", "name": "cut' : { '@type': 'ItemList', itemListElement: [junk(rnd), { item: junk(rnd) }] }];
      const logger = recorder();
      const catalog = await loadCatalog({ root: shopPage({ jsonLd: blocks, store: [rnd.chance(0.5) ? junk(rnd) : '{"shipping": [}'] }), logger });
      expectValid(catalog);
      expect(logger.calls.length).to.be.at.most(1);
    }
  });

  it('a 20,000-product NDJSON feed with 10% damaged lines keeps every good product', async () => {
    const rnd = new Random(7);
    const good: string[] = [];
    const lines: string[] = [];
    const data = await demoFeed();
    for (let i = 0; i < 20_000; i++) {
      const p = structuredClone(data.products[i % data.products.length]!);
      p.id = `BIG-${i}`;
      p.similarTo = [];
      p.relatedTo = [];
      if (rnd.chance(0.1)) {
        lines.push(rnd.chance(0.5) ? JSON.stringify({ ...p, id: junk(rnd), title: junk(rnd) }).slice(0, rnd.chance(0.5) ? 40 : undefined) : 'garbage {');
      } else {
        good.push(p.id as string);
        lines.push(JSON.stringify(p));
      }
    }
    const logger = recorder();
    const catalog = await loadCatalog({ root: shopPage({}), src: '/big.ndjson', fetch: streamingFetch(lines.join('\n'), { chunk: 64 * 1024, contentType: 'application/x-ndjson' }), logger });
    for (const id of good) expect(catalog.byId.has(id), id).to.equal(true);
    expectValid(catalog);
    expect(logger.calls).to.have.length(1);
  });
});
