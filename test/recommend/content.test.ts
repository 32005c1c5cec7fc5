import { expect } from '@open-wc/testing';
import { ContentIndex } from '../../src/recommend/content.ts';
import { finish } from '../../src/recommend/steps.ts';
import { dot } from '../../src/recommend/sparse.ts';
import { demoCatalog } from './helpers.ts';

describe('content index packed into typed arrays', () => {
  it("each product's row is its own vector, and scores and cosines read the rows they should", async () => {
    const { products } = await demoCatalog('en');
    const index = finish(ContentIndex.build(products));
    expect(index.size).to.equal(products.length);
    for (let i = 0; i < products.length; i++) {
      const v = index.vector(i);
      // The vector of a product's own features, worked out again from its fields.
      const again = index.vectorOf(products[i]!);
      expect([...v.ids], `ids ${i}`).to.deep.equal([...again.ids]);
      expect([...v.w], `weights ${i}`).to.deep.equal([...again.w]);
      expect(v.ids.length).to.be.greaterThan(0);
    }
    for (const [a, b] of [[0, 1], [0, 2], [5, 40], [17, 17], [100, products.length - 1]] as const) {
      expect(index.cosine(a, b)).to.equal(dot(index.vector(a), index.vector(b)));
      expect(index.dotWith(index.vector(a), b)).to.equal(dot(index.vector(a), index.vector(b)));
      const text = index.textVector('running shoe waterproof');
      expect(index.dotWith(text, a)).to.equal(dot(text, index.vector(a)));
    }
    // Postings: scoring a product's vector ranks the catalog as dot products do (ties: lower index first).
    for (const q of [0, 33, products.length - 1]) {
      const query = index.vector(q);
      const brute = products
        .map((_, i) => [i, dot(query, index.vector(i))] as [number, number])
        .filter(([, s]) => s > 0)
        .sort((x, y) => y[1] - x[1] || x[0] - y[0])
        .slice(0, 20);
      const got = index.score(query, 20);
      expect(got.map(([i]) => i)).to.deep.equal(brute.map(([i]) => i));
      got.forEach(([, s], k) => expect(s).to.be.closeTo(brute[k]![1], 1e-9));
    }
    expect(index.vector(products.length).ids.length).to.equal(0);
  });
});
