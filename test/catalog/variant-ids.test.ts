/**
 * A variant's id names its product: history recorded under a Google Merchant item id (before the items
 * of one item_group_id became one product), and `track()` calls that name a Shopify variant or a
 * WooCommerce variation, count for the product the variant belongs to — in recommendations, price
 * memory and the snapshots history keeps — the way a folded id (Catalog.aliases) already does.
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import { SeenIndex, type SeenEvent } from '../../src/history/price-memory.ts';
import { createRecommender } from '../../src/recommend/recommender.ts';
import type { Recommendation } from '../../src/recommend/types.ts';
import { recorder, shopPage, streamingFetch } from '../fixtures/catalog/page.ts';

const NOW = Date.UTC(2026, 11, 1, 12);
const DAY = 86_400_000;

/** A Merchant feed: groups of items (one per colour / size) in three kinds of product, items of a group apart. */
function merchantFeed(): string {
  const kinds = [
    { key: 'TEE', title: 'Organic Cotton T-Shirt', type: 'Clothing &gt; T-Shirts', brand: 'Juniper', price: 25 },
    { key: 'MUG', title: 'Enamel Camp Mug', type: 'Kitchen &gt; Mugs', brand: 'Enamelware', price: 12 },
    { key: 'LAMP', title: 'Brass Desk Lamp', type: 'Home &gt; Lighting', brand: 'Lumen', price: 80 },
  ];
  const items: string[][] = [[], [], []];
  for (const [k, kind] of kinds.entries()) {
    for (let g = 1; g <= 6; g++) {
      for (const [n, colour] of ['Blue', 'Green', 'Grey'].entries()) {
        items[n]!.push(`<item><g:id>${kind.key}-${g}-${colour.toUpperCase()}</g:id><g:title>${kind.title} ${g} – ${colour}</g:title>
<g:description>${kind.title} number ${g}, ${colour.toLowerCase()}.</g:description><g:link>https://shop.example/p/${kind.key.toLowerCase()}-${g}?c=${colour}</g:link>
<g:availability>in_stock</g:availability><g:price>${kind.price + g + k}.00 USD</g:price><g:brand>${kind.brand}</g:brand>
<g:product_type>${kind.type}</g:product_type><g:item_group_id>${kind.key}-${g}</g:item_group_id><g:color>${colour}</g:color></item>`);
      }
    }
  }
  return `<?xml version="1.0"?><rss xmlns:g="http://base.google.com/ns/1.0" version="2.0"><channel><title>Juniper</title>${items.flat().join('\n')}</channel></rss>`;
}

/** Shopify `/products.json`: parkas and mugs, three variants each (variant ids apart from product ids). */
function shopifyFeed(): string {
  const products = [];
  for (const [k, kind] of [
    { title: 'Waxed Parka', type: 'Jackets', vendor: 'Nordlys', price: 189 },
    { title: 'Camp Mug', type: 'Mugs', vendor: 'Enamelware', price: 14 },
  ].entries()) {
    for (let g = 1; g <= 6; g++) {
      const id = 8_000_000 + k * 100 + g;
      products.push({
        id,
        title: `${kind.title} ${g}`,
        handle: `${kind.title.toLowerCase().replace(/ /g, '-')}-${g}`,
        body_html: `<p>${kind.title} number ${g}.</p>`,
        vendor: kind.vendor,
        product_type: kind.type,
        tags: [],
        options: [{ name: 'Color', position: 1, values: ['Moss', 'Sand', 'Black'] }],
        images: [],
        variants: ['Moss', 'Sand', 'Black'].map((c, n) => ({ id: 40_000 + k * 1000 + g * 10 + n, title: c, option1: c, option2: null, option3: null, sku: `SKU-${k}-${g}-${n}`, available: true, price: `${kind.price + g}.00`, compare_at_price: null, product_id: id })),
      });
    }
  }
  return JSON.stringify({ products });
}

const load = (body: string, contentType: string): Promise<Catalog> =>
  loadCatalog({ root: shopPage({ url: 'https://shop.example/' }), src: '/feed', fetch: streamingFetch(body, { contentType }), logger: recorder(), cache: null });

const view = (productId: string, at: number, price: number): SeenEvent & { at: number } => ({ type: 'view', productId, at, product: { title: productId, price, currency: 'USD', availability: 'InStock' } });
const reasonIds = (recs: Recommendation[]) => recs.map((r) => ('productId' in r.reason ? r.reason.productId : undefined)).filter(Boolean);

describe('catalog: a variant’s id names its product', function () {
  this.timeout(30_000);

  it('Merchant: history under an item id of a grouped item counts for the group’s product (for-you, recently viewed, price memory)', async () => {
    const c = await load(merchantFeed(), 'application/xml');
    expect(c.byId.has('TEE-3'), 'the group is one product').to.equal(true);
    expect(c.byId.has('TEE-3-GREEN'), 'its item is a variant').to.equal(false);
    expect(c.aliases?.get('TEE-3-GREEN')).to.equal('TEE-3');
    expect(c.aliases?.get('TEE-3'), 'a product’s own id is no alias').to.equal(undefined);
    expect(c.aliases?.get('NOPE-1')).to.equal(undefined);

    // Recorded before the items were grouped: each item was a product, its id the item id.
    const events = [view('TEE-3-GREEN', NOW - 2 * DAY, 40), view('TEE-3-BLUE', NOW - DAY, 40)];
    const rec = createRecommender(c);
    const forYou = rec.recommend({ mode: 'for-you', events, limit: 6, now: NOW });
    expect(forYou.length).to.be.at.least(3);
    // Because you viewed the T-shirt (the group product, a seed), not a taste of an unknown page.
    expect(reasonIds(forYou)).to.include('TEE-3');
    expect(forYou.filter((r) => r.id.startsWith('TEE-')).length).to.be.at.least(3);
    expect(rec.recommend({ mode: 'recently-viewed', events, limit: 5 }).map((r) => r.id)).to.deep.equal(['TEE-3']);
    expect(rec.recommend({ mode: 'similar', productId: 'TEE-3-BLUE', events: [], limit: 5 }).map((r) => r.id)).to.not.include('TEE-3');

    // Price memory: seen at $40 under the item id, $28 now on the group product.
    const tee = c.byId.get('TEE-3')!;
    expect(tee.price).to.equal(28);
    const m = new SeenIndex(events, c.aliases).memoryOf(tee);
    expect(m?.drop).to.deep.include({ was: 40, now: 28 });
  });

  it('Shopify: a track() event naming a variant id counts for its product (for-you, price memory)', async () => {
    const c = await load(shopifyFeed(), 'application/json');
    const parka = c.byId.get('8000003')!;
    expect(parka.variants.map((v) => v.id)).to.deep.equal(['40030', '40031', '40032']);
    expect(c.aliases?.get('40031')).to.equal('8000003');
    // What track({ type: 'add-to-cart', productId: '40031' }) and a view stored on an earlier page leave in the history.
    const events = [view('40031', NOW - 3 * DAY, 250), { type: 'add-to-cart', productId: '40031', at: NOW - DAY }];
    const rec = createRecommender(c);
    const forYou = rec.recommend({ mode: 'for-you', events, limit: 6, now: NOW });
    expect(reasonIds(forYou)).to.include('8000003');
    expect(forYou.filter((r) => c.byId.get(r.id)!.categories[0] === 'Jackets').length).to.be.at.least(3);
    expect(rec.recommend({ mode: 'bought-together', events, limit: 5, now: NOW }).map((r) => r.id)).to.not.include('8000003');
    expect(new SeenIndex(events, c.aliases).memoryOf(parka)?.drop).to.deep.include({ was: 250, now: 192 });
  });

  it('Shopify Dawn page (variants by sku) + products.json (variants by id): the variants keep the feed’s ids, which name the product', async () => {
    const html = await (await fetch('/test/fixtures/platforms/pages/shopify-dawn.html')).text();
    const root = new DOMParser().parseFromString(html.replace(/<head>/i, '<head><base href="https://shop.example/products/moss-parka">'), 'text/html');
    const feed = await (await fetch('/test/fixtures/platforms/feeds/shopify-products-page1.json')).text();
    const c = await loadCatalog({ root, src: '/products.json', fetch: streamingFetch(feed), logger: recorder(), cache: null });
    const parka = c.byId.get('8012345671')!;
    // The page's variants (fresher) by sku onto the feed's; Sand / L only the page lists.
    expect(parka.variants.map((v) => [v.id, v.sku])).to.deep.equal([
      ['41001', 'PK-MO-S'],
      ['41002', 'PK-MO-M'],
      ['PK-SA-L', 'PK-SA-L'],
    ]);
    expect(c.aliases?.get('41002')).to.equal('8012345671');
  });

  it('WooCommerce: a variation id names its product; an id that is a product’s own id stays that product', async () => {
    const woo = [
      { id: 301, name: 'Trail Runner', sku: 'TR', permalink: 'https://shop.example/product/trail-runner/', prices: { price: '12000', regular_price: '12000', currency_code: 'USD', currency_minor_unit: 2 }, is_in_stock: true, variations: [{ id: 311, attributes: [{ name: 'Size', value: '42' }] }, { id: 302, attributes: [{ name: 'Size', value: '43' }] }] },
      // A product whose own id is another product's variation id: the product wins.
      { id: 302, name: 'Running Socks', sku: 'RS', permalink: 'https://shop.example/product/socks/', prices: { price: '900', regular_price: '900', currency_code: 'USD', currency_minor_unit: 2 }, is_in_stock: true, variations: [] },
    ];
    const c = await load(JSON.stringify(woo), 'application/json');
    expect(c.aliases?.get('311')).to.equal('301');
    expect(c.aliases?.get('302')).to.equal(undefined);
    expect(c.aliases?.has('311')).to.equal(true);
    expect(c.aliases?.has('301')).to.equal(false);
  });
});
