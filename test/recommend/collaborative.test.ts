import { expect } from '@open-wc/testing';
import { ItemKnn } from '../../src/recommend/item-knn.ts';
import { createRecommender, parseNeighbourData, type NeighbourData } from '../../src/recommend/index.ts';
import { catalogOfItems } from '../../src/recommend/eval/evaluate.ts';
import { SequentialRules } from '../../src/recommend/sequential-rules.ts';
import { SessionNeighbours } from '../../src/recommend/session-neighbours.ts';
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

  // Hand-worked from session-rec's algorithms/knn/vsknn.py, stan.py, vstan.py and baselines/sr.py.
  it('V-SKNN: position-weighted overlap, votes decayed by how far back the shared click is, IDF', () => {
    const past = [
      [A, C],
      [A, C],
      [B, D],
    ];
    const sknn = new SessionNeighbours(past, { method: 'vsknn', k: 10, weighting: 'div', weightingScore: 'div' });
    // Current A, B: weights A 1/2, B 1 ('div' = position / length). vec similarity = overlap / 2 distinct items:
    // [A, C] 0.25 (shared click 2 back: vote × 1/2), [B, D] 0.5 (shared click is the last: × 1).
    const s = sknn.score([A, B]);
    expect(s.get(C)).to.be.closeTo(2 * 0.25 * 0.5, 1e-9);
    expect(s.get(A)).to.be.closeTo(0.25, 1e-9);
    expect(s.get(D)).to.be.closeTo(0.5, 1e-9);
    // Reversed order: A is now the latest click, so [A, C] outvotes [B, D].
    const r = sknn.score([B, A]);
    expect(r.get(C)! > r.get(D)!).to.equal(true);
    // IDF (session-rec's: ln(#sessions / #clicks of the item)): D is rarer than C.
    const idf = new SessionNeighbours(past, { method: 'vsknn', k: 10, weighting: 'div', weightingScore: 'div', idf: 1 }).score([A, B]);
    expect(idf.get(D)).to.be.closeTo(0.5 * (1 + Math.log(3 / 1)), 1e-9);
    expect(idf.get(C)).to.be.closeTo(0.25 * (1 + Math.log(3 / 2)), 1e-9);
    // Only the `sample` most recent candidate sessions are compared; only the k best vote.
    expect([...new SessionNeighbours([[A, C], [A, D]], { method: 'vsknn', sample: 1 }).score([A]).keys()]).to.have.members([A, D]);
    expect(new SessionNeighbours([[A, C], [A, D]], { method: 'vsknn', k: 1 }).score([A]).size).to.equal(2);
    // Unknown items are ignored, not thrown on.
    expect(sknn.score([99, -1]).size).to.equal(0);
  });

  it('STAN: cosine over exp position weights, neighbour recency, distance to the shared item inside the neighbour', () => {
    const day = 86_400_000;
    const now = 10 * day;
    // Two identical neighbours, one a day older: with λ_snh = 1 day it counts e^-1 as much.
    const stan = new SessionNeighbours([[A, B, C], [A, B, C]], { method: 'stan', k: 10, snh: 1, inh: 1 }, [now - 2 * day, now - day]);
    const s = stan.score([B], undefined, now);
    const sim = (1 / Math.sqrt(3)) * (Math.exp(-1) + Math.exp(-2));
    // B sits at position 2 of the neighbour; A and C are one step away from it (λ_inh = 1: × e^-1).
    expect(s.get(B)).to.be.closeTo(sim, 1e-9);
    expect(s.get(A)).to.be.closeTo(sim * Math.exp(-1), 1e-9);
    expect(s.get(C)).to.be.closeTo(sim * Math.exp(-1), 1e-9);
    // λ_spw: the current session's later clicks weigh more (e^((pos − len)/λ)).
    const spw = new SessionNeighbours([[A, C], [B, D]], { method: 'stan', k: 10, spw: 1 }).score([A, B]);
    const norm = Math.sqrt(Math.exp(-2) + 1) * Math.sqrt(2);
    expect(spw.get(C)).to.be.closeTo(Math.exp(-1) / norm, 1e-9);
    expect(spw.get(D)).to.be.closeTo(1 / norm, 1e-9);
  });

  it('V-STAN: STAN plus the vote decay by how far back the shared click is, and IDF', () => {
    const vstan = new SessionNeighbours([[A, C], [B, D], [B, D]], { method: 'vstan', k: 10, ipw: 1, idfBoost: 1 });
    const s = vstan.score([A, B]);
    const norm = Math.sqrt(2) * Math.sqrt(2); // spw off: plain cosine
    // [A, C]: shared click A is 2 back → × e^((1 − 2)/1); IDF of C: ln(3 / 1).
    expect(s.get(C)).to.be.closeTo((1 / norm) * Math.exp(-1) * (1 + Math.log(3)), 1e-9);
    expect(s.get(D)).to.be.closeTo(2 * (1 / norm) * (1 + Math.log(3 / 2)), 1e-9);
  });

  it('SR: rules to the next clicks within `steps`, weighted by distance, pruned to the strongest', () => {
    const sr = new SequentialRules([[A, B, C], [A, C]], { steps: 2, weighting: 'div', pruning: 0 });
    expect([...sr.score(A)]).to.deep.equal([
      [B, 1],
      [C, 1.5],
    ]);
    expect([...sr.score(B)]).to.deep.equal([[C, 1]]);
    expect(sr.score(C).size).to.equal(0);
    // Pruned to one rule: the strongest; equal weights keep the first seen.
    expect([...new SequentialRules([[A, B, C], [A, C]], { steps: 2, weighting: 'div', pruning: 1 }).score(A).keys()]).to.deep.equal([C]);
    expect([...new SequentialRules([[A, B], [A, C]], { pruning: 1 }).score(A).keys()]).to.deep.equal([B]);
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

  it('the blend: the current session as a reminder (latest first), and popularity that follows recent sessions', () => {
    const catalog = catalogOfItems(['a', 'b', 'c', 'd']);
    const only = (w: Record<string, number>) => ({ content: 0, coCounts: 0, itemKnn: 0, sessionKnn: 0, sessionStan: 0, sequentialRules: 0, contextTree: 0, embedding: 0, reminder: 0, userKnn: 0, popularity: 0, ...w });
    const rec = createRecommender(catalog, { neighbours: { sessions: [['c', 'd']] }, weights: { 'for-you': only({ reminder: 1 }) }, diversity: 0, seenPenalty: 1 });
    const events = ['a', 'b', 'a', 'c'].map((productId, i) => ({ type: 'view', productId, at: 1000 + i, session: 's' }));
    const picks = rec.recommend({ mode: 'for-you', events, limit: 4 });
    expect(picks.map((r) => r.id)).to.deep.equal(['c', 'a', 'b']);
    expect(picks[1]!.score / picks[0]!.score).to.be.closeTo(0.5, 1e-3); // one click further back: half
    expect(picks[0]!.reason.kind).to.equal('recently-viewed');
    // With session times, popularity is what shoppers looked at lately (half-life in days).
    const day = 86_400_000;
    const neighbours: NeighbourData = { sessions: [['a'], ['a'], ['a'], ['b']], sessionTimes: [0, 0, 0, 10 * day] };
    const trend = createRecommender(catalog, { neighbours, weights: { 'for-you': only({ popularity: 1 }) }, diversity: 0, trendHalfLifeDays: 1 });
    expect(trend.recommend({ mode: 'for-you', events: [], limit: 2 })[0]!.id).to.equal('b');
    const flat = createRecommender(catalog, { neighbours: { sessions: neighbours.sessions }, weights: { 'for-you': only({ popularity: 1 }) }, diversity: 0 });
    expect(flat.recommend({ mode: 'for-you', events: [], limit: 2 })[0]!.id).to.equal('a');
  });

  it('the recommender uses the shop’s neighbour sessions, baskets and profiles', () => {
    const catalog = catalogOfItems(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    const neighbours: NeighbourData = {
      sessions: [['a', 'b'], ['a', 'b'], ['a', 'b', 'c'], ['e', 'f']],
      baskets: [['a', 'g'], ['a', 'g'], ['b', 'h']],
      profiles: [{ a: 5, d: 5 }, { a: 4, d: 4 }, { e: 5, f: 1 }],
    };
    const rec = createRecommender(catalog, { neighbours, diversity: 0 });
    const forYou = rec.recommend({ mode: 'for-you', events: [{ type: 'view', productId: 'a', at: 1, session: 'x' }], limit: 4 });
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
    // Session times stay with their sessions when some are dropped; a bad time is unknown, a misaligned list ignored.
    const timed = parseNeighbourData({ sessions: [['a'], [], ['b']], sessionTimes: [1000, 2000, 'x'] });
    expect('data' in timed && timed.data.sessionTimes).to.deep.equal([1000, NaN]);
    const misaligned = parseNeighbourData({ sessions: [['a'], ['b']], sessionTimes: [1] });
    expect('data' in misaligned && misaligned.data.sessionTimes).to.equal(undefined);
  });
});
