/** Microdata, RDFa Lite and OpenGraph readers, merged with JSON-LD under the same rules. */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import { readMicrodata, readRdfaLite } from '../../src/catalog/microdata.ts';
import { readOpenGraph } from '../../src/catalog/opengraph.ts';
import { recorder, shopPage } from '../fixtures/catalog/page.ts';

const url = (path: string) => new URL(path, location.href).href;

describe('catalog: microdata, RDFa Lite, OpenGraph', function () {
  this.timeout(60_000);

  it('microdata: values by element (meta content, link href, img src, time datetime, content on spans), nested items, itemref', () => {
    const doc = shopPage({
      url: url('/shop/p/kettle.html'),
      body: `<div itemscope itemtype="http://schema.org/Product" itemref="spec">
        <h1 itemprop="name">Steel <b>kettle</b></h1>
        <img itemprop="image" src="/img/kettle.jpg" alt="">
        <meta itemprop="sku" content="KT-1">
        <div itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Hearth</span></div>
        <div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
          <span itemprop="price" content="39.00">$39.00</span><meta itemprop="priceCurrency" content="USD">
          <link itemprop="availability" href="http://schema.org/InStock"><time itemprop="priceValidUntil" datetime="2027-01-31">end of January</time>
        </div>
        <div itemscope itemtype="http://schema.org/Product"><span itemprop="name">Not a property: its own item</span></div>
      </div>
      <p id="spec"><span itemprop="material">stainless steel</span></p>`,
    });
    const items = readMicrodata(doc);
    expect(items[0]).to.deep.equal({
      '@type': 'Product',
      name: 'Steel kettle',
      image: url('/img/kettle.jpg'),
      sku: 'KT-1',
      brand: { '@type': 'Brand', name: 'Hearth' },
      offers: { '@type': 'Offer', price: '39.00', priceCurrency: 'USD', availability: 'http://schema.org/InStock', priceValidUntil: '2027-01-31' },
      material: 'stainless steel',
    });
    expect(items.map((i) => i.name)).to.deep.equal(['Steel kettle', 'Not a property: its own item']);
  });

  it('RDFa Lite with the schema.org vocabulary', () => {
    const doc = shopPage({
      body: `<div vocab="https://schema.org/" typeof="Product">
        <span property="name">Wool scarf</span><meta property="sku" content="SC-9">
        <div property="offers" typeof="Offer"><span property="price" content="25">€25</span><meta property="priceCurrency" content="EUR"></div>
        <div property="aggregateRating" typeof="AggregateRating"><span property="ratingValue">4.4</span> (<span property="reviewCount">12</span>)</div>
      </div>
      <div typeof="foaf:Person"><span property="foaf:name">Not schema.org</span></div>`,
    });
    expect(readRdfaLite(doc)).to.deep.equal([
      {
        '@type': 'Product',
        name: 'Wool scarf',
        sku: 'SC-9',
        offers: { '@type': 'Offer', price: '25', priceCurrency: 'EUR' },
        aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.4', reviewCount: '12' },
      },
    ]);
  });

  it('a page described only by microdata yields its product, with breadcrumbs as category', async () => {
    const catalog = await loadCatalog({
      root: shopPage({
        url: url('/shop/p/kettle.html'),
        body: `<ol itemscope itemtype="https://schema.org/BreadcrumbList">
          <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li>
          <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/shop/c/kitchen"><span itemprop="name">Kitchen</span></a><meta itemprop="position" content="2"></li>
          <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">Steel kettle</span><meta itemprop="position" content="3"></li>
        </ol>
        <div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Steel kettle</h1>
          <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="39"><meta itemprop="priceCurrency" content="USD"><link itemprop="availability" href="https://schema.org/OutOfStock"></div></div>`,
      }),
      logger: recorder(),
    });
    expect(catalog.products).to.have.length(1);
    const p = catalog.products[0]!;
    expect(p).to.deep.include({ id: url('/shop/p/kettle.html'), title: 'Steel kettle', price: 39, currency: 'USD', availability: 'OutOfStock' });
    expect(p.categories).to.deep.equal(['Kitchen']);
    expect(catalog.currentProductId).to.equal(p.id);
  });

  it('id-less microdata and OpenGraph on a JSON-LD page fill the JSON-LD product; they never erase its list price', async () => {
    const catalog = await loadCatalog({
      root: shopPage({
        head: `<meta property="og:type" content="product"><meta property="og:title" content="Steel kettle"><meta property="og:image" content="https://cdn.example/k2.jpg">
          <meta property="product:price:amount" content="29.00"><meta property="product:price:currency" content="USD"><meta property="product:retailer_item_id" content="variant-123">`,
        jsonLd: [{ '@type': 'Product', sku: 'KT-1', name: 'Steel kettle', offers: { price: 29, priceCurrency: 'USD', priceSpecification: { '@type': 'UnitPriceSpecification', priceType: 'https://schema.org/StrikethroughPrice', price: 39 } } }],
        body: `<div itemscope itemtype="http://schema.org/Product"><span itemprop="name">Steel kettle</span><span itemprop="description">Boils 1.7 l in three minutes.</span>
          <div itemprop="aggregateRating" itemscope itemtype="http://schema.org/AggregateRating"><meta itemprop="ratingValue" content="4.7"><meta itemprop="reviewCount" content="31"></div></div>`,
      }),
      logger: recorder(),
    });
    expect(catalog.products.map((p) => p.id)).to.deep.equal(['KT-1']);
    const p = catalog.byId.get('KT-1')!;
    expect(p).to.deep.include({ price: 29, listPrice: 39, description: 'Boils 1.7 l in three minutes.' });
    expect(p.rating).to.deep.include({ value: 4.7, count: 31 });
    expect(p.images).to.deep.equal(['https://cdn.example/k2.jpg']);
    expect(catalog.currentProductId).to.equal('KT-1');
  });

  it('OpenGraph alone: Shopify’s og:price tags, Facebook’s product: tags, sale and original price', async () => {
    const shopify = shopPage({
      url: url('/products/moss-parka'),
      head: `<link rel="canonical" href="/products/moss-parka"><meta property="og:site_name" content="Nord"><meta property="og:url" content="${url('/products/moss-parka')}">
        <meta property="og:title" content="Moss parka"><meta property="og:type" content="product"><meta property="og:description" content="Waxed cotton, fleece lined.">
        <meta property="og:image" content="http://cdn.example/p.jpg"><meta property="og:image:secure_url" content="https://cdn.example/p.jpg">
        <meta property="og:price:amount" content="189,00"><meta property="og:price:currency" content="EUR">`,
    });
    const catalog = await loadCatalog({ root: shopify, logger: recorder() });
    expect(catalog.products).to.have.length(1);
    expect(catalog.products[0]).to.deep.include({ id: url('/products/moss-parka'), title: 'Moss parka', price: 189, currency: 'EUR', description: 'Waxed cotton, fleece lined.' });
    expect(catalog.products[0]!.images).to.deep.equal(['https://cdn.example/p.jpg', 'http://cdn.example/p.jpg']);

    const fb = readOpenGraph(
      shopPage({
        head: `<meta property="og:type" content="og:product"><meta property="og:title" content="Desk lamp"><meta property="product:retailer_item_id" content="DL-2">
          <meta property="product:price:amount" content="60"><meta property="product:sale_price:amount" content="45"><meta property="product:price:currency" content="GBP">
          <meta property="product:availability" content="in stock"><meta property="product:brand" content="Lumen"><meta property="product:color" content="brass">`,
      }),
    );
    expect(fb).to.deep.equal({
      '@type': 'Product', name: 'Desk lamp', sku: 'DL-2', brand: 'Lumen', color: 'brass',
      offers: { '@type': 'Offer', price: '45', priceCurrency: 'GBP', listPrice: '60', availability: 'in stock' },
    });
    // An article's tags are not a product.
    expect(readOpenGraph(shopPage({ head: '<meta property="og:type" content="article"><meta property="og:title" content="Blog">' }))).to.equal(null);
  });

  it('a microdata listing page: every product kept, none is the page’s', async () => {
    const card = (n: number) => `<li itemscope itemtype="http://schema.org/Product"><a itemprop="url" href="/p/${n}"><span itemprop="name">Mug ${n}</span></a>
      <span itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="${10 + n}"><meta itemprop="priceCurrency" content="USD"></span></li>`;
    const catalog = await loadCatalog({ root: shopPage({ body: `<ul>${[1, 2, 3, 4, 5].map(card).join('')}</ul>` }), logger: recorder() });
    expect(catalog.products.map((p) => [p.id, p.price])).to.deep.equal([1, 2, 3, 4, 5].map((n) => [url(`/p/${n}`), 10 + n]));
    expect(catalog.currentProductId).to.equal(undefined);
  });
});
