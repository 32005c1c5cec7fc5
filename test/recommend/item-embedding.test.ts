import { expect } from '@open-wc/testing';
import { catalogOfItems } from '../../src/recommend/eval/evaluate.ts';
import { createRecommender } from '../../src/recommend/index.ts';
import { ItemEmbedding } from '../../src/recommend/item-embedding.ts';

const cosine = (e: ItemEmbedding, x: number, y: number) => {
  const [u, v] = [e.vector(x), e.vector(y)];
  return u.reduce((s, ui, d) => s + ui * v[d]!, 0);
};

// Two neighbourhoods: a and b are never clicked next to each other but share their neighbours x and y;
// c and d likewise share z and w. Nothing links the two groups.
const [a, b, x, y, c, d, z, w] = [0, 1, 2, 3, 4, 5, 6, 7];
const LOG = [
  [a, x],
  [b, x],
  [a, y],
  [y, b],
  [c, z],
  [d, z],
  [c, w],
  [w, d],
];

describe('item embedding (SPPMI + truncated SVD)', () => {
  it('puts items with the same neighbours together, even when they never co-occur', () => {
    const e = ItemEmbedding.build(LOG, { dim: 4 });
    expect(cosine(e, a, b)).to.be.above(0.99);
    expect(cosine(e, c, d)).to.be.above(0.99);
    expect(Math.abs(cosine(e, a, c))).to.be.below(0.01);
    expect(Math.abs(cosine(e, x, z))).to.be.below(0.01);
    for (const i of [a, b, x, y, c, d, z, w]) expect(cosine(e, i, i)).to.be.closeTo(1, 1e-6);
  });

  it('scores every item by its cosine with the session (the latest click counting most), the session’s own items 0', () => {
    const e = ItemEmbedding.build(LOG, { dim: 4 });
    const s = e.score([a])!;
    expect(s[b]).to.be.above(0.99);
    expect(s[a]).to.equal(0);
    expect(Math.abs(s[c]!)).to.be.below(0.01);
    // [c, a]: a is the last click, so a's group leads; c's group still scores, at half weight.
    const mixed = e.score([c, a])!;
    expect(mixed[b]).to.be.above(mixed[d]!);
    expect(mixed[d]).to.be.above(0.3);
    expect(mixed[c]).to.equal(0);
    expect(e.score([])).to.equal(null);
    expect(e.score([99])).to.equal(null);
  });

  it('is the same for the same sessions (seeded), whatever the window, and finds nothing in a log without co-occurrence', () => {
    const one = ItemEmbedding.build(LOG, { dim: 4, window: 2 });
    const two = ItemEmbedding.build(LOG, { dim: 4, window: 2 });
    expect([...one.vector(a)]).to.deep.equal([...two.vector(a)]);
    // Step by step (as prepare() builds it, in slices): the same vectors, over many steps.
    const steps = ItemEmbedding.builder(LOG, { dim: 4, window: 2 });
    let n = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) n++;
    expect(n).to.be.above(10);
    expect([...step.value.vector(c)]).to.deep.equal([...one.vector(c)]);
    const lonely = ItemEmbedding.build([[0], [1, 1]], { dim: 2 });
    expect(lonely.score([0])).to.equal(null);
  });

  it('keeps rows only for the items the sessions hold: the same vectors wherever they sit in a big catalog', () => {
    const near = ItemEmbedding.build(LOG, { dim: 4 });
    const far = ItemEmbedding.build(LOG.map((s) => s.map((i) => 90_000 + i * 1_000)), { dim: 4 });
    for (const i of [a, b, c, z]) expect([...far.vector(90_000 + i * 1_000)]).to.deep.equal([...near.vector(i)]);
    expect([...far.vector(12_345)]).to.deep.equal([0, 0, 0, 0]);
    expect(far.score([90_000 + a * 1_000])![90_000 + b * 1_000]).to.be.above(0.99);
    expect(far.score([12_345])).to.equal(null);
  });

  it('is a for-you signal that also brings products the other signals cannot reach', () => {
    const names = ['a', 'b', 'x', 'y', 'c', 'd', 'z', 'w'];
    const sessions = LOG.map((s) => s.map((i) => names[i]!));
    const off = { content: 0, coCounts: 0, itemKnn: 0, sessionKnn: 0, sessionStan: 0, sequentialRules: 0, contextTree: 0, embedding: 0, reminder: 0, userKnn: 0, popularity: 0 };
    const rec = (weights: Record<string, number>) =>
      createRecommender(catalogOfItems(names), {
        neighbours: { sessions },
        weights: { 'for-you': { ...off, ...weights } },
        itemEmbedding: { dim: 4 },
        diversity: 0,
        seenPenalty: 1,
      });
    const events = [{ type: 'view', productId: 'a', at: 1000, session: 's' }];
    // Item-kNN alone only knows a's neighbours x and y; b, never in a session with a, is not among them.
    const knn = rec({ itemKnn: 1 }).recommend({ mode: 'for-you', events, limit: 8 });
    expect(knn.map((r) => r.id).sort()).to.deep.equal(['x', 'y']);
    const both = rec({ itemKnn: 1, embedding: 0.5 }).recommend({ mode: 'for-you', events, limit: 8 });
    const pick = both.find((r) => r.id === 'b')!;
    expect(pick.signals).to.have.property('embedding');
    expect(pick.signals).to.not.have.property('itemKnn');
    expect(pick.reason).to.deep.equal({ kind: 'shoppers-like-you' });
    expect(both.map((r) => r.id)).to.not.include('c');
    expect(rec({ itemKnn: 1, embedding: 0 }).recommend({ mode: 'for-you', events, limit: 8 }).map((r) => r.id).sort()).to.deep.equal(['x', 'y']);
  });
});
