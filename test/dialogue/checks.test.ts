/**
 * The dialogue benchmark's own checks (test/dialogue/checks.ts), against a small catalog and made-up
 * answer summaries: each predicate must pass a right answer and fail a wrong one, or the benchmark
 * could not tell them apart.
 */
import { expect } from '@open-wc/testing';
import { checkTurn, evaluate, mentionsAmount, nextState, pageProduct, ShopCatalog, type DialogueState, type Feed } from './checks.ts';
import type { AnswerSummary, Turn } from './types.ts';

const feed: Feed = {
  store: { name: 'Test', currency: 'USD', shipping: [{ cost: 5.99, freeOver: 35 }], returns: { days: 60 }, payment: ['Visa', 'PayPal'], faq: [{ question: 'Warranty?', answer: 'Every small appliance has a 2-year warranty.' }] },
  products: [
    { id: 'k1', title: 'Voltra EK-17 1.7L 2200W Electric Kettle', brand: 'Voltra', category: ['Home', 'Electric Kettles'], price: 30, listPrice: 40, availability: 'InStock', rating: { value: 4.5, count: 900 }, reviews: [{}], attributes: { color: 'black', capacity: '1.7 L', wattage: '2200 W' }, variants: [{ id: 'k1-b', attributes: { color: 'blue' } }] },
    { id: 'k2', title: 'KETTLEBY 1.0L Kettle', category: ['Home', 'Electric Kettles'], price: 18, availability: 'OutOfStock', rating: { value: 3.9, count: 10 }, attributes: { color: 'white', capacity: '1.0 L' } },
    { id: 'k3', title: 'Kettleby Glass Kettle 1.5L', brand: 'Kettleby', category: ['Home', 'Electric Kettles'], price: 45, availability: 'InStock', attributes: { color: 'silver', capacity: '1.5 L', wattage: '1800 W' } },
    { id: 'm1', title: 'Coffee Mug 350ml', brand: 'Koto', category: ['Home', 'Coffee Mugs'], price: 9, availability: 'InStock', attributes: { color: 'white', capacity: '350 ml' } },
  ],
};
const catalog = new ShopCatalog(feed);
const empty: DialogueState = { shown: [], compared: [] };

function summary(over: Partial<AnswerSummary>): AnswerSummary {
  return { kind: 'search', status: 'ok', text: '', productIds: [], alternativeIds: [], comparedIds: [], source: 'retrieval', ...over };
}
const turn = (expect: Turn['expect']): Turn => ({ say: '…', class: 'simple', expect });

describe('dialogue benchmark checks', () => {
  it('evaluates product predicates tri-state, with brands from titles when there is no brand field', () => {
    const [k1, k2, k3] = feed.products;
    const ctx = { catalog };
    expect(evaluate({ brand: 'Kettleby' }, k2!, ctx)).to.equal('yes');
    expect(evaluate({ notBrand: ['Kettleby'] }, k2!, ctx)).to.equal('no');
    expect(evaluate({ color: 'blue' }, k1!, ctx)).to.equal('yes'); // a variant colour
    expect(evaluate({ attr: { key: 'capacity', min: 1.5 } }, k3!, ctx)).to.equal('yes');
    expect(evaluate({ attr: { key: 'wattage', min: 2000 } }, k2!, ctx)).to.equal('unknown');
    expect(evaluate({ inStock: true }, k2!, ctx)).to.equal('no');
    expect(evaluate({ onSale: true }, k1!, ctx)).to.equal('yes');
    expect(evaluate({ popular: true }, k1!, ctx)).to.equal('yes');
    expect(evaluate({ sameCategoryAsPage: true, cheaperThanPage: true }, k2!, { catalog, page: k3 })).to.equal('yes');
  });

  it('passes a right search answer and fails a wrong one', () => {
    const t = turn({ all: { category: 'Electric Kettles', priceMax: 40 }, sorted: 'price-asc', best: 'price-min' });
    expect(checkTurn(t, summary({ productIds: ['k2', 'k1'] }), empty, { catalog })).to.deep.equal([]);
    expect(checkTurn(t, summary({ productIds: ['k1', 'k2'] }), empty, { catalog })).to.have.length(2); // unsorted, not the cheapest first
    expect(checkTurn(t, summary({ productIds: ['m1'] }), empty, { catalog })[0]).to.match(/not matching/);
    expect(checkTurn(t, summary({ productIds: [] }), empty, { catalog })[0]).to.match(/at least 1/);
    expect(checkTurn(t, null, empty, { catalog })).to.deep.equal(['ask() gave no answer summary']);
  });

  it('wants not-sold answers with no cards, alternatives only as alternatives', () => {
    const t = turn({ status: 'not-sold', none: true, alternatives: { category: 'Electric Kettles' } });
    expect(checkTurn(t, summary({ status: 'not-sold', alternativeIds: ['k1'] }), empty, { catalog })).to.deep.equal([]);
    expect(checkTurn(t, summary({ status: 'ok', productIds: ['k1'] }), empty, { catalog })).to.have.length(2);
  });

  it('computes verdicts about the page’s product from the catalog', () => {
    const [k1, k2] = feed.products;
    const t = turn({ kind: 'product', subject: 'page', verdict: { color: 'blue' } });
    expect(checkTurn(t, summary({ kind: 'product', subjectId: 'k1', verdict: 'yes' }), empty, { catalog, page: k1 })).to.deep.equal([]);
    expect(checkTurn(t, summary({ kind: 'product', subjectId: 'k2', verdict: 'yes' }), empty, { catalog, page: k2 })).to.deep.equal(['verdict yes, expected no']);
    const w = turn({ subject: 'page', verdict: { attr: { key: 'wattage', min: 2000 } } });
    expect(checkTurn(w, summary({ subjectId: 'k2', verdict: 'no' }), empty, { catalog, page: k2 })).to.deep.equal(['verdict no, expected unknown']);
  });

  it('resolves references against what the shopper saw', () => {
    const seen = nextState(empty, summary({ productIds: ['k3', 'k1', 'k2'] }));
    const two = turn({ kind: 'compare', compared: { shown: [0, 1] } });
    expect(checkTurn(two, summary({ kind: 'compare', comparedIds: ['k1', 'k3'] }), seen, { catalog })).to.deep.equal([]);
    expect(checkTurn(two, summary({ kind: 'compare', comparedIds: ['k1', 'k3', 'k2'] }), seen, { catalog })).to.have.length(1);
    const compared = nextState(seen, summary({ kind: 'compare', comparedIds: ['k1', 'k3'] }));
    const cheaper = turn({ kind: 'pick', pick: { among: 'compared', by: 'price-min' } });
    expect(checkTurn(cheaper, summary({ kind: 'pick', pickId: 'k1' }), compared, { catalog })).to.deep.equal([]);
    expect(checkTurn(cheaper, summary({ kind: 'pick', pickId: 'k3' }), compared, { catalog })).to.have.length(1);
    expect(checkTurn(cheaper, summary({ kind: 'pick', pickId: 'k2' }), compared, { catalog })[0]).to.match(/not among/);
    const more = turn({ all: { category: 'Electric Kettles' }, fresh: true });
    expect(checkTurn(more, summary({ productIds: ['k1'] }), seen, { catalog })[0]).to.match(/already shown/);
    const second = turn({ subject: { shown: 1 } });
    expect(checkTurn(second, summary({ subjectId: 'k1' }), seen, { catalog })).to.deep.equal([]);
    // A product answer's one card does not replace the list the shopper is going through.
    const after = nextState(seen, summary({ kind: 'product', productIds: ['k1'], subjectId: 'k1' }));
    expect(after.shown).to.deep.equal(['k3', 'k1', 'k2']);
  });

  it('finds store facts and prices in the answer text', () => {
    expect(checkTurn(turn({ store: 'returns' }), summary({ kind: 'store', text: 'You can return items within 60 days.' }), empty, { catalog })).to.deep.equal([]);
    expect(checkTurn(turn({ store: 'returns' }), summary({ kind: 'store', text: 'Returns within 30 days.' }), empty, { catalog })).to.have.length(1);
    expect(checkTurn(turn({ store: { faq: 0 } }), summary({ text: 'Every small appliance has a 2-year warranty.' }), empty, { catalog })).to.deep.equal([]);
    expect(mentionsAmount('It costs ¥1,169.00', 1169)).to.be.true;
    expect(mentionsAmount('It costs $164.99', 164.99)).to.be.true;
    expect(mentionsAmount('It costs $16.99', 164.99)).to.be.false;
  });

  it('picks the page product by predicate, checks named subjects, stated attributes and honest relaxing', () => {
    const page = pageProduct({ id: 'x', shop: 'home', lang: 'en', page: { category: 'Electric Kettles', inStock: false }, turns: [] }, catalog);
    expect(page?.id).to.equal('k2');
    const named = turn({ subject: { id: 'k3' }, mentions: 'wattage' });
    expect(checkTurn(named, summary({ subjectId: 'k3', text: 'It draws 1800 W.' }), empty, { catalog })).to.deep.equal([]);
    expect(checkTurn(named, summary({ subjectId: 'k3', text: 'It is a kettle.' }), empty, { catalog })[0]).to.match(/wattage/);
    const relaxed = turn({ status: 'relaxed', relaxed: true, all: { category: 'Electric Kettles' } });
    expect(checkTurn(relaxed, summary({ status: 'relaxed', relaxed: ['price'], productIds: ['k1'] }), empty, { catalog })).to.deep.equal([]);
    expect(checkTurn(relaxed, summary({ status: 'relaxed', productIds: ['k1'] }), empty, { catalog })).to.deep.equal(['does not say what was relaxed']);
  });
});
