/**
 * The plain catalog format (`data-shop-guide-catalog`, catalog-src) and the store-info block: the
 * documented shape, the demo generator's output, and the lenient superset (other feeds' field names,
 * prices as strings, "A > B" categories…).
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import { demoPage, recorder, shopPage } from '../fixtures/catalog/page.ts';

async function read(plain: unknown[], store?: unknown[]) {
  const logger = recorder();
  const catalog = await loadCatalog({ root: shopPage({ plain, ...(store ? { store } : {}) }), logger });
  return { catalog, logger };
}

describe('catalog: plain JSON and store info', function () {
  // Generous: other engineers' test runs share this machine's two cores.
  this.timeout(60_000);
  it('reads the documented format', async () => {
    const { catalog, logger } = await read([
      {
        version: 1,
        store: { name: 'Shop', currency: 'USD', shipping: [{ regions: ['US'], cost: 5, currency: 'USD', freeOver: 50, minDays: 2, maxDays: 4, note: 'Standard' }], returns: { days: 30, fees: 'free' }, payment: ['Visa'], faq: [{ question: 'Q?', answer: 'A.' }] },
        products: [
          {
            id: 'A-1',
            title: 'Alpha',
            description: 'First.',
            brand: 'Acme',
            category: ['Outdoor', 'Tents'],
            price: 99.5,
            listPrice: 120,
            currency: 'USD',
            availability: 'InStock',
            rating: { value: 4.5, count: 10 },
            reviews: [{ author: 'Al', rating: 4, title: 'Good', body: 'Nice.', date: '2026-01-01' }],
            attributes: { capacity: '2', waterproof: 'yes', Colour: 'green' },
            images: ['/img/a.jpg'],
            url: '/p/a',
            variants: [{ id: 'A-1-G', attributes: { color: 'green' }, availability: 'InStock', image: '/img/g.jpg' }],
            similarTo: ['B-1'],
            relatedTo: ['B-1', 'missing'],
            alsoBought: [{ id: 'B-1', count: 7 }],
            alsoViewed: [{ id: 'B-1', count: 3 }],
            releaseDate: '2026-05-01',
          },
          { id: 'B-1', title: 'Beta', price: 10, currency: 'USD', availability: 'OutOfStock' },
        ],
      },
    ]);
    expect(logger.calls).to.have.length(0);
    const a = catalog.byId.get('A-1')!;
    expect(a).to.deep.include({ title: 'Alpha', brand: 'Acme', price: 99.5, listPrice: 120, currency: 'USD', availability: 'InStock', releaseDate: '2026-05-01' });
    expect(a.categories).to.deep.equal(['Outdoor', 'Tents']);
    expect(a.attributes).to.deep.equal({ capacity: '2', waterproof: 'yes', color: 'green' });
    expect(a.rating).to.deep.equal({ value: 4.5, count: 10, best: 5, worst: 1 });
    expect(a.variants[0]).to.deep.include({ id: 'A-1-G', attributes: { color: 'green' } });
    expect(a.related).to.deep.equal({ relatedTo: ['B-1'], similarTo: ['B-1'], alsoBought: [{ id: 'B-1', count: 7 }], alsoViewed: [{ id: 'B-1', count: 3 }] });
    expect(a.offers).to.have.length(1);
    expect(catalog.store).to.deep.equal({ name: 'Shop', currency: 'USD', shipping: [{ regions: ['US'], cost: 5, currency: 'USD', freeOver: 50, minDays: 2, maxDays: 4, note: 'Standard' }], returns: { days: 30, fees: 'free' }, payment: ['Visa'], faq: [{ question: 'Q?', answer: 'A.' }] });
    expect(catalog.currentProductId).to.equal(undefined);
  });

  it('accepts the common spellings of other feeds (a lenient superset)', async () => {
    const { catalog } = await read([
      [
        { sku: 'S-1', name: 'Shopify-ish', body_html: '<p>Soft &amp; warm</p>', vendor: 'Knit Co', product_type: 'Clothing > Sweaters', price: '49.00', compare_at_price: '$59.00', inStock: true, image: 'https://cdn.example/s1.jpg', link: '/p/s1' },
        { productId: 'S-2', title: 'Sale item', price: '1.299,00 €', salePrice: '999,00', stock: 0 },
        { id: 42, title: 'Numeric id', price: 3, currency: '¥', availability: 'in stock', rating: 4.2, ratingCount: '31', attributes: [{ name: 'Material', value: 'wool' }], color: 'grey', categories: 'Home|Kitchen' },
        { '@type': 'Product', sku: 'S-4', name: 'JSON-LD inside', offers: { price: 5, priceCurrency: 'USD' } },
      ],
    ]);
    expect(catalog.byId.get('S-1')).to.deep.include({ title: 'Shopify-ish', description: 'Soft & warm', brand: 'Knit Co', price: 49, listPrice: 59, availability: 'InStock' });
    expect(catalog.byId.get('S-1')!.categories).to.deep.equal(['Clothing', 'Sweaters']);
    expect(catalog.byId.get('S-2')).to.deep.include({ price: 999, listPrice: 1299, availability: 'OutOfStock', currency: 'EUR' });
    const n = catalog.byId.get('42')!;
    expect(n).to.deep.include({ currency: 'CNY', availability: 'InStock' });
    expect(n.rating).to.deep.include({ value: 4.2, count: 31 });
    expect(n.attributes).to.deep.equal({ material: 'wool', color: 'grey' });
    expect(n.categories).to.deep.equal(['Home', 'Kitchen']);
    expect(catalog.byId.get('S-4')!.price).to.equal(5);
  });

  it('uses the store currency for products that name none', async () => {
    const { catalog } = await read([{ products: [{ id: 'X', title: 'No currency', price: 5 }] }], [{ name: 'S', currency: 'GBP' }]);
    expect(catalog.byId.get('X')!.currency).to.equal('GBP');
  });

  it('reads a store-info block: shipping, returns, payment, FAQ (also as schema.org FAQPage)', async () => {
    const { catalog } = await read(
      [],
      [
        {
          name: 'Shop',
          currency: 'cny',
          shipping: [{ regions: 'CN', cost: '10', freeOver: 99, minDays: 2, maxDays: 4, note: '普通快递' }],
          returns: { days: 7, fees: 'free', method: ['快递寄回'], note: '七天无理由' },
          payment: 'Alipay, WeChat Pay',
          faq: { '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: '包邮吗？', acceptedAnswer: { '@type': 'Answer', text: '满 99 元包邮。' } }] },
        },
      ],
    );
    expect(catalog.store).to.deep.equal({
      name: 'Shop',
      currency: 'CNY',
      shipping: [{ regions: ['CN'], cost: 10, freeOver: 99, minDays: 2, maxDays: 4, note: '普通快递' }],
      returns: { days: 7, fees: 'free', method: ['快递寄回'], note: '七天无理由' },
      payment: ['Alipay', 'WeChat Pay'],
      faq: [{ question: '包邮吗？', answer: '满 99 元包邮。' }],
    });
  });

  it('reports a malformed store block and still reads the page', async () => {
    const { catalog, logger } = await read([{ products: [{ id: 'Y', title: 'Y' }] }], ['{"name": "broken",']);
    expect(catalog.byId.has('Y')).to.equal(true);
    expect(catalog.issues.some((i) => i.reason === 'malformed-json' && i.source.startsWith('data-shop-guide-store'))).to.equal(true);
    expect(logger.calls).to.have.length(1);
  });

  it('reads the demo shop’s catalog page (315 products, the generator’s format) in both languages', async () => {
    for (const [path, currency] of [
      ['/demo/catalog.html', 'USD'],
      ['/demo/zh/catalog.html', 'CNY'],
    ] as const) {
      const catalog = await loadCatalog({ root: await demoPage(path), logger: recorder() });
      expect(catalog.products).to.have.length(315);
      expect(catalog.products.every((p) => p.currency === currency)).to.equal(true);
      // The demo has one HTML description and one review with markup: repaired, nothing dropped.
      expect(catalog.issues.every((i) => i.action === 'repaired' && i.reason === 'html-in-text')).to.equal(true);
      const withHtml = catalog.products.find((p) => p.id.startsWith('TH-BA-'))!;
      expect(withHtml.description).not.to.match(/<|alert/);
    }
  });
});
