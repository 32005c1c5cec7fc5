/**
 * Features, exclusions and bounds said the way shoppers say them, on the home shop (whose attribute keys
 * are English and whose Chinese titles put the product name anywhere).
 */
import { expect } from '@open-wc/testing';
import type { Catalog } from '../../src/catalog/types.ts';
import { lexiconFor, type Lexicon } from '../../src/understand/lexicon.ts';
import { parseQuery } from '../../src/understand/filters.ts';
import { pickProduct, readMessage, type ShopperRequest } from '../../src/understand/read.ts';
import { conceptForKey } from '../../src/understand/concepts.ts';
import { quantitiesIn, satisfies, spelledNumbers } from '../../src/understand/units.ts';
import { mergeFilters } from '../../src/understand/refine.ts';
import { editDistance } from '../../src/understand/words.ts';
import { demoCatalog, homeCatalog } from '../assistant/fixtures.ts';

async function reader(shop: 'home' | 'demo', lang: 'en' | 'zh' = 'en') {
  const catalog: Catalog = await (shop === 'home' ? homeCatalog(lang) : demoCatalog(lang));
  const lexicon: Lexicon = await lexiconFor(catalog.products);
  const l = lang === 'zh' ? 'zh-CN' : 'en';
  const read = (message: string, more: { page?: string; lastResultIds?: string[]; previous?: { categories?: string[] } } = {}): ShopperRequest =>
    readMessage(message, {
      lang: l,
      byId: catalog.byId,
      currentProductId: more.page,
      lastResultIds: more.lastResultIds ?? [],
      hasPreviousSearch: !!more.previous,
      previousFilters: more.previous,
      lexicon,
      parse: (t) => parseQuery(t, l, lexicon.vocabulary),
    });
  return { read, catalog, lexicon };
}

describe('understanding: features in shoppers’ words', () => {
  it('reads feature phrases in any word order, function words aside', async () => {
    const { read } = await reader('home');
    expect(read('a fryer with twin baskets').query.filters.attributes).to.deep.include({ 'dual basket': ['yes'] });
    expect(read('water bottle that keeps drinks cold').query.filters.attributes).to.deep.include({ insulated: ['yes'] });
    expect(read('kettle with adjustable temperature').query.filters.attributes).to.deep.include({ 'temperature control': ['yes'] });
    expect(read('robot vacuum that mops').query.filters.attributes).to.deep.include({ mopping: ['yes'] });
  });

  it('reads a feature said with a negation as the feature, not an exclusion', async () => {
    const { read } = await reader('home');
    const f = read("food containers that won't leak").query.filters;
    expect(f.attributes).to.deep.include({ leakproof: ['yes'] });
    expect(f.excludeTerms ?? []).to.not.include('leak');
  });

  it('does not read one word of a phrase as the feature ("microwaves" is not "in the microwave")', async () => {
    const { read } = await reader('home');
    const r = read('do you have any microwaves?');
    expect(r.query.filters.attributes?.['microwave safe']).to.equal(undefined);
    expect(r.notSold).to.equal('microwaves');
  });

  it('drops a feature the named product type never has', async () => {
    const { read } = await reader('home', 'zh');
    // 不粘 names the baking sheets' "nonstick" key; pans carry it as a material value.
    const r = read('不粘锅');
    expect(r.query.filters.categories).to.deep.equal(['煎锅炒锅']);
    expect(r.query.filters.attributes?.nonstick).to.equal(undefined);
  });

  it('gives a value several keys share to the key the shopper named, or to the list being narrowed', async () => {
    const { read } = await reader('home');
    expect(read('rice cooker with a ceramic pot').query.filters.attributes).to.deep.equal({ 'inner pot': ['ceramic'] });
    const zh = await reader('home', 'zh');
    const narrowed = zh.read('要不锈钢的', { previous: { categories: ['电热水壶'] } });
    expect(narrowed.query.filters.attributes).to.deep.equal({ material: ['不锈钢'] });
  });

  it('finds Chinese product names anywhere in titles, as the category they name', async () => {
    const { read } = await reader('home', 'zh');
    expect(read('烧水壶').query.filters.categories).to.deep.equal(['电热水壶']);
    expect(read('可以调温的烧水壶').query.filters.attributes).to.deep.include({ 'temperature control': ['yes'] });
  });

  it('knows concepts by keys spelt differently', () => {
    expect(conceptForKey('dishwasher safe basket')?.id).to.equal('dishwasher-safe');
    expect(conceptForKey('Bluetooth version')?.id).to.equal('connectivity');
    expect(conceptForKey('gift box')).to.equal(undefined);
  });
});

describe('understanding: exclusions and bounds', () => {
  it('reads exclusion cues, longest first, past "from"/"by"', async () => {
    const { read } = await reader('demo');
    expect(read('tents, but not from Trailmark').query.filters.excludeBrands).to.deep.equal(['Trailmark']);
    expect(read('aside from Kestrel, any trail shoes?').query.filters.excludeBrands).to.deep.equal(['Kestrel']);
    expect(read('rule out Sonara and Auralis').query.filters.excludeBrands).to.deep.equal(['Sonara', 'Auralis']);
    expect(read("please don't show me Velox").query.filters.excludeBrands).to.deep.equal(['Velox']);
    const zh = await reader('demo', 'zh');
    expect(zh.read('耳机，去掉Auralis的').query.filters.excludeBrands).to.deep.equal(['Auralis']);
  });

  it('keeps "anything but X" as an exclusion, not a search for X', async () => {
    const { read } = await reader('home');
    const f = read('pillows, anything except memory foam').query.filters;
    expect(f.excludeTerms).to.include('memory foam');
    expect(f.attributes?.fill).to.equal(undefined);
  });

  it('reads "or heavier" / "or lighter" after an amount as a bound', () => {
    expect(quantitiesIn('towels 550 gsm or heavier')[0]).to.include({ family: 'density', min: 550 });
    expect(quantitiesIn('a pan, 1.5 kg or lighter')[0]).to.include({ family: 'mass', max: 1500 });
    expect(quantitiesIn('cadr of 300 m³/h')[0]).to.include({ family: 'flow', exact: 300 });
  });

  it('reads the longest bound word before an amount, when a shorter one ends it', () => {
    // 不超过 ends in 超过, 不低于 in 低于: each was read as both bounds at once (nothing matched).
    const atMost = quantitiesIn('容量不超过1.5升的电热水壶')[0]!;
    expect(atMost).to.include({ family: 'volume', max: 1500 });
    expect(atMost.min).to.equal(undefined);
    expect(atMost.strict).to.equal(undefined);
    const atLeast = quantitiesIn('功率不低于1000瓦的破壁机')[0]!;
    expect(atLeast).to.include({ family: 'power', min: 1000 });
    expect(atLeast.max).to.equal(undefined);
    expect(atLeast.strict).to.equal(undefined);
    expect(quantitiesIn('不到1.5升的水壶')[0]).to.include({ max: 1500, strict: true });
    expect(quantitiesIn('起码2升的')[0]).to.include({ min: 2000 });
    expect(quantitiesIn('最多2公斤')[0]).to.include({ max: 2000 });
    const noMore = quantitiesIn('no more than 2 kg')[0]!;
    expect(noMore).to.include({ max: 2000 });
    expect(noMore.min).to.equal(undefined);
    expect(noMore.strict).to.equal(undefined);
  });

  it('reads "about 5 litres" / "5升左右" as near it either way, and "half a litre" as half', () => {
    const about = quantitiesIn('air fryer of roughly 5 litres')[0]!;
    expect(about.exact).to.equal(undefined);
    expect(about.min).to.be.closeTo(4250, 1);
    expect(about.max).to.be.closeTo(5750, 1);
    expect(about.start).to.equal('air fryer of '.length);
    const zh = quantitiesIn('5升左右的空气炸锅')[0]!;
    expect([zh.min, zh.max, zh.end]).to.deep.equal([4250, 5750, '5升左右'.length]);
    expect(quantitiesIn('half a litre water bottle')[0]).to.include({ family: 'volume', exact: 500, start: 0 });
    // People are not approximated: "about 4 people" still needs room for 4.
    expect(quantitiesIn('a tent for about 4 people')[0]).to.include({ min: 4 });
  });

  it('breaks a tie in a pick by rating instead of giving up', async () => {
    const { catalog, lexicon } = await reader('home');
    const [a, b] = catalog.products.filter((p) => p.price !== undefined).slice(0, 2);
    const same = [{ ...a!, price: 50, rating: { value: 4.1, count: 10, best: 5, worst: 1 } }, { ...b!, price: 50, rating: { value: 4.8, count: 10, best: 5, worst: 1 } }];
    expect(pickProduct(same, { by: 'price', dir: 'min' }, lexicon)?.id).to.equal(b!.id);
  });
});

describe('understanding: product names and what they ask for', () => {
  it('says a product compound or a name used only inside longer ones is not sold', async () => {
    const home = await reader('home');
    expect(home.read('do you have a pressure cooker').notSold).to.equal('pressure cooker');
    expect(home.read('a small kettle').notSold).to.equal(undefined);
    const demo = await reader('demo');
    expect(demo.read('duffel bag for the gym').notSold).to.equal('duffel bag');
    expect(demo.read('kids backpack').notSold).to.equal(undefined);
  });

  it('maps a title word to the category it heads', async () => {
    const { read } = await reader('home');
    expect(read('grinder').query.filters.categories).to.deep.equal(['Coffee Grinders']);
  });

  it('reads the type said before "to go with it" as what is wanted', async () => {
    const { read } = await reader('home');
    const r = read('and a mug to go with it');
    expect(r.intent.kind).to.equal('search');
    expect(r.types.map((t) => t.key)).to.deep.equal(['mug']);
    expect(read('what goes with this kettle').intent.kind).to.equal('bundle');
  });

  it('reads a word that ends several values of one key as those values', async () => {
    const { read } = await reader('home');
    expect(read('burr grinder').query.filters.attributes?.['grinder type']).to.have.members(['conical burr', 'flat burr']);
  });

  it('does not take a feature phrase for a product type', async () => {
    const { read } = await reader('home');
    const r = read('a pan that can go in the oven');
    expect(r.types.map((t) => t.key)).to.deep.equal(['pan']);
    expect(r.query.filters.attributes).to.deep.include({ 'oven safe': ['yes'] });
  });

  it('finds the tool for a Chinese verb phrase ("X的东西")', async () => {
    const { read } = await reader('home', 'zh');
    expect(read('有没有磨刀用的工具').query.filters.categories).to.deep.equal(['磨刀器']);
  });

  it('keeps the page product’s kind for a spec-only search on its page', async () => {
    const { read, catalog } = await reader('home', 'zh');
    const toaster = catalog.products.find((p) => p.categories.includes('多士炉'))!;
    expect(read('四片的有哪些', { page: toaster.id }).query.filters.categories).to.deep.equal(['多士炉']);
  });
});


describe('understanding: picks said alone, lists of exclusions, people and typos', () => {
  it('reads a superlative said alone after a list as a pick among it', async () => {
    const { read, catalog } = await reader('demo');
    const tents = catalog.products.filter((p) => p.categories.includes('Tents')).map((p) => p.id);
    for (const m of ['the lightest one?', 'lightest?', 'and the cheapest one']) {
      const r = read(m, { lastResultIds: tents, previous: { categories: ['Tents'] } });
      expect(r.pick, m).to.exist;
      expect(r.intent.kind, m).to.equal('compare');
    }
    // Not after a list, and not with words of its own: a search.
    expect(read('the lightest one?').pick).to.equal(undefined);
    expect(read('lightest tent for hiking in the alps', { lastResultIds: tents }).pick).to.equal(undefined);
    const zh = await reader('demo', 'zh');
    const zhTents = zh.catalog.products.filter((p) => p.categories.includes('帐篷')).map((p) => p.id);
    expect(zh.read('最轻的呢', { lastResultIds: zhTents, previous: { categories: ['帐篷'] } }).pick).to.deep.include({ by: 'measure', dir: 'min' });
  });

  it('compares what a word may measure on the products shown ("thickest": a towel’s gsm)', async () => {
    const { read, catalog, lexicon } = await reader('home');
    const towels = catalog.products.filter((p) => p.categories.includes('Bath Towels'));
    const r = read('the thickest?', { lastResultIds: towels.map((p) => p.id), previous: { categories: ['Bath Towels'] } });
    const chosen = pickProduct(towels, r.pick!, lexicon, undefined, 'the thickest?')!;
    const gsm = (p: (typeof towels)[number]) => parseFloat(String(p.attributes.gsm));
    expect(gsm(chosen)).to.equal(Math.max(...towels.map(gsm)));
    // A named attribute decides among the families: "longest burning" is burn time.
    const candles = catalog.products.filter((p) => p.categories.includes('Candles'));
    const q = 'the longest burning one?';
    const c = pickProduct(candles, read(q, { lastResultIds: candles.map((p) => p.id), previous: { categories: ['Candles'] } }).pick!, lexicon, undefined, q)!;
    const hours = (p: (typeof candles)[number]) => parseFloat(String(p.attributes['burn time']));
    expect(hours(c)).to.equal(Math.max(...candles.map(hours)));
  });

  it('never takes a superlative for a product the shop lacks', async () => {
    const { read } = await reader('home');
    expect(read('the heaviest?').notSold).to.equal(undefined);
    expect(read('do you sell vests?').notSold).to.equal('vests');
  });

  it('reads a list of exclusions with the negation repeated', async () => {
    const { read } = await reader('demo');
    expect(read('backpacks, not Nomad Gear and not Urban Layer').query.filters.excludeBrands).to.have.members(['Nomad Gear', 'Urban Layer']);
    expect(read('backpacks, not Nomad Gear and not Urban Layer').query.filters.brands).to.equal(undefined);
    expect(read('running shoes, no Velox, no Kestrel').query.filters.excludeBrands).to.have.members(['Velox', 'Kestrel']);
  });

  it('reads a family or group size as people', () => {
    expect(quantitiesIn('tent for a family of four')[0]).to.include({ family: 'people', min: 4 });
    expect(quantitiesIn('一家四口用的帐篷')[0]).to.include({ family: 'people', min: 4 });
    expect(quantitiesIn('四口之家')[0]).to.include({ family: 'people', min: 4 });
  });

  it('counts a swap of two letters as one slip', async () => {
    expect(editDistance('candel', 'candle', 1)).to.equal(1);
    expect(editDistance('shose', 'shoes', 1)).to.equal(1);
    expect(editDistance('blend', 'blender', 2)).to.equal(2);
    const { read } = await reader('home');
    const r = read('scented candels');
    expect(r.notSold).to.equal(undefined);
    expect(r.query.filters.categories).to.include('Candles');
  });
});

describe('understanding: dialogue rules for pro-forms and lists', () => {
  it('reads "ones that do" as the feature the last product question asked about', async () => {
    const { catalog } = await reader('home');
    const lexicon = await lexiconFor(catalog.products);
    const r = readMessage('ok show me pans that do', {
      lang: 'en', byId: catalog.byId, currentProductId: 'HH-FP002', lastResultIds: [], hasPreviousSearch: false,
      askedAttributes: { 'induction compatible': ['yes'] }, lexicon, parse: (t) => parseQuery(t, 'en', lexicon.vocabulary),
    });
    expect(r.query.filters.attributes).to.deep.include({ 'induction compatible': ['yes'] });
    expect(r.query.filters.categories).to.include('Pots & Pans');
    // Without a question before it, nothing is added.
    const { read } = await reader('home');
    expect(read('ok show me pans that do').query.filters.attributes).to.equal(undefined);
  });

  it('narrows the last list to a type named with "of those"', async () => {
    const { read } = await reader('home');
    const r = read('any of those in bedding?', { lastResultIds: ['HH-SS014', 'HH-CF006'], previous: {} });
    expect(r.intent.refine).to.equal(true);
  });

  it('reads a product page’s kind for a feature named without a type ("like this but with burrs")', async () => {
    const { read } = await reader('home');
    const r = read('something like this but with burrs', { page: 'HH-CG003' });
    expect(r.query.filters.attributes?.['grinder type']).to.have.members(['conical burr', 'flat burr']);
  });

  it('reads a graded yes/no feature by its phrases ("hepa", "带HEPA过滤")', async () => {
    const { read } = await reader('home');
    expect(read('hepa air purifier').query.filters.attributes?.['hepa filter']).to.have.members(['yes', 'H13', 'H11']);
    const zh = await reader('home', 'zh');
    expect(zh.read('带HEPA过滤的无线吸尘器').query.filters.attributes?.['hepa filter']).to.include('是');
  });

  it('never takes the Latin brand of a Chinese title for a product type', async () => {
    const { read } = await reader('home', 'zh');
    const r = read('Voltra的也不要', { lastResultIds: ['HH-BL001', 'HH-BL003'], previous: { categories: ['破壁料理机'] } });
    expect(r.types).to.deep.equal([]);
    expect(r.query.filters.excludeBrands).to.deep.equal(['Voltra']);
  });
});

describe('understanding: follow-ups said loosely', () => {
  it('narrows the list with "X as well" and never calls "as well" a product', async () => {
    const { read } = await reader('home');
    const r = read('oven safe as well', { lastResultIds: ['HH-FP001', 'HH-FP002'], previous: { categories: ['Frying Pans & Skillets'] } });
    expect(r.notSold).to.equal(undefined);
    expect(r.intent.refine).to.equal(true);
    expect(r.query.filters.attributes).to.deep.include({ 'oven safe': ['yes'] });
  });

  it('reads "anything under 40?" about a focused product as a search, not a question about it', async () => {
    const { read } = await reader('home');
    const r = read('anything under 40?', { page: 'HH-KH009' });
    expect(r.aboutFocus).to.equal(false);
    expect(r.query.filters.priceMax).to.equal(40);
    expect(read('is there anything about the warranty?', { page: 'HH-KH009' }).aboutFocus).to.equal(true);
  });

  it('hears "thanks, that is all" as goodbye', async () => {
    const { read } = await reader('home');
    expect(read('thanks, that is all', { lastResultIds: ['HH-FP001', 'HH-FP002'], previous: {} }).intent.kind).to.equal('small-talk');
  });
});

describe('understanding: Chinese names fused with features', () => {
  it('reads a type name that holds a feature as both ("保温杯": insulated)', async () => {
    const { read } = await reader('home', 'zh');
    const r = read('看看防漏的保温杯');
    expect(r.query.filters.attributes).to.deep.include({ insulated: ['yes'], leakproof: ['yes'] });
    // A feature name inside a thing the shop does not sell is no feature: "有微波炉吗" asks for microwaves.
    expect(read('有微波炉吗').notSold).to.equal('微波炉');
  });
});

describe('understanding: amounts said in everyday ways', () => {
  it('leaves the amount out after "over" / "less than", keeps it after "at least"', () => {
    const over = quantitiesIn('coffee makers over 1000 watts')[0]!;
    expect(satisfies(1000, over)).to.equal(false);
    expect(satisfies(1450, over)).to.equal(true);
    expect(satisfies(1000, quantitiesIn('at least 1000 W')[0]!)).to.equal(true);
    expect(satisfies(2000, quantitiesIn('lighter than 2 kg')[0]!)).to.equal(false);
  });

  it('reads "a week", "an hour" after a bound as one of them', () => {
    expect(quantitiesIn('at least a week of battery')[0]).to.include({ family: 'time', min: 10080 });
    expect(quantitiesIn('a day out')).to.deep.equal([]);
  });

  it('reads "tents for two" as people when the type is sold by how many it holds', async () => {
    const { read, catalog } = await reader('demo');
    const r = read('tents for two');
    expect(r.quantities[0]).to.include({ family: 'people', min: 2 });
    for (const id of r.query.filters.ids ?? []) expect(Number(catalog.byId.get(id)!.attributes.capacity)).to.be.at.least(2);
    expect(read('tents for 200 dollars').query.filters.priceMax).to.equal(200);
    expect(read('tents for 200 dollars').quantities).to.deep.equal([]);
  });

  it('reads a bare Chinese range before "的" as a price', () => {
    expect(parseQuery('五百到一千的帐篷', 'zh-CN').filters).to.include({ priceMin: 500, priceMax: 1000 });
  });

  it('keeps an earlier amount when a follow-up adds another ("and 2 litres")', () => {
    expect(mergeFilters({ ids: ['a', 'b', 'c'] }, { ids: ['b', 'c', 'd'] }).ids).to.deep.equal(['b', 'c']);
  });
});

describe('understanding: spelled amounts, one of a unit, acknowledgements, long compounds', () => {
  it('reads spelled-out amounts as numbers, from ten up', async () => {
    expect(spelledNumbers('less than fifty dollars')).to.equal('less than 50 dollars');
    expect(spelledNumbers('two hundred and fifty bucks')).to.equal('250 bucks');
    expect(spelledNumbers('which one of these two')).to.equal('which one of these two');
    const { read } = await reader('demo');
    expect(read('headphones less than fifty dollars').query.filters.priceMax).to.equal(50);
  });

  it('reads "a litre", "a kilo or less" as one of the unit', () => {
    expect(quantitiesIn('water bottle that holds a litre')[0]).to.include({ family: 'volume', exact: 1000 });
    expect(quantitiesIn('a kilo or less')[0]).to.include({ family: 'mass', max: 1000 });
  });

  it('hears several acknowledgements together as one', async () => {
    const { read } = await reader('demo');
    expect(read('ok cool').intent.kind).to.equal('small-talk');
    const zh = await reader('home', 'zh');
    expect(zh.read('好的 谢谢你').intent.kind).to.equal('small-talk');
    expect(read('ok show me tents').intent.kind).to.equal('search');
  });

  it('knows three-word product compounds, even when the first word is a colour ("ice cream maker")', async () => {
    const { read } = await reader('home');
    expect(read('got any ice cream makers').notSold).to.equal('ice cream makers');
    expect(read('coffee maker').notSold).to.equal(undefined);
  });
});

describe('understanding: a product’s own options and loudness', () => {
  it('reads "other colours" on a product page as about the product, "other socks" as a search', async () => {
    const { read } = await reader('demo');
    expect(read('do they come in other colours?', { page: 'TH-SS-001' }).aboutFocus).to.equal(true);
    expect(read('show me other socks', { page: 'TH-SS-001' }).aboutFocus).to.equal(false);
  });

  it('reads 声音更大 as the louder (more powerful) one', async () => {
    const { read } = await reader('demo', 'zh');
    expect(read('哪个声音更大', { lastResultIds: ['TH-SP-001', 'TH-SP-002'], previous: {} }).pick).to.deep.include({ by: 'measure', family: 'power', dir: 'max' });
  });
});

describe('understanding: Chinese everyday words and abbreviated values', () => {
  it('reads a value abbreviated from the shopper’s words ("冬天盖的被子" → 冬被), only for the type in play', async () => {
    const { read } = await reader('home', 'zh');
    expect(read('冬天盖的被子').query.filters.attributes?.warmth).to.deep.equal(['冬被']);
    expect(read('冬天').query.filters.attributes).to.equal(undefined);
  });

  it('knows 衣服 as clothing', async () => {
    const { read } = await reader('demo', 'zh');
    const r = read('夜跑穿的反光衣服');
    expect(r.notSold).to.equal(undefined);
    expect(r.query.filters.attributes).to.deep.include({ reflective: ['yes'] });
  });
});

describe('understanding: relative adjectives and stray letters', () => {
  it('reads "thin", "quiet", "big" before a type as the low or high third of its values', async () => {
    const { read, catalog } = await reader('demo');
    const thin = read('I would like a thin yoga mat for travel');
    const ids = (thin.query.filters.ids ?? []).filter((id) => catalog.byId.get(id)!.categories.includes('Yoga Mats'));
    expect(ids.length).to.be.greaterThan(0);
    for (const id of ids) expect(parseFloat(String(catalog.byId.get(id)!.attributes.thickness))).to.equal(3);
    // No measure of it for the type: no filter ("a light waterproof jacket" has no weights).
    expect(read('a light waterproof jacket').quantities).to.deep.equal([]);
    expect(read('light blue running shoes').quantities).to.deep.equal([]);
    const home = await reader('home');
    const quiet = home.read('a quiet air purifier');
    expect(quiet.quantities[0]).to.include({ family: 'sound', key: 'noise' });
  });

  it('never reads the "m" of "I\'m" as size M; "nothing too pricey" sorts by price', async () => {
    const { read } = await reader('demo');
    const r = read("I'm after a pair of trail running shoes, nothing too pricey");
    expect(r.query.filters.attributes?.size).to.equal(undefined);
    expect(r.query.sort).to.equal('price-asc');
    expect(read('jackets in size M').query.filters.attributes?.size).to.deep.equal(['M']);
  });
});

describe('understanding: the opposite of a yes/no feature', () => {
  it('reads "不要单锅的" / "not a single basket one" as the dual-basket feature', async () => {
    const zh = await reader('home', 'zh');
    expect(zh.read('空气炸锅 不要单锅的').query.filters.attributes).to.deep.include({ 'dual basket': ['yes'] });
    const { read } = await reader('home');
    expect(read('air fryer, not a single basket one').query.filters.attributes).to.deep.include({ 'dual basket': ['yes'] });
    // Not for a word with no such opposite.
    expect(read('frying pans, not a single one over 50').query.filters.attributes).to.equal(undefined);
  });
});

describe('understanding: more ways to say an amount', () => {
  it('reads "30+ hours", "a 10 day battery" as at least; "fit 3", "2 adults" as people', () => {
    expect(quantitiesIn('headphones with 30+ hours battery')[0]).to.include({ family: 'time', min: 1800 });
    expect(quantitiesIn('smartwatch with 10 day battery')[0]).to.include({ family: 'time', min: 14400 });
    expect(quantitiesIn('tents that fit 3')[0]).to.include({ family: 'people', min: 3 });
    expect(quantitiesIn('tent for 2 adults')[0]).to.include({ family: 'people', min: 2 });
    expect(quantitiesIn('300 g shoes')[0]).to.include({ family: 'mass', exact: 300 });
  });
});
