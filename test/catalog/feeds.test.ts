/**
 * catalog-src in the shapes platforms publish: Google Merchant XML (RSS and Atom) and TSV, Shopify's
 * products.json (paged) and /products/<handle>.js, WooCommerce's Store API (paged), CSV with a
 * header row. Each fixture is written from the platform's documented format; fields are asserted one by one.
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import { recorder, shopPage } from '../fixtures/catalog/page.ts';

const FIX = '/test/fixtures/platforms/feeds/';
const origin = location.origin;

async function load(src: string, fetchImpl?: (url: string) => Promise<Response>): Promise<Catalog> {
  return loadCatalog({ root: shopPage({}), src, logger: recorder(), ...(fetchImpl ? { fetch: fetchImpl } : {}) });
}

/** Serves a paged platform endpoint from fixture files, recording the URLs asked for. */
function pagedFetch(file: (page: number) => string, headers: Record<string, string> = {}) {
  const asked: string[] = [];
  const fn = async (url: string) => {
    asked.push(url);
    const page = Number(new URL(url).searchParams.get('page') ?? 1);
    const r = await fetch(`${FIX}${file(page)}`);
    return new Response(r.ok ? await r.text() : '[]', { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
  };
  return Object.assign(fn, { asked });
}

describe('catalog: platform feeds (catalog-src)', function () {
  this.timeout(60_000);

  it('Google Merchant RSS 2.0 feed (g: namespace)', async () => {
    const c = await load(`${FIX}google-merchant.xml`);
    // The parka has an item_group_id: it waits for the rest of its group (a group of one is the item itself).
    expect(c.products.map((p) => p.id)).to.deep.equal(['NL-BEANIE-01', 'NL-PARKA-MOSS-M']);
    const parka = c.byId.get('NL-PARKA-MOSS-M')!;
    expect(parka.title).to.equal('Moss Parka – Waxed Cotton, M');
    expect(parka.description).to.equal('Waxed cotton parka with a fleece lining. Wind-proof & water-repellent.');
    expect(parka.url).to.equal('https://shop.example/products/moss-parka?variant=41');
    expect(parka.images).to.deep.equal(['https://cdn.example/parka-moss.jpg', 'https://cdn.example/parka-moss-2.jpg', 'https://cdn.example/parka-moss-3.jpg']);
    expect([parka.price, parka.listPrice, parka.currency, parka.availability]).to.deep.equal([189, 229, 'EUR', 'InStock']);
    expect(parka.brand).to.equal('Nordlys');
    expect(parka.gtin).to.equal('4006381333931');
    expect(parka.categories).to.deep.equal(['Clothing', 'Jackets', 'Parkas']);
    expect(parka.attributes).to.deep.include({ color: 'Moss', size: 'M', gender: 'unisex', condition: 'new', group: 'NL-PARKA' });
    expect(parka.offers[0]!.shipping).to.deep.equal([{ regions: ['DE'], cost: 4.95, currency: 'EUR' }]);
    const beanie = c.byId.get('NL-BEANIE-01')!;
    expect([beanie.title, beanie.description, beanie.url]).to.deep.equal(['Merino Beanie', 'Fine merino & recycled nylon.', 'https://shop.example/products/merino-beanie']);
    expect([beanie.price, beanie.listPrice, beanie.availability]).to.deep.equal([35, undefined, 'OutOfStock']);
    // A google_product_category given as a path (not a number) is the category when product_type is absent.
    expect(beanie.categories).to.deep.equal(['Apparel & Accessories', 'Clothing Accessories', 'Hats']);
    expect(beanie.attributes).to.deep.equal({ material: 'merino wool' });
    // The CDATA description's <b> was markup, said once.
    expect(c.issues.map((i) => i.reason)).to.deep.equal(['html-in-text']);
  });

  it('Google Merchant Atom feed', async () => {
    const c = await load(`${FIX}google-merchant-atom.xml`);
    expect(c.sources!.feed!.format).to.equal('xml');
    expect(c.products).to.have.length(1);
    const tea = c.products[0]!;
    expect(tea).to.deep.include({ id: 'TEA-OOLONG-100', title: 'Oolong Tea, 100 g', description: 'Roasted Taiwanese oolong, loose leaf.', url: 'https://shop.example/tea/oolong', price: 12.5, currency: 'USD', availability: 'PreOrder' });
    expect(tea.categories).to.deep.equal(['Tea', 'Oolong']);
    expect(tea.images).to.deep.equal(['https://cdn.example/oolong.jpg']);
  });

  it('Google Merchant TSV feed', async () => {
    const c = await load(`${FIX}google-merchant.tsv`);
    expect(c.products.map((p) => p.id)).to.deep.equal(['SOCK-3P', 'BOTTLE-1L']);
    const socks = c.byId.get('SOCK-3P')!;
    expect(socks).to.deep.include({ title: 'Hiking Socks (3 pairs)', description: 'Cushioned merino socks.', url: 'https://shop.example/p/socks', price: 19, listPrice: 24, currency: 'USD', availability: 'InStock', brand: 'Trailhead' });
    expect(socks.categories).to.deep.equal(['Accessories', 'Socks']);
    expect(socks.attributes).to.deep.equal({ color: ['grey', 'blue'], size: 'L' });
    const bottle = c.byId.get('BOTTLE-1L')!;
    expect([bottle.price, bottle.availability, bottle.categories]).to.deep.equal([32, 'OutOfStock', ['Gear', 'Bottles']]);
  });

  it('CSV with a header row (quoted fields with commas, quotes and newlines)', async () => {
    const c = await load(`${FIX}products.csv`);
    expect(c.products.map((p) => p.id)).to.deep.equal(['MUG-01', 'PLATE-02']);
    const mug = c.byId.get('MUG-01')!;
    expect(mug).to.deep.include({ title: 'Stoneware Mug, 350 ml', description: 'Hand-glazed. "Dishwasher safe", microwave safe.', price: 18, listPrice: 24, currency: 'GBP', availability: 'InStock', brand: 'Kiln & Co', url: 'https://shop.example/p/mug' });
    expect(mug.categories).to.deep.equal(['Kitchen', 'Mugs']);
    expect(mug.images).to.deep.equal(['https://cdn.example/mug.jpg']);
    expect(mug.attributes).to.deep.equal({ color: 'sand' });
    const plate = c.byId.get('PLATE-02')!;
    expect([plate.title, plate.description, plate.price, plate.listPrice, plate.availability]).to.deep.equal(['Dinner Plate', 'Two lines\nin one field.', 22.5, undefined, 'OutOfStock']);
  });

  it('Shopify /products.json, followed page by page (?page=) until a short page', async () => {
    const fetchImpl = pagedFetch((n) => `shopify-products-page${n}.json`);
    const c = await load('/products.json?limit=2', fetchImpl);
    expect(fetchImpl.asked).to.deep.equal([`${origin}/products.json?limit=2`, `${origin}/products.json?limit=2&page=2`]);
    expect(c.sources!.feed).to.deep.equal({ src: '/products.json?limit=2', format: 'shopify', products: 3 });
    expect(c.products.map((p) => p.id)).to.deep.equal(['8012345671', '8012345672', '8012345673']);
    const parka = c.byId.get('8012345671')!;
    expect(parka).to.deep.include({ title: 'Moss Parka', description: 'Waxed cotton parka, fleece lined.', brand: 'Nordlys', url: `${origin}/products/moss-parka`, price: 189, listPrice: 229, availability: 'InStock', releaseDate: '2026-09-01T10:00:00-04:00' });
    expect(parka.categories).to.deep.equal(['Jackets']);
    expect(parka.images).to.deep.equal(['https://cdn.shopify.com/s/files/1/0001/products/parka-moss.jpg?v=1']);
    expect(parka.variants.map((v) => [v.id, v.title, v.attributes, v.price, v.availability])).to.deep.equal([
      ['41001', 'Moss / S', { color: 'Moss', size: 'S' }, 189, 'InStock'],
      ['41002', 'Moss / M', { color: 'Moss', size: 'M' }, 189, 'OutOfStock'],
      ['41003', 'Sand / S', { color: 'Sand', size: 'S' }, 199, 'InStock'],
    ]);
    expect(parka.variants[2]!.image).to.equal('https://cdn.shopify.com/s/files/1/0001/products/parka-sand.jpg?v=1');
    expect(parka.attributes).to.deep.include({ color: ['Moss', 'Sand'], size: ['S', 'M'], tags: ['outerwear', 'waxed'] });
    const gift = c.byId.get('8012345672')!;
    expect([gift.price, gift.sku, gift.variants.length, gift.categories]).to.deep.equal([50, 'GIFT', 0, []]);
    const socks = c.byId.get('8012345673')!;
    expect([socks.description, socks.price, socks.listPrice]).to.deep.equal(['Warm & soft.', 14, 18]);
  });

  it('Shopify /products.json stops at an empty page, and when a server ignores ?page=', async () => {
    const toEmpty = pagedFetch((n) => (n === 1 ? 'shopify-products-page2.json' : 'shopify-products-page3.json'));
    const c = await load('/collections/all/products.json?limit=1', toEmpty);
    expect(c.products.map((p) => p.id)).to.deep.equal(['8012345673']);
    expect(toEmpty.asked).to.have.length(2);
    const same = pagedFetch(() => 'shopify-products-page2.json');
    await load('/products.json?limit=1', same);
    expect(same.asked).to.have.length(2);
  });

  it('Shopify /products/<handle>.js (prices in cents, protocol-relative images, options)', async () => {
    // Served as JavaScript by Shopify; the fixture is kept as .txt so the test server does not compile it.
    const js = await (await fetch(`${FIX}shopify-product-moss-parka.js.txt`)).text();
    const c = await load('/products/moss-parka.js', async () => new Response(js, { headers: { 'content-type': 'application/javascript; charset=utf-8' } }));
    expect(c.products).to.have.length(1);
    const p = c.products[0]!;
    expect(p).to.deep.include({ id: '8012345671', title: 'Moss Parka', description: 'Waxed cotton parka, fleece lined.', price: 189, listPrice: 229, availability: 'InStock', brand: 'Nordlys' });
    expect(p.images).to.deep.equal([`${location.protocol}//cdn.shopify.com/s/files/1/0001/products/parka-moss.jpg?v=1`, `${location.protocol}//cdn.shopify.com/s/files/1/0001/products/parka-sand.jpg?v=1`]);
    expect(p.variants.map((v) => [v.id, v.attributes, v.price, v.availability])).to.deep.equal([
      ['41001', { color: 'Moss', size: 'S' }, 189, 'InStock'],
      ['41003', { color: 'Sand', size: 'S' }, 199, 'OutOfStock'],
    ]);
  });

  it('WooCommerce Store API, paged by X-WP-TotalPages', async () => {
    const fetchImpl = pagedFetch((n) => `woo-store-page${n}.json`, { 'X-WP-Total': '3', 'X-WP-TotalPages': '2' });
    const c = await load('/wp-json/wc/store/v1/products?per_page=2', fetchImpl);
    expect(fetchImpl.asked).to.have.length(2);
    expect(c.products.map((p) => p.id)).to.deep.equal(['34', '35', '36']);
    const hoodie = c.byId.get('34')!;
    expect(hoodie).to.deep.include({ title: 'Hoodie with Logo', sku: 'woo-hoodie-with-logo', description: 'Brushed organic cotton hoodie with an embroidered logo.', url: 'https://woo.example/product/hoodie-with-logo/', price: 45, listPrice: 55, currency: 'USD', availability: 'InStock' });
    expect(hoodie.rating).to.deep.include({ value: 4.67, count: 3 });
    expect(hoodie.categories).to.deep.equal(['Hoodies']);
    expect(hoodie.images).to.deep.equal(['https://woo.example/wp-content/uploads/hoodie-with-logo.jpg']);
    expect(hoodie.attributes).to.deep.equal({ color: 'Blue' });
    const tee = c.byId.get('35')!;
    expect([tee.price, tee.listPrice, tee.availability, tee.rating, tee.description]).to.deep.equal([15, undefined, 'OutOfStock', undefined, 'Pellentesque habitant.']);
    expect(tee.attributes).to.deep.equal({ color: ['Blue', 'Green'], size: ['Large', 'Medium'] });
    expect(tee.variants.map((v) => [v.id, v.attributes])).to.deep.equal([['40', { color: 'blue', size: 'large' }], ['41', { color: 'green', size: 'medium' }]]);
    expect(c.byId.get('36')!.description).to.equal('Knitted beanie.');
  });

  it('feeds stay same-origin on every page', async () => {
    const c = await load('https://elsewhere.example/products.json');
    expect(c.issues.map((i) => i.reason)).to.deep.equal(['src-cross-origin']);
  });
});
