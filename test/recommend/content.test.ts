import { expect } from '@open-wc/testing';
import { ContentIndex } from '../../src/recommend/content.ts';
import { finish } from '../../src/recommend/steps.ts';
import { dot } from '../../src/recommend/sparse.ts';
import type { Product } from '../../src/catalog/types.ts';
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

  it('stores a term of a small catalog in 6 bytes (vector: two-byte term id, one-byte weight code; posting: two-byte product, code)', async () => {
    const { products } = await demoCatalog('en');
    const index = finish(ContentIndex.build(products));
    let stored = 0;
    for (let i = 0; i < products.length; i++) stored += index.vector(i).ids.length;
    // Per product: row offsets and its norm; per term: posting offsets and its idf.
    const fixed = 4 * (products.length + 1) + 8 * products.length + 8 * (index.termNames.length + 1);
    expect(index.bytes - fixed, 'bytes of vectors, postings, weight table').to.be.at.most(6 * stored + 256 * 8);
  });

  it('scores as dot products do past 65,536 products: two-byte products in blocks, or Uint32 where blocks do not pay', () => {
    const N = 70_000;
    // A word only a few products on both sides of 65,536 have.
    const rare = new Set([0, 130, 65_535, 65_536, 69_999]);
    const make = (title: (i: number) => string) =>
      Array.from({ length: N }, (_, i) => ({
        id: `p${i}`,
        title: title(i),
        brand: `brand${i % 7}`,
        categories: ['Things'],
        attributes: {},
        price: 1 + (i % 50),
        related: { relatedTo: [], similarTo: [], alsoBought: [], alsoViewed: [] },
      })) as unknown as Product[];
    const shared = make((i) => `thing kind${i % 100}${rare.has(i) ? ' zanzibar' : ''}`);
    // Each product six words of its own too: per-term block offsets would cost more than two-byte products save.
    const letters = (i: number) => [...i.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
    const own = (i: number) => ['u', 'v', 'w', 'x', 'y', 'z'].map((c) => c + letters(i)).join(' ');
    const unique = make((i) => `thing kind${i % 100} ${own(i)}${rare.has(i) ? ' zanzibar' : ''}`);
    for (const [name, products, blocks] of [['shared words', shared, 2], ['own words', unique, 1]] as const) {
      const index = finish(ContentIndex.build(products));
      expect(index.parts.blocks, name).to.equal(blocks);
      expect(index.parts.postItems.BYTES_PER_ELEMENT, name).to.equal(blocks === 2 ? 2 : 4);
      for (const q of [0, 69_999, 512]) {
        const query = index.vector(q);
        const brute: [number, number][] = [];
        for (let i = 0; i < N; i++) {
          const s = dot(query, index.vector(i));
          if (s > 0) brute.push([i, s]);
        }
        brute.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
        const got = index.score(query, 300);
        expect(got.map(([i]) => i), `${name}, query ${q}`).to.deep.equal(brute.slice(0, 300).map(([i]) => i));
        got.forEach(([, s], k) => expect(s).to.equal(brute[k]![1]));
      }
      // The rare word outweighs the rest: the products that have it come first.
      expect(new Set(index.score(index.vector(0), rare.size).map(([i]) => i)), name).to.deep.equal(rare);
    }
  });

  it('keeps term ids exact past 65,536 terms and weights exact past 256 distinct ones', () => {
    // Every product its own words (70,000 terms), and one word said up to 99 times in the title and
    // 80 in the description: its weight 3a + b/2 takes hundreds of values.
    const products = Array.from({ length: 1000 }, (_, i) => ({
      id: `p${i}`,
      title: [...Array.from({ length: 70 }, (_, k) => `w${i * 70 + k}`), ...Array.from({ length: i % 100 }, () => 'zebra')].join(' '),
      description: 'zebra '.repeat(1 + (i % 80)),
      brand: `brand${i % 3}`,
      categories: ['Things', `Kind ${i % 5}`],
      attributes: {},
      price: 10 + i,
      related: { relatedTo: [], similarTo: [], alsoBought: [], alsoViewed: [] },
    })) as unknown as Product[];
    const index = finish(ContentIndex.build(products));
    expect(index.termNames.length).to.be.greaterThan(65_536);
    for (const i of [0, 1, 500, 999]) {
      const v = index.vector(i);
      const again = index.vectorOf(products[i]!);
      expect([...v.ids], `ids ${i}`).to.deep.equal([...again.ids]);
      expect([...v.w], `weights ${i}`).to.deep.equal([...again.w]);
    }
    expect(Math.max(...index.vector(999).ids)).to.be.greaterThan(65_535);
    expect(index.parts.root.length).to.be.greaterThan(256);
    const got = index.score(index.vector(7), 5);
    expect(got[0]![0]).to.equal(7);
  });
});
