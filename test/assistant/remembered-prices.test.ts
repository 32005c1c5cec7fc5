/**
 * Price memory in the assistant's words (issue 13): when an answer states a product's price or stock and
 * the shopper's history remembers another one, the text says so — from the history and the catalog only,
 * in the UI language; with a model, the remembered price is one of the facts (and passes the verifier).
 */
import { expect } from '@open-wc/testing';
import { Assistant, type Answer, type AssistantDeps } from '../../src/assistant/assistant.ts';
import type { Catalog, Product } from '../../src/catalog/types.ts';
import type { RecEvent } from '../../src/recommend/types.ts';
import { assistantEn } from '../../src/i18n/assistant/en.ts';
import { assistantZhCN } from '../../src/i18n/assistant/zh-CN.ts';
import { filterOps } from '../../src/runtime/assistant-adapters.ts';
import { FakeChatEngine } from './fake-chat-engine.ts';
import { demoCatalog, searchFor } from './fixtures.ts';

// 3 Nov of this year: the date reads "3 Nov" / "11月3日" without a year.
const NOV3 = new Date(new Date().getFullYear(), 10, 3, 12).getTime();

const view = (productId: string, price: number | undefined, availability = 'InStock', currency = 'USD'): RecEvent => ({
  type: 'view',
  productId,
  at: NOV3,
  product: { title: productId, price, currency, availability },
});

async function make(catalog: Catalog, events: RecEvent[], extra: Partial<AssistantDeps> = {}): Promise<Assistant> {
  return new Assistant({
    catalog,
    search: await searchFor(catalog),
    filters: filterOps,
    engine: () => null,
    history: { events: async () => events, record: async () => undefined },
    lang: 'en',
    strings: assistantEn,
    baseUrl: 'http://localhost/demo/index.html',
    ...extra,
  });
}

const usd = (n: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(n);
const cny = (n: number) => new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(n);
const cards = (a: Answer) => a.blocks.flatMap((b) => (b.kind === 'products' ? b.items.map((i) => i.id) : []));

describe('remembered prices in answers', () => {
  let catalog: Catalog;
  let shoe: Product;
  before(async () => {
    catalog = await demoCatalog();
    shoe = catalog.byId.get('TH-RS-001')!;
  });

  it('"how much is it?" on a product page says the price the shopper saw before', async () => {
    const now = shoe.price!;
    const a = await (await make({ ...catalog, currentProductId: shoe.id }, [view(shoe.id, now + 20)])).ask('how much is it?');
    expect(a.intent!.kind).to.equal('product-question');
    expect(a.text).to.contain(`costs ${usd(now)}`);
    expect(a.text).to.contain(`— down from ${usd(now + 20)} when you looked on 3 Nov`);
    expect(a.summary!.priceMemory).to.deep.equal([{ productId: shoe.id, lastSeen: NOV3, drop: { was: now + 20, at: NOV3, now, currency: 'USD' } }]);
    // A dearer price now is said as well (a different earlier price), and an unchanged one is not.
    const up = await (await make({ ...catalog, currentProductId: shoe.id }, [view(shoe.id, now - 10)])).ask('how much is it?');
    expect(up.text).to.contain(`— up from ${usd(now - 10)} when you looked on 3 Nov`);
    const same = await (await make({ ...catalog, currentProductId: shoe.id }, [view(shoe.id, now)])).ask('how much is it?');
    expect(same.text).to.not.contain('when you looked');
    expect(same.summary!.priceMemory).to.equal(undefined);
    // Without a history nothing is claimed.
    const none = await (await make({ ...catalog, currentProductId: shoe.id }, [])).ask('how much is it?');
    expect(none.text).to.equal(`[[${shoe.id}]] costs ${usd(now)}.`);
  });

  it('a sale question and the cheapest deal say it too', async () => {
    const sale = await (await make({ ...catalog, currentProductId: shoe.id }, [view(shoe.id, shoe.price! + 20)])).ask('is it on sale?');
    expect(sale.text).to.contain(`down from ${usd(shoe.price! + 20)} when you looked on 3 Nov`);
    const events: RecEvent[] = [];
    const assistant = await make(catalog, events);
    const first = await assistant.ask('cheapest tent');
    expect(first.mode).to.equal('deal-cheapest');
    const top = catalog.byId.get(cards(first)[0]!)!;
    events.push(view(top.id, top.price! + 5));
    const again = await (await make(catalog, events)).ask('cheapest tent');
    expect(again.text).to.contain(`${usd(top.price!)} — down from ${usd(top.price! + 5)} when you looked on 3 Nov`);
  });

  it('a stock question says "back in stock since you looked"', async () => {
    const a = await (await make({ ...catalog, currentProductId: shoe.id }, [view(shoe.id, shoe.price, 'OutOfStock')])).ask('is it in stock?');
    expect(a.text).to.contain('back in stock since you looked on 3 Nov');
  });

  it('"which is cheapest?" after a list says the picked product\'s earlier price', async () => {
    const events: RecEvent[] = [];
    const assistant = await make(catalog, events);
    const list = await assistant.ask('tents');
    const shown = cards(list).map((id) => catalog.byId.get(id)!);
    const cheapest = shown.reduce((a, b) => (b.price! < a.price! ? b : a));
    events.push(view(cheapest.id, cheapest.price! + 15));
    const pick = await assistant.ask('which one is cheapest?');
    expect(pick.summary!.pickId).to.equal(cheapest.id);
    expect(pick.text).to.contain(`(${usd(cheapest.price!)} — down from ${usd(cheapest.price! + 15)} when you looked on 3 Nov)`);
  });

  it('in Chinese: "它现在 ¥…，你11月3日看时是 ¥…"', async () => {
    const zh = await demoCatalog('zh');
    const p = zh.products.find((x) => x.price !== undefined && x.availability === 'InStock')!;
    const a = await (await make({ ...zh, currentProductId: p.id }, [view(p.id, p.price! + 80, 'InStock', 'CNY')], { lang: 'zh-CN', strings: assistantZhCN })).ask('多少钱？');
    expect(a.intent!.kind).to.equal('product-question');
    expect(a.text).to.contain(`售价 ${cny(p.price!)}，你11月3日看时是 ${cny(p.price! + 80)}`);
    const stock = await (await make({ ...zh, currentProductId: p.id }, [view(p.id, p.price, 'OutOfStock', 'CNY')], { lang: 'zh-CN', strings: assistantZhCN })).ask('有货吗？');
    expect(stock.text).to.contain('你11月3日看时缺货，现在又有货了');
  });

  it('a price seen under another id of the same product (a catalog alias) counts', async () => {
    const aliased = { ...catalog, currentProductId: shoe.id, aliases: new Map([['page-sku-1', shoe.id]]) };
    const a = await (await make(aliased, [view('page-sku-1', shoe.price! + 20)])).ask('how much is it?');
    expect(a.text).to.contain(`down from ${usd(shoe.price! + 20)} when you looked on 3 Nov`);
    // And "has anything I looked at dropped in price?" finds it under the catalog's id.
    const drops = await (await make(aliased, [view('page-sku-1', shoe.price! + 20)])).ask('has anything I looked at dropped in price?');
    expect(drops.summary!.productIds).to.deep.equal([shoe.id]);
    expect(drops.text).to.contain(`${usd(shoe.price!)}, down from ${usd(shoe.price! + 20)} when you looked on 3 Nov`);
    expect(drops.summary!.priceMemory!.map((m) => m.productId)).to.deep.equal([shoe.id]);
  });

  it('with a model: the remembered price is a fact in the prompt, and the verifier lets the model quote it', async () => {
    const was = shoe.price! + 20;
    const engine = new FakeChatEngine({
      json: { intent: 'product-question', query: 'price', products: ['this'], refine: false },
      reply: `[[${shoe.id}]] is ${usd(shoe.price!)} now, down from ${usd(was)} when you looked.`,
    });
    const a = await (await make({ ...catalog, currentProductId: shoe.id }, [view(shoe.id, was)], { engine: () => engine })).ask('how much is it?');
    const prompt = engine.requests.at(-1)!.messages.at(-1)!.content;
    expect(prompt).to.contain(`the shopper saw it at ${usd(was)} on 3 Nov`);
    expect(a.source).to.equal('model');
    expect(a.text).to.contain(`down from ${usd(was)} when you looked`);
    expect(a.removed).to.deep.equal([]);
    // Without the memory the same reply's earlier price is not a fact: replaced.
    const engine2 = new FakeChatEngine({ json: { intent: 'product-question', query: 'price', products: ['this'], refine: false }, reply: `down from ${usd(was)}` });
    const b = await (await make({ ...catalog, currentProductId: shoe.id }, [], { engine: () => engine2 })).ask('how much is it?');
    expect(b.removed.map((r) => r.kind)).to.deep.equal(['price']);
  });
});
