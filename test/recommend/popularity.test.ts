import { expect } from '@open-wc/testing';
import type { Product } from '../../src/catalog/types.ts';
import { Popularity } from '../../src/recommend/popularity.ts';

describe('Popularity', () => {
  it('orders every product that scores, highest first, ties in catalog order (radix-sorted in steps)', () => {
    // Ratings with many exact ties, some products unrated and without demand (score 0: left out).
    const n = 3000;
    const products = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, ...(i % 7 ? { rating: { value: 1 + (i % 5), count: 1 + (i % 13), best: 5, worst: 1 } } : {}) })) as unknown as Product[];
    const demand = Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 && i % 2 ? 0 : (i * 7919) % 11));
    const pop = Popularity.build(products, demand);
    const want = [...pop.score.keys()].filter((i) => pop.score[i]! > 0).sort((a, b) => pop.score[b]! - pop.score[a]! || a - b);
    const got = pop.top(n, () => true);
    expect(got.map(([i]) => i)).to.deep.equal(want);
    expect(want.length).to.be.lessThan(n);
    expect(new Set(want.map((i) => pop.score[i])).size, 'ties exist').to.be.lessThan(want.length);
    expect(pop.top(3, (i) => i % 2 === 1).every(([i]) => i % 2 === 1)).to.equal(true);
  });
});
