import { expect } from '@open-wc/testing';
import { StringPool } from '../../src/catalog/intern.ts';
import type { Product } from '../../src/catalog/types.ts';

function product(id: string): Product {
  return {
    id,
    title: `Trail shoe ${id}`,
    description: 'A long description '.repeat(10),
    brand: 'Stride',
    categories: ['Shoes', 'Running Shoes'],
    currency: 'USD',
    availability: 'InStock',
    offers: [{ price: 10, currency: 'USD', availability: 'InStock', seller: 'Shop', priceValidUntil: '2027-01-01' }],
    reviews: [{ body: 'Great', author: 'Ann', date: '2026-10-07' }],
    attributes: { color: 'black', size: ['42', '43'] },
    attributeLabels: { color: 'Farbe' },
    images: [],
    variants: [{ id: `${id}-v`, attributes: { color: 'black' } }],
    releaseDate: '2026-01-01',
    related: { relatedTo: [], similarTo: [], alsoBought: [], alsoViewed: [] },
  };
}

describe('string pool (one copy of repeated product strings)', () => {
  it('leaves every product reading exactly as before', () => {
    const pool = new StringPool();
    const a = product('a');
    const b = product('b');
    const before = [structuredClone(a), structuredClone(b)];
    pool.product(a);
    pool.product(b);
    expect([a, b]).to.deep.equal(before);
  });

  it('hands out the first copy it saw of a short string, and passes long ones and undefined through', () => {
    const pool = new StringPool();
    const first = ['Running', 'Shoes'].join(' ');
    expect(pool.of(first)).to.equal('Running Shoes');
    expect(pool.of(['Running', 'Shoes'].join(' '))).to.equal(first);
    const long = 'x'.repeat(200);
    expect(pool.of(long)).to.equal(long);
    expect(pool.of(undefined)).to.equal(undefined);
  });
});
