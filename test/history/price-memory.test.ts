import { expect } from '@open-wc/testing';
import type { Product } from '../../src/catalog/types.ts';
import { SeenIndex, type SeenEvent } from '../../src/history/price-memory.ts';
import { normalizeInput } from '../../src/history/schema.ts';
import { snapshotOf } from '../../src/history/snapshot.ts';
import { catalogOfItems } from '../../src/recommend/eval/evaluate.ts';

const DAY = 86_400_000;
const NOV3 = Date.UTC(2026, 10, 3, 12);

function product(id: string, price: number | undefined, availability: Product['availability'] = 'InStock', currency = 'USD'): Product {
  return { ...catalogOfItems([id]).products[0]!, title: id, price, currency, availability };
}

const view = (productId: string, at: number, price?: number, availability?: string, currency = 'USD'): SeenEvent => ({
  type: 'view',
  productId,
  at,
  product: { title: productId, price, currency, availability },
});

describe('price memory', () => {
  it('a view keeps the price, currency and stock state the catalog showed then', () => {
    const snap = snapshotOf(product('tent', 68, 'OutOfStock'));
    expect(snap).to.include({ price: 68, currency: 'USD', availability: 'OutOfStock' });
    const clean = normalizeInput({ type: 'view', productId: 'tent', product: { price: '68', availability: 'InStock', currency: 'usd' } });
    expect(typeof clean !== 'string' && clean.product).to.deep.equal({ price: 68, currency: 'USD', availability: 'InStock' });
    const odd = normalizeInput({ type: 'view', productId: 'tent', product: { availability: '<b>x</b>' } });
    expect(typeof odd !== 'string' && odd.product).to.equal(undefined);
  });

  it('cheaper now than at the latest look at another price: "down from $68 when you looked on 3 Nov"', () => {
    const seen = new SeenIndex([view('tent', NOV3 - 5 * DAY, 80), view('tent', NOV3, 68)]);
    const m = seen.memoryOf(product('tent', 54));
    expect(m?.drop).to.deep.equal({ was: 68, at: NOV3, now: 54, currency: 'USD' });
    expect(m?.backInStock).to.equal(undefined);
    // Looking again at the new price does not forget the old one.
    const again = new SeenIndex([view('tent', NOV3, 68), view('tent', NOV3 + DAY, 54)]);
    expect(again.memoryOf(product('tent', 54))?.drop?.was).to.equal(68);
    // Still $68: the latest look at another price was at $80.
    expect(seen.memoryOf(product('tent', 68))?.drop).to.deep.equal({ was: 80, at: NOV3 - 5 * DAY, now: 68, currency: 'USD' });
    // Dearer, unchanged, or within a cent: nothing to say.
    expect(seen.memoryOf(product('tent', 70))).to.equal(null);
    expect(new SeenIndex([view('tent', NOV3, 68)]).memoryOf(product('tent', 68))).to.equal(null);
    expect(new SeenIndex([view('tent', NOV3, 54.004)]).memoryOf(product('tent', 54))).to.equal(null);
    // Another currency says nothing; a product never looked at neither.
    expect(new SeenIndex([view('tent', NOV3, 9000, undefined, 'JPY')]).memoryOf(product('tent', 54))).to.equal(null);
    expect(seen.memoryOf(product('stove', 5))).to.equal(null);
  });

  it('back in stock: out of stock at the latest look at another state, buyable now', () => {
    const seen = new SeenIndex([view('boot', NOV3 - DAY, 100, 'InStock'), view('boot', NOV3, 100, 'OutOfStock'), view('boot', NOV3 + DAY, 100, 'InStock')]);
    expect(seen.memoryOf(product('boot', 100, 'InStock'))?.backInStock).to.deep.equal({ at: NOV3 });
    expect(seen.memoryOf(product('boot', 100, 'OutOfStock'))).to.equal(null);
    expect(seen.memoryOf(product('boot', 100, 'Unknown'))).to.equal(null);
    expect(new SeenIndex([view('boot', NOV3, 100, 'InStock')]).memoryOf(product('boot', 100, 'InStock'))).to.equal(null);
  });

  it('lists every change, the latest look first; searches, dismissals and snapshot-less views count for nothing', () => {
    const events: SeenEvent[] = [
      view('a', NOV3, 20),
      view('b', NOV3 + DAY, 30, 'SoldOut'),
      { type: 'search', at: NOV3 + 2 * DAY },
      { type: 'dismiss', productId: 'c', at: NOV3 + 2 * DAY, product: { price: 99 } },
      { type: 'view', productId: 'd', at: NOV3 + 3 * DAY },
    ];
    const seen = new SeenIndex(events);
    expect(seen.size).to.equal(2);
    const byId = new Map([product('a', 15), product('b', 30), product('c', 1), product('d', 1)].map((p) => [p.id, p]));
    expect(seen.changes(byId).map((m) => [m.productId, !!m.drop, !!m.backInStock])).to.deep.equal([
      ['b', false, true],
      ['a', true, false],
    ]);
    // Cleared history, cleared memory: it is derived from the events alone.
    expect(new SeenIndex([]).changes(byId)).to.deep.equal([]);
  });

  it('one product under two ids (a catalog alias): the views of both count, under the id the catalog keeps', () => {
    const aliases = new Map([['page-tent', 'tent']]);
    const seen = new SeenIndex([view('page-tent', NOV3, 68), view('tent', NOV3 - DAY, 80)], aliases);
    expect(seen.size).to.equal(1);
    expect([...seen.productIds()]).to.deep.equal(['tent']);
    expect(seen.memoryOf(product('tent', 54))?.drop).to.deep.equal({ was: 68, at: NOV3, now: 54, currency: 'USD' });
    expect(seen.changes(new Map([['tent', product('tent', 54)]])).map((m) => m.productId)).to.deep.equal(['tent']);
    // Without the alias the page's id is another product.
    expect(new SeenIndex([view('page-tent', NOV3, 68)]).memoryOf(product('tent', 54))).to.equal(null);
  });

  it('changeOf also tells a dearer price (for answers that state the price); memoryOf and changes stay with drops', () => {
    const seen = new SeenIndex([view('tent', NOV3, 48)]);
    expect(seen.changeOf(product('tent', 54))).to.deep.equal({ productId: 'tent', lastSeen: NOV3, rise: { was: 48, at: NOV3, now: 54, currency: 'USD' } });
    expect(seen.memoryOf(product('tent', 54))).to.equal(null);
    expect(seen.changes(new Map([['tent', product('tent', 54)]]))).to.deep.equal([]);
    expect(seen.changeOf(product('tent', 40))?.drop?.was).to.equal(48);
    expect(seen.changeOf(product('tent', 48))).to.equal(null);
  });
});
