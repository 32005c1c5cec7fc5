/**
 * Understanding on a shop it was never tuned on (test/understand/unseen-shop.ts: pet supplies, deep
 * paths, no brand field). The expectations were written before the first run against this catalog.
 */
import { expect } from '@open-wc/testing';
import { lexiconFor } from '../../src/understand/lexicon.ts';
import { parseQuery } from '../../src/understand/filters.ts';
import { pickProduct, readMessage, type ShopperRequest } from '../../src/understand/read.ts';
import { petShop } from './unseen-shop.ts';

const shop = petShop();
const lexicon = lexiconFor(shop.products);
async function read(message: string, more: { lastResultIds?: string[]; previous?: { categories?: string[] }; page?: string } = {}): Promise<ShopperRequest> {
  const lex = await lexicon;
  return readMessage(message, {
    lang: 'en', byId: shop.byId, currentProductId: more.page, lastResultIds: more.lastResultIds ?? [], hasPreviousSearch: !!more.previous,
    previousFilters: more.previous, lexicon: lex, parse: (t) => parseQuery(t, 'en', lex.vocabulary),
  });
}
const leafOf = (r: ShopperRequest) => r.query.filters.categories ?? [];
const idsIn = (prefix: string) => shop.products.filter((p) => p.id.startsWith(prefix)).map((p) => p.id);

describe('understanding on a shop it has never seen (pet supplies)', () => {
  it('finds the product type by its head noun, modifiers aside', async () => {
    expect(leafOf(await read('orthopedic dog bed for a large dog'))).to.include('Dog Beds');
    expect(leafOf(await read('grain free dog food with salmon'))).to.satisfy((c: string[]) => c.includes('Dry Dog Food') || c.includes('Dog Food'));
    expect(leafOf(await read('cat litter that clumps'))).to.include('Cat Litter');
    expect(leafOf(await read('scratching post for my cat'))).to.include('Cat Scratchers');
    expect(leafOf(await read('something for scratching'))).to.include('Cat Scratchers');
    expect(leafOf(await read('collars'))).to.satisfy((c: string[]) => c.some((x) => /Collars/.test(x)));
  });

  it('reads features and values by the shop’s own keys', async () => {
    expect((await read('orthopedic dog bed for a large dog')).query.filters.attributes).to.deep.include({ orthopedic: ['yes'] });
    const food = await read('grain free dog food with salmon');
    expect(food.query.filters.attributes).to.deep.include({ 'grain free': ['yes'] });
    expect(food.query.filters.attributes?.flavour).to.deep.equal(['salmon']);
    expect((await read('cat litter that clumps')).query.filters.attributes).to.deep.include({ clumping: ['yes'] });
    expect((await read('unscented cat litter')).query.filters.attributes?.scent).to.deep.equal(['unscented']);
    expect((await read('a reflective leash')).query.filters.attributes).to.deep.include({ reflective: ['yes'] });
    expect((await read('washable dog beds under 50')).query.filters).to.deep.include({ priceMax: 50 });
  });

  it('reads quantities against the shop’s measured attributes', async () => {
    const tree = await read('cat tree at least 150 cm tall');
    expect(tree.quantities[0]).to.include({ family: 'length', min: 1500 });
    expect(leafOf(tree)).to.include('Cat Trees & Condos');
    // The quantity's products, within the type asked for (the search intersects both).
    const ids = (tree.query.filters.ids ?? []).filter((id) => shop.byId.get(id)!.categories.includes('Cat Trees & Condos'));
    expect(ids.length).to.be.greaterThan(0);
    for (const id of ids) expect(parseFloat(String(shop.byId.get(id)!.attributes.height))).to.be.at.least(150);
    const tank = await read('aquarium 60 litres or bigger');
    for (const id of tank.query.filters.ids ?? ['none']) expect(parseFloat(String(shop.byId.get(id)?.attributes.volume))).to.be.at.least(60);
    const bag = await read('dog food 12 kg');
    for (const id of bag.query.filters.ids ?? ['none']) expect(shop.byId.get(id)?.attributes.weight).to.equal('12 kg');
  });

  it('knows brands written only in titles, and leaves them out when asked', async () => {
    const toys = await read('squeaky toys for dogs, not Barkley');
    expect(leafOf(toys)).to.include('Dog Toys');
    expect(toys.query.filters.excludeBrands).to.deep.equal(['Barkley']);
    const brand = await read('Hearty Paws dog food');
    const ids = brand.query.filters.ids ?? [];
    expect(ids.length).to.be.greaterThan(0);
    for (const id of ids) expect(shop.byId.get(id)!.title).to.match(/Hearty Paws/);
  });

  it('says plainly what the shop does not sell', async () => {
    expect((await read('do you sell bird cages?')).notSold).to.be.a('string');
    expect((await read('any horse saddles?')).notSold).to.be.a('string');
    expect((await read('do you have any fish tanks')).notSold).to.equal(undefined);
    expect((await read('dog beds')).notSold).to.equal(undefined);
  });

  it('sorts and picks', async () => {
    expect((await read('cheapest dog bed')).query.sort).to.equal('price-asc');
    const r = await read('which bag is biggest?', { lastResultIds: idsIn('PET-FOOD'), previous: { categories: ['Dry Dog Food'] } });
    expect(r.pick).to.exist;
    // No volume or size on a bag of food: the biggest is the heaviest.
    const foods = idsIn('PET-FOOD').map((id) => shop.byId.get(id)!);
    expect(pickProduct(foods, r.pick!, await lexicon, undefined, 'which bag is biggest?')?.attributes.weight).to.equal('12 kg');
    const grey = await read('dog bed in grey');
    expect(grey.query.filters.colors).to.deep.equal(['grey']);
  });
});
