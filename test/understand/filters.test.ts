/** The deterministic query parser, English and Chinese, with and without a catalog vocabulary. */
import { expect } from '@open-wc/testing';
import { chineseNumber, parseAmount } from '../../src/search/numbers.ts';
import { parseQuery } from '../../src/understand/filters.ts';
import type { QueryVocabulary } from '../../src/understand/vocabulary.ts';

const en: QueryVocabulary = {
  brands: ['Velox', 'Apex Run', 'Summit Co.', 'New Balance', 'Stride'],
  categories: ['Shoes', 'Running Shoes', 'Hiking Boots', 'Headphones', 'Tents', 'Jackets', 'Socks'],
  booleanAttributes: [
    { key: 'waterproof', names: ['waterproof', 'water-resistant', '防水'] },
    { key: 'noise cancelling', names: ['noise cancelling', 'noise-cancelling', 'anc', '降噪'] },
  ],
  currency: 'USD',
};
const zh: QueryVocabulary = { brands: ['Velox', 'Sonara'], categories: ['鞋', '跑步鞋', '耳机', '帐篷', '外套', '袜子'], booleanAttributes: en.booleanAttributes, currency: 'CNY' };

describe('search: query parser', function () {
  // Generous: other engineers' test runs share this machine's two cores.
  this.timeout(60_000);
  const cases: [string, 'en' | 'zh-CN', QueryVocabulary | undefined, ReturnType<typeof parseQuery>][] = [
    // The brief's examples
    ['running shoes under $80 not Velox', 'en', undefined, { text: 'running shoes', filters: { excludeBrands: ['Velox'], priceMax: 80 } }],
    ['running shoes under $80 not Velox', 'en', en, { text: '', filters: { excludeBrands: ['Velox'], categories: ['Running Shoes'], priceMax: 80 } }],
    ['500元以下的蓝牙耳机', 'zh-CN', undefined, { text: '蓝牙耳机', filters: { priceMax: 500 } }],
    ['500元以下的蓝牙耳机', 'zh-CN', zh, { text: '蓝牙', filters: { categories: ['耳机'], priceMax: 500 } }],
    ['rated 4+', 'en', undefined, { text: '', filters: { minRating: 4 } }],
    ['in stock', 'en', undefined, { text: '', filters: { inStock: true } }],
    ['cheaper', 'en', undefined, { text: '', filters: {}, sort: 'price-asc' }],
    ['in blue', 'en', undefined, { text: '', filters: { colors: ['blue'] } }],
    // Prices
    ['tents between $100 and $200', 'en', undefined, { text: 'tents', filters: { priceMin: 100, priceMax: 200 } }],
    ['jacket $50-$120', 'en', undefined, { text: 'jacket', filters: { priceMin: 50, priceMax: 120 } }],
    ['boots over 150 dollars', 'en', undefined, { text: 'boots', filters: { priceMin: 150 } }],
    ['speaker $100 or less', 'en', undefined, { text: 'speaker', filters: { priceMax: 100 } }],
    ['watch around $200', 'en', undefined, { text: 'watch', filters: { priceMin: 160, priceMax: 240 } }],
    ['a $1.5k espresso machine', 'en', undefined, { text: 'espresso machine', filters: { priceMax: 1500 } }],
    ['budget of 60 for socks', 'en', undefined, { text: 'socks', filters: { priceMax: 60 } }],
    ['tent under 3 kg', 'en', undefined, { text: 'tent under 3 kg', filters: {} }],
    ['300到800元的跑步鞋', 'zh-CN', undefined, { text: '跑步鞋', filters: { priceMin: 300, priceMax: 800 } }],
    ['不超过五百块的耳机', 'zh-CN', undefined, { text: '耳机', filters: { priceMax: 500 } }],
    ['两千元以上的帐篷', 'zh-CN', undefined, { text: '帐篷', filters: { priceMin: 2000 } }],
    ['1000左右的手表', 'zh-CN', undefined, { text: '手表', filters: { priceMin: 800, priceMax: 1200 } }],
    ['预算300买双跑鞋', 'zh-CN', undefined, { text: '买双跑鞋', filters: { priceMax: 300 } }],
    // Ratings, stock, sale, sort
    ['headphones rated 4.5 or higher', 'en', undefined, { text: 'headphones', filters: { minRating: 4.5 } }],
    ['4+ stars backpack', 'en', undefined, { text: 'backpack', filters: { minRating: 4 } }],
    ['highly rated tent', 'en', undefined, { text: 'tent', filters: { minRating: 4 } }],
    ['top rated jackets', 'en', undefined, { text: 'jackets', filters: {}, sort: 'rating' }],
    ['评分4分以上的外套', 'zh-CN', undefined, { text: '外套', filters: { minRating: 4 } }],
    ['四星以上的帐篷', 'zh-CN', undefined, { text: '帐篷', filters: { minRating: 4 } }],
    ['好评的耳机', 'zh-CN', undefined, { text: '耳机', filters: { minRating: 4 } }],
    ['available now on sale', 'en', undefined, { text: '', filters: { inStock: true, onSale: true } }],
    ['有货的打折外套', 'zh-CN', undefined, { text: '外套', filters: { inStock: true, onSale: true } }],
    ['cheapest tent', 'en', undefined, { text: 'tent', filters: {}, sort: 'price-asc' }],
    ['most expensive watch', 'en', undefined, { text: 'watch', filters: {}, sort: 'price-desc' }],
    ['newest arrivals', 'en', undefined, { text: 'arrivals', filters: {}, sort: 'newest' }],
    ['New Balance shoes', 'en', undefined, { text: 'New Balance shoes', filters: {} }],
    ['最便宜的帐篷', 'zh-CN', undefined, { text: '帐篷', filters: {}, sort: 'price-asc' }],
    ['最新款耳机', 'zh-CN', undefined, { text: '款耳机', filters: {}, sort: 'newest' }],
    // Colours
    ['navy blue jacket', 'en', undefined, { text: 'jacket', filters: { colors: ['navy'] } }],
    ['coffee maker', 'en', undefined, { text: 'coffee maker', filters: {} }],
    ['蓝色的瑜伽垫', 'zh-CN', undefined, { text: '瑜伽垫', filters: { colors: ['blue'] } }],
    ['不要红色的外套', 'zh-CN', undefined, { text: '外套', filters: { excludeColors: ['red'] } }],
    // Brands and exclusions
    ['shoes by Apex Run', 'en', undefined, { text: 'shoes', filters: { brands: ['Apex Run'] } }],
    ['Velox running shoes', 'en', en, { text: '', filters: { brands: ['Velox'], categories: ['Running Shoes'] } }],
    ['hiking boots except Summit Co.', 'en', en, { text: '', filters: { excludeBrands: ['Summit Co.'], categories: ['Hiking Boots'] } }],
    ['jacket not waterproof', 'en', undefined, { text: 'jacket', filters: { excludeTerms: ['waterproof'] } }],
    ['jacket not waterproof', 'en', en, { text: '', filters: { attributes: { waterproof: ['no'] }, categories: ['Jackets'] } }],
    ['not too expensive headphones', 'en', undefined, { text: 'headphones', filters: {}, sort: 'price-asc' }],
    ['no-show socks', 'en', undefined, { text: 'no-show socks', filters: {} }],
    ['不要Velox的跑步鞋', 'zh-CN', zh, { text: '', filters: { excludeBrands: ['Velox'], categories: ['跑步鞋'] } }],
    ['除了Sonara以外的耳机', 'zh-CN', zh, { text: '', filters: { excludeBrands: ['Sonara'], categories: ['耳机'] } }],
    // Vocabulary: features and categories
    ['waterproof hiking boots', 'en', en, { text: '', filters: { attributes: { waterproof: ['yes'] }, categories: ['Hiking Boots'] } }],
    ['降噪耳机', 'zh-CN', zh, { text: '', filters: { attributes: { 'noise cancelling': ['yes'] }, categories: ['耳机'] } }],
    ['适合跑步的鞋子', 'zh-CN', zh, { text: '适合跑步的鞋子', filters: {} }],
    ['socks for running shoes', 'en', en, { text: 'socks for running shoes', filters: {} }],
    // Requests
    ['show me some waterproof tents please', 'en', undefined, { text: 'waterproof tents', filters: {} }],
    ['我想要一款蓝牙耳机', 'zh-CN', undefined, { text: '蓝牙耳机', filters: {} }],
    ['', 'en', undefined, { text: '', filters: {} }],
  ];

  for (const [q, lang, vocab, want] of cases) {
    it(`${JSON.stringify(q)}${vocab ? ' (with vocabulary)' : ''}`, () => {
      expect(parseQuery(q, lang, vocab)).to.deep.equal(want);
    });
  }

  it('is pure: the same input always gives the same output, and inputs are not changed', () => {
    const vocab = structuredClone(en);
    const a = parseQuery('Velox running shoes under $80 in blue', 'en', vocab);
    const b = parseQuery('Velox running shoes under $80 in blue', 'en', vocab);
    expect(a).to.deep.equal(b);
    expect(vocab).to.deep.equal(en);
  });

  it('survives hostile input', () => {
    for (const q of ['$'.repeat(1000), '('.repeat(500), 'not '.repeat(300), '\u0000\u202e', '不要'.repeat(200), 'under under under $', '9'.repeat(400)]) {
      const r = parseQuery(q);
      expect(r.text).to.be.a('string');
    }
  });

  it('turns a negated price bound around ("nothing over $20" is at most $20)', () => {
    expect(parseQuery('socks, nothing over $20', 'en', en).filters.priceMax).to.equal(20);
    expect(parseQuery('socks, nothing over $20', 'en', en).filters.priceMin).to.equal(undefined);
    expect(parseQuery('nothing under $15 please', 'en', en).filters.priceMin).to.equal(15);
    expect(parseQuery('not more expensive than $90', 'en', en).filters.priceMax).to.equal(90);
    expect(parseQuery('socks over $20', 'en', en).filters.priceMin).to.equal(20);
  });

  it('reads Chinese numerals and shorthand amounts', () => {
    expect(chineseNumber('五百')).to.equal(500);
    expect(chineseNumber('两千五')).to.equal(2500);
    expect(chineseNumber('一万二')).to.equal(12000);
    expect(chineseNumber('三百五十')).to.equal(350);
    expect(chineseNumber('一千零五')).to.equal(1005);
    expect(chineseNumber('十五')).to.equal(15);
    expect(parseAmount('1,299')).to.equal(1299);
    expect(parseAmount('1.5k')).to.equal(1500);
    expect(parseAmount('3万')).to.equal(30000);
  });
});
