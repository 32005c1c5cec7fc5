/**
 * Merging copies of one product: the fresher source decides changing facts, but a sparser source never
 * erases a list price, rating or stock state another source gave.
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import { overlay, ProductMerger, SOURCE_RANK } from '../../src/catalog/merge.ts';
import type { Product } from '../../src/catalog/types.ts';
import { demoPage, recorder, shopPage, streamingFetch } from '../fixtures/catalog/page.ts';

const product = (extra: Partial<Product> = {}): Product => ({
  id: 'P',
  title: 'Parka',
  description: '',
  categories: [],
  availability: 'Unknown',
  offers: [],
  reviews: [],
  attributes: {},
  images: [],
  variants: [],
  related: { relatedTo: [], similarTo: [], alsoBought: [], alsoViewed: [] },
  ...extra,
});

describe('catalog: merging sources', function () {
  this.timeout(60_000);

  it('keeps the feed’s list price, rating and stock state when the fresher copy only has a price', () => {
    const feed = product({
      price: 80,
      listPrice: 120,
      currency: 'USD',
      availability: 'InStock',
      rating: { value: 4.5, count: 12, best: 5, worst: 1 },
      offers: [{ price: 80, listPrice: 120, currency: 'USD', availability: 'InStock' }],
    });
    const listing = product({ title: 'Parka (listing)', price: 80, currency: 'USD', offers: [{ price: 80, currency: 'USD', availability: 'Unknown' }] });
    const merged = overlay(feed, listing);
    expect(merged).to.deep.include({ title: 'Parka (listing)', price: 80, listPrice: 120, availability: 'InStock' });
    expect(merged.rating).to.deep.equal({ value: 4.5, count: 12, best: 5, worst: 1 });
    expect(merged.offers).to.deep.equal([{ price: 80, listPrice: 120, currency: 'USD', availability: 'InStock' }]);
  });

  it('drops a stale list price the fresher price has reached, or one in another currency', () => {
    const feed = product({ price: 80, listPrice: 100, currency: 'USD', offers: [{ price: 80, listPrice: 100, currency: 'USD', availability: 'InStock' }] });
    const raised = overlay(feed, product({ price: 100, currency: 'USD', offers: [{ price: 100, currency: 'USD', availability: 'InStock' }] }));
    expect(raised.listPrice).to.equal(undefined);
    expect(raised.offers[0]!.listPrice).to.equal(undefined);
    const euros = overlay(feed, product({ price: 70, currency: 'EUR', offers: [{ price: 70, currency: 'EUR', availability: 'InStock' }] }));
    expect(euros.listPrice).to.equal(undefined);
    expect(euros.offers[0]!.listPrice).to.equal(undefined);
    // A fresher list price of its own wins.
    expect(overlay(feed, product({ price: 60, listPrice: 90, currency: 'USD' })).listPrice).to.equal(90);
  });

  it('the fresher stock state still wins when it has one; a count-less rating does not replace a counted one', () => {
    const feed = product({ availability: 'InStock', rating: { value: 4, count: 30, best: 5, worst: 1 } });
    expect(overlay(feed, product({ availability: 'OutOfStock' })).availability).to.equal('OutOfStock');
    expect(overlay(feed, product({ rating: { value: 5, count: 0, best: 5, worst: 1 } })).rating!.count).to.equal(30);
    expect(overlay(feed, product({ rating: { value: 4.2, count: 31, best: 5, worst: 1 } })).rating!.value).to.equal(4.2);
  });

  it('variants keep the stock state and price the other copy gave', () => {
    const feed = product({ variants: [{ id: 'V1', attributes: { color: 'moss', size: 'S' }, price: 50, availability: 'OutOfStock' }] });
    const page = product({ variants: [{ id: 'V1', title: 'Moss / S', attributes: {} }] });
    expect(overlay(feed, page).variants).to.deep.equal([{ id: 'V1', title: 'Moss / S', attributes: { color: 'moss', size: 'S' }, price: 50, availability: 'OutOfStock' }]);
  });

  it('ProductMerger: the order the sources arrive in does not matter', () => {
    const feed = product({ price: 80, listPrice: 120, currency: 'USD', availability: 'InStock' });
    const page = product({ title: 'Page', price: 80, currency: 'USD' });
    for (const order of [[[feed, SOURCE_RANK.feed], [page, SOURCE_RANK.jsonLdListed]], [[page, SOURCE_RANK.jsonLdListed], [feed, SOURCE_RANK.feed]]] as [Product, number][][]) {
      const m = new ProductMerger();
      for (const [p, rank] of order) m.add(p, rank);
      expect(m.get('P')).to.deep.include({ title: 'Page', price: 80, listPrice: 120, availability: 'InStock' });
    }
  });

  it('a listing page’s JSON-LD (price only) and the feed: the sale survives', async () => {
    const root = shopPage({
      jsonLd: [{ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, item: { '@type': 'Product', sku: 'S1', name: 'Sale parka', offers: { '@type': 'Offer', price: '80.00', priceCurrency: 'USD' } } }] }],
    });
    const feed = [JSON.stringify({ id: 'S1', title: 'Sale parka', price: 80, listPrice: 120, currency: 'USD', availability: 'InStock', rating: { value: 4.6, count: 9 } })].join('\n');
    const catalog = await loadCatalog({ root, src: '/feed.ndjson', fetch: streamingFetch(feed, { contentType: 'application/x-ndjson' }), logger: recorder() });
    const p = catalog.byId.get('S1')!;
    expect(p).to.deep.include({ price: 80, listPrice: 120, availability: 'InStock' });
    expect(p.rating!.count).to.equal(9);
  });

  it('the demo listing page with its feed keeps every list price the feed gives', async () => {
    const root = await demoPage('/demo/index.html');
    const src = root.querySelector('shop-guide')?.getAttribute('catalog-src') ?? '/demo-data/catalog.json';
    const catalog = await loadCatalog({ root, src: src.replace(/^\/demo-data\//, '/public/demo-data/'), logger: recorder() });
    const feed = (await (await fetch('/public/demo-data/catalog.json')).json()) as { products: { id: string; listPrice?: number }[] };
    const onSale = feed.products.filter((p) => p.listPrice !== undefined);
    expect(onSale.length).to.be.greaterThan(10);
    for (const f of onSale) expect(catalog.byId.get(f.id)!.listPrice, f.id).to.equal(f.listPrice);
  });
});
