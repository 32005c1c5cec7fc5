/**
 * `loadCatalog`: all sources together — merging (the page's JSON-LD is freshest), catalog-src
 * streaming (JSON and NDJSON, progress, failures, cross-origin, abort), the current product, and the
 * one console warning.
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import { demoPage, recorder, shopPage, streamingFetch } from '../fixtures/catalog/page.ts';

const feedProduct = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: `Feed ${id}`, description: `From the feed, ${id}.`, price: 100, currency: 'USD', availability: 'InStock', category: ['A', 'B'], attributes: { material: 'wool' }, ...extra });

describe('catalog: loadCatalog', function () {
  // Generous: other engineers' test runs share this machine's two cores.
  this.timeout(60_000);
  it('merges a product found on the page and in catalog-src: the page’s JSON-LD price wins, the feed fills the rest', async () => {
    const root = shopPage({
      jsonLd: [{ '@type': 'Product', sku: 'P', name: 'Page title', offers: { price: 79, priceCurrency: 'USD', availability: 'OutOfStock' } }],
    });
    const feed = JSON.stringify({ products: [feedProduct('P', { reviews: [{ author: 'A', body: 'Good', rating: 5 }] }), feedProduct('Q')] });
    const catalog = await loadCatalog({ root, src: '/feed.json', fetch: streamingFetch(feed, { chunk: 64 }), logger: recorder() });
    const p = catalog.byId.get('P')!;
    expect(p).to.deep.include({ title: 'Page title', price: 79, availability: 'OutOfStock', description: 'From the feed, P.' });
    expect(p.categories).to.deep.equal(['A', 'B']);
    expect(p.attributes).to.deep.equal({ material: 'wool' });
    expect(p.reviews).to.have.length(1);
    expect(catalog.products.map((x) => x.id)).to.deep.equal(['P', 'Q']);
    expect(catalog.currentProductId).to.equal('P');
    expect(catalog.issues).to.deep.equal([]);
  });

  it('streams an NDJSON catalog-src, with a store line, reporting progress', async () => {
    const lines = [JSON.stringify({ store: { name: 'Feed shop', currency: 'EUR' } }), ...Array.from({ length: 500 }, (_, i) => JSON.stringify(feedProduct(`N${i}`, { currency: undefined })))];
    const progress: number[] = [];
    const catalog = await loadCatalog({
      root: shopPage({}),
      src: 'catalog.ndjson',
      fetch: streamingFetch(lines.join('\n'), { chunk: 1000, contentType: 'application/x-ndjson' }),
      onProgress: (n) => progress.push(n),
      logger: recorder(),
      sliceMs: 1,
    });
    expect(catalog.products).to.have.length(500);
    expect(catalog.store.name).to.equal('Feed shop');
    expect(catalog.byId.get('N7')!.currency).to.equal('EUR');
    expect(progress.length).to.be.greaterThan(2);
    expect(progress.at(-1)).to.equal(500);
    expect([...progress].sort((a, b) => a - b)).to.deep.equal(progress);
  });

  it('resolves catalog-src against the document’s base URL', async () => {
    let asked = '';
    const fetch = async (url: string) => {
      asked = url;
      return new Response('[]');
    };
    await loadCatalog({ root: shopPage({ url: new URL('/shop/de/p/1.html', location.href).href }), src: '../feed.json', fetch, logger: recorder() });
    expect(asked).to.equal(new URL('/shop/de/feed.json', location.href).href);
  });

  it('never throws for a failing catalog-src: HTTP error, network error mid-stream, cross-origin, not JSON', async () => {
    const page = () => shopPage({ jsonLd: [{ '@type': 'Product', sku: 'OWN', name: 'On the page' }] });
    const cases: [string, Parameters<typeof loadCatalog>[0], string][] = [
      ['404', { src: '/missing.json', fetch: streamingFetch('nope', { status: 404 }) }, 'src-failed'],
      ['offline', { src: '/x.json', fetch: () => Promise.reject(new TypeError('Failed to fetch')) }, 'src-failed'],
      ['cross-origin', { src: 'https://elsewhere.example/feed.json', fetch: () => Promise.reject(new Error('must not be called')) }, 'src-cross-origin'],
      ['html', { src: '/x.json', fetch: streamingFetch('<!doctype html><p>login</p>') }, 'truncated-json'],
    ];
    for (const [name, opts, reason] of cases) {
      const logger = recorder();
      const catalog = await loadCatalog({ root: page(), logger, ...opts });
      expect(catalog.byId.has('OWN'), name).to.equal(true);
      expect(catalog.issues.map((i) => i.reason), name).to.include(reason);
      expect(logger.calls, name).to.have.length(1);
    }
    // A connection lost half way keeps what arrived.
    const feed = JSON.stringify({ products: Array.from({ length: 50 }, (_, i) => feedProduct(`F${i}`)) });
    const catalog = await loadCatalog({ root: page(), src: '/f.json', fetch: streamingFetch(feed, { chunk: 512, failAfter: feed.length / 2 }), logger: recorder() });
    expect(catalog.products.length).to.be.within(15, 40);
    expect(catalog.issues.map((i) => i.reason)).to.include('src-failed');
  });

  it('rejects only when aborted', async () => {
    const controller = new AbortController();
    const feed = JSON.stringify({ products: Array.from({ length: 3000 }, (_, i) => feedProduct(`Z${i}`)) });
    // Aborted while streaming, as soon as the first products have arrived.
    const loading = loadCatalog({ root: shopPage({}), src: '/z.json', fetch: streamingFetch(feed, { chunk: 2000 }), signal: controller.signal, logger: recorder(), sliceMs: 1, onProgress: (n) => n > 0 && controller.abort() });
    let error: unknown;
    try {
      await loading;
    } catch (e) {
      error = e;
    }
    expect((error as DOMException)?.name).to.equal('AbortError');
    const already = new AbortController();
    already.abort();
    let early: unknown;
    await loadCatalog({ root: shopPage({}), signal: already.signal }).catch((e) => (early = e));
    expect((early as DOMException)?.name).to.equal('AbortError');
  });

  it('logs ONE grouped warning with counts and reasons, and nothing for a clean page', async () => {
    const logger = recorder();
    await loadCatalog({
      root: shopPage({
        jsonLd: ['{ not json', { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { '@type': 'Product', name: 'No id' } }] }],
        plain: [{ products: [{ id: 'D', title: 'One' }, { id: 'D', title: 'Two', price: 5 }, { id: 'E', title: '<b>Bold</b>', price: -3 }, 7, { title: 'no id' }] }],
      }),
      logger,
    });
    expect(logger.calls).to.have.length(1);
    const [message, detail] = logger.calls[0] as [string, { issues: unknown[] }];
    expect(message).to.match(/^\[shop-guide\] catalog: kept 2 products; 4 items dropped, \d+ repaired\./);
    for (const reason of ['malformed-json', 'missing-id', 'duplicate-id', 'html-in-text', 'bad-price', 'not-an-object']) expect(message).to.include(reason);
    expect(detail.issues.length).to.be.greaterThan(5);

    const quiet = recorder();
    await loadCatalog({ root: shopPage({ plain: [{ products: [{ id: 'ok', title: 'Fine', price: 1, currency: 'USD' }] }] }), logger: quiet });
    expect(quiet.calls).to.have.length(0);
  });

  it('keeps the first of two products with one id and fills its gaps from the second', async () => {
    const catalog = await loadCatalog({ root: shopPage({ plain: [{ products: [{ id: 'D', title: 'First' }, { id: 'D', title: 'Second', price: 5, brand: 'B' }] }] }), logger: recorder() });
    expect(catalog.products).to.have.length(1);
    expect(catalog.byId.get('D')).to.deep.include({ title: 'First', price: 5, brand: 'B' });
  });

  it('detects the current product: owner hint, canonical URL, none on a listing page', async () => {
    const products = { products: [{ id: 'one', title: 'One', url: '/p/one' }, { id: 'two', title: 'Two', url: '/p/two.html' }] };
    const hinted = await loadCatalog({ root: shopPage({ plain: [products], head: '<meta name="shop-guide:product" content="two">' }), logger: recorder() });
    expect(hinted.currentProductId).to.equal('two');
    const byAttr = await loadCatalog({ root: shopPage({ plain: [products], body: '<article data-shop-guide-product="one"></article>' }), logger: recorder() });
    expect(byAttr.currentProductId).to.equal('one');
    const canonical = await loadCatalog({ root: shopPage({ plain: [products], head: `<link rel="canonical" href="${new URL('/p/two.html?ref=x#top', location.href).href}">` }), logger: recorder() });
    expect(canonical.currentProductId).to.equal('two');
    const none = await loadCatalog({ root: shopPage({ plain: [products] }), logger: recorder() });
    expect(none.currentProductId).to.equal(undefined);
    const listing = await loadCatalog({ root: await demoPage('/demo/index.html'), logger: recorder() });
    expect(listing.products).to.have.length(315);
    expect(listing.currentProductId).to.equal(undefined);
  });

  it('reads the demo product page together with its catalog-src feed', async () => {
    const catalog = await loadCatalog({ root: await demoPage('/demo/products/TH-HE-001.html'), src: '/public/demo-data/catalog.ndjson', logger: recorder() });
    expect(catalog.products).to.have.length(315);
    expect(catalog.currentProductId).to.equal('TH-HE-001');
    const p = catalog.byId.get('TH-HE-001')!;
    // From the page (JSON-LD): the offer with its shipping terms; from the feed: co-counts.
    expect(p.offers[0]!.shipping!.length).to.be.greaterThan(0);
    expect(p.related.alsoBought.length).to.be.greaterThan(0);
    expect(p.related.similarTo.every((id) => catalog.byId.has(id))).to.equal(true);
    // The injected review stays plain text.
    expect(p.reviews.some((r) => r.body.includes('Ignore all previous instructions'))).to.equal(true);
    expect(p.reviews.every((r) => !/<script|<img|onerror/.test(r.body))).to.equal(true);
  });
});
