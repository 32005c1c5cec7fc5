/**
 * A variant's own page (Product with isVariantOf / inProductGroupWithID, its ProductGroup not on the
 * page) is one variant of the group the feed brings: the page's variant onto its twin, what the page says
 * of the whole product by the merge rules, the page's id an alias of the group's (variant-pages.ts).
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import type { Catalog, Product } from '../../src/catalog/types.ts';
import { recorder, streamingFetch } from '../fixtures/catalog/page.ts';

/** A fixture page served at `url`, with `feed` (a fixture feed) as its catalog-src. */
async function pageWithFeed(page: string, url: string, feed?: string, contentType = 'application/json'): Promise<Catalog> {
  const html = await (await fetch(`/test/fixtures/platforms/pages/${page}`)).text();
  const doc = new DOMParser().parseFromString(html.replace(/<head>/i, `<head><base href="${url}">`), 'text/html');
  const body = feed ? await (await fetch(`/test/fixtures/platforms/feeds/${feed}`)).text() : '';
  return loadCatalog({ root: doc, ...(feed ? { src: '/feed', fetch: streamingFetch(body, { contentType }) } : {}), logger: recorder(), cache: null });
}

const variantRows = (p: Product) => p.variants.map((v) => [v.id, v.attributes, v.price, v.availability]);
const reasons = (c: Catalog) => c.issues.map((i) => i.reason);

describe('catalog: a variant’s own page and the feed’s group', function () {
  this.timeout(60_000);

  it('Google’s variant page (inProductGroupWithID) + Merchant feed: one product, the page’s variant fresher', async () => {
    const alone = await pageWithFeed('google-variant-page.html', 'https://shop.example/coat?size=small&color=lightblue');
    expect(alone.products.map((p) => p.id)).to.deep.equal(['44E01-K11000']);

    const c = await pageWithFeed('google-variant-page.html', 'https://shop.example/coat?size=small&color=lightblue', 'google-merchant-coat.xml', 'application/xml');
    expect(c.products.map((p) => p.id)).to.deep.equal(['SCARF-7', '44E01']);
    expect(c.currentProductId).to.equal('44E01');
    expect(c.aliases?.get('44E01-K11000')).to.equal('44E01');
    const coat = c.byId.get('44E01')!;
    // The group's own facts stay the group's: its name, link, colours and sizes.
    expect(coat).to.deep.include({ title: 'Wool Winter Coat', url: 'https://shop.example/coat', brand: 'Google', currency: 'USD' });
    expect(coat.attributes).to.deep.include({ color: ['Green', 'Light Blue'], size: ['Small', 'Large'], material: 'wool' });
    // What the page says of the whole product: the richer description, rating and reviews.
    expect(coat.description).to.match(/^Wool coat, new for the coming winter/);
    expect(coat.rating).to.deep.include({ value: 4.4, count: 89 });
    expect(coat.reviews.map((r) => r.body)).to.deep.equal(['Warm and well cut.']);
    expect(coat.images.slice(0, 2)).to.deep.equal(['https://cdn.example/coat-green.jpg', 'https://cdn.example/coat-lightblue.jpg']);
    expect(coat.images).to.include('https://cdn.example/coat-lightblue-front.jpg');
    // The page's variant: in stock at $39.99 now (the feed said out of stock at $44.99) — the cheapest in stock.
    expect(variantRows(coat)).to.deep.equal([
      ['44E01-M11000', { color: 'Green', size: 'Small' }, 49.99, 'InStock'],
      ['44E01-K11000', { color: 'Light Blue', size: 'Small' }, 39.99, 'InStock'],
      ['44E01-X1100', { color: 'Light Blue', size: 'Large' }, 44.99, 'InStock'],
    ]);
    expect(coat.variants[1]!.image).to.equal('https://cdn.example/coat-lightblue-front.jpg');
    expect([coat.price, coat.availability, coat.offers.map((o) => o.price)]).to.deep.equal([39.99, 'InStock', [39.99]]);
    // The page named its group: nothing to report.
    expect(reasons(c)).to.deep.equal([]);
  });

  it('Shopify variant page (isVariantOf the product’s page) + products.json: one variant of the product', async () => {
    const c = await pageWithFeed('shopify-variant-page.html', 'https://shop.example/products/moss-parka?variant=41003', 'shopify-products-page1.json');
    expect(c.byId.has('PK-SA-S')).to.equal(false);
    expect(c.currentProductId).to.equal('8012345671');
    expect(c.aliases?.get('PK-SA-S')).to.equal('8012345671');
    const parka = c.byId.get('8012345671')!;
    expect(parka.title).to.equal('Moss Parka');
    expect(parka.description).to.match(/storm hood/);
    // Sand / S is sold out now, at $179 (the feed: $199, available): Moss / S is still the cheapest in stock.
    expect(variantRows(parka)).to.deep.equal([
      ['41001', { color: 'Moss', size: 'S' }, 189, 'InStock'],
      ['41002', { color: 'Moss', size: 'M' }, 189, 'OutOfStock'],
      ['41003', { color: 'Sand', size: 'S' }, 179, 'OutOfStock'],
    ]);
    expect([parka.price, parka.availability]).to.deep.equal([189, 'InStock']);
    expect(parka.attributes).to.deep.include({ color: ['Moss', 'Sand'], size: ['S', 'M'] });
    expect(reasons(c)).to.not.include('same-product');
  });

  it('a variant page naming its group by an id the feed does not use: matched by the variant’s sku, reported', async () => {
    const html = await (await fetch('/test/fixtures/platforms/pages/shopify-variant-page.html')).text();
    // The same page, naming its group by an id of its own.
    const renamed = html.replace('"isVariantOf": { "@type": "ProductGroup", "@id": "https://shop.example/products/moss-parka#product" }', '"inProductGroupWithID": "NL-PARKA"');
    expect(renamed).to.not.equal(html);
    const doc = new DOMParser().parseFromString(renamed.replace(/<head>/i, '<head><base href="https://shop.example/products/moss-parka?variant=41003">'), 'text/html');
    const feed = await (await fetch('/test/fixtures/platforms/feeds/shopify-products-page1.json')).text();
    const c = await loadCatalog({ root: doc, src: '/products.json', fetch: streamingFetch(feed), logger: recorder(), cache: null });
    expect(c.currentProductId).to.equal('8012345671');
    expect(c.byId.get('8012345671')!.variants.map((v) => [v.id, v.price])).to.deep.equal([
      ['41001', 189],
      ['41002', 189],
      ['41003', 179],
    ]);
    expect(c.issues.filter((i) => i.reason === 'same-product').map((i) => i.source)).to.deep.equal(['8012345671 = PK-SA-S (json-ld), a variant by variant sku']);
  });

  it('WooCommerce variation page (isVariantOf with the parent’s name and url) + Store API: the variation by its colour', async () => {
    const c = await pageWithFeed('woocommerce-variation-page.html', 'https://woo.example/product/logo-hoodie/?attribute_pa_color=blue', 'woo-store-logo-hoodie.json');
    expect(c.products.map((p) => p.id)).to.deep.equal(['401']);
    expect(c.currentProductId).to.equal('401');
    const hoodie = c.byId.get('401')!;
    expect(hoodie.title).to.equal('Logo Hoodie');
    expect(hoodie.categories).to.deep.equal(['Clothing', 'Hoodies']);
    expect(hoodie.variants.map((v) => [v.id, v.attributes.color, v.price])).to.deep.equal([
      ['411', 'blue', 42],
      ['412', 'red', undefined],
    ]);
    expect(hoodie.price).to.equal(45);
    expect(c.aliases?.get('https://woo.example/product/logo-hoodie/')).to.equal('401');
    expect(c.aliases?.get('woo-logo-hoodie-blue')).to.equal('401');
    expect(reasons(c)).to.deep.equal([]);
  });

  it('never a variant of two groups, nor of a product the page has no key in common with', async () => {
    const html = await (await fetch('/test/fixtures/platforms/pages/google-variant-page.html')).text();
    const xml = await (await fetch('/test/fixtures/platforms/feeds/google-merchant-coat.xml')).text();
    const read = (page: string, feed: string) =>
      loadCatalog({ root: new DOMParser().parseFromString(page.replace(/<head>/i, '<head><base href="https://shop.example/coat?size=small&color=lightblue">'), 'text/html'), src: '/feed.xml', fetch: streamingFetch(feed, { contentType: 'application/xml' }), logger: recorder(), cache: null });
    // The page names its group by an id the feed does not have, and by the group's page only; its codes are its own.
    const own = html
      .replace('"inProductGroupWithID": "44E01"', '"inProductGroupWithID": "OTHER"')
      .replace('"sku": "44E01-K11000"', '"sku": "LB-S"')
      .replace('"gtin14": "98766051104207"', '"gtin14": "00012345678905"')
      .replace(/https:\/\/shop\.example\/coat\?size=small&color=lightblue/g, 'https://shop.example/p/lb-s');
    const byPage = await read(own, xml);
    expect(byPage.byId.has('LB-S'), 'the group at the page it named').to.equal(false);
    expect(byPage.byId.get('44E01')!.variants.map((v) => v.id)).to.deep.equal(['44E01-M11000', '44E01-K11000', '44E01-X1100']);
    // A second group at that page: which one is meant is not said.
    const two = xml.replace('</channel>', ['1', '2'].map((n) => `<item><g:id>COAT-B-${n}</g:id><g:title>Coat B – ${n}</g:title><g:link>https://shop.example/coat?b=${n}</g:link><g:price>40 USD</g:price><g:availability>in_stock</g:availability><g:item_group_id>COAT-B</g:item_group_id><g:size>${n}</g:size></item>`).join('') + '</channel>');
    const ambiguous = await read(own, two);
    expect(ambiguous.byId.get('COAT-B')!.url).to.equal('https://shop.example/coat');
    expect(ambiguous.byId.has('LB-S')).to.equal(true);
    expect(ambiguous.byId.get('44E01')!.variants).to.have.length(3);
    expect(ambiguous.byId.get('COAT-B')!.variants).to.have.length(2);
    // The page's exact link is one item's link: that item's group, reported (the ids differ).
    const linked = html.replace('"inProductGroupWithID": "44E01"', '"inProductGroupWithID": "OTHER"').replace('"sku": "44E01-K11000"', '"sku": "LB-S"').replace('"gtin14": "98766051104207"', '"gtin14": "00012345678905"');
    const byLink = await read(linked, two);
    expect(byLink.byId.has('LB-S')).to.equal(false);
    expect(byLink.issues.filter((i) => i.reason === 'same-product').map((i) => i.source)).to.deep.equal(['44E01 = LB-S (json-ld), a variant by variant link']);
    // No key in common at all: a product of its own.
    const lone = own.replace('https://shop.example/coat#coat_parent', 'https://shop.example/elsewhere#g');
    const apart = await read(lone, xml);
    expect(apart.byId.has('LB-S')).to.equal(true);
    expect(apart.byId.get('44E01')!.variants).to.have.length(3);
  });
});
