import { expect } from '@open-wc/testing';
import { CatalogUrlIndex } from '../../src/assistant/catalog-urls.ts';
import { catalogUrls, verifyAnswer } from '../../src/assistant/verify.ts';
import type { Product } from '../../src/catalog/types.ts';
import { syntheticProducts } from '../fixtures/catalog/synthetic.ts';

const BASE = 'https://shop.example/demo/index.html';

describe('catalog URL lookup', () => {
  it('answers as the full map does: product and offer URLs, relative ones, fragments, misses', () => {
    const products = syntheticProducts(50);
    const extra: Product[] = [
      { ...products[0]!, id: 'REL-1', url: '../p/rel-1.html', offers: [] },
      { ...products[1]!, id: 'FRAG-1', url: 'https://shop.example/p/frag#top', offers: [{ ...products[1]!.offers[0]!, url: 'https://shop.example/offer/9' }] },
    ];
    const all = [...products, ...extra];
    const index = new CatalogUrlIndex(all, BASE);
    const map = catalogUrls(all, BASE);
    for (const [url, id] of map) expect(index.get(url), url).to.equal(id);
    expect(index.get('https://shop.example/p/rel-1.html')).to.equal('REL-1');
    expect(index.get('https://shop.example/p/frag')).to.equal('FRAG-1');
    expect(index.get('https://shop.example/offer/9')).to.equal('FRAG-1');
    expect(index.has('https://evil.example/p/1')).to.equal(false);
    expect(index.has('https://shop.example/p/1')).to.equal(true);
    // Remembered: the same answer the second time.
    expect(index.get('https://evil.example/p/1')).to.equal(undefined);
  });

  it('lets verification keep catalog links and drop others without a map of the catalog', () => {
    const products = syntheticProducts(20);
    const byId = new Map(products.map((p) => [p.id, p]));
    const urls = new CatalogUrlIndex(products, BASE);
    const v = verifyAnswer('See [this](https://shop.example/p/3) or [that](https://evil.example/x) at https://shop.example/p/4.', {
      byId,
      amounts: [],
      baseUrl: BASE,
      pricePlaceholder: '(price)',
      urls,
    });
    expect(v.text).to.contain('[this](https://shop.example/p/3)');
    expect(v.text).to.not.contain('evil');
    expect(v.ids).to.deep.equal([products[4]!.id]);
  });
});
