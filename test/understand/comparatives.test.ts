/**
 * Comparatives in follow-ups and bounds ("bigger ones?", "再大一点的", "no heavier than 2.5 kg") and
 * product words said in two parts ("back pack"). Probe set 9 found these; each case failed before.
 */
import { expect } from '@open-wc/testing';
import type { Catalog } from '../../src/catalog/types.ts';
import { lexiconFor, type Lexicon } from '../../src/understand/lexicon.ts';
import { parseQuery } from '../../src/understand/filters.ts';
import { readMessage, type ShopperRequest } from '../../src/understand/read.ts';
import { beyondShownIds } from '../../src/understand/refine.ts';
import { quantitiesIn } from '../../src/understand/units.ts';
import { demoCatalog } from '../assistant/fixtures.ts';

async function reader(lang: 'en' | 'zh' = 'en') {
  const catalog: Catalog = await demoCatalog(lang);
  const lexicon: Lexicon = await lexiconFor(catalog.products);
  const l = lang === 'zh' ? 'zh-CN' : 'en';
  const read = (message: string, lastResultIds: string[] = []): ShopperRequest =>
    readMessage(message, { lang: l, byId: catalog.byId, lastResultIds, hasPreviousSearch: lastResultIds.length > 0, lexicon, parse: (t) => parseQuery(t, l, lexicon.vocabulary) });
  return { read, catalog, lexicon };
}

const PACKS = ['TH-BA-001', 'TH-BA-002', 'TH-BA-003'];

describe('understanding: comparatives', () => {
  it('reads "bigger ones?" after a list as a narrowing beyond what was shown, not as a product the shop lacks', async () => {
    const { read } = await reader();
    for (const m of ['bigger ones', 'any bigger ones?', 'lighter ones please', 'something smaller']) {
      const r = read(m, PACKS);
      expect(r.notSold, m).to.equal(undefined);
      expect(r.intent.refine, m).to.equal(true);
      expect(r.beyondShown?.by, m).to.equal('measure');
    }
    expect(read('bigger ones', PACKS).beyondShown?.dir).to.equal('max');
    expect(read('lighter ones please', PACKS).beyondShown?.dir).to.equal('min');
    // A "which" question or a superlative picks one of them instead.
    expect(read('which is bigger?', PACKS).beyondShown).to.equal(undefined);
    expect(read('which is bigger?', PACKS).pick?.dir).to.equal('max');
    // With an amount, the amount is the bound.
    const amount = read('and lighter than 4 kg?', PACKS);
    expect(amount.beyondShown).to.equal(undefined);
    expect(amount.intent.refine).to.equal(true);
  });

  it('reads Chinese comparatives said with 一点 / 一些 / 再', async () => {
    const { read } = await reader('zh');
    for (const m of ['大一点的', '再大一点的', '再轻一点的', '小一些的']) {
      const r = read(m, PACKS);
      expect(r.notSold, m).to.equal(undefined);
      expect(r.beyondShown?.by, m).to.equal('measure');
    }
    const amount = read('再大一点的，30升以上', PACKS);
    expect(amount.notSold).to.equal(undefined);
    expect(amount.intent.refine).to.equal(true);
    expect(amount.quantities[0]).to.include({ family: 'volume', min: 30000 });
  });

  it('keeps the products of the shown kinds beyond the middle of what was shown', async () => {
    const { catalog, lexicon } = await reader();
    const shown = PACKS.map((id) => catalog.byId.get(id)!);
    const measure = lexicon.measured.find((m) => m.family === 'volume' && shown.some((p) => m.values.has(p.id)))!;
    const values = shown.map((p) => measure.values.get(p.id)!).sort((a, b) => a - b);
    const median = values[1]!;
    const bigger = beyondShownIds(shown, measure.values, 'max', catalog.products)!;
    expect(bigger.length).to.be.greaterThan(0);
    for (const id of bigger) {
      expect(measure.values.get(id)!).to.be.greaterThan(median);
      expect(catalog.byId.get(id)!.categories.at(-1)).to.equal('Backpacks');
    }
    for (const id of beyondShownIds(shown, measure.values, 'min', catalog.products)!) expect(measure.values.get(id)!).to.be.lessThan(median);
    expect(beyondShownIds(shown, new Map(), 'max', catalog.products)).to.equal(null);
  });

  it('reads a negated comparative as the other bound, the amount itself allowed', () => {
    expect(quantitiesIn('a tent no heavier than 2.5 kg')[0]).to.include({ family: 'mass', max: 2500 });
    expect(quantitiesIn('a tent no heavier than 2.5 kg')[0]!.strict).to.not.equal(true);
    expect(quantitiesIn('not lighter than 2 kg')[0]).to.include({ family: 'mass', min: 2000 });
    expect(quantitiesIn('a backpack not bigger than 30 L')[0]).to.include({ family: 'volume', max: 30000 });
    // Unchanged: the plain comparative is strict.
    expect(quantitiesIn('lighter than 2 kg')[0]).to.include({ family: 'mass', max: 2000, strict: true });
  });

  it('never takes a superlative for a misspelling, and reads "holds the most" as a pick', async () => {
    const { read } = await reader();
    const mats = ['TH-YO-001', 'TH-YO-002', 'TH-YO-003'];
    const thickest = read('which of them is the thickest?', mats);
    expect(thickest.intent.kind).to.equal('compare');
    expect(thickest.pick).to.include({ by: 'measure', dir: 'max' });
    expect(read('which one holds the most water', PACKS).pick).to.include({ by: 'measure', dir: 'max' });
  });

  it('joins a product word said in two parts when the catalog writes it as one', async () => {
    const { read } = await reader();
    expect(read('a waterproff back pack').query.filters.categories).to.deep.equal(['Backpacks']);
    expect(read('I want a back pack').query.filters.categories).to.deep.equal(['Backpacks']);
    // Two words that are a type themselves stay two.
    expect(read('running shoes').query.filters.categories).to.deep.equal(['Running Shoes']);
  });
});
