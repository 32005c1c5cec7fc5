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
import { quantitiesIn } from '../../src/understand/units.ts';
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

  it('breaks a tie in a pick by rating instead of giving up', async () => {
    const { catalog, lexicon } = await reader('home');
    const [a, b] = catalog.products.filter((p) => p.price !== undefined).slice(0, 2);
    const same = [{ ...a!, price: 50, rating: { value: 4.1, count: 10, best: 5, worst: 1 } }, { ...b!, price: 50, rating: { value: 4.8, count: 10, best: 5, worst: 1 } }];
    expect(pickProduct(same, { by: 'price', dir: 'min' }, lexicon)?.id).to.equal(b!.id);
  });
});
