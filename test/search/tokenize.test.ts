/** Tokenizing: words, stems, CJK bigrams, the query-side Segmenter, and the indexer's fast path. */
import { expect } from '@open-wc/testing';
import { Random } from '../../demo/scripts/random.ts';
import { IndexBuilder } from '../../src/search/index-builder.ts';
import { chineseWords } from '../../src/search/query-analyze.ts';
import { stem } from '../../src/search/stem.ts';
import { indexTerms } from '../../src/search/tokenize.ts';
import type { SearchDoc } from '../../src/search/documents.ts';

const terms = (text: string) => {
  const out: string[] = [];
  indexTerms(text, (t) => out.push(t));
  return out;
};

function doc(id: string, description: string): SearchDoc {
  return { id, title: '', brand: '', categories: [], description, price: NaN, listPrice: NaN, available: 1, rating: NaN, ratingCount: 0, released: NaN, attributes: [], colors: [], colorNames: [] };
}

describe('search: tokenizing', function () {
  // Generous: other engineers' test runs share this machine's two cores.
  this.timeout(60_000);
  it('splits words, folds case and accents, drops stop words, splits letters from digits', () => {
    expect(terms('The Crème Brûlée, for RUNNERS: 10mm ipx7 and 5.3 GHz don’t')).to.deep.equal(['creme', 'brulee', 'runner', '10', 'mm', 'ipx', '7', '5.3', 'ghz', 'dont']);
    expect(terms('Ｎｉｋｅ　ＡＩＲ')).to.deep.equal(['nike', 'air']);
  });

  it('stems plurals, -ing and -ed the same way on both sides', () => {
    const pairs: [string, string][] = [
      ['shoes', 'shoe'],
      ['running', 'run'],
      ['runs', 'run'],
      ['hiking', 'hike'],
      ['hikes', 'hike'],
      ['batteries', 'battery'],
      ['watches', 'watch'],
      ['boxes', 'box'],
      ['cushioned', 'cushion'],
      ['cancelling', 'cancel'],
      ['canceling', 'cancel'],
      ['insulated', 'insulate'],
      ['glasses', 'glasses'],
      ['string', 'string'],
      ['gps', 'gps'],
      ['fall', 'fall'],
    ];
    for (const [word, want] of pairs) expect(stem(word), word).to.equal(want);
  });

  it('indexes CJK as overlapping bigrams; a lone character is its own term', () => {
    expect(terms('跑步鞋')).to.deep.equal(['跑步', '步鞋']);
    expect(terms('鞋')).to.deep.equal(['鞋']);
    expect(terms('Velox跑鞋 GPS手表')).to.deep.equal(['velox', '跑鞋', 'gps', '手表']);
    expect(terms('𠀀𠀁字')).to.deep.equal(['𠀀𠀁', '𠀁字']);
  });

  it('segments Chinese queries into words with Intl.Segmenter, dropping particles', () => {
    expect(chineseWords('适合跑步的鞋子')).to.deep.equal(['跑步', '鞋子']);
    expect(chineseWords('我想要一款降噪耳机')).to.deep.equal(['降噪', '耳机']);
    // Shopping words the segmenter does not know stay whole.
    expect(chineseWords('冲锋衣')).to.deep.equal(['冲锋衣']);
    expect(chineseWords('蓝色的跑鞋')).to.deep.equal(['蓝色', '跑鞋']);
  });

  it('the indexer’s fast path produces exactly the tokenizer’s terms, for any mix of scripts', async () => {
    const rnd = new Random(42);
    const pieces = ['run', 'Shoes', "don't", '5.3', '10mm', 'café', 'ÜBER', 'naïve', '跑步鞋', '的', '鞋', 'ｎｉｋｅ', '１２', 'カタカナ', '한국어', 'Москва', '😀', '𠀀', ' ', ' ', '  ', '.', ',', '-', "'", '·', '—', '\n', 'x', '7'];
    for (let round = 0; round < 300; round++) {
      let text = '';
      const n = rnd.int(1, 25);
      for (let i = 0; i < n; i++) text += rnd.pick(pieces);
      const b = new IndexBuilder();
      b.add(doc('d', text));
      const data = await b.finish();
      expect([...new Set(data.terms)].sort(), JSON.stringify(text)).to.deep.equal([...new Set(terms(text))].sort());
    }
  });
});
