/**
 * One product under two ids: the page's markup names it by its sku (or canonical URL), the feed by a
 * numeric id or its gtin. Such copies become one product under the feed's id, by the usual merge rules;
 * products that only look alike (another gtin, another variant at the same URL) stay apart.
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import { ProductMerger, SOURCE_RANK } from '../../src/catalog/merge.ts';
import { foldSameProducts, identityKeys } from '../../src/catalog/same-product.ts';
import { IssueLog } from '../../src/catalog/issues.ts';
import { TimeSlicer } from '../../src/catalog/time-slice.ts';
import type { Product } from '../../src/catalog/types.ts';
import { recorder, shopPage, streamingFetch } from '../fixtures/catalog/page.ts';

const at = (path: string) => new URL(path, location.href).href;
const ndjson = (rows: unknown[]) => streamingFetch(rows.map((r) => JSON.stringify(r)).join('\n'), { contentType: 'application/x-ndjson' });

function load(jsonLd: unknown[], feed: unknown[], extra: { head?: string; body?: string; plain?: unknown[]; url?: string } = {}) {
  const logger = recorder();
  return loadCatalog({ root: shopPage({ jsonLd, ...extra }), src: '/feed.ndjson', fetch: ndjson(feed), logger, cache: null }).then((c) => ({ c, logger }));
}

const folded = (c: { issues: { reason: string; source: string }[] }) => c.issues.filter((i) => i.reason === 'same-product').map((i) => i.source);

describe('catalog: one product under two ids', function () {
  this.timeout(60_000);

  it('the page’s JSON-LD (by sku) and the feed (by numeric id, same sku): one product under the feed’s id, page facts fresher', async () => {
    const { c } = await load(
      [{ '@type': 'Product', sku: 'PARKA-MOSS', name: 'Moss Parka', description: 'Waxed cotton parka with a fleece lining.', offers: { price: '149.00', priceCurrency: 'USD' } }],
      [
        { id: 8012345671, sku: 'PARKA-MOSS', title: 'Moss Parka', price: 169, listPrice: 229, currency: 'USD', availability: 'InStock', rating: { value: 4.6, count: 31 }, category: 'Jackets', url: '/products/moss-parka' },
        { id: 8012345672, sku: 'BEANIE', title: 'Beanie', price: 20, currency: 'USD' },
      ],
    );
    expect(c.products.map((p) => p.id)).to.deep.equal(['8012345671', '8012345672']);
    const parka = c.byId.get('8012345671')!;
    // The page's price is fresher; the feed's list price, rating, stock state and category stay.
    expect(parka).to.deep.include({ price: 149, listPrice: 229, availability: 'InStock', description: 'Waxed cotton parka with a fleece lining.', sku: 'PARKA-MOSS' });
    expect(parka.rating!.count).to.equal(31);
    expect(parka.categories).to.deep.equal(['Jackets']);
    expect(c.currentProductId).to.equal('8012345671');
    expect(c.sources!.bySource).to.deep.equal({ 'json-ld': 1, feed: 2 });
    expect(c.aliases!.get('PARKA-MOSS')).to.equal('8012345671');
    expect(folded(c)).to.deep.equal(['8012345671 = PARKA-MOSS (json-ld), same sku']);
  });

  it('a feed keyed by gtin: the page’s gtin13 finds it; a gtin written with fewer digits is the same number', async () => {
    const { c } = await load(
      [{ '@type': 'Product', sku: 'KETTLE-1', gtin13: '4006381333931', name: 'Steel kettle', offers: { price: 39, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' } }],
      [{ id: '04006381333931', title: 'Steel kettle 1.7 l', price: 45, currency: 'EUR', availability: 'OutOfStock', category: 'Kitchen > Kettles' }],
    );
    expect(c.products.map((p) => p.id)).to.deep.equal(['04006381333931']);
    expect(c.byId.get('04006381333931')).to.deep.include({ title: 'Steel kettle', price: 39, availability: 'InStock' });
    expect(c.byId.get('04006381333931')!.categories).to.deep.equal(['Kitchen', 'Kettles']);
  });

  it('the same canonical URL (query, fragment, trailing slash aside) joins a page product and a feed item', async () => {
    const { c } = await load(
      [{ '@type': 'Product', sku: 'LS-BLUE', name: 'Linen shirt', url: at('/shop/p/linen-shirt/?ref=nav#reviews'), offers: { price: 60, priceCurrency: 'USD' } }],
      [{ id: 'LS-42', title: 'Linen shirt', url: '/shop/p/linen-shirt', price: 60, listPrice: 80, availability: 'InStock' }],
    );
    expect(c.products.map((p) => p.id)).to.deep.equal(['LS-42']);
    expect(c.byId.get('LS-42')).to.deep.include({ listPrice: 80, availability: 'InStock' });
    expect(folded(c)).to.deep.equal(['LS-42 = LS-BLUE (json-ld), same url']);
  });

  it('microdata (its own sku) and the feed (numeric id) are one product', async () => {
    const logger = recorder();
    const body = `<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Trail Runner 3</h1>
      <meta itemprop="sku" content="TR3-BLK"><meta itemprop="mpn" content="TR3-001"><span itemprop="brand">Stride</span>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price" content="99.00">$99</span><meta itemprop="priceCurrency" content="USD"></div></div>`;
    const c = await loadCatalog({
      root: shopPage({ body }),
      src: '/feed.ndjson',
      fetch: ndjson([{ id: 555, title: 'Trail Runner 3', mpn: 'tr3-001', brand: 'Stride', price: 119, listPrice: 139, currency: 'USD', availability: 'InStock' }]),
      logger,
      cache: null,
    });
    expect(c.products.map((p) => p.id)).to.deep.equal(['555']);
    expect(c.byId.get('555')).to.deep.include({ price: 99, listPrice: 139, availability: 'InStock', mpn: 'TR3-001' });
    expect(c.sources!.bySource).to.deep.equal({ microdata: 1, feed: 1 });
    expect(folded(c)).to.deep.equal(['555 = TR3-BLK (microdata), same mpn']);
  });

  it('never folds products with different gtins, or a group page into one of several variants listed at its URL', async () => {
    const { c } = await load(
      [
        { '@type': 'Product', sku: 'MUG-BLUE', gtin13: '4006381333931', name: 'Mug', url: at('/p/mug'), offers: { price: 10, priceCurrency: 'USD' } },
        { '@type': 'Product', sku: 'SHIRT', name: 'Shirt', url: at('/p/shirt'), offers: { price: 30, priceCurrency: 'USD' } },
        { '@type': 'Product', sku: 'CAP', name: 'Cap', url: at('/p/cap'), offers: { price: 15, priceCurrency: 'USD' } },
      ],
      [
        // Same URL, another gtin: another colour of the mug.
        { id: 1, title: 'Mug', gtin: '5901234123457', url: '/p/mug?variant=2', price: 10 },
        // The shop lists each shirt variant as a product at the group's URL: which one the page means is unknown.
        { id: 2, title: 'Shirt, S', url: '/p/shirt?variant=1', price: 30 },
        { id: 3, title: 'Shirt, M', url: '/p/shirt?variant=2', price: 30 },
        // Same URL, another sku: a variant, not the page's product.
        { id: 4, title: 'Cap, red', sku: 'CAP-RED', url: '/p/cap?variant=7', price: 15 },
      ],
    );
    expect(c.products.map((p) => p.id).sort()).to.deep.equal(['1', '2', '3', '4', 'CAP', 'MUG-BLUE', 'SHIRT']);
    expect(folded(c)).to.deep.equal([]);
  });

  it('two copies in one source stay two products however alike they are; a sku in two page products is no identity', async () => {
    const { c } = await load(
      [
        { '@type': 'ItemList', itemListElement: [
          { '@type': 'ListItem', position: 1, item: { '@type': 'Product', '@id': at('/p/a#product'), name: 'A', sku: 'DUP', offers: { price: 1, priceCurrency: 'USD' } } },
        ] },
      ],
      [
        { id: 10, title: 'Lamp', gtin: '4006381333931', price: 5 },
        { id: 11, title: 'Lamp (again)', gtin: '4006381333931', price: 5 },
      ],
      { plain: [{ products: [{ id: 'P1', title: 'A one', sku: 'DUP', price: 1 }, { id: 'P2', title: 'A two', sku: 'DUP', price: 1 }] }] },
    );
    expect(c.products.map((p) => p.id).sort()).to.deep.equal(['10', '11', 'DUP', 'P1', 'P2']);
    expect(folded(c)).to.deep.equal([]);
  });

  it('the page’s plain block and the feed: the feed’s id; the owner hint and isRelatedTo by the page’s id still resolve', async () => {
    const { c } = await load(
      [{ '@type': 'Product', sku: 'LAMP-7', name: 'Desk lamp', isRelatedTo: { '@type': 'Product', sku: 'BULB-E27' }, offers: { price: 49, priceCurrency: 'USD' } }],
      [
        { id: 'g-100', gtin: '0012345678905', title: 'Desk lamp', price: 55, availability: 'InStock' },
        { id: 'g-200', sku: 'BULB-E27', title: 'E27 bulb', price: 4 },
      ],
      { plain: [{ products: [{ id: 'LAMP-7', title: 'Desk lamp', gtin: '012345678905', price: 49 }, { id: 'BULB-E27', sku: 'BULB-E27', title: 'E27 bulb', price: 4 }] }], head: '<meta name="shop-guide:product" content="LAMP-7">' },
    );
    expect(c.products.map((p) => p.id)).to.deep.equal(['g-100', 'g-200']);
    expect(c.currentProductId).to.equal('g-100');
    expect(c.byId.get('g-100')!.related.relatedTo).to.deep.equal(['g-200']);
    expect(c.sources!.bySource).to.deep.equal({ 'json-ld': 1, plain: 2, feed: 2 });
  });

  it('identity keys: gtins padded to 14 digits, a numeric id with a valid check digit counts as a gtin, URLs reduced to origin and path', () => {
    const base: Product = { id: 'X', title: 'x', description: '', categories: [], availability: 'Unknown', offers: [], reviews: [], attributes: {}, images: [], variants: [], related: { relatedTo: [], similarTo: [], alsoBought: [], alsoViewed: [] } };
    expect(identityKeys({ ...base, gtin: '4006381333931' })).to.deep.equal(['gtin:04006381333931']);
    expect(identityKeys({ ...base, id: '4006381333931' })).to.deep.equal(['gtin:04006381333931']);
    expect(identityKeys({ ...base, id: '4006381333932' })).to.deep.equal([]); // wrong check digit: just a number
    expect(identityKeys({ ...base, sku: ' Ab-1 ', url: 'https://shop.example/collections/sale/products/parka/?variant=3#x' })).to.deep.equal(['sku:ab-1', 'url:https://shop.example/products/parka']);
    expect(identityKeys({ ...base, mpn: 'A1' })).to.deep.equal([]); // too short to identify anything
  });

  it('stays linear and sliced: 100k feed products against 5,000 page products', async () => {
    const m = new ProductMerger();
    const bit = (k: number) => 1 << k;
    // Every read of a product field is counted: work, not wall time (this machine is shared).
    let reads = 0;
    const counted = <T extends object>(o: T): T => new Proxy(o, { get: (t, k, r) => (reads++, Reflect.get(t, k, r)) });
    const mk = (id: string, extra: Partial<Product>): Product => counted({ id, title: id, description: '', categories: [], availability: 'Unknown', offers: [], reviews: [], attributes: {}, images: [], variants: [], related: { relatedTo: [], similarTo: [], alsoBought: [], alsoViewed: [] }, ...extra });
    for (let i = 0; i < 5000; i++) m.add(mk(`PAGE-${i}`, { sku: `S-${i * 20}`, url: `https://shop.example/p/${i * 20}` }), SOURCE_RANK.jsonLdListed, bit(0));
    for (let i = 0; i < 100_000; i++) m.add(mk(String(i), { sku: `S-${i}`, gtin: String(10_000_000 + i), url: `https://shop.example/p/${i}?v=1` }), SOURCE_RANK.feed, bit(5));
    reads = 0;
    const log = new IssueLog();
    const slices: number[] = [];
    const slicer = new TimeSlicer(8, undefined, (ms) => slices.push(ms));
    await foldSameProducts(m, log, slicer);
    slicer.finish();
    expect(m.size).to.equal(100_000);
    expect(m.get('PAGE-3')!.id).to.equal('60');
    expect(log.issues.length).to.equal(5000);
    // Comparing pairwise would read fields 500 million times; with maps it is a few reads per product
    // and a copy per fold.
    expect(reads / 105_000).to.be.lessThan(20);
    expect(slices.length).to.be.greaterThan(3);
  });
});
