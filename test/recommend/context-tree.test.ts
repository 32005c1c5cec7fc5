import { expect } from '@open-wc/testing';
import { ContextTree } from '../../src/recommend/context-tree.ts';
import { catalogOfItems } from '../../src/recommend/eval/evaluate.ts';
import { createRecommender } from '../../src/recommend/index.ts';

// a=0 b=1 c=2 d=3. Contexts and what followed them (each node's total starts at 1, as session-rec's StdExpert):
//   root   a2 b3 c2 d1   total 9
//   (a)    b2            total 3
//   (b)    c2 d1         total 4
//   (b,a)  c1 d1         total 3   ← "b, the click before it a"
const LOG = [
  [0, 1, 2],
  [0, 1, 3],
  [1, 2],
];
const [a, b, c, d] = [0, 1, 2, 3];

describe('context tree (Mi & Faltings 2018, session-rec ct.py)', () => {
  it('mixes every matched suffix of the session, each deeper one with weight 2^-depth', () => {
    const ct = new ContextTree(LOG);
    // After [a, b]: nodes root, (b), (b,a). q = ¼·p(b,a) + ¾·(½·p(b) + ½·p(root)), p = (1 + count) / (1 + total).
    const scores = ct.score([a, b], undefined, { popular: 4 });
    expect(scores.get(c)).to.be.closeTo(0.25 * (2 / 4) + 0.375 * (3 / 5) + 0.375 * (3 / 10), 1e-12); // 0.4625
    expect(scores.get(d)).to.be.closeTo(0.25 * (2 / 4) + 0.375 * (2 / 5) + 0.375 * (2 / 10), 1e-12); // 0.35
    expect(scores.get(b)).to.be.closeTo(0.25 * (1 / 4) + 0.375 * (1 / 5) + 0.375 * (4 / 10), 1e-12); // 0.2875
    expect(scores.get(a)).to.be.closeTo(0.25 * (1 / 4) + 0.375 * (1 / 5) + 0.375 * (3 / 10), 1e-12); // 0.25
  });

  it('without `popular`, reports only what followed a matched context (with the same probabilities)', () => {
    const ct = new ContextTree(LOG);
    const scores = ct.score([a, b]);
    expect([...scores.keys()].sort()).to.deep.equal([c, d]);
    expect(scores.get(c)).to.be.closeTo(0.4625, 1e-12);
    expect(scores.get(d)).to.be.closeTo(0.35, 1e-12);
  });

  it('stops at the first unseen context, and at maxDepth', () => {
    const ct = new ContextTree(LOG);
    // [c, b]: (b) exists, (b,c) was never seen → root and (b) only: q = ½·p(b) + ½·p(root).
    expect(ct.score([c, b]).get(c)).to.be.closeTo(0.5 * (3 / 5) + 0.5 * (3 / 10), 1e-12);
    const shallow = new ContextTree(LOG, { maxDepth: 1 });
    expect(shallow.score([a, b]).get(c)).to.be.closeTo(0.5 * (3 / 5) + 0.5 * (3 / 10), 1e-12);
    // A last click never followed by anything: nothing but the root.
    expect(ct.score([d]).size).to.equal(0);
    expect(ct.score([]).size).to.equal(0);
    expect(ct.score([d], undefined, { popular: 4 }).get(b)).to.be.closeTo(4 / 10, 1e-12);
  });

  it('reports to a sink item by item, and ignores items it has never seen', () => {
    const ct = new ContextTree(LOG);
    const got = new Map<number, number>();
    ct.score([a], (item, v) => got.set(item, v));
    // [a]: root and (a): q(b) = ½·(1+2)/(1+3) + ½·(1+3)/(1+9).
    expect([...got.keys()]).to.deep.equal([b]);
    expect(got.get(b)).to.be.closeTo(0.5 * (3 / 4) + 0.5 * (4 / 10), 1e-12);
    expect(ct.score([99, a]).get(b)).to.be.closeTo(got.get(b)!, 1e-12); // (a, 99) unseen: as after [a]
    expect(ct.score([a, 99]).size).to.equal(0); // the last click unknown: root only
  });

  it('is a for-you signal over the shop’s neighbour sessions, the current session as its context', () => {
    const catalog = catalogOfItems(['a', 'b', 'c', 'd']);
    const off = { content: 0, coCounts: 0, itemKnn: 0, sessionKnn: 0, sessionStan: 0, sequentialRules: 0, embedding: 0, reminder: 0, userKnn: 0, popularity: 0 };
    const rec = createRecommender(catalog, {
      neighbours: { sessions: [['a', 'b', 'c'], ['a', 'b', 'd'], ['b', 'c']] },
      weights: { 'for-you': { ...off, contextTree: 1 } },
      diversity: 0,
      seenPenalty: 1,
    });
    const events = ['d', 'a', 'b'].map((productId, i) => ({ type: 'view', productId, at: 1000 + i, session: i ? 's' : 'older' }));
    const picks = rec.recommend({ mode: 'for-you', events, limit: 4 });
    expect(picks.map((r) => r.id)).to.deep.equal(['c', 'd']);
    expect(picks[1]!.score / picks[0]!.score).to.be.closeTo(0.35 / 0.4625, 1e-3);
    expect(picks[0]!.reason).to.deep.equal({ kind: 'shoppers-like-you' });
    expect(picks[0]!.signals).to.have.property('contextTree');
  });
});
