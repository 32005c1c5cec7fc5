/**
 * Understanding on a Chinese shop it has never seen (test/understand/unseen-shop-zh.ts: phone and computer
 * accessories, marketplace titles). Expectations written before the first run against this catalog.
 */
import { expect } from '@open-wc/testing';
import { lexiconFor } from '../../src/understand/lexicon.ts';
import { parseQuery } from '../../src/understand/filters.ts';
import { readMessage, type ShopperRequest } from '../../src/understand/read.ts';
import { accessoriesShop } from './unseen-shop-zh.ts';

const shop = accessoriesShop();
const lexicon = lexiconFor(shop.products);
async function read(message: string, more: { lastResultIds?: string[]; previous?: { categories?: string[] } } = {}): Promise<ShopperRequest> {
  const lex = await lexicon;
  return readMessage(message, {
    lang: 'zh-CN', byId: shop.byId, lastResultIds: more.lastResultIds ?? [], hasPreviousSearch: !!more.previous,
    previousFilters: more.previous, lexicon: lex, parse: (t) => parseQuery(t, 'zh-CN', lex.vocabulary),
  });
}
const leafOf = (r: ShopperRequest) => r.query.filters.categories ?? [];
const inCategory = (r: ShopperRequest, cat: string) => (r.query.filters.ids ?? []).filter((id) => shop.byId.get(id)!.categories.includes(cat));

describe('understanding on a Chinese shop it has never seen (accessories)', () => {
  it('finds types in marketplace titles and everyday names', async () => {
    expect(leafOf(await read('65W的充电器'))).to.include('充电器');
    expect(leafOf(await read('充电宝'))).to.include('移动电源');
    expect(leafOf(await read('两米长的数据线'))).to.include('数据线');
    expect(leafOf(await read('无线鼠标'))).to.include('鼠标');
    expect(leafOf(await read('机械键盘'))).to.include('键盘');
  });

  it('reads specs written the Chinese way', async () => {
    const charger = await read('65W的充电器');
    const ids = inCategory(charger, '充电器');
    expect(ids).to.deep.equal(['ACC-CHG-1']);
    const bank = await read('充电宝 20000毫安以上');
    const banks = inCategory(bank, '移动电源');
    expect(banks).to.have.members(['ACC-PB-1', 'ACC-PB-3']);
    const cable = await read('两米长的数据线');
    expect(inCategory(cable, '数据线')).to.deep.equal(['ACC-CBL-1']);
  });

  it('reads values and features by the shop’s own words', async () => {
    expect((await read('无线鼠标')).query.filters.attributes?.['连接方式']).to.deep.equal(['无线']);
    expect((await read('机械键盘')).query.filters.attributes?.['类型']).to.deep.equal(['机械']);
    expect((await read('静音鼠标')).query.filters.attributes).to.deep.include({ 静音: ['yes'] });
  });

  it('excludes brands and says what is not sold', async () => {
    const r = await read('充电器 不要Anker的');
    expect(r.query.filters.excludeBrands).to.deep.equal(['Anker']);
    expect(leafOf(r)).to.include('充电器');
    expect((await read('有卖显示器吗')).notSold).to.equal('显示器');
    expect((await read('有没有路由器')).notSold).to.equal('路由器');
    expect((await read('有充电宝吗')).notSold).to.equal(undefined);
  });

  it('narrows and picks after a list', async () => {
    const banks = shop.products.filter((p) => p.categories.includes('移动电源')).map((p) => p.id);
    const cheaper = await read('便宜一点的', { lastResultIds: banks, previous: { categories: ['移动电源'] } });
    expect(cheaper.intent.refine).to.equal(true);
    const pick = await read('容量最大的呢', { lastResultIds: banks, previous: { categories: ['移动电源'] } });
    expect(pick.pick).to.exist;
  });

  it('reads brands, models, prices and negated values together', async () => {
    const kb = await read('罗技的键盘 300以内');
    expect(kb.query.filters.brands).to.deep.equal(['罗技']);
    expect(kb.query.filters.priceMax).to.equal(300);
    const cases = await read('iPhone 15的手机壳');
    expect(leafOf(cases)).to.include('手机壳');
    expect(cases.query.filters.attributes?.['适用机型']).to.include('iPhone 15');
    const wired = await read('不要有线的', { lastResultIds: ['ACC-KB-1', 'ACC-KB-2', 'ACC-KB-3'], previous: { categories: ['键盘'] } });
    expect(wired.intent.refine).to.equal(true);
    expect(JSON.stringify(wired.query.filters)).to.contain('有线');
    const pink = await read('粉色的充电宝');
    expect(pink.query.filters.colors).to.deep.equal(['pink']);
    expect(leafOf(pink)).to.include('移动电源');
  });
});
