/**
 * Google Merchant variants (items sharing g:item_group_id) become one product with variants, in the XML
 * and the TSV form, streamed: a group's items may lie apart in the feed, within a bounded window.
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import { groupTitle, MerchantGrouper } from '../../src/catalog/merchant-groups.ts';
import { IssueLog } from '../../src/catalog/issues.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import { recorder, shopPage, streamingFetch } from '../fixtures/catalog/page.ts';

const FIX = '/test/fixtures/platforms/feeds/';
const variantRows = (c: Catalog, id: string) => c.byId.get(id)!.variants.map((v) => [v.id, v.attributes, v.price, v.availability]);

describe('catalog: Google Merchant variants (item_group_id)', function () {
  this.timeout(60_000);

  it('XML: the items of one group, not adjacent, are one product with a variant each', async () => {
    const c = await loadCatalog({ root: shopPage({}), src: `${FIX}google-merchant-variants.xml`, logger: recorder(), cache: null });
    // The mug between the group's items is read at once; the group when the feed has ended.
    expect(c.products.map((p) => p.id)).to.deep.equal(['MUG-01', 'TEE-ORG']);
    const tee = c.byId.get('TEE-ORG')!;
    expect(tee).to.deep.include({
      title: 'Organic Cotton T-Shirt',
      description: 'Soft organic cotton jersey, regular fit.',
      url: 'https://shop.example/products/organic-tee',
      brand: 'Juniper',
      // The cheapest item in stock: Green S on sale.
      price: 19,
      listPrice: 25,
      currency: 'USD',
      availability: 'InStock',
    });
    expect(tee.gtin).to.equal(undefined); // the first item's barcode is not the group's
    expect(tee.categories).to.deep.equal(['Clothing', 'T-Shirts']);
    expect(tee.images).to.deep.equal(['https://cdn.example/tee-blue.jpg', 'https://cdn.example/tee-green.jpg']);
    expect(tee.attributes).to.deep.equal({ color: ['Blue', 'Green'], size: ['S', 'M'], gender: 'female', condition: 'new' });
    expect(variantRows(c, 'TEE-ORG')).to.deep.equal([
      ['TEE-BLU-S', { color: 'Blue', size: 'S' }, 25, 'InStock'],
      ['TEE-BLU-M', { color: 'Blue', size: 'M' }, 25, 'OutOfStock'],
      ['TEE-GRN-S', { color: 'Green', size: 'S' }, 19, 'InStock'],
    ]);
    expect(tee.variants.map((v) => [v.title, v.url, v.image])).to.deep.equal([
      ['Organic Cotton T-Shirt – Blue, S', 'https://shop.example/products/organic-tee?variant=101', 'https://cdn.example/tee-blue.jpg'],
      ['Organic Cotton T-Shirt – Blue, M', 'https://shop.example/products/organic-tee?variant=102', 'https://cdn.example/tee-blue.jpg'],
      ['Organic Cotton T-Shirt – Green, S', 'https://shop.example/products/organic-tee?variant=103', 'https://cdn.example/tee-green.jpg'],
    ]);
    expect(c.issues).to.deep.equal([]);
  });

  it('TSV: the same grouping; the group’s link keeps only the query its items share', async () => {
    const c = await loadCatalog({ root: shopPage({}), src: `${FIX}google-merchant-variants.tsv`, logger: recorder(), cache: null });
    expect(c.products.map((p) => p.id)).to.deep.equal(['BOTTLE-1L', 'SOCK-W']);
    const socks = c.byId.get('SOCK-W')!;
    expect(socks).to.deep.include({ title: 'Wool Hiking Socks', url: 'https://shop.example/p/socks?ref=feed', price: 16, listPrice: 20, availability: 'InStock', brand: 'Trailhead' });
    expect(socks.attributes).to.deep.equal({ color: ['Grey', 'Navy'], size: ['M', 'L'] });
    expect(variantRows(c, 'SOCK-W')).to.deep.equal([
      ['SOCK-GRY-M', { color: 'Grey', size: 'M' }, 18, 'InStock'],
      ['SOCK-GRY-L', { color: 'Grey', size: 'L' }, 18, 'OutOfStock'],
      ['SOCK-NVY-M', { color: 'Navy', size: 'M' }, 16, 'InStock'],
    ]);
    expect(c.byId.get('BOTTLE-1L')!.variants).to.deep.equal([]);
  });

  it('the page’s ProductGroup (productGroupID) and the feed’s group are one product: page prices, feed stock and images', async () => {
    const xml = await (await fetch(`${FIX}google-merchant-variants.xml`)).text();
    const root = shopPage({
      jsonLd: [
        {
          '@type': 'ProductGroup',
          productGroupID: 'TEE-ORG',
          name: 'Organic Cotton T-Shirt',
          variesBy: ['https://schema.org/color', 'https://schema.org/size'],
          hasVariant: ['TEE-BLU-S', 'TEE-BLU-M', 'TEE-GRN-S'].map((sku) => ({ '@type': 'Product', sku, name: 'Organic Cotton T-Shirt', offers: { '@type': 'Offer', price: 22, priceCurrency: 'USD' } })),
        },
      ],
    });
    const c = await loadCatalog({ root, src: '/feed.xml', fetch: streamingFetch(xml, { contentType: 'application/xml' }), logger: recorder(), cache: null });
    expect(c.products.map((p) => p.id)).to.deep.equal(['TEE-ORG', 'MUG-01']);
    expect(c.currentProductId).to.equal('TEE-ORG');
    expect(variantRows(c, 'TEE-ORG')).to.deep.equal([
      ['TEE-BLU-S', { color: 'Blue', size: 'S' }, 22, 'InStock'],
      ['TEE-BLU-M', { color: 'Blue', size: 'M' }, 22, 'OutOfStock'],
      ['TEE-GRN-S', { color: 'Green', size: 'S' }, 22, 'InStock'],
    ]);
    expect(c.byId.get('TEE-ORG')!.images).to.have.length(2);
  });

  it('bounded: the group heard from least recently is read when the window is full; a later item of it stays apart, reported', () => {
    const out: [unknown, string][] = [];
    const log = new IssueLog();
    const g = new MerchantGrouper((value, source) => out.push([(value as { id: unknown }).id, source]), log, { items: 3, chars: 1e9, perGroup: 500 });
    const item = (id: string, group?: string) => ({ id, title: `Item ${id}`, ...(group ? { attributes: { group } } : {}) });
    g.push(item('A1', 'A'), 'item 1', 10);
    g.push(item('B1', 'B'), 'item 2', 10);
    g.push(item('X'), 'item 3', 10); // no group: at once
    g.push(item('A2', 'A'), 'item 4', 10);
    expect(out).to.deep.equal([['X', 'item 3']]);
    g.push(item('C1', 'C'), 'item 5', 10); // four held: B (heard from least recently) is read
    expect(out.slice(1)).to.deep.equal([['B1', 'item 2']]);
    g.push(item('D1', 'D'), 'item 6', 10);
    expect(out.slice(2)).to.deep.equal([['A', 'item 1']]);
    g.push(item('B2', 'B'), 'item 7', 10); // B was read already
    expect(out.slice(3)).to.deep.equal([['B2', 'item 7']]);
    expect(log.issues).to.deep.equal([{ reason: 'variant-group-split', source: 'item 7 (B2, item_group_id B)', action: 'repaired' }]);
    // The feed's end reads the open groups one at a time (the reader checks its slice between them).
    expect(g.flushNext()).to.equal(true);
    expect(out.slice(4).map((x) => x[0])).to.deep.equal(['C1']);
    g.end();
    expect(out.slice(4).map((x) => x[0])).to.deep.equal(['C1', 'D1']);
    expect(g.flushNext()).to.equal(false);
  });

  it('bounded by size too: big items do not pile up', () => {
    const out: unknown[] = [];
    const g = new MerchantGrouper((value) => out.push((value as { id: unknown }).id), new IssueLog(), { items: 1000, chars: 100, perGroup: 500 });
    for (let i = 0; i < 10; i++) g.push({ id: `I${i}`, title: 't', attributes: { group: `G${i}` } }, `item ${i}`, 60);
    expect(out).to.deep.equal(['I0', 'I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'I8']);
  });

  it('group names from the items’ titles', () => {
    expect(groupTitle(['Moss Parka – Waxed Cotton, M', 'Moss Parka – Waxed Cotton, L'], [['M'], ['L']])).to.equal('Moss Parka – Waxed Cotton');
    expect(groupTitle(['Moss Parka', 'Sand Parka'], [['Moss'], ['Sand']])).to.equal('Parka');
    expect(groupTitle(['Parka (Moss, S)', 'Parka (Sand, M)'], [['Moss', 'S'], ['Sand', 'M']])).to.equal('Parka');
    expect(groupTitle(['Tee', 'Tee'], [[], []])).to.equal('Tee');
    expect(groupTitle(['A Red', 'A Blue'], [['Red'], ['Blue']])).to.equal('A Red');
  });
});
