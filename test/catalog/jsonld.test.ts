/**
 * schema.org JSON-LD reading, one source type at a time, through `loadCatalog` (the public path):
 * Product, ProductGroup / hasVariant / isVariantOf, ItemList, @graph, WebPage.mainEntity, Offer arrays
 * from several sellers, AggregateOffer, sale prices, shippingDetails, hasMerchantReturnPolicy,
 * AggregateRating, Review, brand as text or object, isRelatedTo / isSimilarTo.
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import { demoPage, recorder, shopPage } from '../fixtures/catalog/page.ts';

const S = 'https://schema.org';

async function read(jsonLd: unknown[], extra: Parameters<typeof shopPage>[0] = {}) {
  const logger = recorder();
  const catalog = await loadCatalog({ root: shopPage({ jsonLd, ...extra }), logger });
  return { catalog, logger };
}

describe('catalog: JSON-LD', function () {
  // Generous: other engineers' test runs share this machine's two cores.
  this.timeout(60_000);
  it('reads a Product with an Offer, brand object, rating, reviews and attributes', async () => {
    const { catalog, logger } = await read([
      {
        '@context': S,
        '@type': 'Product',
        sku: 'P-1',
        name: 'Trail Shoe',
        description: 'Grippy.',
        brand: { '@type': 'Brand', name: 'Velox' },
        category: 'Shoes > Running Shoes',
        image: ['/img/p1.jpg', { '@type': 'ImageObject', url: '/img/p1b.jpg' }],
        url: '/p/1',
        color: 'Blue',
        material: 'mesh',
        gtin13: '4006381333931',
        additionalProperty: [
          { '@type': 'PropertyValue', propertyID: 'waterproof', name: '防水', value: 'yes' },
          { '@type': 'PropertyValue', name: 'Weight', value: 250, unitText: 'g' },
        ],
        offers: { '@type': 'Offer', price: '89.90', priceCurrency: 'USD', availability: `${S}/InStock`, url: '/p/1' },
        aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.4', reviewCount: '12' },
        review: [
          { '@type': 'Review', author: { '@type': 'Person', name: 'Ann' }, reviewRating: { ratingValue: 5 }, name: 'Great', reviewBody: 'Love <b>them</b>.', datePublished: '2026-01-02' },
          { '@type': 'Review', author: 'Bo', reviewRating: { ratingValue: 8, bestRating: 10, worstRating: 0 }, reviewBody: 'Fine' },
        ],
      },
    ]);
    const p = catalog.byId.get('P-1')!;
    expect(p.title).to.equal('Trail Shoe');
    expect(p.brand).to.equal('Velox');
    expect(p.categories).to.deep.equal(['Shoes', 'Running Shoes']);
    expect(p.price).to.equal(89.9);
    expect(p.currency).to.equal('USD');
    expect(p.availability).to.equal('InStock');
    expect(p.url).to.equal(new URL('/p/1', location.href).href);
    expect(p.images).to.have.length(2);
    expect(p.gtin).to.equal('4006381333931');
    expect(p.attributes).to.include({ color: 'Blue', material: 'mesh', waterproof: 'yes', weight: '250 g' });
    expect(p.attributeLabels).to.deep.equal({ waterproof: '防水' });
    expect(p.rating).to.deep.equal({ value: 4.4, count: 12, best: 5, worst: 1 });
    expect(p.reviews).to.have.length(2);
    expect(p.reviews[0]).to.deep.include({ author: 'Ann', rating: 5, title: 'Great', body: 'Love them.', date: '2026-01-02' });
    // 8 on a 0–10 scale is 4.2 on 1–5.
    expect(p.reviews[1]!.rating).to.equal(4.2);
    expect(catalog.currentProductId).to.equal('P-1');
    // Only the HTML in the review was worth a word to the owner.
    expect(catalog.issues.map((i) => i.reason)).to.deep.equal(['html-in-text']);
    expect(logger.calls).to.have.length(1);
  });

  it('reads offers from several sellers: lowest in-stock price, sale price from priceSpecification', async () => {
    const { catalog } = await read([
      {
        '@type': 'Product',
        sku: 'P-2',
        name: 'Headphones',
        brand: 'Sonara',
        offers: [
          { '@type': 'Offer', price: 99, priceCurrency: 'USD', availability: 'OutOfStock', seller: { name: 'Shop A' } },
          {
            '@type': 'Offer',
            priceCurrency: 'USD',
            availability: 'https://schema.org/InStock',
            seller: { '@type': 'Organization', name: 'Shop B' },
            priceSpecification: [
              { '@type': 'UnitPriceSpecification', price: '119.00', priceCurrency: 'USD' },
              { '@type': 'UnitPriceSpecification', priceType: 'https://schema.org/StrikethroughPrice', price: '149.00', priceCurrency: 'USD' },
            ],
          },
          { '@type': 'Offer', price: '129', priceCurrency: 'USD', availability: 'InStock', seller: 'Shop C' },
        ],
      },
    ]);
    const p = catalog.byId.get('P-2')!;
    expect(p.brand).to.equal('Sonara');
    expect(p.offers.map((o) => o.seller)).to.deep.equal(['Shop A', 'Shop B', 'Shop C']);
    // 99 is out of stock: the lowest price that can be bought is Shop B's sale price.
    expect(p.price).to.equal(119);
    expect(p.listPrice).to.equal(149);
    expect(p.availability).to.equal('InStock');
  });

  it('reads an AggregateOffer with and without its own offers', async () => {
    const { catalog } = await read([
      { '@type': 'Product', sku: 'A', name: 'Agg', offers: { '@type': 'AggregateOffer', lowPrice: '10.5', highPrice: 20, priceCurrency: 'EUR', offerCount: 3 } },
      {
        '@type': 'Product',
        sku: 'B',
        name: 'Agg with offers',
        offers: { '@type': 'AggregateOffer', priceCurrency: 'GBP', offers: [{ '@type': 'Offer', price: 30, availability: 'InStock' }, { '@type': 'Offer', price: 25, availability: 'PreOrder' }] },
      },
    ]);
    expect(catalog.byId.get('A')).to.deep.include({ price: 10.5, currency: 'EUR' });
    const b = catalog.byId.get('B')!;
    expect(b.offers).to.have.length(2);
    expect(b.currency).to.equal('GBP');
    expect(b.price).to.equal(30);
  });

  it('reads shippingDetails and hasMerchantReturnPolicy into the offer and the store facts', async () => {
    const { catalog } = await read([
      {
        '@type': 'Product',
        sku: 'S',
        name: 'Shipped',
        offers: {
          '@type': 'Offer',
          price: 50,
          priceCurrency: 'USD',
          shippingDetails: {
            '@type': 'OfferShippingDetails',
            shippingLabel: 'Standard',
            shippingRate: { '@type': 'MonetaryAmount', value: 4.95, currency: 'USD' },
            shippingDestination: { '@type': 'DefinedRegion', addressCountry: ['US', 'CA'] },
            freeShippingThreshold: { '@type': 'MonetaryAmount', value: 50, currency: 'USD' },
            deliveryTime: {
              '@type': 'ShippingDeliveryTime',
              handlingTime: { '@type': 'QuantitativeValue', minValue: 0, maxValue: 1 },
              transitTime: { '@type': 'QuantitativeValue', minValue: 3, maxValue: 5 },
            },
          },
          hasMerchantReturnPolicy: {
            '@type': 'MerchantReturnPolicy',
            returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
            merchantReturnDays: 30,
            returnFees: 'https://schema.org/ReturnFeesCustomerResponsibility',
            returnShippingFeesAmount: { '@type': 'MonetaryAmount', value: 5.99, currency: 'USD' },
            returnMethod: ['https://schema.org/ReturnByMail', 'https://schema.org/ReturnInStore'],
          },
        },
      },
    ]);
    const o = catalog.byId.get('S')!.offers[0]!;
    expect(o.shipping).to.deep.equal([{ regions: ['US', 'CA'], cost: 4.95, currency: 'USD', freeOver: 50, minDays: 3, maxDays: 6, note: 'Standard' }]);
    expect(o.returns).to.deep.equal({ days: 30, fees: 'shopper-pays', feeAmount: 5.99, method: ['by mail', 'in store'] });
    // Without a store-info block, the offers' terms are the store's.
    expect(catalog.store.shipping).to.deep.equal(o.shipping);
    expect(catalog.store.returns).to.deep.equal(o.returns);
  });

  it('knows "no returns" and free returns', async () => {
    const { catalog } = await read([
      { '@type': 'Product', sku: 'N', name: 'Final sale', offers: { price: 1, priceCurrency: 'USD', hasMerchantReturnPolicy: { returnPolicyCategory: 'https://schema.org/MerchantReturnNotPermitted' } } },
      { '@type': 'Product', sku: 'F', name: 'Free', offers: { price: 1, priceCurrency: 'USD', hasMerchantReturnPolicy: { merchantReturnDays: '14', returnFees: 'https://schema.org/FreeReturn' } } },
    ]);
    expect(catalog.byId.get('N')!.offers[0]!.returns).to.deep.equal({ days: 0 });
    expect(catalog.byId.get('F')!.offers[0]!.returns).to.deep.equal({ days: 14, fees: 'free' });
  });

  it('reads a ProductGroup with hasVariant: variants, their offers, colours and sizes', async () => {
    const variant = (sku: string, color: string, size: string, price: number, availability: string) => ({
      '@type': 'Product',
      sku,
      name: `Tee – ${color}, ${size}`,
      color,
      size,
      image: `/img/${color}.jpg`,
      offers: { '@type': 'Offer', price, priceCurrency: 'USD', availability: `${S}/${availability}` },
    });
    const { catalog } = await read([
      {
        '@type': 'ProductGroup',
        productGroupID: 'TEE',
        name: 'Tee',
        variesBy: [`${S}/color`, `${S}/size`],
        hasVariant: [variant('TEE-R-M', 'red', 'M', 20, 'OutOfStock'), variant('TEE-B-M', 'blue', 'M', 22, 'InStock'), variant('TEE-B-L', 'blue', 'L', 22, 'InStock')],
      },
    ]);
    const p = catalog.byId.get('TEE')!;
    expect(p.variants.map((v) => v.id)).to.deep.equal(['TEE-R-M', 'TEE-B-M', 'TEE-B-L']);
    expect(p.variants[0]).to.deep.include({ attributes: { color: 'red', size: 'M' }, price: 20, availability: 'OutOfStock' });
    expect(p.attributes.color).to.deep.equal(['red', 'blue']);
    expect(p.attributes.size).to.deep.equal(['M', 'L']);
    // The cheapest variant that can be bought; distinct offers only.
    expect(p.price).to.equal(22);
    expect(p.availability).to.equal('InStock');
    expect(p.offers).to.have.length(2);
    expect(catalog.currentProductId).to.equal('TEE');
  });

  it('attaches a variant published on its own (isVariantOf) to its group', async () => {
    const { catalog } = await read([
      { '@type': 'ProductGroup', productGroupID: 'G', name: 'Group', hasVariant: [] },
      { '@type': 'Product', sku: 'G-1', name: 'Group, small', size: 'S', isVariantOf: { '@type': 'ProductGroup', productGroupID: 'G' }, offers: { price: 5, priceCurrency: 'USD' } },
    ]);
    expect([...catalog.byId.keys()]).to.deep.equal(['G']);
    expect(catalog.byId.get('G')!.variants.map((v) => v.id)).to.deep.equal(['G-1']);
  });

  it('takes WebPage.mainEntity as the current product when it is a variant of a group not on the page', async () => {
    const { catalog } = await read([
      { '@type': 'WebPage', mainEntity: { '@type': 'Product', sku: 'V-1', name: 'Variant, blue', color: 'blue', isVariantOf: { '@id': '/p/group' }, offers: { price: 5, priceCurrency: 'USD' } } },
      { '@type': 'Product', sku: 'X', name: 'Accessory', offers: { price: 1, priceCurrency: 'USD' } },
    ]);
    expect([...catalog.byId.keys()].sort()).to.deep.equal(['V-1', 'X']);
    expect(catalog.currentProductId).to.equal('V-1');
  });

  it('reads an ItemList of products (a listing page): no current product', async () => {
    const { catalog } = await read([
      {
        '@type': 'ItemList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, item: { '@type': 'Product', sku: 'L1', name: 'One', offers: { price: 1, priceCurrency: 'USD' } } },
          { '@type': 'ListItem', position: 2, item: { '@type': 'Product', sku: 'L2', name: 'Two', offers: { price: 2, priceCurrency: 'USD' } } },
          { '@type': 'ListItem', position: 3, url: '/p/3' },
        ],
      },
    ]);
    expect([...catalog.byId.keys()]).to.deep.equal(['L1', 'L2']);
    expect(catalog.currentProductId).to.equal(undefined);
    expect(catalog.issues).to.deep.equal([]);
  });

  it('reads @graph (with Organization return policy) and WebPage.mainEntity', async () => {
    const { catalog } = await read([
      {
        '@context': S,
        '@graph': [
          { '@type': 'Organization', name: 'Peak', hasMerchantReturnPolicy: { '@type': 'MerchantReturnPolicy', merchantReturnDays: 60, returnFees: 'FreeReturn' } },
          { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Shoes' }] },
          { '@type': 'WebPage', mainEntity: { '@type': 'Product', sku: 'M', name: 'Main', offers: { price: 3, priceCurrency: 'USD' } } },
          { '@type': 'Product', sku: 'X', name: 'Accessory', offers: { price: 1, priceCurrency: 'USD' } },
        ],
      },
    ]);
    expect([...catalog.byId.keys()].sort()).to.deep.equal(['M', 'X']);
    expect(catalog.currentProductId).to.equal('M');
    expect(catalog.store.name).to.equal('Peak');
    expect(catalog.store.returns).to.deep.equal({ days: 60, fees: 'free' });
  });

  it('resolves isRelatedTo / isSimilarTo by sku and by URL, keeps named related products, drops unknown ones', async () => {
    const { catalog } = await read([
      {
        '@type': 'Product',
        sku: 'R',
        name: 'Main',
        url: '/p/r',
        isRelatedTo: [{ '@type': 'Product', sku: 'R2' }, { '@type': 'Product', url: '/p/r3' }, { '@type': 'Product', sku: 'GONE' }],
        isSimilarTo: { '@type': 'Product', sku: 'R4', name: 'Similar one', offers: { price: 9, priceCurrency: 'USD' } },
      },
      { '@type': 'Product', sku: 'R2', name: 'Two' },
      { '@type': 'Product', sku: 'R3', name: 'Three', url: '/p/r3' },
    ]);
    const r = catalog.byId.get('R')!;
    expect(r.related.relatedTo).to.deep.equal(['R2', 'R3']);
    expect(r.related.similarTo).to.deep.equal(['R4']);
    expect(catalog.byId.get('R4')!.price).to.equal(9);
  });

  it('accepts full and prefixed @type IRIs and @value objects', async () => {
    const { catalog } = await read([{ '@type': ['https://schema.org/Product', 'Thing'], sku: { '@value': 'V' }, name: [{ '@value': 'Valued', '@language': 'en' }], offers: { '@type': 'schema:Offer', price: { '@value': '7' }, priceCurrency: 'usd' } }]);
    expect(catalog.byId.get('V')).to.deep.include({ title: 'Valued', price: 7, currency: 'USD' });
  });

  it('reads the demo shop’s product pages (Product, ProductGroup, two sellers, @graph)', async () => {
    for (const [id, expectSellers] of [
      ['TH-RS-002', 1],
      ['TH-BA-008', 2], // every seventh page has a marketplace offer beside the shop's
    ] as const) {
      const catalog = await loadCatalog({ root: await demoPage(`/demo/products/${id}.html`), logger: recorder() });
      const p = catalog.byId.get(id)!;
      expect(catalog.currentProductId).to.equal(id);
      expect(p.price).to.be.a('number');
      expect(p.offers.length).to.be.at.least(expectSellers);
      expect(p.offers[0]!.shipping!.length).to.be.greaterThan(0);
      expect(p.offers[0]!.returns!.days).to.equal(30);
      expect(catalog.store.name).to.equal('Trailhead Outfitters');
      expect(catalog.store.faq.length).to.be.greaterThan(0);
    }
    const graphPage = await loadCatalog({ root: await demoPage('/demo/zh/products/TH-RS-002.html'), logger: recorder() });
    expect(graphPage.currentProductId).to.equal('TH-RS-002');
    expect(graphPage.byId.get('TH-RS-002')!.currency).to.equal('CNY');
  });
});
