/** JSON-LD the reader cannot fully use says so in the one console warning: too deep, duplicate ids. */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import { recorder, shopPage } from '../fixtures/catalog/page.ts';

const S = 'https://schema.org';
const product = (sku: string, name: string) => ({ '@type': 'Product', sku, name, offers: { '@type': 'Offer', price: 10, priceCurrency: 'USD' } });

async function read(jsonLd: unknown[]) {
  const logger = recorder();
  const catalog = await loadCatalog({ root: shopPage({ jsonLd }), logger });
  return { catalog, warned: logger.calls.map((c) => c.map(String).join(' ')).join('\n') };
}

describe('catalog: JSON-LD warnings', function () {
  this.timeout(60_000);

  it('warns when a block nests deeper than the reader follows', async () => {
    let deep: unknown = product('DEEP', 'Deep shoe');
    for (let i = 0; i < 20; i++) deep = [deep];
    const { catalog, warned } = await read([{ '@context': S, '@graph': [product('TOP', 'Top shoe'), deep] }]);
    expect(catalog.byId.has('TOP')).to.equal(true);
    expect(catalog.byId.has('DEEP')).to.equal(false);
    expect(catalog.issues.map((i) => i.reason)).to.include('json-ld-too-deep');
    expect(warned).to.match(/json-ld-too-deep/);
  });

  it('warns about two products with one id, but not about the page product also in its list', async () => {
    const { catalog, warned } = await read([{ '@context': S, '@graph': [product('DUP', 'First'), product('DUP', 'Second')] }]);
    expect(catalog.products.filter((p) => p.id === 'DUP')).to.have.length(1);
    expect(catalog.issues.map((i) => i.reason)).to.include('duplicate-id');
    expect(warned).to.match(/duplicate-id/);
    const same = await read([
      { '@context': S, '@type': 'ItemPage', mainEntity: product('ONE', 'One') },
      { '@context': S, '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: product('ONE', 'One') }] },
    ]);
    expect(same.catalog.issues.map((i) => i.reason)).to.not.include('duplicate-id');
  });
});
