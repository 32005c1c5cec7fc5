/**
 * recommendInSlices(): the same answers as recommend(), worked out in slices with the page given its
 * turn in between, one request at a time; a recommend() that comes while a sliced request is paused
 * gets scratch of its own and leaves the paused one's answer as it would have been.
 */
import { expect } from '@open-wc/testing';
import { ContentIndex } from '../../src/recommend/content.ts';
import { createRecommender } from '../../src/recommend/recommender.ts';
import { finish } from '../../src/recommend/steps.ts';
import type { RecommendMode, RecommendRequest } from '../../src/recommend/types.ts';
import { syntheticProducts } from '../fixtures/catalog/synthetic.ts';
import { demoCatalog, history } from './helpers.ts';

describe('recommendInSlices', function () {
  this.timeout(60_000);

  it('answers every mode as recommend() does, and for-you pauses between its steps', async () => {
    const catalog = await demoCatalog('en');
    const rec = createRecommender(catalog);
    await rec.prepare();
    const p = catalog.products;
    const events = history([['view', p[3]!.id], ['view', p[40]!.id], ['add-to-cart', p[41]!.id], ['view', p[90]!.id]]);
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    for (const mode of ['for-you', 'similar', 'bought-together', 'recently-viewed'] as RecommendMode[]) {
      for (const productId of [undefined, p[7]!.id, p[41]!.id]) {
        const request: RecommendRequest = { mode, productId, limit: 6, events };
        const sync = rec.recommend(request);
        expect(sync.length, `${mode} ${productId}`).to.be.greaterThan(0);
        expect(await rec.recommendInSlices(request, { sliceMs: -1, pause }), `${mode} ${productId}`).to.deep.equal(sync);
      }
    }
    // With a negative budget every one of for-you's steps gives the page a turn.
    expect(pauses).to.be.greaterThan(3 * 5);
  });

  it('a recommend() while a sliced request waits does not disturb it, nor is disturbed', async () => {
    const catalog = await demoCatalog('en');
    const rec = createRecommender(catalog);
    await rec.prepare();
    const p = catalog.products;
    const a: RecommendRequest = { mode: 'for-you', limit: 8, events: history([['view', p[3]!.id], ['view', p[5]!.id]]) };
    const b: RecommendRequest = { mode: 'for-you', limit: 8, events: history([['view', p[200]!.id], ['add-to-cart', p[210]!.id]]) };
    const expectedA = rec.recommend(a);
    const expectedB = rec.recommend(b);
    expect(expectedA).to.not.deep.equal(expectedB);
    const during: unknown[] = [];
    // At every pause of a, b runs to its end in between (scratch of its own, as the content index's was half-filled).
    const sliced = rec.recommendInSlices(a, { sliceMs: -1, pause: async () => void during.push(rec.recommend(b)) });
    expect(await sliced).to.deep.equal(expectedA);
    expect(during.length).to.be.greaterThan(3);
    for (const answer of during) expect(answer).to.deep.equal(expectedB);
    expect(rec.recommend(a), 'and the shared scratch is clean afterwards').to.deep.equal(expectedA);
  });

  it('runs sliced requests one at a time, in order', async () => {
    const catalog = await demoCatalog('en');
    const rec = createRecommender(catalog);
    await rec.prepare();
    const p = catalog.products;
    const requests: RecommendRequest[] = [3, 60, 120, 180].map((i) => ({ mode: 'for-you', limit: 5, events: history([['view', p[i]!.id], ['view', p[i + 1]!.id]]) }));
    const expected = requests.map((r) => rec.recommend(r));
    const answers = await Promise.all(requests.map((r) => rec.recommendInSlices(r, { sliceMs: -1, pause: () => new Promise((res) => setTimeout(res, 0)) })));
    expect(answers).to.deep.equal(expected);
  });

  it('the content index scores in steps, the same as at once, and cleans its scratch', async () => {
    const { products } = await demoCatalog('en');
    const content = finish(ContentIndex.build(products));
    const profile = new Map<number, number>();
    for (const i of [2, 30, 31, 77]) content.addTo(profile, i, 1);
    const once = content.score(profile, 50);
    const scratch = content.newScratch();
    expect(finish(content.scoreSteps(profile, 50, undefined, 64, scratch))).to.deep.equal(once);
    expect(scratch.acc.every((x) => x === 0)).to.equal(true);
    expect(content.score(profile, 50)).to.deep.equal(once);
  });

  it('on a big catalog the content index pauses inside a profile, and a score with its own scratch in between leaves it whole', async () => {
    const products = syntheticProducts(20_000);
    const content = finish(ContentIndex.build(products));
    const profileOf = (items: number[]) => {
      const m = new Map<number, number>();
      for (const i of items) content.addTo(m, i, 1);
      return m;
    };
    const a = profileOf([0, 1, 2, 3]);
    const b = profileOf([500, 9000]);
    const [onceA, onceB] = [content.score(a, 40), content.score(b, 40)];
    const steps = content.scoreSteps(a, 40);
    let paused = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      paused++;
      expect(content.score(b, 40, undefined, 64, content.newScratch())).to.deep.equal(onceB);
    }
    expect(paused, 'postings of common terms run past a step').to.be.greaterThan(0);
    expect(step.value).to.deep.equal(onceA);
    expect(content.score(a, 40)).to.deep.equal(onceA);
  });
});
