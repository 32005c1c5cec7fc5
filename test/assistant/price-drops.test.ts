import { expect } from '@open-wc/testing';
import { answerPriceDrops } from '../../src/assistant/price-drops.ts';
import type { Product } from '../../src/catalog/types.ts';
import type { SeenEvent } from '../../src/history/price-memory.ts';
import { catalogOfItems } from '../../src/recommend/eval/evaluate.ts';

const NOV3 = Date.UTC(2026, 10, 3, 12);
const NOW = Date.UTC(2026, 10, 20);

function catalog(...products: Partial<Product>[]) {
  const base = catalogOfItems(products.map((p) => p.id!));
  const list = base.products.map((p, i) => ({ ...p, currency: 'USD', ...products[i] }));
  return { byId: new Map(list.map((p) => [p.id, p as Product])) };
}
const view = (productId: string, price: number, availability = 'InStock'): SeenEvent => ({
  type: 'view',
  productId,
  at: NOV3,
  product: { price, currency: 'USD', availability },
});

describe('price drops answer', () => {
  it('lists the products that are cheaper or back in stock, with the price and date the shopper saw', () => {
    const cat = catalog({ id: 'tent', price: 54 }, { id: 'boot', price: 120, availability: 'InStock' }, { id: 'mug', price: 9 });
    const events = [view('tent', 68), view('boot', 120, 'OutOfStock'), view('mug', 9)];
    const en = answerPriceDrops(events, cat, 'en', NOW);
    expect(en.ids).to.have.members(['tent', 'boot']);
    expect(en.checked).to.equal(3);
    expect(en.text).to.contain('[[tent]]: $54.00, down from $68.00 when you looked on 3 Nov');
    expect(en.text).to.contain('[[boot]]: back in stock (it was out of stock when you looked on 3 Nov)');
    expect(en.text).to.contain('only on this device');
    const zh = answerPriceDrops(events, cat, 'zh-CN', NOW);
    expect(zh.text).to.contain('[[tent]]：现价 US$54.00，你11月3日看时是 US$68.00');
    expect(zh.text).to.contain('又有货了');
  });

  it('says so when nothing changed, and when there is no history to compare', () => {
    const cat = catalog({ id: 'tent', price: 70 });
    const none = answerPriceDrops([view('tent', 68)], cat, 'en', NOW);
    expect(none.ids).to.deep.equal([]);
    expect(none.text).to.match(/^Nothing you looked at is cheaper now/);
    expect(answerPriceDrops([], cat, 'en', NOW).text).to.match(/haven't viewed any products/);
    expect(answerPriceDrops([], cat, 'zh-CN', NOW).text).to.match(/还没有/);
    // A product gone from the catalog is not "checked".
    expect(answerPriceDrops([view('gone', 5)], cat, 'en', NOW).checked).to.equal(0);
  });
});
