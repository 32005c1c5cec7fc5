/**
 * Product pages in the exact shapes shop platforms emit (written from each platform's documented
 * templates: Shopify Dawn's `structured_data` and an older Debut-style theme, WooCommerce with Yoast and
 * with Rank Math, Magento 2 Luma, BigCommerce Cornerstone, PrestaShop classic, Wix, Squarespace, a
 * Tmall- and a JD-style Chinese page, OpenGraph only, RDFa, listings), each extraction asserted field by
 * field. The feeds (Merchant, Shopify, WooCommerce, CSV) are in feeds.test.ts.
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import type { Catalog, Product } from '../../src/catalog/types.ts';
import { recorder } from '../fixtures/catalog/page.ts';

/** A fixture page parsed as if served at `url` (its base). */
async function platform(file: string, url: string): Promise<Catalog> {
  const html = await (await fetch(`/test/fixtures/platforms/pages/${file}`)).text();
  const doc = new DOMParser().parseFromString(html.replace(/<head>/i, `<head><base href="${url}">`), 'text/html');
  return loadCatalog({ root: doc, logger: recorder() });
}

const current = (c: Catalog): Product => c.byId.get(c.currentProductId!)!;
const reasons = (c: Catalog) => [...new Set(c.issues.map((i) => i.reason))];

describe('catalog: platform pages', function () {
  this.timeout(60_000);

  it('Shopify Dawn: structured_data ProductGroup with "Parka - Moss / S" variants, plus og tags', async () => {
    const c = await platform('shopify-dawn.html', 'https://nordlys.example/products/moss-parka');
    expect(c.products.map((p) => p.id)).to.deep.equal(['8012345671']);
    const p = current(c);
    expect(p).to.deep.include({ title: 'Moss Parka', description: 'Waxed cotton parka with a fleece lining.', brand: 'Nordlys', url: 'https://nordlys.example/products/moss-parka', price: 189, currency: 'EUR', availability: 'InStock' });
    expect(p.categories).to.deep.equal(['Apparel & Accessories', 'Clothing', 'Outerwear', 'Coats & Jackets']);
    expect(p.variants.map((v) => [v.id, v.title, v.attributes, v.price, v.availability])).to.deep.equal([
      ['PK-MO-S', 'Moss Parka - Moss / S', { color: 'Moss', size: 'S' }, 189, 'InStock'],
      ['PK-MO-M', 'Moss Parka - Moss / M', { color: 'Moss', size: 'M' }, 189, 'OutOfStock'],
      ['PK-SA-L', 'Moss Parka - Sand / L', { color: 'Sand', size: 'L' }, 199, 'InStock'],
    ]);
    expect(p.attributes).to.deep.equal({ color: ['Moss', 'Sand'], size: ['S', 'M', 'L'] });
    expect(p.images).to.include('https://nordlys.example/cdn/shop/files/parka-moss.jpg?v=1700000000');
    expect(reasons(c)).to.deep.equal([]);
  });

  it('Shopify, older theme: hand-written Product with one offer per variant', async () => {
    const c = await platform('shopify-debut.html', 'https://harbor.example/products/canvas-tote');
    expect(c.products.map((p) => p.id)).to.deep.equal(['TOTE-NAT']);
    const p = current(c);
    expect(p).to.deep.include({ title: 'Canvas Tote Bag', description: 'Heavy 16 oz canvas, leather handles.', brand: 'Harbor Goods', price: 38, currency: 'USD', availability: 'InStock', url: 'https://harbor.example/products/canvas-tote?variant=50001' });
    expect(p.offers.map((o) => [o.price, o.availability, o.url])).to.deep.equal([
      [38, 'InStock', 'https://harbor.example/products/canvas-tote?variant=50001'],
      [38, 'OutOfStock', 'https://harbor.example/products/canvas-tote?variant=50002'],
    ]);
    expect(p.images).to.deep.equal(['https://cdn.shopify.com/s/files/1/0002/products/tote_1024x1024.jpg?v=1600000000']);
  });

  it('WooCommerce + Yoast: @graph breadcrumbs as category, entity-escaped description, ListPrice spec, reviews', async () => {
    const c = await platform('woocommerce-yoast.html', 'https://woo.example/product/hoodie-with-logo/');
    expect(c.products.map((p) => p.id)).to.deep.equal(['woo-hoodie-with-logo']);
    const p = current(c);
    expect(p).to.deep.include({ title: 'Hoodie with Logo', price: 45, listPrice: 55, currency: 'USD', availability: 'InStock', url: 'https://woo.example/product/hoodie-with-logo/' });
    expect(p.description).to.equal('Brushed organic cotton hoodie with an embroidered logo.\n\nKangaroo pocket\n\nRibbed cuffs');
    expect(p.categories).to.deep.equal(['Shop']);
    expect(p.rating).to.deep.include({ value: 4.67, count: 3 });
    expect(p.reviews).to.deep.equal([{ author: 'Ana', rating: 5, body: 'Warm and soft.', date: '2026-03-02T09:00:00+00:00' }]);
    expect(p.offers[0]!.seller).to.equal('Woo Demo');
    expect(c.store.name).to.equal('Woo Demo');
  });

  it('WooCommerce + Rank Math: @graph Product with its own category, breadcrumb items as objects', async () => {
    const c = await platform('woocommerce-rankmath.html', 'https://woo.example/product/beanie/');
    expect(c.products.map((p) => p.id)).to.deep.equal(['woo-beanie']);
    const p = current(c);
    expect(p).to.deep.include({ title: 'Beanie - Woo Demo', description: 'Knitted beanie in soft merino.', price: 18, currency: 'USD', availability: 'InStock' });
    expect(p.categories).to.deep.equal(['Clothing', 'Accessories']);
    expect(p.rating).to.deep.include({ value: 5, count: 1 });
    expect(p.images).to.deep.equal(['https://woo.example/wp-content/uploads/beanie-2.jpg']);
  });

  it('Magento 2 Luma: microdata on <body>, rating on a 100 scale, OpenGraph image merged in', async () => {
    const c = await platform('magento2-luma.html', 'https://magento.example/chaz-kangeroo-hoodie.html');
    expect(c.products.map((p) => p.id)).to.deep.equal(['MH01']);
    const p = current(c);
    expect(p).to.deep.include({ title: 'Chaz Kangeroo Hoodie', price: 52, currency: 'USD' });
    expect(p.description).to.equal('Ideal for cold-weather training or work outdoors, the Chaz Hoodie promises superior warmth with every wear.');
    expect(p.rating).to.deep.include({ value: 80, count: 3, best: 100 });
    expect(p.images).to.deep.equal(['https://magento.example/media/catalog/product/cache/1/image/265x265/mh01-gray_main.jpg']);
    expect(p.url).to.equal('https://magento.example/chaz-kangeroo-hoodie.html');
  });

  it('BigCommerce Cornerstone: JSON-LD Product with Sale/ListPrice specs, microdata breadcrumbs', async () => {
    const c = await platform('bigcommerce-cornerstone.html', 'https://bc.example/smith-journal-13/');
    expect(c.products.map((p) => p.id)).to.deep.equal(['SM13']);
    const p = current(c);
    expect(p).to.deep.include({ title: '[Sample] Smith Journal 13', brand: 'Smith Journal', price: 25, listPrice: 30, currency: 'USD', availability: 'InStock', url: 'https://bc.example/smith-journal-13/' });
    expect(p.description).to.equal('We’re big fans of the work of Smith Journal. Each issue is a tribute to the makers and thinkers of the world.'.replace('’', "'"));
    expect(p.categories).to.deep.equal(['Shop All', 'Publications']);
  });

  it('PrestaShop classic: microdata Product in #main, breadcrumbs, sku as text', async () => {
    const c = await platform('prestashop-classic.html', 'https://ps.example/en/men/1-1-hummingbird-printed-t-shirt.html');
    expect(c.products.map((p) => p.id)).to.deep.equal(['demo_1']);
    const p = current(c);
    expect(p).to.deep.include({ title: 'Hummingbird printed t-shirt', price: 23.9, currency: 'EUR', availability: 'InStock', description: 'Regular fit, round neckline, short sleeves. Made of extra long staple pima cotton.' });
    expect(p.categories).to.deep.equal(['Clothes', 'Men']);
    expect(p.images).to.deep.equal(['https://ps.example/1-large_default/hummingbird-printed-t-shirt.jpg']);
    expect(p.url).to.equal('https://ps.example/en/men/1-1-hummingbird-printed-t-shirt.html#/1-size-s/8-color-white');
  });

  it('PrestaShop category page: microdata miniatures are listed products, none is the page’s', async () => {
    const c = await platform('prestashop-category.html', 'https://ps.example/en/4-men');
    expect(c.products.map((p) => [p.title, p.price, p.currency])).to.deep.equal([
      ['Hummingbird printed t-shirt', 23.9, 'EUR'],
      ['Hummingbird printed sweater', 35.9, 'EUR'],
    ]);
    expect(c.products[0]!.id).to.equal('https://ps.example/en/men/1-1-hummingbird-printed-t-shirt.html#/1-size-s/8-color-white');
    expect(c.currentProductId).to.equal(undefined);
  });

  it('Wix: JSON-LD Product with ImageObject images and a seller', async () => {
    const c = await platform('wix.html', 'https://www.wixstore.example/product-page/ceramic-vase');
    expect(c.products.map((p) => p.id)).to.deep.equal(['364215376135191']);
    const p = current(c);
    expect(p).to.deep.include({ title: 'Ceramic Vase', description: 'Wheel-thrown stoneware vase, matte white glaze. 25 cm tall.', price: 65, currency: 'USD', availability: 'InStock' });
    expect(p.images).to.deep.equal(['https://static.wixstatic.com/media/84770f_vase~mv2.jpg']);
    expect(p.rating).to.deep.include({ value: 4.5, count: 8 });
    expect(p.offers[0]!.seller).to.equal('My Store');
  });

  it('Squarespace: Product JSON-LD beside WebSite/Organization blocks and product: tags', async () => {
    const c = await platform('squarespace.html', 'https://fieldkitchen.example/shop/p/linen-apron');
    expect(c.products.map((p) => p.id)).to.deep.equal(['SQ7741305']);
    const p = current(c);
    expect(p).to.deep.include({ title: 'Linen Apron', description: 'Stonewashed linen apron with two pockets.', brand: 'Field Kitchen', price: 48, currency: 'USD', availability: 'InStock', url: 'https://fieldkitchen.example/shop/p/linen-apron' });
    expect(c.store.name).to.equal('Field Kitchen');
  });

  it('Tmall-style page: Chinese ProductGroup, variesBy 颜色分类/尺码, ¥ prices, 有货/缺货, 首页 breadcrumbs', async () => {
    const c = await platform('tmall-style.html', 'https://detail.tmall.example/item.htm?id=688123456789');
    expect(c.products.map((p) => p.id)).to.deep.equal(['688123456789']);
    const p = current(c);
    expect(p).to.deep.include({ title: '简约法式连衣裙女夏季新款', brand: '素言', price: 359, listPrice: 459, currency: 'CNY', availability: 'InStock' });
    expect(p.description).to.equal('100%桑蚕丝，A字版型，\n可机洗。');
    expect(p.categories).to.deep.equal(['女装', '连衣裙']);
    expect(p.variants.map((v) => [v.id, v.attributes, v.price, v.availability])).to.deep.equal([
      ['688123456789-1', { color: '黑色', size: 'S' }, 399, 'InStock'],
      ['688123456789-2', { color: '黑色', size: 'M' }, 399, 'OutOfStock'],
      ['688123456789-3', { color: '米白色', size: 'M' }, 359, 'InStock'],
    ]);
    expect(p.attributes).to.deep.equal({ material: '真丝', color: ['黑色', '米白色'], size: ['S', 'M'] });
    expect(p.rating).to.deep.include({ value: 4.8, count: 2356 });
  });

  it('JD-style page: microdata with ￥ prices, 有货 as content, listPrice, 100-point rating', async () => {
    const c = await platform('jd-style.html', 'https://item.jd.example/100012345678.html');
    expect(c.products.map((p) => p.id)).to.deep.equal(['100012345678']);
    const p = current(c);
    expect(p).to.deep.include({ title: '山野 不锈钢保温杯 500ml 黑色', price: 129, listPrice: 169, currency: 'CNY', availability: 'InStock' });
    expect(p.categories).to.deep.equal(['厨具', '水具酒具']);
    expect(p.attributes).to.deep.equal({ color: '黑色', material: '不锈钢' });
    expect(p.images).to.deep.equal(['https://img10.jd.example/n1/jfs/t1/cup.jpg']);
    expect(p.rating).to.deep.include({ value: 98, best: 100 });
  });

  it('OpenGraph only: Facebook product tags, sale price, retailer id', async () => {
    const c = await platform('opengraph-only.html', 'https://lumen.example/lamps/walnut-desk-lamp');
    expect(c.products.map((p) => p.id)).to.deep.equal(['LMP-WAL-01']);
    const p = current(c);
    expect(p).to.deep.include({ title: 'Walnut Desk Lamp', description: 'Solid walnut base, linen shade, dimmable LED.', brand: 'Lumen Studio', price: 99, listPrice: 129, currency: 'USD', availability: 'InStock', url: 'https://lumen.example/lamps/walnut-desk-lamp' });
    expect(p.categories).to.deep.equal(['Lighting', 'Desk Lamps']);
    expect(p.attributes).to.deep.equal({ color: 'walnut', material: 'wood' });
    expect(p.images).to.deep.equal(['https://lumen.example/img/walnut-lamp.jpg']);
  });

  it('RDFa Lite (Drupal Commerce style): resource as id, nested Brand, Offer, rating and review', async () => {
    const c = await platform('rdfa-drupal-commerce.html', 'https://summit.example/product/trail-running-vest');
    expect(c.products.map((p) => p.id)).to.deep.equal(['SV-8L']);
    const p = current(c);
    expect(p).to.deep.include({ title: 'Trail Running Vest', description: '8 l hydration vest with two soft flasks.', brand: 'Summit', price: 85, currency: 'GBP', availability: 'LimitedAvailability' });
    expect(p.images).to.deep.equal(['https://summit.example/sites/default/files/vest.jpg']);
    expect(p.attributes).to.deep.equal({ color: 'orange' });
    expect(p.rating).to.deep.include({ value: 4.2, count: 17 });
    expect(p.reviews).to.deep.equal([{ author: 'Jo', rating: 5, body: 'No bounce on descents.' }]);
  });

  it('Shopify collection: an ItemList of products known by URL; none is the page’s', async () => {
    const c = await platform('shopify-collection.html', 'https://nordlys.example/collections/outerwear');
    expect(c.products.map((p) => [p.id, p.title, p.price, p.availability])).to.deep.equal([
      ['https://nordlys.example/products/moss-parka', 'Moss Parka', 189, 'InStock'],
      ['https://nordlys.example/products/rain-shell', 'Rain Shell', 149, 'OutOfStock'],
    ]);
    expect(c.currentProductId).to.equal(undefined);
  });

  it('Marketplace listing without sku, @id or url: the canonical URL is its id and link', async () => {
    const canonical = 'https://market.example/listing/1234567/hand-thrown-mug-speckled-blue';
    const c = await platform('marketplace-no-id.html', `${canonical}?ref=search&pro=1`);
    expect(c.products.map((p) => p.id)).to.deep.equal([canonical]);
    const p = current(c);
    expect(p).to.deep.include({ title: 'Hand-thrown Mug in Speckled Blue', brand: 'ClayHouse', url: canonical, price: 32, currency: 'USD', availability: 'InStock' });
    expect(p.images).to.deep.equal(['https://i.market.example/il/mug.jpg']);
    expect(p.attributes).to.deep.equal({ material: 'Stoneware' });
    expect(p.rating).to.deep.include({ value: 4.9, count: 212 });
    expect(reasons(c)).to.deep.equal([]);
  });

  it('WooCommerce page whose review block is cut by a raw </script>: the product stays, the warning names the cause', async () => {
    const c = await platform('woocommerce-review-cut.html', 'https://woo.example/product/sunglasses/');
    expect(c.products.map((p) => p.id)).to.deep.equal(['woo-sunglasses']);
    expect(current(c)).to.deep.include({ title: 'Sunglasses', price: 90, currency: 'USD', availability: 'InStock' });
    expect(c.issues).to.deep.equal([{ reason: 'json-ld-cut-short', source: 'json-ld #2', action: 'dropped' }]);
  });

  it('Yoast ProductGroup for a variable WooCommerce product: mainEntity, variant colour/size, breadcrumbs', async () => {
    const c = await platform('yoast-woocommerce-productgroup.html', 'https://woo.example/product/v-neck-t-shirt/');
    expect(c.products.map((p) => p.id)).to.deep.equal(['woo-vneck-tee']);
    const p = current(c);
    expect(p).to.deep.include({ title: 'V-Neck T-Shirt', brand: 'Woo Basics', price: 15, currency: 'USD', availability: 'InStock' });
    expect(p.categories).to.deep.equal(['Clothing', 'Tshirts']);
    expect(p.variants.map((v) => [v.id, v.attributes, v.price, v.availability])).to.deep.equal([
      ['woo-vneck-tee-blue-l', { color: 'Blue', size: 'Large' }, 15, 'InStock'],
      ['woo-vneck-tee-green-m', { color: 'Green', size: 'Medium' }, 20, 'OutOfStock'],
    ]);
    expect(p.attributes).to.deep.equal({ color: ['Blue', 'Green'], size: ['Large', 'Medium'] });
  });
});
