/**
 * Product pages in the shapes themes really produce: products without an identifier of their own,
 * breadcrumbs as categories, entity-escaped descriptions, option values in variant names, JSON-LD
 * blocks cut short or slightly off.
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import { cleanText } from '../../src/catalog/text.ts';
import { optionsFromValues, splitVariantName } from '../../src/catalog/variant-options.ts';
import { recorder, shopPage, streamingFetch } from '../fixtures/catalog/page.ts';

/** Issue reasons besides the missing prices these small fixtures leave out on purpose. */
const reasons = (c: { issues: { reason: string }[] }) => c.issues.map((i) => i.reason).filter((r) => r !== 'missing-price');
const pageUrl = () => new URL('/shop/p/linen-shirt.html', location.href).href;

describe('catalog: page shapes', function () {
  this.timeout(60_000);

  it('the page’s own product without sku, gtin, @id or url takes the canonical URL as id and url', async () => {
    const canonical = new URL('/shop/p/linen-shirt', location.href).href;
    const catalog = await loadCatalog({
      root: shopPage({ url: `${pageUrl()}?utm=x`, head: `<link rel="canonical" href="/shop/p/linen-shirt">`, jsonLd: [{ '@type': 'Product', name: 'Linen shirt', offers: { price: 40, priceCurrency: 'EUR' } }] }),
      logger: recorder(),
    });
    expect(catalog.products.map((p) => [p.id, p.url])).to.deep.equal([[canonical, canonical]]);
    expect(catalog.currentProductId).to.equal(canonical);
    expect(catalog.issues).to.deep.equal([]);
  });

  it('without a canonical link the page URL (no fragment) is the id; listed products still need their own', async () => {
    const catalog = await loadCatalog({
      root: shopPage({
        url: `${pageUrl()}#reviews`,
        jsonLd: [
          { '@type': 'Product', name: 'Linen shirt' },
          { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, item: { '@type': 'Product', name: 'Other shirt' } }] },
        ],
      }),
      logger: recorder(),
    });
    expect(catalog.products.map((p) => p.id)).to.deep.equal([pageUrl()]);
    expect(reasons(catalog)).to.deep.equal(['missing-id']);
  });

  it('two copies of the id-less page product share its identity; two different ones are a listing and get none', async () => {
    const catalog = await loadCatalog({
      root: shopPage({
        url: pageUrl(),
        jsonLd: [{ '@type': 'Product', name: 'Linen shirt', description: 'Light.' }, { '@type': 'Product', name: 'Linen shirt', aggregateRating: { ratingValue: 4.5, reviewCount: 3 } }],
      }),
      logger: recorder(),
    });
    expect(catalog.products).to.have.length(1);
    expect(catalog.products[0]).to.deep.include({ id: pageUrl(), description: 'Light.' });
    expect(catalog.products[0]!.rating!.count).to.equal(3);
    expect(reasons(catalog)).to.deep.equal([]);

    const listing = await loadCatalog({ root: shopPage({ url: pageUrl(), jsonLd: [{ '@type': 'Product', name: 'Linen shirt' }, { '@type': 'Product', name: 'Gift card' }] }), logger: recorder() });
    expect(listing.products).to.have.length(0);
    expect(reasons(listing)).to.deep.equal(['missing-id', 'missing-id']);
  });

  it('a BreadcrumbList names the page product’s category (without Home and the product itself)', async () => {
    const origin = location.origin;
    const catalog = await loadCatalog({
      root: shopPage({
        url: pageUrl(),
        jsonLd: [
          {
            '@context': 'https://schema.org',
            '@graph': [
              { '@type': 'WebPage', '@id': `${pageUrl()}#webpage`, breadcrumb: { '@id': `${pageUrl()}#breadcrumb` } },
              {
                '@type': 'BreadcrumbList',
                '@id': `${pageUrl()}#breadcrumb`,
                itemListElement: [
                  { '@type': 'ListItem', position: 3, name: 'Shirts', item: `${origin}/shop/c/clothing/shirts/` },
                  { '@type': 'ListItem', position: 1, name: 'Home', item: `${origin}/` },
                  { '@type': 'ListItem', position: 2, name: 'Clothing', item: `${origin}/shop/c/clothing/` },
                  { '@type': 'ListItem', position: 4, name: 'Linen shirt' },
                ],
              },
            ],
          },
          { '@type': 'Product', sku: 'LS-1', name: 'Linen shirt' },
        ],
      }),
      logger: recorder(),
    });
    expect(catalog.byId.get('LS-1')!.categories).to.deep.equal(['Clothing', 'Shirts']);
  });

  it('a product’s own category wins over breadcrumbs; a listing page’s breadcrumbs name no product', async () => {
    const crumbs = { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Shoes', item: '/shop/c/shoes' }, { '@type': 'ListItem', position: 2, name: 'Runner' }] };
    const own = await loadCatalog({ root: shopPage({ jsonLd: [crumbs, { '@type': 'Product', sku: 'R', name: 'Runner', category: 'Footwear > Running' }] }), logger: recorder() });
    expect(own.byId.get('R')!.categories).to.deep.equal(['Footwear', 'Running']);
    const listing = await loadCatalog({
      root: shopPage({ jsonLd: [crumbs, { '@type': 'ItemList', itemListElement: [1, 2].map((n) => ({ '@type': 'ListItem', position: n, item: { '@type': 'Product', sku: `S${n}`, name: `Shoe ${n}` } })) }] }),
      logger: recorder(),
    });
    expect(listing.products.every((p) => p.categories.length === 0)).to.equal(true);
  });

  it('a variant read without its group keeps the group’s category and brand', async () => {
    const catalog = await loadCatalog({
      root: shopPage({
        jsonLd: [{ '@type': 'Product', sku: 'COAT-M-BLUE', name: 'Coat, blue, M', color: 'blue', size: 'M', isVariantOf: { '@type': 'ProductGroup', productGroupID: 'COAT', category: 'Outerwear > Coats', brand: { '@type': 'Brand', name: 'Nord' } } }],
      }),
      logger: recorder(),
    });
    const p = catalog.byId.get('COAT-M-BLUE')!;
    expect(p.categories).to.deep.equal(['Outerwear', 'Coats']);
    expect(p.brand).to.equal('Nord');
  });

  it('WooCommerce’s entity-escaped HTML descriptions become plain text', () => {
    const r = cleanText('&lt;p&gt;Soft&amp;nbsp;organic cotton.&lt;/p&gt;\n&lt;ul&gt;&lt;li&gt;Machine wash&lt;/li&gt;&lt;/ul&gt;', 500, true);
    expect(r.text).to.equal('Soft organic cotton.\n\nMachine wash');
    expect(r.hadHtml).to.equal(true);
    // Escaped markup that is not formatting stays readable text.
    expect(cleanText('Shows &lt;script&gt; as text', 100).text).to.equal('Shows <script> as text');
    expect(cleanText('Tom &amp; Jerry', 100).text).to.equal('Tom & Jerry');
  });

  it('option values in Shopify-style variant names become colour and size', async () => {
    expect(splitVariantName('Parka - Moss / S', 'Parka')).to.deep.equal(['Moss', 'S']);
    expect(splitVariantName('Default Title')).to.equal(null);
    expect(optionsFromValues(['Moss', 'S'])).to.deep.equal({ color: 'Moss', size: 'S' });
    expect(optionsFromValues(['XL', 'Cotton', 'Navy'])).to.deep.equal({ size: 'XL', material: 'Cotton', color: 'Navy' });
    expect(optionsFromValues(['38', 'Sand'], ['Size', 'Colour'])).to.deep.equal({ size: '38', color: 'Sand' });
    expect(optionsFromValues(['Moss'])).to.deep.equal({});

    const catalog = await loadCatalog({
      root: shopPage({
        jsonLd: [{
          '@type': 'ProductGroup', productGroupID: '8123', name: 'Parka', variesBy: ['https://schema.org/color', 'https://schema.org/size'],
          hasVariant: [
            { '@type': 'Product', sku: 'PK-MS', name: 'Parka - Moss / S', offers: { price: 120, priceCurrency: 'USD', availability: 'https://schema.org/InStock' } },
            { '@type': 'Product', sku: 'PK-ML', name: 'Parka - Moss / L', offers: { price: 120, priceCurrency: 'USD', availability: 'https://schema.org/OutOfStock' } },
            { '@type': 'Product', sku: 'PK-SS', name: 'Parka - Sand / S', offers: { price: 125, priceCurrency: 'USD', availability: 'https://schema.org/InStock' } },
          ],
        }],
      }),
      logger: recorder(),
    });
    const p = catalog.byId.get('8123')!;
    expect(p.variants.map((v) => v.attributes)).to.deep.equal([{ color: 'Moss', size: 'S' }, { color: 'Moss', size: 'L' }, { color: 'Sand', size: 'S' }]);
    expect(p.attributes).to.deep.equal({ color: ['Moss', 'Sand'], size: ['S', 'L'] });
  });

  it('names the cause when a raw </script> in a review cuts a JSON-LD block short', async () => {
    const html = `<!doctype html><html><head><base href="${pageUrl()}"></head><body>
<script type="application/ld+json">{"@type":"Product","sku":"X","name":"Lamp","review":[{"reviewBody":"Great, but the manual shows </script><b>code</b> tags"}]}</script>
</body></html>`;
    const logger = recorder();
    const catalog = await loadCatalog({ root: new DOMParser().parseFromString(html, 'text/html'), logger });
    expect(catalog.issues).to.deep.equal([{ reason: 'json-ld-cut-short', source: 'json-ld #1', action: 'dropped' }]);
    expect(String(logger.calls[0]![0])).to.include('</script>');
  });

  it('repairs slightly-off JSON-LD with a warning: BOM, comments, control characters, trailing commas, several objects', async () => {
    const logger = recorder();
    const catalog = await loadCatalog({
      root: shopPage({
        jsonLd: ['\ufeff<!--\n{"@type":"Product","sku":"A","name":"Lamp","description":"Line one\nline two",}\n{"@type":"Product","sku":"B","name":"Shade"}\n-->'],
      }),
      logger,
    });
    expect(catalog.products.map((p) => p.id)).to.deep.equal(['A', 'B']);
    expect(catalog.byId.get('A')!.description).to.equal('Line one\nline two');
    expect(reasons(catalog).sort()).to.deep.equal(['json-bom', 'json-control-chars', 'json-several-values', 'json-trailing-comma', 'json-wrapper']);
    expect(logger.calls).to.have.length(1);
  });

  it('an id-less page product joins the feed’s product at the same URL, under the feed’s id', async () => {
    const canonical = new URL('/shop/p/linen-shirt', location.href).href;
    const feed = [{ id: 'LS-42', title: 'Linen shirt', url: '/shop/p/linen-shirt', price: 60, listPrice: 80, category: 'Shirts', availability: 'InStock' }, { id: 'OTHER', title: 'Other', url: '/shop/p/other', price: 5 }]
      .map((p) => JSON.stringify(p))
      .join('\n');
    const catalog = await loadCatalog({
      root: shopPage({ url: pageUrl(), head: '<link rel="canonical" href="/shop/p/linen-shirt">', jsonLd: [{ '@type': 'Product', name: 'Linen shirt', description: 'Light and airy.', offers: { price: 60, priceCurrency: 'USD' } }] }),
      src: '/feed.ndjson',
      fetch: streamingFetch(feed, { contentType: 'application/x-ndjson' }),
      logger: recorder(),
    });
    expect(catalog.products.map((p) => p.id)).to.deep.equal(['LS-42', 'OTHER']);
    expect(catalog.currentProductId).to.equal('LS-42');
    expect(catalog.byId.get('LS-42')).to.deep.include({ description: 'Light and airy.', price: 60, listPrice: 80, availability: 'InStock', url: canonical });
    expect(catalog.sources!.bySource).to.deep.equal({ 'json-ld': 1, feed: 2 });
  });
});
