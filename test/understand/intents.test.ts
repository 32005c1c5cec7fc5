import { expect } from '@open-wc/testing';
import { classifyIntent, productQuery, type IntentContext } from '../../src/understand/intents.ts';
import { demoCatalog } from '../assistant/fixtures.ts';

describe('classifyIntent (rules, no model)', () => {
  let ctx: IntentContext;
  before(async () => {
    const catalog = await demoCatalog();
    ctx = { lang: 'en', byId: catalog.byId, lastResultIds: [], hasPreviousSearch: false, filtersOnly: (t) => /^(?:something )?cheaper$|^in blue$|^under \$\d+$|^only in stock$/i.test(t.trim()) };
  });
  const kind = (text: string, extra: Partial<IntentContext> = {}) => classifyIntent(text, { ...ctx, ...extra });

  const cases: [string, string, Partial<IntentContext>?][] = [
    ["what's good for running?", 'search'],
    ['running shoes under $80 not Velox', 'search'],
    ['500元以下的蓝牙耳机', 'search', { lang: 'zh-CN' }],
    ['适合跑步的鞋子', 'search', { lang: 'zh-CN' }],
    ['is this waterproof?', 'product-question', { currentProductId: 'TH-RS-001' }],
    ['这款防水吗？', 'product-question', { currentProductId: 'TH-RS-001', lang: 'zh-CN' }],
    ['how much does it weigh', 'product-question', { currentProductId: 'TH-RS-001' }],
    ['waterproof?', 'product-question', { currentProductId: 'TH-RS-001' }],
    ['do you have waterproof jackets?', 'search', { currentProductId: 'TH-RS-001' }],
    ['how much is shipping?', 'shop-question'],
    ['can I return it?', 'shop-question', { currentProductId: 'TH-RS-001' }],
    ['支持哪些付款方式', 'shop-question', { lang: 'zh-CN' }],
    ['包邮吗', 'shop-question', { lang: 'zh-CN' }],
    ['compare TH-RS-001 and TH-RS-002', 'compare'],
    ['which is better, the first or the second?', 'compare', { lastResultIds: ['TH-RS-001', 'TH-RS-002'] }],
    ['对比一下这几款', 'compare', { lastResultIds: ['TH-RS-001', 'TH-RS-002'], lang: 'zh-CN' }],
    ['what do reviewers say?', 'review-summary', { currentProductId: 'TH-RS-001' }],
    ['买家评价怎么样', 'review-summary', { lang: 'zh-CN' }],
    ['what goes with this?', 'bundle', { currentProductId: 'TH-RS-001' }],
    ['这个配什么好', 'bundle', { currentProductId: 'TH-RS-001', lang: 'zh-CN' }],
    ['cheapest tent in stock', 'best-deal'],
    ['what is on sale?', 'best-deal'],
    ['有什么打折的耳机', 'best-deal', { lang: 'zh-CN' }],
    ['recommend something for me', 'recommend'],
    ['给我推荐点东西', 'recommend', { lang: 'zh-CN' }],
    ['hello', 'small-talk'],
    ['谢谢', 'small-talk', { lang: 'zh-CN' }],
    ['who are you?', 'small-talk'],
    ["what's the weather tomorrow?", 'out-of-scope'],
    ['写一首诗', 'out-of-scope', { lang: 'zh-CN' }],
  ];
  for (const [text, expected, extra] of cases) {
    it(`“${text}” → ${expected}`, () => expect(kind(text, extra).kind).to.equal(expected));
  }

  it('refines the previous search with filter-only follow-ups', () => {
    const i = kind('something cheaper', { hasPreviousSearch: true, lastResultIds: ['TH-RS-001'] });
    expect(i.kind).to.equal('search');
    expect(i.refine).to.be.true;
    expect(kind('in blue', { hasPreviousSearch: true }).refine).to.be.true;
    expect(kind('in blue', { hasPreviousSearch: false }).refine).to.be.false;
    expect(kind('waterproof hiking boots', { hasPreviousSearch: true }).refine).to.be.false;
  });

  it('resolves product references: ids, ordinals, "these", "this", names', () => {
    expect(kind('compare TH-RS-001 and th-rs-002').refs).to.deep.equal([
      { kind: 'id', id: 'TH-RS-001' },
      { kind: 'id', id: 'TH-RS-002' },
    ]);
    expect(kind('is the second one waterproof?', { lastResultIds: ['A', 'B'] }).refs).to.deep.equal([{ kind: 'ordinal', index: 1 }]);
    expect(kind('is the second one waterproof?', { lastResultIds: ['A', 'B'] }).kind).to.equal('product-question');
    expect(kind('compare these', { lastResultIds: ['A', 'B'] }).refs).to.deep.equal([{ kind: 'previous' }]);
    expect(kind('is this waterproof', { currentProductId: 'TH-RS-001' }).refs).to.deep.equal([{ kind: 'current' }]);
    expect(kind('compare Velox Tempo 3 vs Stride Glide 2').refs).to.deep.equal([
      { kind: 'name', text: 'Velox Tempo 3' },
      { kind: 'name', text: 'Stride Glide 2' },
    ]);
  });

  it('strips question scaffolding from the product words', () => {
    expect(productQuery("what's good for running?")).to.equal('running');
    expect(productQuery('Do you have any waterproof jackets?')).to.equal('waterproof jackets');
    expect(productQuery('我想买500元以下的蓝牙耳机')).to.equal('500元以下的蓝牙耳机');
    expect(productQuery('Show me running shoes under $80')).to.equal('running shoes under $80');
    expect(productQuery('hiking boots')).to.equal('hiking boots');
    expect(productQuery('Hi, any tents?')).to.equal('tents');
  });
});
