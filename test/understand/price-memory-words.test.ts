import { expect } from '@open-wc/testing';
import { asksAboutPriceChanges } from '../../src/understand/price-memory-words.ts';
import { readMessage } from '../../src/understand/read.ts';
import { lexiconFor } from '../../src/understand/lexicon.ts';
import { parseQuery } from '../../src/understand/filters.ts';
import { demoCatalog } from '../assistant/fixtures.ts';

describe('understanding: questions about remembered prices', () => {
  it('recognises the question in English and Chinese, not plain searches', () => {
    for (const q of [
      'has anything I looked at dropped in price?',
      'Did any of the things I viewed get cheaper?',
      'anything I have seen back in stock?',
      'price drops on stuff I browsed',
      '我看过的有降价的吗',
      '我之前看的东西便宜了吗？',
      '浏览过的商品有到货的吗',
    ]) {
      expect(asksAboutPriceChanges(q), q).to.equal(true);
    }
    for (const q of ['cheaper tents', 'show me tents under $100', 'what did I look at?', '便宜的帐篷', '有降价的帐篷吗']) expect(asksAboutPriceChanges(q), q).to.equal(false);
  });

  it('marks the request, so the assistant answers from the history', async () => {
    const catalog = await demoCatalog();
    const lexicon = await lexiconFor(catalog.products);
    const read = (m: string) => readMessage(m, { lang: 'en', byId: catalog.byId, lastResultIds: [], hasPreviousSearch: false, lexicon, parse: (t) => parseQuery(t, 'en', lexicon.vocabulary) });
    expect(read('has anything I looked at dropped in price?').aboutPriceMemory).to.equal(true);
    expect(read('cheaper tents').aboutPriceMemory).to.equal(false);
  });
});
