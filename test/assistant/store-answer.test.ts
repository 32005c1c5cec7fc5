import { expect } from '@open-wc/testing';
import { faqScore, matchFaq } from '../../src/assistant/store-answer.ts';

const FAQ = [
  { question: 'Do you ship internationally?', answer: 'We ship to the United States and Canada.' },
  { question: 'Do you offer gift wrapping?', answer: 'Gift wrapping is available at checkout for $3.' },
];

describe('store FAQ matching', () => {
  it('meets a question worded with other forms of the same words ("gift wrap" / "gift wrapping")', () => {
    const best = faqScore(FAQ, 'can you gift wrap it', 'en');
    expect(best.shared).to.equal(2);
    expect(best.score).to.be.at.least(0.6);
    expect(matchFaq(FAQ, 'can you gift wrap it', 'en')[0]!.answer).to.contain('Gift wrapping');
    expect(matchFaq(FAQ, 'is shipping international?', 'en')[0]!.answer).to.contain('United States');
  });
});
