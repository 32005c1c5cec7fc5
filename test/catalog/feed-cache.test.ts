/**
 * The feed kept in IndexedDB between page views: stored when it comes with an ETag or Last-Modified,
 * asked for again with If-None-Match / If-Modified-Since, read from the store on 304 (no body read),
 * read afresh when it changed, and never stored without validators.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CHUNK, createFeedCache, feedCacheKey } from '../../src/catalog/feed-cache.ts';
import { loadCatalog } from '../../src/catalog/load.ts';
import { recorder, shopPage } from '../fixtures/catalog/page.ts';

const product = (id: string, price = 10) => ({ id, title: `Feed ${id}`, price, currency: 'USD', availability: 'InStock', category: ['A'], url: `/p/${id}.html` });

/** A server for one feed: answers conditional requests, counts bodies sent. */
function server(initial: { body: string; etag?: string; lastModified?: string }) {
  const state = { ...initial, bodies: 0, notModified: 0, requests: [] as Record<string, string>[] };
  const fetch = async (_url: string, init?: RequestInit) => {
    const h = (init?.headers ?? {}) as Record<string, string>;
    state.requests.push(h);
    const headers: Record<string, string> = { 'content-type': 'application/x-ndjson' };
    if (state.etag) headers.etag = state.etag;
    if (state.lastModified) headers['last-modified'] = state.lastModified;
    if ((state.etag && h['If-None-Match'] === state.etag) || (!state.etag && state.lastModified && h['If-Modified-Since'] === state.lastModified)) {
      state.notModified++;
      return new Response(null, { status: 304, headers });
    }
    state.bodies++;
    return new Response(state.body, { status: 200, headers });
  };
  return Object.assign(state, { fetch });
}

/** The page shopPage() makes (its folder is part of the key: relative product URLs resolve against it). */
const PAGE = new URL('/shop/products/page.html', location.href).href;

const ndjson = (n: number, price = 10) => Array.from({ length: n }, (_, i) => JSON.stringify(product(`C${i}`, price))).join('\n');

describe('catalog: the feed kept between page views', function () {
  this.timeout(60_000);
  // Its own database: the shared one keeps three feeds, and other test files' pages store theirs in it too.
  const cache = createFeedCache(`shop-guide-feeds-test-${Math.random().toString(36).slice(2)}`);

  async function stored(src: string) {
    const key = feedCacheKey(new URL(src, location.href).href, PAGE, undefined);
    await waitUntil(async () => !!(await cache.meta(key)), 'the feed was not stored', { timeout: 10_000 });
    return (await cache.meta(key))!;
  }

  it('stores a validated feed, then reads it from IndexedDB on 304 without the body', async () => {
    const src = `/cache-test-${Math.random().toString(36).slice(2)}.ndjson`;
    const s = server({ body: ndjson(2500), etag: '"v1"' });
    const first = await loadCatalog({ root: shopPage({}), src, fetch: s.fetch, logger: recorder(), cache });
    expect(first.products).to.have.length(2500);
    const meta = await stored(src);
    expect(meta).to.include({ etag: '"v1"', count: 2500, chunks: Math.ceil(2500 / CHUNK) });

    const second = await loadCatalog({ root: shopPage({}), src, fetch: s.fetch, logger: recorder(), cache });
    expect(s.requests.at(-1)!['If-None-Match']).to.equal('"v1"');
    expect(s.notModified).to.equal(1);
    expect(s.bodies).to.equal(1);
    expect(second.products.map((p) => p.id)).to.deep.equal(first.products.map((p) => p.id));
    expect(second.byId.get('C7')).to.deep.equal(first.byId.get('C7'));
  });

  it('reads the feed again when it changed (new ETag) and stores the new one', async () => {
    const src = `/cache-test-${Math.random().toString(36).slice(2)}.ndjson`;
    const s = server({ body: ndjson(10, 10), etag: '"a"' });
    await loadCatalog({ root: shopPage({}), src, fetch: s.fetch, logger: recorder(), cache });
    await stored(src);
    Object.assign(s, { body: ndjson(12, 20), etag: '"b"' });
    const changed = await loadCatalog({ root: shopPage({}), src, fetch: s.fetch, logger: recorder(), cache });
    expect(changed.products).to.have.length(12);
    expect(changed.byId.get('C0')!.price).to.equal(20);
    expect(s.bodies).to.equal(2);
    const key = feedCacheKey(new URL(src, location.href).href, PAGE, undefined);
    await waitUntil(async () => (await cache.meta(key))?.etag === '"b"', 'the new feed was not stored');
    const again = await loadCatalog({ root: shopPage({}), src, fetch: s.fetch, logger: recorder(), cache });
    expect(s.bodies).to.equal(2);
    expect(again.byId.get('C11')!.price).to.equal(20);
  });

  it('uses Last-Modified when there is no ETag, and stores nothing without either', async () => {
    const src = `/cache-test-${Math.random().toString(36).slice(2)}.ndjson`;
    const s = server({ body: ndjson(5), lastModified: 'Sun, 01 Nov 2026 00:00:00 GMT' });
    await loadCatalog({ root: shopPage({}), src, fetch: s.fetch, logger: recorder(), cache });
    await stored(src);
    await loadCatalog({ root: shopPage({}), src, fetch: s.fetch, logger: recorder(), cache });
    expect(s.requests.at(-1)!['If-Modified-Since']).to.equal('Sun, 01 Nov 2026 00:00:00 GMT');
    expect(s.notModified).to.equal(1);

    const plainSrc = `/cache-test-${Math.random().toString(36).slice(2)}.ndjson`;
    const plain = server({ body: ndjson(5) });
    await loadCatalog({ root: shopPage({}), src: plainSrc, fetch: plain.fetch, logger: recorder(), cache });
    await new Promise((r) => setTimeout(r, 300));
    await loadCatalog({ root: shopPage({}), src: plainSrc, fetch: plain.fetch, logger: recorder(), cache });
    expect(plain.bodies).to.equal(2);
    expect(plain.requests.every((h) => !h['If-None-Match'] && !h['If-Modified-Since'])).to.equal(true);
  });

  it('tells a stored search index which copy of the feed the products came from, and which the page gave itself', async () => {
    const src = `/cache-test-${Math.random().toString(36).slice(2)}.ndjson`;
    const s = server({ body: ndjson(30), etag: '"i1"' });
    const page = () => shopPage({ jsonLd: [{ '@context': 'https://schema.org', '@type': 'Product', sku: 'C4', name: 'Feed C4', offers: { '@type': 'Offer', price: 8, priceCurrency: 'USD' } }] });
    const first = await loadCatalog({ root: page(), src, fetch: s.fetch, logger: recorder(), cache });
    expect(first.feedCache?.key).to.equal(feedCacheKey(new URL(src, location.href).href, PAGE, undefined));
    expect(first.feedCache?.pageProducts).to.include('C4');
    await stored(src);
    const again = await loadCatalog({ root: shopPage({}), src, fetch: s.fetch, logger: recorder(), cache });
    expect(s.notModified).to.equal(1);
    expect(again.feedCache?.version).to.equal(first.feedCache?.version);
    expect(again.feedCache?.pageProducts).to.deep.equal([]);
    Object.assign(s, { body: ndjson(30, 11), etag: '"i2"' });
    const changed = await loadCatalog({ root: shopPage({}), src, fetch: s.fetch, logger: recorder(), cache });
    expect(changed.feedCache?.version).to.not.equal(first.feedCache?.version);
    // A feed that is not stored (no validators) has no version to check an index against.
    const plain = server({ body: ndjson(5) });
    const unstored = await loadCatalog({ root: shopPage({}), src: `/cache-test-${Math.random().toString(36).slice(2)}.ndjson`, fetch: plain.fetch, logger: recorder(), cache });
    expect(unstored.feedCache).to.equal(undefined);
  });
});
