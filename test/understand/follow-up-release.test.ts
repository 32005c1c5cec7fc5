/**
 * Follow-ups that let a condition go ("any price is fine", "不用防水了", "the colour doesn't matter"),
 * "more" said in a sentence ("let me see a few more", "再看看别的"), picks by weight said with a verb,
 * halves and room sizes, "got a …?" as an ask, and 机 / 器 said for one another (probe set 13); a bound
 * before a keyed amount ("heavier than 600 gsm"), "the last two", a type said as one shortened word
 * ("frypan"), "do you also have …" on a product page (probe set 14). Each case failed before.
 */
import { expect } from '@open-wc/testing';
import type { Catalog } from '../../src/catalog/types.ts';
import { lexiconFor } from '../../src/understand/lexicon.ts';
import { parseQuery } from '../../src/understand/filters.ts';
import { readMessage, type ShopperRequest } from '../../src/understand/read.ts';
import { MORE } from '../../src/understand/refine.ts';
import { releaseIn, releaseOf, withoutReleased } from '../../src/understand/release.ts';
import { quantitiesIn } from '../../src/understand/units.ts';
import { classifyIntent } from '../../src/understand/intents.ts';
import { demoCatalog, homeCatalog } from '../assistant/fixtures.ts';

async function reader(shop: 'home' | 'demo', lang: 'en' | 'zh' = 'en') {
  const catalog: Catalog = await (shop === 'home' ? homeCatalog(lang) : demoCatalog(lang));
  const lexicon = await lexiconFor(catalog.products);
  const l = lang === 'zh' ? 'zh-CN' : 'en';
  const read = (message: string, lastResultIds: string[] = [], page?: string): ShopperRequest =>
    readMessage(message, { lang: l, byId: catalog.byId, currentProductId: page, lastResultIds, hasPreviousSearch: lastResultIds.length > 0, lexicon, parse: (t) => parseQuery(t, l, lexicon.vocabulary) });
  return { read, catalog };
}

describe('understanding: follow-ups that let a condition go', () => {
  it('drops the price, the colour or a feature the last search had, and reads nothing as not sold', async () => {
    const en = await reader('demo');
    const shown = en.catalog.products.slice(0, 3).map((p) => p.id);
    for (const [m, want] of [
      ['any price is fine', { price: true }],
      ['the price doesn’t matter', { price: true }],
      ['whatever colour', { colors: true }],
      ['never mind waterproof', { attributes: ['waterproof'] }],
      ['it doesn’t have to be waterproof', { attributes: ['waterproof'] }],
    ] as const) {
      const r = en.read(m, shown);
      expect(r.release, m).to.deep.equal(want);
      expect(r.intent.refine, m).to.equal(true);
      expect(r.intent.kind, m).to.equal('search');
      expect(r.notSold, m).to.equal(undefined);
    }
    const zh = await reader('demo', 'zh');
    const zhShown = zh.catalog.products.slice(0, 3).map((p) => p.id);
    expect(zh.read('不用防水了', zhShown).release).to.deep.equal({ attributes: ['waterproof'] });
    expect(zh.read('价格无所谓', zhShown).release).to.deep.equal({ price: true });
    expect(zh.read('颜色都行', zhShown).release).to.deep.equal({ colors: true });
    // What else the message says still counts: "any colour, but under $100".
    const both = en.read('any colour is fine, but under $100', shown);
    expect(both.release).to.deep.equal({ colors: true });
    expect(both.query.filters.priceMax).to.equal(100);
  });

  it('is no release without a previous search, or when the words name nothing the filters know', async () => {
    const en = await reader('demo');
    expect(en.read('any price is fine').release).to.equal(undefined);
    expect(en.read('never mind that', ['TH-RS-001']).release).to.equal(undefined);
    expect(releaseIn('waterproof jackets under $100')).to.equal(null);
    expect(releaseOf('that', () => ({}))).to.equal(null);
  });

  it('takes the released conditions out of the filters, and only those', () => {
    const f = { priceMax: 80, priceMin: 20, colors: ['blue'], categories: ['Jackets'], attributes: { waterproof: ['yes'], fill: ['down'] } };
    expect(withoutReleased(f, { price: true })).to.deep.equal({ colors: ['blue'], categories: ['Jackets'], attributes: { waterproof: ['yes'], fill: ['down'] } });
    expect(withoutReleased(f, { attributes: ['waterproof'] })).to.deep.equal({ priceMax: 80, priceMin: 20, colors: ['blue'], categories: ['Jackets'], attributes: { fill: ['down'] } });
    expect(withoutReleased(f, { colors: true }).colors).to.equal(undefined);
  });
});

describe('understanding: more, picks by weight, halves and rooms', () => {
  it('reads "more" said in a sentence, and not a comparative', () => {
    for (const m of ['more', 'let me see a few more', 'can I see some more options?', 'show me other ones', '再看看别的', '再来几个']) expect(MORE.test(m), m).to.equal(true);
    for (const m of ['more expensive ones', 'more waterproof ones', 'show me more jackets']) expect(MORE.test(m), m).to.equal(false);
  });

  it('picks by weight when the shopper says "weighs the least" / "weighs the most"', async () => {
    const home = await reader('home');
    const shown = home.catalog.products.slice(0, 4).map((p) => p.id);
    expect(home.read('which of these weighs the least', shown).pick).to.deep.include({ by: 'measure', dir: 'min' });
    expect(home.read('which one weighs the most?', shown).pick).to.deep.include({ by: 'measure', dir: 'max' });
  });

  it('reads "a litre and a half", takes the verb with the amount, and a room’s area as a minimum', async () => {
    expect(quantitiesIn('one that holds a litre and a half or more')[0]).to.include({ family: 'volume', min: 1500, start: 4 });
    expect(quantitiesIn('air purifier for a 40 square metre living room')[0]).to.include({ family: 'area', min: 40 });
    expect(quantitiesIn('a 2 square metre rug')[0]).to.include({ family: 'area', exact: 2 });
    const home = await reader('home');
    const r = home.read('do you have one that holds a litre and a half or more?');
    expect(r.notSold).to.equal(undefined);
  });
});

describe('understanding: asking for a thing', () => {
  it('reads "got a …?" as asking whether the shop sells it', async () => {
    const home = await reader('home');
    expect(home.read('got a dehumidifier?').notSold).to.equal('dehumidifier');
    expect(home.read('got a kettle?').types.map((t) => t.key)).to.deep.equal(['electric kettle']);
  });

  it('takes 机, 器 and 仪 at the end of an appliance’s name for one another, where the word ends', async () => {
    const home = await reader('home', 'zh');
    expect(home.read('加湿机').query.filters.categories).to.deep.equal(['加湿器']);
    expect(home.read('有加湿机吗').notSold).to.equal(undefined);
    expect(home.read('咖啡器具').types).to.deep.equal([]);
  });
});

describe('understanding: probe set 14', () => {
  it('reads a bound said before an amount whose unit is an attribute key ("heavier than 600 gsm")', async () => {
    const home = await reader('home');
    const r = home.read('bath towels heavier than 600 gsm');
    expect(r.quantities[0]).to.include({ min: 600, strict: true });
    expect(r.query.text).to.equal('');
    const ids = new Set(r.query.filters.ids);
    const towels = home.catalog.products.filter((p) => p.categories.includes('Bath Towels'));
    expect(towels.filter((p) => ids.has(p.id)).map((p) => parseInt(p.attributes.gsm as string, 10)).every((g) => g > 600)).to.equal(true);
    expect(towels.some((p) => ids.has(p.id))).to.equal(true);
  });

  it('points "the last two" / "最后两款" at the end of the list shown', async () => {
    const home = await reader('home');
    const shown = home.catalog.products.slice(0, 6).map((p) => p.id);
    const ctx = { lang: 'en' as const, byId: home.catalog.byId, lastResultIds: shown, hasPreviousSearch: true };
    expect(classifyIntent('compare the last two', ctx).refs).to.deep.equal([{ kind: 'previous', count: 2, fromEnd: true }]);
    expect(classifyIntent('最后两款对比一下', { ...ctx, lang: 'zh-CN' as const }).refs).to.deep.equal([{ kind: 'previous', count: 2, fromEnd: true }]);
    expect(classifyIntent('compare the first two', ctx).refs).to.deep.equal([{ kind: 'previous', count: 2 }]);
  });

  it('reads a type said as one word with its first word shortened ("frypan")', async () => {
    const home = await reader('home');
    expect(home.read('frypan').query.filters.categories).to.deep.equal(['Frying Pans & Skillets']);
    expect(home.read('frypans under $40').notSold).to.equal(undefined);
  });

  it('splits a feature’s word written together with a type ("raincoats"), and nothing else', async () => {
    const demo = await reader('demo');
    const r = demo.read('raincoats');
    expect(r.notSold).to.equal(undefined);
    expect(r.query.filters).to.deep.include({ categories: ['Jackets'], attributes: { waterproof: ['yes'] } });
    expect(demo.read('toothbrush').notSold).to.equal('toothbrush');
  });

  it('reads "do you also have …" on a product page as asking what the shop sells', async () => {
    const demo = await reader('demo');
    const tent = demo.catalog.products.find((p) => p.categories.includes('Tents'))!;
    const r = demo.read('do you also have camping stoves', [], tent.id);
    expect(r.aboutFocus).to.equal(false);
    expect(r.notSold).to.equal('camping stoves');
  });
});

describe('understanding: probe set 15', () => {
  it('reads "a minimum of", "or thereabouts", a measuring verb and 档 with the amount', () => {
    expect(quantitiesIn('a minimum of 30 settings')[0]).to.include({ family: 'count', min: 30, start: 0 });
    expect(quantitiesIn('not more than 2 kg')[0]).to.include({ max: 2000 });
    const about = quantitiesIn('candles that burn for 60 hours or thereabouts')[0]!;
    expect([about.min, about.max, about.start]).to.deep.equal([3060, 4140, 'candles that '.length]); // minutes
    expect(quantitiesIn('最少30档的磨豆机')[0]).to.include({ family: 'count', min: 30 });
  });

  it('lets go of "the price limit" / "the colour filter", but "drop" needs its "the"', async () => {
    const demo = await reader('demo');
    const shown = demo.catalog.products.slice(0, 3).map((p) => p.id);
    expect(demo.read('drop the price limit', shown).release).to.deep.equal({ price: true });
    expect(demo.read('remove the colour filter', shown).release).to.deep.equal({ colors: true });
    expect(releaseIn('drop proof cases')).to.equal(null);
  });

  it('points "第二款和第三款" at those two, not at the list ("三款" inside "第三款" is no plural)', async () => {
    const home = await reader('home', 'zh');
    const shown = home.catalog.products.slice(0, 6).map((p) => p.id);
    const refs = classifyIntent('第二款和第三款比一下', { lang: 'zh-CN' as const, byId: home.catalog.byId, lastResultIds: shown, hasPreviousSearch: true }).refs;
    expect(refs).to.deep.equal([{ kind: 'ordinal', index: 1 }, { kind: 'ordinal', index: 2 }]);
  });
});
