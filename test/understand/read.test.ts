import { expect } from '@open-wc/testing';
import type { Catalog } from '../../src/catalog/types.ts';
import { lexiconFor, type Lexicon } from '../../src/understand/lexicon.ts';
import { parseQuery } from '../../src/understand/filters.ts';
import { readMessage, type ShopperRequest } from '../../src/understand/read.ts';
import { demoCatalog } from '../assistant/fixtures.ts';

async function reader(lang: 'en' | 'zh' = 'en') {
  const catalog: Catalog = await demoCatalog(lang);
  const lexicon: Lexicon = await lexiconFor(catalog.products);
  const l = lang === 'zh' ? 'zh-CN' : 'en';
  return (message: string, more: { page?: string; lastResultIds?: string[]; previous?: boolean } = {}): ShopperRequest =>
    readMessage(message, {
      lang: l,
      byId: catalog.byId,
      currentProductId: more.page,
      lastResultIds: more.lastResultIds ?? [],
      hasPreviousSearch: !!more.previous,
      lexicon,
      parse: (t) => parseQuery(t, l, lexicon.vocabulary),
    });
}

describe('understanding: readMessage', () => {
  it('reads the head noun as the product type, modifiers after it', async () => {
    const read = await reader();
    expect(read('waterproof jacket for hiking').query.filters.categories).to.deep.equal(['Jackets']);
    expect(read('light waterproof jacket').query.filters.categories).to.deep.equal(['Jackets']);
    expect(read('socks for running shoes').query.filters.categories).to.deep.equal(['Socks']);
    expect(read('running shoos').query.filters.categories).to.deep.equal(['Running Shoes']);
    expect(read('smartwatch').query.filters.categories).to.deep.equal(['Smartwatches']);
    expect(read('wireless earbuds').types.map((t) => t.label)).to.deep.equal(['Headphones']);
  });

  it('says what the shop does not sell, and does not say it of follow-ups or questions about the product', async () => {
    const read = await reader();
    expect(read('cheapest in-stock blender').notSold).to.equal('blender');
    expect(read('do you sell laptops?').notSold).to.equal('laptops');
    expect(read('a blender under $80').notSold).to.equal('blender');
    // A known type with a modifier the shop never uses only narrows (an empty narrowing says so).
    expect(read('winter jacket').notSold).to.equal(undefined);
    expect(read('merino').notSold).to.equal(undefined);
    expect(read('something breathable').notSold).to.equal(undefined);
    expect(read('similar ones then', { previous: true, lastResultIds: ['TH-RS-001', 'TH-RS-002'] }).notSold).to.equal(undefined);
    expect(read('whats the price', { page: 'TH-RS-007' }).notSold).to.equal(undefined);
  });

  it('reads exclusion lists to the end', async () => {
    const read = await reader();
    expect(read('running shoes except Stride and Kestrel').query.filters.excludeBrands).to.deep.equal(['Stride', 'Kestrel']);
    expect(read('running shoes but nothing from Stride or Velox').query.filters.excludeBrands).to.deep.equal(['Stride', 'Velox']);
    expect(read('not apple or samsung headphones').query.filters.excludeTerms).to.include.members(['apple', 'samsung']);
  });

  it('reads quantities with units into the products that have them, not into search words', async () => {
    const read = await reader();
    const tents = read('tents for 4 people');
    expect(tents.query.text).to.equal('');
    const catalog = await demoCatalog();
    for (const id of tents.query.filters.ids ?? []) expect(Number(catalog.byId.get(id)!.attributes.capacity)).to.be.at.least(4);
    expect(tents.query.filters.ids!.length).to.be.greaterThan(0);
    expect(read('headphones under 30 euros').query).to.deep.include({ text: '' });
  });

  it('keeps the type on follow-ups and reads questions about the page product as such', async () => {
    const read = await reader();
    expect(read('in blue', { previous: true, lastResultIds: ['TH-RS-001', 'TH-RS-002'] }).intent.refine).to.equal(true);
    const page = { page: 'TH-RS-001', previous: true, lastResultIds: ['TH-JA-001', 'TH-JA-002'] };
    for (const q of ['is it available in blue?', 'is it on sale?', 'how much?', 'how heavy is it?']) expect(read(q, page).intent.kind, q).to.equal('product-question');
    expect(read('something cheaper', { page: 'TH-RS-001' }).intent.refine).to.equal(true);
  });

  it('reads gifts, "recommend me something" and "what\'s popular" as recommendations', async () => {
    const read = await reader();
    expect(read('gift for my dad').gift).to.deep.equal({ recipient: 'dad' });
    expect(read('recommend me something').intent.kind).to.equal('recommend');
    expect(read("what's popular?").intent.kind).to.equal('recommend');
    expect(read('craft kit for kids').intent.kind).to.not.equal('bundle');
  });

  it('picks among what was shown', async () => {
    const read = await reader();
    const r = read('which one is lighter?', { lastResultIds: ['TH-TE-001', 'TH-TE-002'], previous: true });
    expect(r.pick).to.deep.equal({ by: 'measure', families: ['mass', 'density'], dir: 'min' });
  });

  it('reads Chinese: abbreviations, compounds, gifts, product-page questions, postfix exclusions', async () => {
    const read = await reader('zh');
    expect(read('跑鞋').query.filters.categories).to.deep.equal(['跑步鞋']);
    expect(read('防水的登山鞋').query.filters.categories).to.deep.equal(['登山靴']);
    expect(read('有笔记本电脑吗').notSold).to.equal('笔记本电脑');
    expect(read('送给妈妈的礼物').gift).to.deep.equal({ recipient: '妈妈' });
    expect(read('给我推荐点东西').intent.kind).to.equal('recommend');
    expect(read('不要红色和黑色的外套').query.filters.excludeColors).to.deep.equal(['red', 'black']);
    expect(read('耳机 Sonara以外的').query.filters.excludeBrands).to.deep.equal(['Sonara']);
    for (const q of ['多少钱', '有货吗', '有蓝色的吗', '多重']) expect(read(q, { page: 'TH-RS-001' }).intent.kind, q).to.equal('product-question');
    expect(read('便宜一点的', { page: 'TH-RS-001' }).intent.refine).to.equal(true);
  });
});
