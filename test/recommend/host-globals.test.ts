/**
 * Pages with Prototype.js-era globals (`Array.from = $A`, `Array.prototype.toJSON`): recommendations,
 * search and our JSON come out exactly as on a clean page.
 */
import { expect } from '@open-wc/testing';
import { createRecommender } from '../../src/recommend/index.ts';
import { createSearch } from '../../src/search/index.ts';
import { toJson } from '../../src/safe-json.ts';
import { installPrototypeGlobals } from '../fixtures/prototype-globals.ts';
import { demoCatalog, history } from './helpers.ts';

describe('Prototype.js-era host globals', () => {
  it('the stand-in really breaks the built-ins (so the tests below can fail)', () => {
    const undo = installPrototypeGlobals();
    try {
      expect(JSON.parse(JSON.stringify([1, 2]))).to.equal('[1, 2]');
      expect(Array.from({ length: 2 }, () => 1)).to.deep.equal([undefined, undefined]);
    } finally {
      undo();
    }
  });

  it('recommends the same products', async () => {
    const catalog = await demoCatalog('en');
    const events = history([
      ['view', 'TH-RS-001'],
      ['add-to-cart', 'TH-RS-001'],
      ['view', 'TH-TE-001'],
    ]);
    const query = (r: ReturnType<typeof createRecommender>) =>
      (['for-you', 'similar', 'bought-together', 'recently-viewed'] as const).map((mode) =>
        r.recommend({ mode, events, productId: 'TH-RS-001', limit: 8 }).map((x) => x.id),
      );
    const clean = createRecommender(catalog);
    await clean.prepare();
    const expected = query(clean);
    const undo = installPrototypeGlobals();
    let got: string[][];
    try {
      const hosted = createRecommender(catalog);
      await hosted.prepare();
      got = query(hosted);
    } finally {
      undo();
    }
    expect(expected.every((ids) => ids.length > 0)).to.equal(true);
    expect(got).to.deep.equal(expected);
  });

  it('searches the same on the page', async () => {
    const catalog = await demoCatalog('en');
    const run = async () => {
      const s = await createSearch(catalog, { worker: false });
      const out = [];
      for (const q of ['running shoes under $80', 'waterproof tent', 'blue']) out.push((await s.search(q, { limit: 10 })).hits.map((h) => h.id));
      s.dispose();
      return out;
    };
    const expected = await run();
    const undo = installPrototypeGlobals();
    let got: string[][];
    try {
      got = await run();
    } finally {
      undo();
    }
    expect(got).to.deep.equal(expected);
  });

  it('toJson() writes arrays and dates once', () => {
    const undo = installPrototypeGlobals();
    let text: string;
    try {
      text = toJson({ items: [{ productId: 'A', tags: ['x'] }], when: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)), list: [1, [2]] });
    } finally {
      undo();
    }
    expect(JSON.parse(text)).to.deep.equal({ items: [{ productId: 'A', tags: ['x'] }], when: '2026-01-02T03:04:05.006Z', list: [1, [2]] });
  });
});
