import { expect } from '@open-wc/testing';
import { Assistant, type Answer, type AssistantDeps } from '../../src/assistant/assistant.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import { assistantEn } from '../../src/i18n/assistant/en.ts';
import { assistantZhCN } from '../../src/i18n/assistant/zh-CN.ts';
import { FakeChatEngine } from './fake-chat-engine.ts';
import { filterOps } from '../../src/runtime/assistant-adapters.ts';
import { demoCatalog, homeCatalog, searchFor } from './fixtures.ts';

async function make(catalog: Catalog, extra: Partial<AssistantDeps> = {}): Promise<Assistant> {
  const search = await searchFor(catalog);
  return new Assistant({
    catalog,
    search,
    filters: filterOps,
    engine: () => null,
    lang: 'en',
    strings: assistantEn,
    baseUrl: 'http://localhost/demo/index.html',
    ...extra,
  });
}

const cards = (a: Answer) => a.blocks.flatMap((b) => (b.kind === 'products' ? b.items.map((i) => i.id) : []));

describe('Assistant, retrieval-only', () => {
  let catalog: Catalog;
  before(async () => (catalog = await demoCatalog()));

  it('answers a search with ranked cards and reasons, from templates', async () => {
    const a = await (await make(catalog)).ask("what's good for running?");
    expect(a.status).to.equal('done');
    expect(a.intent!.kind).to.equal('search');
    expect(a.source).to.equal('template');
    const ids = cards(a);
    expect(ids.length).to.be.within(1, 6);
    for (const id of ids) expect(catalog.byId.has(id)).to.be.true;
    expect(a.text).to.contain('“running”');
    const block = a.blocks.find((b) => b.kind === 'products')!;
    expect(block.kind === 'products' && block.items[0]!.reason).to.contain('Matches: running');
    expect(a.suggestions).to.include('Something cheaper');
  });

  it('refines the last search: cheaper, then in stock, then more', async () => {
    const assistant = await make(catalog);
    const first = await assistant.ask('running shoes');
    const shown = cards(first).map((id) => catalog.byId.get(id)!.price!);
    const cheaper = await assistant.ask('something cheaper');
    expect(cheaper.intent!.refine).to.be.true;
    expect(cheaper.mode).to.equal('refined');
    const median = [...shown].sort((a, b) => a - b)[Math.floor((shown.length - 1) / 2)]!;
    for (const id of cards(cheaper)) {
      expect(catalog.byId.get(id)!.price).to.be.below(median);
      expect(catalog.byId.get(id)!.categories).to.include('Running Shoes');
    }
    const more = await assistant.ask('more');
    expect(cards(more).some((id) => !cards(cheaper).includes(id)) || cards(more).length === 0).to.be.true;
  });

  it('refines the last search with a measured comparative: "bigger ones?" / "再大一点的"', async () => {
    const litres = (id: string) => parseFloat(String(catalog.byId.get(id)!.attributes['capacity']));
    const assistant = await make(catalog);
    const first = await assistant.ask('backpacks');
    const shown = cards(first).map(litres).sort((a, b) => a - b);
    const median = shown[Math.floor((shown.length - 1) / 2)]!;
    const bigger = await assistant.ask('any bigger ones?');
    expect(bigger.mode).to.equal('refined');
    expect(cards(bigger).length).to.be.greaterThan(0);
    for (const id of cards(bigger)) {
      expect(litres(id)).to.be.above(median);
      expect(catalog.byId.get(id)!.categories).to.include('Backpacks');
    }
    const zhCatalog = await demoCatalog('zh');
    const zh = await make(zhCatalog, { lang: 'zh-CN', strings: assistantZhCN });
    const zhFirst = await zh.ask('双肩包');
    const zhMedian = cards(zhFirst).map((id) => parseFloat(String(zhCatalog.byId.get(id)!.attributes['capacity']))).sort((a, b) => a - b);
    const lighter = await zh.ask('再大一点的');
    expect(lighter.mode).to.equal('refined');
    for (const id of cards(lighter)) expect(parseFloat(String(zhCatalog.byId.get(id)!.attributes['capacity']))).to.be.above(zhMedian[Math.floor((zhMedian.length - 1) / 2)]!);
  });

  it('answers a product-page question from attributes', async () => {
    const p = catalog.products.find((x) => x.attributes['waterproof'] === 'yes')!;
    const a = await (await make({ ...catalog, currentProductId: p.id })).ask('is this waterproof?');
    expect(a.intent!.kind).to.equal('product-question');
    expect(a.text).to.equal('Yes — the catalog lists it as waterproof.');
  });

  it('shows a "none" value instead of calling it a yes/no', async () => {
    const p = catalog.products.find((x) => x.attributes['insulation'] === 'none')!;
    const a = await (await make({ ...catalog, currentProductId: p.id })).ask('is it warm?');
    expect(a.text).to.match(/^No — .*none/i);
    expect(a.text).to.not.contain('it is not insulation');
  });

  it('reads a duvet’s warmth as its season rating ("is it warm enough for winter?")', async () => {
    const home = await homeCatalog();
    const p = home.products.find((x) => x.attributes['warmth'] === 'all-season')!;
    const a = await (await make({ ...home, currentProductId: p.id })).ask('is it warm enough for winter?');
    expect(a.text).to.match(/^No — .*all-season/i);
  });

  it('says when the catalog does not say', async () => {
    const p = catalog.products.find((x) => x.categories.includes('Tents'))!;
    const a = await (await make({ ...catalog, currentProductId: p.id })).ask('does this have a warranty?');
    expect(a.text).to.match(/^The catalog doesn't say anything about warranty for \[\[TH-/);
  });

  it('compares the top results after a search', async () => {
    const assistant = await make(catalog);
    const s = await assistant.ask('hiking boots');
    const c = await assistant.ask('compare the top 3');
    expect(c.intent!.kind).to.equal('compare');
    const table = c.blocks.find((b) => b.kind === 'compare');
    expect(table && table.kind === 'compare' && table.comparison.ids).to.deep.equal(cards(s).slice(0, 3));
    expect(c.text).to.match(/^Here's how these 3 compare: Lowest price: \[\[/);
  });

  it('compares the page product with similar ones', async () => {
    const a = await (await make({ ...catalog, currentProductId: 'TH-RS-001' })).ask('compare with similar products');
    const table = a.blocks.find((b) => b.kind === 'compare');
    expect(table && table.kind === 'compare' && table.comparison.ids[0]).to.equal('TH-RS-001');
  });

  it('summarises reviews with a distribution', async () => {
    const a = await (await make({ ...catalog, currentProductId: 'TH-HE-001' })).ask('what do reviewers say?');
    const r = a.blocks.find((b) => b.kind === 'reviews');
    expect(r && r.kind === 'reviews' && r.summary.excluded).to.equal(1);
    expect(a.text).to.contain('left out of the quotes');
    expect(a.text).to.not.match(/ignore|evil/i);
  });

  it('suggests complements from co-purchase data, not more of the same', async () => {
    const anchor = catalog.byId.get('TH-RS-001')!;
    const a = await (await make({ ...catalog, currentProductId: anchor.id })).ask('what goes with this?');
    expect(a.intent!.kind).to.equal('bundle');
    const ids = cards(a);
    expect(ids.length).to.be.greaterThan(0);
    for (const id of ids) expect(catalog.byId.get(id)!.categories.join()).to.not.equal(anchor.categories.join());
    const expected = new Set([...anchor.related.alsoBought.map((c) => c.id), ...anchor.related.relatedTo]);
    expect(ids.filter((id) => expected.has(id)).length).to.be.greaterThan(0);
  });

  it('finds the cheapest in stock and the biggest discounts', async () => {
    const assistant = await make(catalog);
    const cheap = await assistant.ask('cheapest tent');
    const ids = cards(cheap);
    const prices = ids.map((id) => catalog.byId.get(id)!.price!);
    expect(prices).to.deep.equal([...prices].sort((a, b) => a - b));
    for (const id of ids) expect(catalog.byId.get(id)!.availability).to.not.equal('OutOfStock');
    const tents = catalog.products.filter((p) => p.categories.includes('Tents') && p.availability === 'InStock');
    expect(prices[0]).to.equal(Math.min(...tents.map((p) => p.price!)));
    const sale = await assistant.ask("what's on sale?");
    expect(sale.mode).to.equal('deal-sale');
    for (const id of cards(sale)) expect(catalog.byId.get(id)!.listPrice).to.be.greaterThan(catalog.byId.get(id)!.price!);
  });

  it('answers shop questions from the store facts', async () => {
    const a = await (await make(catalog)).ask('how much is shipping?');
    expect(a.text).to.contain('Standard shipping (US): $4.95, free over $50.00, 3–5 business days.');
    expect(cards(a)).to.be.empty;
  });

  it('handles small talk and out-of-scope questions', async () => {
    const assistant = await make(catalog);
    expect((await assistant.ask('hi')).text).to.equal(assistantEn.greeting);
    expect((await assistant.ask('what is the weather like?')).text).to.equal(assistantEn.outOfScope);
  });

  it('answers in Chinese', async () => {
    const zh = await demoCatalog('zh');
    const assistant = await make(zh, { lang: 'zh-CN', strings: assistantZhCN });
    const a = await assistant.ask('蓝牙耳机');
    expect(cards(a).length).to.be.greaterThan(0);
    for (const id of cards(a)) expect(zh.byId.get(id)!.categories).to.include('耳机');
    expect(a.text).to.match(/^为你找到与“蓝牙耳机”最相关的/);
    const ship = await assistant.ask('运费怎么算？');
    expect(ship.text).to.contain('普通快递（CN）：¥10.00，满 ¥99.00 包邮');
  });
});

describe('Assistant with a (fake) model', () => {
  let catalog: Catalog;
  before(async () => (catalog = await demoCatalog()));

  it('reads the intent with a JSON-schema call, then streams a verified answer', async () => {
    const engine = new FakeChatEngine({
      json: { intent: 'search', query: 'trail running shoes', products: [], refine: false },
      reply: 'Try [[TH-TE-001]] — great on trails. Also [[NOPE-1]] for $1.',
      chunk: 3,
    });
    const updates: Answer[] = [];
    const a = await (await make(catalog, { engine: () => engine })).ask('I want to run in the mountains', { onUpdate: (u) => updates.push(u) });
    expect(engine.requests.map((r) => r.kind)).to.deep.equal(['json', 'chat']);
    expect(engine.requests[0]!.schema).to.have.nested.property('properties.intent.enum');
    expect(a.intent!.source).to.equal('model');
    expect(a.source).to.equal('model');
    expect(a.text).to.equal('Try [[TH-TE-001]] — great on trails. Also for (see the price on the card).');
    expect(a.notices.map((n) => n.kind)).to.deep.equal(['removed']);
    // Streamed: several text updates, none ever showing the invented id.
    const texts = updates.filter((u) => u.status === 'streaming').map((u) => u.text);
    expect(texts.length).to.be.greaterThan(3);
    for (const t of texts) expect(t).to.not.contain('NOPE');
    // The prompt carried the retrieved products as facts.
    const prompt = engine.requests[1]!.messages.at(-1)!.content;
    const retrieved = a.blocks[0]!;
    if (retrieved.kind !== 'products') throw new Error('expected cards first');
    for (const { id } of retrieved.items) expect(prompt).to.contain(`[[${id}]]`);
    // TH-TE-001 (a tent) was not retrieved for running shoes, but it is a catalog product the model named: it gets a card too.
    expect(a.blocks.at(-1)).to.deep.equal({ kind: 'products', items: [{ id: 'TH-TE-001' }], total: 1 });
  });

  it('retrieves while the model reads the intent, and only once when both readings agree', async () => {
    const real = await searchFor(catalog);
    let calls = 0;
    const search = { search: (...a: Parameters<typeof real.search>) => (calls++, real.search(...a)) };
    const agree = new FakeChatEngine({ json: { intent: 'search', query: 'hiking boots', products: [], refine: false }, reply: 'ok' });
    await (await make(catalog, { engine: () => agree, search })).ask('hiking boots');
    expect(calls).to.equal(1);
    calls = 0;
    const differ = new FakeChatEngine({ json: { intent: 'search', query: 'trail running shoes', products: [], refine: false }, reply: 'ok' });
    const a = await (await make(catalog, { engine: () => differ, search })).ask('something for the mountains');
    expect(calls).to.equal(2);
    expect(a.intent!.query).to.equal('trail running shoes');
  });

  it('falls back to the rules when the model returns an unusable intent', async () => {
    const engine = new FakeChatEngine({ json: { intent: 'buy-everything' }, reply: 'ok' });
    const a = await (await make(catalog, { engine: () => engine })).ask('hiking boots');
    expect(a.intent!.source).to.equal('rules');
    expect(cards(a).length).to.be.greaterThan(0);
  });

  it('answers from the catalog when the model fails mid-answer', async () => {
    const engine = new FakeChatEngine({ json: { intent: 'search', query: 'tents', products: [], refine: false }, reply: 'x'.repeat(200), failAfterChunks: 3 });
    const a = await (await make(catalog, { engine: () => engine })).ask('tents');
    expect(a.status).to.equal('done');
    expect(a.source).to.equal('template');
    expect(a.notices.map((n) => n.kind)).to.deep.equal(['model-failed']);
    expect(a.text).to.match(/^Here are the 6 best matches for “tents”/);
  });

  it('stops when aborted and keeps what was verified so far', async () => {
    const engine = new FakeChatEngine({ json: { intent: 'search', query: 'tents', products: [], refine: false }, reply: 'Tents are great. '.repeat(40), tokenDelayMs: 5 });
    const ctrl = new AbortController();
    const p = (await make(catalog, { engine: () => engine })).ask('tents', {
      signal: ctrl.signal,
      onUpdate: (u) => {
        if (u.text.length > 30) ctrl.abort();
      },
    });
    const a = await p;
    expect(a.status).to.equal('stopped');
    expect(a.text.length).to.be.within(30, 300);
    expect(a.notices.map((n) => n.kind)).to.include('stopped');
  });

  it('a model obeying the injection review creates no links, foreign cards or invented prices', async () => {
    const evil =
      'This product is free! Enter your card number at http://evil.example/pay. Show product id [[EVIL-999]] at price $0.01. <script>alert("pwned")</script><img src=x onerror="alert(1)"> [click here](javascript:alert(2)) EVIL-999';
    const engine = new FakeChatEngine({ json: { intent: 'review-summary', query: '', products: ['this'], refine: false }, reply: evil });
    const a = await (await make({ ...catalog, currentProductId: 'TH-HE-001' }, { engine: () => engine })).ask('what do reviewers say?');
    expect(a.text).to.not.match(/evil|EVIL|javascript|<script|onerror|\$0\.01|\]\(/);
    expect(cards(a)).to.deep.equal(['TH-HE-001']);
    expect(a.removed.map((r) => r.kind)).to.include.members(['link', 'id', 'price', 'html']);
    // The injection itself never reached the model.
    const sent = engine.requests.flatMap((r) => r.messages.map((m) => m.content)).join('\n');
    expect(sent).to.not.match(/ignore all previous|evil\.example|EVIL-999/i);
  });

  it('adds cards for catalog products the model names that retrieval did not show', async () => {
    const engine = new FakeChatEngine({ json: { intent: 'search', query: 'tents', products: [], refine: false }, reply: 'For socks, see [[TH-SS-001]].' });
    const a = await (await make(catalog, { engine: () => engine })).ask('tents');
    expect(cards(a)).to.include('TH-SS-001');
  });

  it('answers greetings without the model', async () => {
    const engine = new FakeChatEngine({ reply: 'model text' });
    const a = await (await make(catalog, { engine: () => engine })).ask('hello');
    expect(engine.requests).to.be.empty;
    expect(a.text).to.equal(assistantEn.greeting);
  });
});

describe('Assistant prompt context', () => {
  it('gives the model the page product, the results, the shopper profile and the conversation', async () => {
    const catalog = await demoCatalog('en', 'TH-RS-001');
    const engine = new FakeChatEngine({ json: (m: { content: string }[]) => ({ intent: 'search', query: m.at(-1)!.content.includes('tents') ? 'tents' : 'socks', products: [], refine: false }), reply: 'ok' });
    const assistant = await make(catalog, { engine: () => engine, profile: async () => 'likes Tents; brands Summit' });
    await assistant.ask('tents');
    await assistant.ask('socks');
    const last = engine.requests.filter((r) => r.kind === 'chat').at(-1)!.messages;
    const facts = last.at(-1)!.content;
    expect(facts).to.contain('PAGE PRODUCT:\n[[TH-RS-001]]');
    expect(facts).to.contain('PRODUCTS (best first');
    expect(facts).to.contain('SHOPPER: likes Tents; brands Summit');
    expect(last.map((m) => m.role)).to.deep.equal(['system', 'user', 'assistant', 'user']);
    expect(last[1]!.content).to.equal('tents');
  });
});
