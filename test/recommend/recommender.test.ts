import { expect } from '@open-wc/testing';
import type { Catalog } from '../../src/catalog/types.ts';
import { createRecommender, type Recommendation, type Recommender } from '../../src/recommend/index.ts';
import { demoCatalog, history, leaf } from './helpers.ts';

const UNAVAILABLE = ['OutOfStock', 'SoldOut', 'Discontinued'];

describe('recommender on the demo shop', () => {
  let catalog: Catalog;
  let rec: Recommender;
  const p = (id: string) => catalog.byId.get(id)!;
  const ids = (recs: Recommendation[]) => recs.map((r) => r.id);
  const tents = () => catalog.products.filter((x) => leaf(x) === 'Tents');

  before(async () => {
    catalog = await demoCatalog('en');
    rec = createRecommender(catalog);
    await rec.prepare();
  });

  function expectSane(recs: Recommendation[], limit: number) {
    expect(recs.length).to.be.within(1, limit);
    expect(new Set(ids(recs)).size, 'no duplicates').to.equal(recs.length);
    for (const r of recs) {
      expect(catalog.byId.has(r.id), `${r.id} is in the catalog`).to.equal(true);
      expect(UNAVAILABLE, `${r.id} is available`).to.not.include(p(r.id).availability);
      expect(r.reason.kind).to.be.a('string');
      expect(r.score).to.be.a('number');
    }
    // Never two products that look the same (the demo has a few identical titles).
    expect(new Set(recs.map((r) => p(r.id).title)).size, 'no near-identical items').to.equal(recs.length);
  }

  it('cold start: popular and well-rated products from many categories', () => {
    const recs = rec.recommend({ mode: 'for-you', events: [], limit: 8 });
    expectSane(recs, 8);
    expect(recs).to.have.length(8);
    expect(new Set(recs.map((r) => leaf(p(r.id)))).size).to.be.at.least(5);
    for (const r of recs) expect(['popular', 'top-rated']).to.include(r.reason.kind);
  });

  it('for-you after looking at tents: tents first, explained by what was viewed, plus things that go with them', () => {
    const viewed = tents().slice(0, 3).map((t) => t.id);
    const events = history(viewed.map((id) => ['view', id] as const));
    const recs = rec.recommend({ mode: 'for-you', events, limit: 8 });
    expectSane(recs, 8);
    const kinds = recs.map((r) => leaf(p(r.id)));
    expect(kinds.slice(0, 3).every((k) => k === 'Tents'), `top three are tents: ${kinds}`).to.equal(true);
    // Variety: at most half of the list from one category.
    expect(kinds.filter((k) => k === 'Tents').length).to.be.at.most(4);
    expect(kinds.some((k) => k !== 'Tents')).to.equal(true);
    // The products already seen come after new ones (if at all).
    expect(ids(recs).slice(0, 4).some((id) => viewed.includes(id))).to.equal(false);
    const first = recs[0]!.reason;
    const explained = recs.filter((r) => 'productId' in r.reason && viewed.includes(r.reason.productId));
    expect(explained.length, `reasons name a viewed tent: ${JSON.stringify(first)}`).to.be.at.least(3);
  });

  it('never recommends what was bought, dismissed, excluded or is out of stock', () => {
    const [a, b, c, d] = tents().filter((t) => t.availability === 'InStock');
    const events = history([
      ['view', a!.id],
      ['view', b!.id],
      ['purchase', c!.id],
      ['dismiss', d!.id],
    ]);
    const excluded = tents().filter((t) => t.availability === 'InStock')[5]!.id;
    for (const mode of ['for-you', 'similar', 'bought-together'] as const) {
      const recs = rec.recommend({ mode, productId: a!.id, events, limit: 12, exclude: [excluded] });
      expect(ids(recs), mode).to.not.include.members([c!.id, d!.id, excluded, a!.id]);
      for (const r of recs) expect(UNAVAILABLE).to.not.include(p(r.id).availability);
    }
  });

  it('similar: the same kind of product, the shop’s own “similar” links among them, explained as similar', () => {
    const anchor = p('TH-RS-001');
    const recs = rec.recommend({ mode: 'similar', productId: anchor.id, events: [], limit: 6 });
    expectSane(recs, 6);
    expect(recs.map((r) => leaf(p(r.id)))).to.deep.equal(Array(6).fill('Running Shoes'));
    const linked = anchor.related.similarTo.filter((id) => p(id).availability === 'InStock');
    expect(ids(recs)).to.include.members(linked);
    for (const r of recs) expect(r.reason).to.deep.equal({ kind: 'similar', productId: anchor.id });
  });

  it('bought-together: complements, led by the shop’s “also bought” counts, never another of the same', () => {
    const anchor = p('TH-RS-001');
    const recs = rec.recommend({ mode: 'bought-together', productId: anchor.id, events: [], limit: 4 });
    expectSane(recs, 4);
    for (const r of recs) expect(leaf(p(r.id))).to.not.equal('Running Shoes');
    const top = anchor.related.alsoBought.find((x) => p(x.id).availability === 'InStock')!.id;
    expect(ids(recs)).to.include(top);
    expect(recs.filter((r) => r.reason.kind === 'bought-together').length).to.be.at.least(3);
  });

  it('similar with no product on screen uses the product looked at last (and never returns it)', () => {
    const [a, b] = tents();
    const recs = rec.recommend({ mode: 'similar', events: history([['view', a!.id], ['view', b!.id]]), limit: 5 });
    expect(recs.length).to.be.greaterThan(0);
    expect(ids(recs)).to.not.include(b!.id);
    expect(recs.filter((r) => JSON.stringify(r.reason) === JSON.stringify({ kind: 'similar', productId: b!.id })).length).to.be.at.least(3);
    expect(recs.filter((r) => leaf(p(r.id)) === 'Tents').length).to.be.at.least(4);
    expect(rec.recommend({ mode: 'similar', events: [], limit: 5 })).to.deep.equal([]);
  });

  it('bought-together with no product on screen uses the cart, and is empty without one', () => {
    const tent = tents().find((t) => t.availability === 'InStock')!;
    expect(rec.recommend({ mode: 'bought-together', events: [], limit: 4 })).to.deep.equal([]);
    const recs = rec.recommend({ mode: 'bought-together', events: history([['add-to-cart', tent.id]]), limit: 4 });
    expect(recs.length).to.be.greaterThan(0);
    expect(recs[0]!.reason).to.deep.equal({ kind: 'bought-together', productId: tent.id });
    expect(ids(recs)).to.not.include(tent.id);
  });

  it('recently viewed: newest first, each product once, not the one on screen, out-of-stock ones included', () => {
    const t = tents();
    const out = t.find((x) => x.availability === 'OutOfStock')!;
    const events = history([
      ['view', t[0]!.id],
      ['view', out.id],
      ['search', 'tents'],
      ['click', t[1]!.id],
      ['view', t[0]!.id],
      ['view', 'NOT-IN-CATALOG'],
      ['add-to-cart', t[4]!.id],
    ]);
    const recs = rec.recommend({ mode: 'recently-viewed', events, limit: 10 });
    expect(ids(recs)).to.deep.equal([t[0]!.id, t[1]!.id, out.id]);
    expect(recs[0]!.reason).to.deep.equal({ kind: 'recently-viewed', at: events[4]!.at });
    expect(ids(rec.recommend({ mode: 'recently-viewed', productId: t[0]!.id, events, limit: 10 }))).to.deep.equal([t[1]!.id, out.id]);
    expect(rec.recommend({ mode: 'recently-viewed', events, limit: 1 })).to.have.length(1);
  });

  it('history under an id the feed’s id replaced (Catalog.aliases) counts for the product it names now', () => {
    const t = tents();
    const aliased = createRecommender({ ...catalog, aliases: new Map([['PAGE-SKU-1', t[2]!.id]]) });
    const events = history([
      ['view', t[0]!.id],
      ['view', 'PAGE-SKU-1'],
    ]);
    expect(ids(aliased.recommend({ mode: 'recently-viewed', events, limit: 10 }))).to.deep.equal([t[2]!.id, t[0]!.id]);
    expect(ids(aliased.recommend({ mode: 'recently-viewed', productId: 'PAGE-SKU-1', events, limit: 10 }))).to.deep.equal([t[0]!.id]);
    expect(ids(rec.recommend({ mode: 'recently-viewed', events, limit: 10 }))).to.deep.equal([t[0]!.id]);
  });

  it('after “reset my profile” old views stop personalising, but stay in recently viewed', () => {
    const viewed = tents().slice(0, 3).map((t) => t.id);
    const events = [...history(viewed.map((id) => ['view', id] as const)), { type: 'profile-reset', at: Date.UTC(2026, 10, 21) }];
    const recs = rec.recommend({ mode: 'for-you', events, limit: 8 });
    for (const r of recs) expect(['popular', 'top-rated'], JSON.stringify(r.reason)).to.include(r.reason.kind);
    expect(ids(rec.recommend({ mode: 'recently-viewed', events, limit: 8 }))).to.have.members(viewed);
  });

  it('a search shapes for-you, explained by the search', () => {
    const recs = rec.recommend({ mode: 'for-you', events: history([['search', 'waterproof rain jacket']]), limit: 6 });
    expectSane(recs, 6);
    expect(recs.filter((r) => leaf(p(r.id)) === 'Jackets').length).to.be.at.least(3);
    expect(recs[0]!.reason).to.deep.equal({ kind: 'searched', query: 'waterproof rain jacket' });
  });

  it('a cart item outweighs views, and its complements come with it', () => {
    const shoes = catalog.products.filter((x) => leaf(x) === 'Running Shoes' && x.availability === 'InStock');
    const events = history([
      ['view', tents()[0]!.id],
      ['view', tents()[1]!.id],
      ['add-to-cart', shoes[0]!.id],
    ]);
    const recs = rec.recommend({ mode: 'for-you', events, limit: 8 });
    const reasons = recs.map((r) => r.reason);
    expect(reasons.some((r) => 'productId' in r && r.productId === shoes[0]!.id)).to.equal(true);
    expect(recs.some((r) => ['Socks', 'Running Apparel', 'Smartwatches'].includes(leaf(p(r.id))!))).to.equal(true);
  });

  it('the product on screen steers for-you even with no history', () => {
    const recs = rec.recommend({ mode: 'for-you', productId: 'TH-RS-001', events: [], limit: 6 });
    expect(recs.filter((r) => ['Running Shoes', 'Socks', 'Running Apparel', 'Smartwatches'].includes(leaf(p(r.id))!)).length).to.be.at.least(4);
    expect(ids(recs)).to.not.include('TH-RS-001');
  });

  it('shrugs off malformed input', () => {
    const junk = [null, 42, { type: 7 }, { type: 'view' }, { type: 'view', productId: 'NOPE' }, { type: 'purchase', productId: 'TH-RS-001', at: 'yesterday' }] as never[];
    expect(() => rec.recommend({ mode: 'for-you', events: junk, limit: 5 })).to.not.throw();
    expect(rec.recommend({ mode: 'similar', productId: 'NOPE', events: [], limit: 5 })).to.deep.equal([]);
    expect(rec.recommend({ mode: 'nonsense' as never, events: [] })).to.deep.equal([]);
    expect(rec.recommend({ mode: 'for-you', events: [], limit: 1e9 }).length).to.be.at.most(100);
    expect(rec.recommend({ mode: 'for-you', events: [], limit: -3 })).to.have.length(1);
    expect(createRecommender({ ...catalog, products: [], byId: new Map() }).recommend({ mode: 'for-you', events: [] })).to.deep.equal([]);
  });

  it('blend weights are tunable, per mode or for all', () => {
    const events = history(tents().slice(0, 3).map((t) => ['view', t.id] as const));
    const popularOnly = createRecommender(catalog, { weights: { content: 0, coCounts: 0, itemKnn: 0, sessionKnn: 0, userKnn: 0, popularity: 1 } });
    const recs = popularOnly.recommend({ mode: 'for-you', events, limit: 5 });
    for (const r of recs) expect(Object.keys(r.signals)).to.deep.equal(['popularity']);
    const contentOnly = createRecommender(catalog, { weights: { 'for-you': { content: 1, coCounts: 0, itemKnn: 0, popularity: 0 } } });
    for (const r of contentOnly.recommend({ mode: 'for-you', events, limit: 5 })) expect(Object.keys(r.signals)).to.deep.equal(['content']);
    // Other modes keep their defaults.
    expect(Object.keys(contentOnly.recommend({ mode: 'bought-together', productId: 'TH-RS-001', events: [], limit: 3 })[0]!.signals)).to.include('coCounts');
  });

  it('works on the Chinese shop: CJK text, CNY prices', async () => {
    const zh = await demoCatalog('zh');
    const r = createRecommender(zh);
    const anchor = zh.byId.get('TH-TE-001')!;
    const similar = r.recommend({ mode: 'similar', productId: anchor.id, events: [], limit: 5 });
    for (const x of similar) expect(zh.byId.get(x.id)!.categories).to.deep.equal(anchor.categories);
    const searched = r.recommend({ mode: 'for-you', events: history([['search', '防雨外套']]), limit: 5 });
    expect(searched[0]!.reason).to.deep.equal({ kind: 'searched', query: '防雨外套' });
    expect(searched.filter((x) => zh.byId.get(x.id)!.categories.at(-1) === '外套').length).to.be.at.least(2);
  });

  it('knows products seen on other pages of the shop only by their stored facts', () => {
    // A product page whose catalog holds one product: history events carry snapshots of the others.
    const one = { ...catalog, products: catalog.products.filter((x) => leaf(x) === 'Tents' || leaf(x) === 'Running Shoes') };
    one.byId = new Map(one.products.map((x) => [x.id, x]));
    const r = createRecommender(one);
    const events = [
      { type: 'view', productId: 'ELSEWHERE-1', at: 1, product: { title: 'Ultralight backpacking tent', categories: ['Outdoor', 'Tents'], brand: 'Trailmark' } },
      { type: 'view', productId: 'ELSEWHERE-2', at: 2, product: { title: '3-season tent', categories: ['Outdoor', 'Tents'], brand: 'Trailmark' } },
    ];
    const recs = r.recommend({ mode: 'for-you', events, limit: 4 });
    // The top half (the most one category may take) are tents, explained by the brand or category seen.
    expect(recs.slice(0, 2).map((x) => leaf(one.byId.get(x.id)))).to.deep.equal(['Tents', 'Tents']);
    expect(['brand', 'category']).to.include(recs[0]!.reason.kind);
  });
});
