/** The shop owner's catalog check: products by source, missing fields, every warning. */
import { expect } from '@open-wc/testing';
import { diagnoseCatalog } from '../../src/catalog/diagnostics.ts';
import { loadCatalog } from '../../src/catalog/load.ts';
import { recorder, shopPage, streamingFetch } from '../fixtures/catalog/page.ts';

describe('catalog: diagnostics', function () {
  this.timeout(60_000);

  it('counts products by source, lists fields missing for good answers and every warning', async () => {
    const root = shopPage({
      head: '<meta property="og:type" content="product"><meta property="og:title" content="Kettle"><meta property="product:price:amount" content="39"><meta property="product:price:currency" content="USD">',
      jsonLd: [{ '@type': 'Product', sku: 'K1', name: 'Kettle', image: 'https://cdn.example/k.jpg', offers: { price: 39, priceCurrency: 'USD' } }, '{"@type":"Product","sku":"X","review":[{"reviewBody":"cut'],
      body: '<div itemscope itemtype="https://schema.org/Product"><meta itemprop="sku" content="M1"><span itemprop="name">Mug</span></div>',
    });
    const feed = [{ id: 'K1', title: 'Kettle', category: 'Kitchen', availability: 'InStock', price: 39 }, { id: 'F2', title: 'Feed only', price: -1 }].map((p) => JSON.stringify(p)).join('\n');
    const catalog = await loadCatalog({ root, src: '/f.ndjson', fetch: streamingFetch(feed, { contentType: 'application/x-ndjson' }), logger: recorder() });
    const report = diagnoseCatalog(catalog);
    expect(report.products).to.equal(3);
    expect(report.currentProduct).to.deep.equal({ id: 'K1', title: 'Kettle' });
    expect(report.bySource).to.deep.equal({ 'json-ld': 1, microdata: 1, opengraph: 1, feed: 2 });
    expect(report.feed).to.deep.equal({ src: '/f.ndjson', format: 'ndjson', products: 2 });
    const missing = Object.fromEntries(report.missing.map((m) => [m.field, m.count]));
    expect(missing).to.deep.equal({ price: 2, category: 2, availability: 2, description: 3, image: 2, url: 3, brand: 3 });
    expect(report.missing.find((m) => m.field === 'category')!.examples).to.deep.equal(['M1 — Mug', 'F2 — Feed only']);
    expect(report.summary.map((r) => r.reason)).to.include.members(['json-ld-cut-short', 'bad-price']);
    expect(report.issues).to.deep.equal(catalog.issues);
  });
});
