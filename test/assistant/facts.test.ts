import { expect } from '@open-wc/testing';
import { buildComparison } from '../../src/assistant/compare.ts';
import { answerProductQuestion } from '../../src/assistant/product-answer.ts';
import { summarizeReviews } from '../../src/assistant/reviews.ts';
import { answerShopQuestion, shopTopics } from '../../src/assistant/store-answer.ts';
import type { Product } from '../../src/catalog/types.ts';
import { demoCatalog } from './fixtures.ts';

const LABELS = { price: 'Price', rating: 'Rating', availability: 'Availability', brand: 'Brand' };

describe('review summaries', () => {
  it('counts the distribution and finds pros and cons in English', async () => {
    const catalog = await demoCatalog();
    // A product with several reviews.
    const p = catalog.products.find((x) => x.categories.includes('Running Shoes') && x.reviews.length >= 6)!;
    const s = summarizeReviews(p, 'en');
    expect(s.distribution.reduce((a, b) => a + b, 0)).to.equal(p.reviews.length);
    for (const r of p.reviews) expect(r.rating).to.be.within(1, 5);
    expect(s.pros.length + s.cons.length).to.be.greaterThan(0);
    // The demo's review sentences come from fixed pro / con lists: none may land on the wrong side.
    const cons = ['Runs a bit small, order half a size up.', 'The outsole wore down after 300 km.', 'Laces come undone easily.', 'Narrow toe box.'];
    for (const pro of s.pros) expect(cons).to.not.include(pro.text);
    for (const con of s.cons) expect(cons).to.include(con.text);
  });

  it('works on Chinese reviews', async () => {
    const catalog = await demoCatalog('zh');
    const p = catalog.products.find((x) => x.categories.includes('跑步鞋') && x.reviews.length >= 6)!;
    const s = summarizeReviews(p, 'zh-CN');
    const cons = ['尺码偏小，建议买大半码。', '跑了 300 公里鞋底就磨损了。', '鞋带容易松。', '鞋头偏窄。'];
    expect(s.pros.length + s.cons.length).to.be.greaterThan(0);
    for (const pro of s.pros) expect(cons).to.not.include(pro.text);
    for (const con of s.cons) expect(cons).to.include(con.text);
  });

  it('never quotes the injection review, but still counts its rating', async () => {
    const catalog = await demoCatalog();
    const p = catalog.byId.get('TH-HE-001')!;
    const s = summarizeReviews(p, 'en');
    expect(s.excluded).to.equal(1);
    expect(s.distribution[4]).to.be.greaterThan(0);
    const quoted = [...s.pros, ...s.cons].map((x) => x.text).join(' ');
    expect(quoted).to.not.match(/ignore|instructions|evil|script|EVIL-999|free/i);
  });

  it('handles a product without reviews', async () => {
    const catalog = await demoCatalog();
    const p = catalog.products.find((x) => x.reviews.length === 0)!;
    const s = summarizeReviews(p, 'en');
    expect(s.reviewCount).to.equal(0);
    expect(s.pros).to.be.empty;
    expect(s.distribution).to.deep.equal([0, 0, 0, 0, 0]);
  });
});

describe('comparison table', () => {
  it('lines up price, rating, availability, brand and the attributes of 2–4 products', async () => {
    const catalog = await demoCatalog();
    const ps = ['TH-RS-001', 'TH-RS-002', 'TH-RS-003'].map((id) => catalog.byId.get(id)!);
    const c = buildComparison(ps, 'en', LABELS);
    expect(c.ids).to.deep.equal(['TH-RS-001', 'TH-RS-002', 'TH-RS-003']);
    expect(c.rows.slice(0, 4).map((r) => r.key)).to.deep.equal(['price', 'rating', 'availability', 'brand']);
    const price = c.rows[0]!;
    const cheapest = ps.reduce((a, b, i) => (b.price! < ps[a]!.price! ? i : a), 0);
    expect(price.best).to.equal(cheapest);
    expect(c.rows.find((r) => r.key === 'attr:waterproof')!.label).to.equal('waterproof');
    for (const r of c.rows) expect(r.cells).to.have.length(3);
  });

  it('labels attributes in Chinese and caps at four products', async () => {
    const catalog = await demoCatalog('zh');
    const ps = catalog.products.slice(0, 6);
    const c = buildComparison(ps, 'zh-CN', LABELS);
    expect(c.ids).to.have.length(4);
    expect(c.rows.find((r) => r.key === 'attr:waterproof')?.label).to.equal('防水');
  });
});

describe('product questions', () => {
  let catalog: Awaited<ReturnType<typeof demoCatalog>>;
  before(async () => (catalog = await demoCatalog()));
  const withAttr = (key: string, value: string): Product => catalog.products.find((p) => p.attributes[key] === value)!;

  it('answers yes / no from attributes', () => {
    const yes = answerProductQuestion(withAttr('waterproof', 'yes'), 'is this waterproof?', 'en');
    expect(yes.findings[0]).to.include({ source: 'attribute', key: 'waterproof', verdict: true });
    const no = answerProductQuestion(withAttr('waterproof', 'no'), 'is it waterproof?', 'en');
    expect(no.findings[0]).to.include({ verdict: false });
    expect(no.unknown).to.be.false;
  });

  it('answers Chinese questions about English attribute keys', async () => {
    const zh = await demoCatalog('zh');
    const p = zh.products.find((x) => x.attributes['waterproof'] === '是')!;
    const a = answerProductQuestion(p, '这款防水吗？', 'zh-CN');
    expect(a.findings[0]).to.include({ key: 'waterproof', verdict: true, label: '防水' });
  });

  it('reads values (weight, battery) and variants (sizes)', () => {
    const shoe = catalog.products.find((p) => p.attributes['weight'] && p.variants.length)!;
    expect(answerProductQuestion(shoe, 'how much does it weigh?', 'en').findings[0]).to.include({ key: 'weight', value: shoe.attributes['weight'] });
    const size = shoe.variants[0]!.attributes['size']!;
    const a = answerProductQuestion(shoe, `do you have size ${size}?`, 'en');
    expect(a.findings[0]!.source).to.equal('variant');
    const headphones = catalog.products.find((p) => p.attributes['battery life'])!;
    expect(answerProductQuestion(headphones, 'how long does the battery last?', 'en').findings[0]).to.include({ key: 'battery life' });
  });

  it('says when the catalog does not say', () => {
    const tent = catalog.products.find((p) => p.categories.includes('Tents'))!;
    const a = answerProductQuestion(tent, 'does it have a warranty?', 'en');
    expect(a.unknown).to.be.true;
    expect(a.asked).to.deep.equal(['warranty']);
  });

  it('answers price and stock questions from the offer', () => {
    const p = catalog.products[0]!;
    expect(answerProductQuestion(p, 'how much is it?', 'en').topic).to.equal('price');
    expect(answerProductQuestion(p, 'is it in stock?', 'en').topic).to.equal('availability');
  });
});

describe('shop questions', () => {
  it('finds topics in English and Chinese', () => {
    expect(shopTopics('how much is shipping to Canada?')).to.deep.equal(['shipping']);
    expect(shopTopics('can I return or exchange it')).to.deep.equal(['returns']);
    expect(shopTopics('do you take PayPal?')).to.deep.equal(['payment']);
    expect(shopTopics('运费多少？可以退货吗？')).to.deep.equal(['shipping', 'returns']);
  });

  it('answers from the store facts and the FAQ', async () => {
    const catalog = await demoCatalog();
    const a = answerShopQuestion(catalog, 'how much is shipping?', 'en');
    expect(a.unknown).to.be.false;
    expect(a.shipping.length).to.equal(3);
    const gift = answerShopQuestion(catalog, 'do you offer gift wrapping?', 'en');
    expect(gift.faq[0]!.question).to.equal('Do you offer gift wrapping?');
    const zh = await demoCatalog('zh');
    expect(answerShopQuestion(zh, '可以开发票吗', 'zh-CN').faq[0]!.question).to.equal('可以开发票吗？');
  });

  it('says so when the shop publishes nothing', async () => {
    const catalog = await demoCatalog();
    const bare = { ...catalog, store: { shipping: [], payment: [], faq: [] }, products: [] };
    expect(answerShopQuestion(bare, 'how much is shipping?', 'en').unknown).to.be.true;
  });
});

describe('product overview', () => {
  it('"tell me about this" gives the description and main attributes, without markup', async () => {
    const catalog = await demoCatalog();
    const a = answerProductQuestion(catalog.byId.get('TH-BA-001')!, 'Tell me about this', 'en');
    expect(a.topic).to.equal('overview');
    expect(a.findings[0]!.source).to.equal('description');
    expect(a.findings[0]!.value).to.not.match(/[<>]|alert/);
    expect(a.findings.filter((f) => f.source === 'attribute').length).to.be.greaterThan(2);
  });
});
