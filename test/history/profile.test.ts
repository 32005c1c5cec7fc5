import { expect } from '@open-wc/testing';
import { buildProfile } from '../../src/history/profile.ts';
import { normalizeInput, sinceProfileReset, type HistoryEvent } from '../../src/history/schema.ts';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 1);
let n = 0;
function ev(type: HistoryEvent['type'], productId: string | undefined, daysAgo: number, product?: HistoryEvent['product'], extra: Partial<HistoryEvent> = {}): HistoryEvent {
  return { id: `e${++n}`, type, productId, at: now - daysAgo * DAY, session: 's', product, ...extra };
}
const shoe = (brand: string, price: number, color = 'blue') => ({ title: `${brand} shoe`, brand, categories: ['Shoes', 'Running Shoes'], price, currency: 'USD', attributes: { color, weight: '250 g' } });
const tent = (brand: string, price: number) => ({ title: `${brand} tent`, brand, categories: ['Outdoor', 'Tents'], price, currency: 'USD', attributes: { season: '3-season' } });

describe('history profile', () => {
  it('weights purchases over views and fades old events', () => {
    const p = buildProfile(
      [
        ev('view', 'T1', 40, tent('Trailmark', 200)),
        ev('view', 'T2', 40, tent('Trailmark', 220)),
        ev('view', 'T3', 40, tent('Summit', 180)),
        ev('view', 'S1', 1, shoe('Stride', 120)),
        ev('purchase', 'S2', 0, shoe('Stride', 140)),
      ],
      { now },
    );
    expect(p.categories.map((c) => c.name)).to.deep.equal(['Running Shoes', 'Tents']);
    expect(p.categories[0]!.path).to.deep.equal(['Shoes', 'Running Shoes']);
    expect(p.brands[0]!.name).to.equal('Stride');
    expect(p.categories.reduce((s, c) => s + c.weight, 0)).to.be.closeTo(1, 0.01);
    // Numbers (weight: 250 g) are not a taste; colour and season are.
    expect(p.attributes.map((a) => a.name)).to.include('color: blue').and.include('season: 3-season');
    expect(p.attributes.map((a) => a.key)).to.not.include('weight');
    expect(p.basedOn).to.equal(5);
  });

  it('finds the middle of the prices looked at, in the currency seen most', () => {
    const prices = [20, 40, 60, 80, 100, 120, 140, 160];
    const p = buildProfile([...prices.map((x, i) => ev('view', `P${i}`, 0, shoe('A', x))), ev('view', 'Z', 0, { ...shoe('A', 999), currency: 'EUR' })], { now });
    expect(p.priceBand).to.deep.equal({ min: 40, max: 120, currency: 'USD' });
  });

  it('counts dismissals against a taste and ignores events before a reset', () => {
    const dismissed = buildProfile([ev('view', 'S1', 0, shoe('Stride', 100)), ev('dismiss', 'S2', 0, shoe('Velox', 100)), ev('dismiss', 'S3', 0, shoe('Velox', 100))], { now });
    expect(dismissed.brands.map((b) => b.name)).to.deep.equal(['Stride']);
    const events = [ev('view', 'S1', 2, shoe('Stride', 100)), ev('profile-reset', undefined, 1), ev('view', 'T1', 0, tent('Trailmark', 200))];
    const p = buildProfile(events, { now });
    expect(p.categories.map((c) => c.name)).to.deep.equal(['Tents']);
    expect(p.resetAt).to.equal(now - DAY);
    expect(sinceProfileReset(events).map((e) => e.productId)).to.deep.equal(['T1']);
  });

  it('uses the catalog lookup for events without product facts, and lists recent searches', () => {
    const p = buildProfile([ev('view', 'X', 0), ev('search', undefined, 0, undefined, { query: 'rain jacket' }), ev('search', undefined, 0, undefined, { query: 'tent' })], {
      now,
      lookup: (id) => (id === 'X' ? tent('Trailmark', 150) : undefined),
    });
    expect(p.brands[0]!.name).to.equal('Trailmark');
    expect(p.searches).to.deep.equal(['tent', 'rain jacket']);
  });

  it('is empty for an empty history', () => {
    expect(buildProfile([], { now })).to.deep.equal({ categories: [], brands: [], priceBand: null, attributes: [], searches: [], basedOn: 0, resetAt: null });
  });
});

describe('history event checks', () => {
  it('keeps known fields, trims text, caps lengths and refuses what it cannot use', () => {
    const ok = normalizeInput({ type: ' Add-To-Cart ', productId: 'SKU 1', quantity: '2', price: 'x', evil: '<script>', source: 'page', product: { title: 'A'.repeat(500), categories: ['a', 5, null], attributes: { Color: ['red', 'blue'] } } });
    expect(ok).to.deep.equal({ type: 'add-to-cart', productId: 'SKU 1', source: 'page', quantity: 2, product: { title: 'A'.repeat(200), categories: ['a', '5'], attributes: { color: 'red, blue' } } });
    expect(normalizeInput(null)).to.equal('not-an-object');
    expect(normalizeInput({ type: 'view' })).to.equal('missing-product-id');
    expect(normalizeInput({ type: 'search', query: '   ' })).to.equal('missing-query');
    expect(normalizeInput({ type: 'profile-reset' })).to.equal('unknown-type'); // not reportable by a host page
    expect(normalizeInput({ type: 'view', productId: 'P', at: Number.NaN })).to.deep.equal({ type: 'view', productId: 'P' });
  });
});
