/**
 * Probe set 12's gaps, as rules: choosing for someone else is a gift ("what should I get my sister",
 * "送点什么好"), and a thing the shop does not sell named on another product's page ("looking for a
 * dishwasher" on a kettle's page) is not a search of that page's kind. Each case failed before.
 */
import { expect } from '@open-wc/testing';
import type { Catalog } from '../../src/catalog/types.ts';
import { lexiconFor } from '../../src/understand/lexicon.ts';
import { parseQuery } from '../../src/understand/filters.ts';
import { readMessage, type ShopperRequest } from '../../src/understand/read.ts';
import { homeCatalog } from '../assistant/fixtures.ts';

async function reader(lang: 'en' | 'zh' = 'en') {
  const catalog: Catalog = await homeCatalog(lang);
  const lexicon = await lexiconFor(catalog.products);
  const l = lang === 'zh' ? 'zh-CN' : 'en';
  return {
    catalog,
    read: (message: string, page?: string): ShopperRequest =>
      readMessage(message, { lang: l, byId: catalog.byId, currentProductId: page, lastResultIds: [], hasPreviousSearch: false, lexicon, parse: (t) => parseQuery(t, l, lexicon.vocabulary) }),
  };
}

describe('understanding: gifts and things named on another product\'s page', () => {
  it('reads choosing for someone as a gift, with the recipient', async () => {
    const { read } = await reader();
    const r = read('what should I get my sister who loves cooking');
    expect(r.intent.kind).to.equal('recommend');
    expect(r.gift).to.deep.equal({ recipient: 'sister' });
    expect(read('can I buy my mom a kettle here?').gift?.recipient).to.equal('mom');
    // Getting something for oneself is no gift.
    expect(read('where do I get my order tracked').gift).to.equal(undefined);
    const zh = (await reader('zh')).read('给新搬家的朋友送点什么好');
    expect(zh.intent.kind).to.equal('recommend');
    expect(zh.gift?.recipient).to.equal('朋友');
  });

  it('says the shop does not sell a thing named on another product\'s page', async () => {
    const { read, catalog } = await reader();
    const kettle = catalog.products.find((p) => p.categories.includes('Electric Kettles'))!;
    const r = read('looking for a dishwasher', kettle.id);
    expect(r.notSold).to.equal('dishwasher');
    expect(r.intent.refine).to.not.equal(true);
    // Asking for others of the page's kind still is a search of that kind.
    expect(read('looking for something cheaper', kettle.id).intent.refine).to.equal(true);
  });
});
