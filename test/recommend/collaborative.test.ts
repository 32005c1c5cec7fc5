import { expect } from '@open-wc/testing';
import { ItemKnn } from '../../src/recommend/item-knn.ts';
import { createRecommender, parseNeighbourData, type NeighbourData } from '../../src/recommend/index.ts';
import { catalogOfItems } from '../../src/recommend/eval/evaluate.ts';
import { SessionKnn } from '../../src/recommend/session-knn.ts';
import { UserKnn } from '../../src/recommend/user-knn.ts';

const A = 0;
const B = 1;
const C = 2;
const D = 3;

describe('collaborative filtering', () => {
  it('item-kNN: cosine over shared sessions with shrinkage', () => {
    const knn = ItemKnn.build([[A, B], [A, B], [A, C], [D]], { lambda: 0 });
    const nb: [number, number][] = [];
    knn.forEachNeighbour(A, (i, s) => nb.push([i, s]));
    expect(nb.map(([i]) => i)).to.deep.equal([B, C]);
    expect(nb[0]![1]).to.be.closeTo(2 / (Math.sqrt(3) * Math.sqrt(2)), 1e-6);
    expect(nb[1]![1]).to.be.closeTo(1 / Math.sqrt(3), 1e-6);
    // Shrinkage pulls down pairs seen rarely.
    const shrunk = ItemKnn.build([[A, B], [A, B], [A, C]], { lambda: 20 });
    let s = 0;
    shrunk.forEachNeighbour(A, (i, v) => i === B && (s = v));
    expect(s).to.be.closeTo(2 / (Math.sqrt(3) * Math.sqrt(2) + 20), 1e-6);
  });

  it('V-SKNN: neighbours sharing the latest click count most', () => {
    // Current session: A then B. Past sessions sharing B (the latest) should outvote those sharing only A.
    const sknn = new SessionKnn(
      [
        [A, C],
        [A, C],
        [B, D],
      ],
      { k: 10 },
    );
    const scores = sknn.score([A, B]);
    // Session [B, D]: overlap weight 1 (B is last) / (√2 · √2) = 0.5; each [A, C]: 0.5 / 2 = 0.25, twice.
    expect(scores.get(D)).to.be.closeTo(0.5, 1e-9);
    expect(scores.get(C)).to.be.closeTo(0.5, 1e-9);
    expect(sknn.score([B, A]).get(C)! > sknn.score([B, A]).get(D)!).to.equal(true);
    // Only the k most similar neighbours vote; only the `sample` most recent sessions are considered.
    expect([...new SessionKnn([[A, C], [A, D]], { k: 1 }).score([A]).keys()]).to.have.members([A, D]);
    expect([...new SessionKnn([[A, C], [A, D]], { sample: 1 }).score([A]).keys()]).to.have.members([A, D]);
  });

  it('user-kNN: r̂(u,i) = Σ sim(u,v)·r(v,i) / Σ |sim(u,v)| over the neighbours who rated i, shrunk by how many did', () => {
    const uknn = new UserKnn(
      [
        new Map([
          [A, 5],
          [B, 3],
        ]),
        new Map([
          [A, 1],
          [C, 4],
        ]),
        new Map([[D, 5]]),
      ],
      { shrink: 0 },
    );
    const r = uknn.score(new Map([[A, 1]]));
    // Both neighbours rated A; B only by v1, C only by v2; D's shopper shares nothing.
    expect(r.get(B)).to.be.closeTo(3, 1e-6);
    expect(r.get(C)).to.be.closeTo(4, 1e-6);
    const s1 = 5 / Math.sqrt(34);
    const s2 = 1 / Math.sqrt(17);
    expect(r.get(A)).to.be.closeTo((s1 * 5 + s2 * 1) / (s1 + s2), 1e-6);
    expect(r.has(D)).to.equal(false);
    // With shrinkage, an item two neighbours agree on beats one a single neighbour rated a little higher.
    const shrunk = new UserKnn([new Map([[A, 1], [B, 4]]), new Map([[A, 1], [B, 4]]), new Map([[A, 1], [C, 5]])]).score(new Map([[A, 1]]));
    expect(shrunk.get(B)! > shrunk.get(C)!).to.equal(true);
  });

  it('the recommender uses the shop’s neighbour sessions, baskets and profiles', () => {
    const catalog = catalogOfItems(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    const neighbours: NeighbourData = {
      sessions: [['a', 'b'], ['a', 'b'], ['a', 'b', 'c'], ['e', 'f']],
      baskets: [['a', 'g'], ['a', 'g'], ['b', 'h']],
      profiles: [{ a: 5, d: 5 }, { a: 4, d: 4 }, { e: 5, f: 1 }],
    };
    const rec = createRecommender(catalog, { neighbours, diversity: 0 });
    const forYou = rec.recommend({ mode: 'for-you', events: [{ type: 'view', productId: 'a', at: 1, session: 'x' }], limit: 3 });
    expect(forYou.map((r) => r.id)).to.include.members(['b', 'd']);
    expect(forYou.find((r) => r.id === 'd')!.reason).to.deep.equal({ kind: 'shoppers-like-you' });
    expect(forYou.find((r) => r.id === 'd')!.signals).to.have.property('userKnn');
    const together = rec.recommend({ mode: 'bought-together', productId: 'a', events: [], limit: 2 });
    expect(together[0]!.id).to.equal('g');
    const similar = rec.recommend({ mode: 'similar', productId: 'a', events: [], limit: 2 });
    expect(similar[0]!.id).to.equal('b');
  });

  it('reads the neighbour-data file defensively', () => {
    expect(parseNeighbourData('nope')).to.deep.equal({ error: 'not a JSON object' });
    expect(parseNeighbourData({ version: 2, sessions: [['a']] })).to.deep.equal({ error: 'unsupported version 2' });
    expect(parseNeighbourData({ sessions: 'x' })).to.deep.equal({ error: 'no sessions, baskets or profiles' });
    const ok = parseNeighbourData({
      version: 1,
      sessions: [['a', 'b'], [], 'x', [1, 'c', null, { id: 'z' }]],
      baskets: [['a'], ['a', 'b']],
      profiles: [{ a: 5, b: 'x', c: -1 }, 'junk', {}],
    });
    expect(ok).to.deep.equal({
      data: { format: 'shop-guide-neighbours', version: 1, sessions: [['a', 'b'], ['1', 'c']], baskets: [['a', 'b']], profiles: [{ a: 5 }] },
      dropped: 5,
    });
  });
});
