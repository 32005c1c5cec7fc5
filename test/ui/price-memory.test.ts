/** Price memory in the UI: the card's "down from … when you looked on …", strips, the chat's answer, the privacy panel. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Catalog, Product } from '../../src/catalog/types.ts';
import type { PriceMemory } from '../../src/history/price-memory.ts';
import { snapshotOf } from '../../src/history/snapshot.ts';
import { createRecommender } from '../../src/recommend/index.ts';
import { serviceConfig } from '../../src/runtime/services.ts';
import { SettingsState } from '../../src/ui/chat/privacy-model.ts';
import '../../src/ui/product-card.ts';
import type { ProductCard } from '../../src/ui/product-card.component.ts';
import '../../src/ui/shop-guide.ts';
import type { ShopGuide } from '../../src/ui/shop-guide.component.ts';
import '../../src/ui/shop-guide-recommendations.ts';
import type { ShopGuideRecommendations } from '../../src/ui/shop-guide-recommendations.component.ts';
import { servicesLoader } from '../../src/ui/shop-guide-recommendations.view.ts';
import { demoCatalog } from '../assistant/fixtures.ts';
import { freshHistory, testRuntime, useRuntime } from './test-runtime.ts';

serviceConfig.dbName = `sg-price-memory-${Math.random().toString(36).slice(2)}`;

const NOV3 = new Date(new Date().getFullYear(), 10, 3, 12).getTime();
const text = (el: Element) => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ');

/** A view of `p` recorded when it cost `price` and had `availability`. */
const pastView = (p: Product, price: number | undefined, availability: string, at = NOV3) => ({
  type: 'view',
  productId: p.id,
  at,
  product: { ...snapshotOf(p), price, availability },
});

describe('price memory in the UI', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = await demoCatalog('en');
  });
  const priced = () => catalog.products.filter((p) => p.price !== undefined && p.availability === 'InStock');

  it('a card says what the price was when the shopper looked, and "Back in stock"', async () => {
    const p = { ...priced()[0]!, price: 54, listPrice: undefined, currency: 'USD' };
    const memory: PriceMemory = { productId: p.id, lastSeen: NOV3, drop: { was: 68, now: 54, at: NOV3, currency: 'USD' }, backInStock: { at: NOV3 } };
    const el = await fixture<ProductCard>(html`<shop-guide-product-card .product=${p} .memory=${memory} lang="en"></shop-guide-product-card>`);
    const price = el.shadowRoot!.querySelector('[part="price"]')!;
    expect(price.querySelector('[part="price-memory"]')!.textContent).to.equal('— down from $68.00 when you looked on 3 Nov');
    expect(price.querySelector('.visually-hidden')!.textContent).to.equal('$54.00, down from $68.00 when you looked on 3 Nov');
    expect(el.shadowRoot!.querySelector('[part~="back-in-stock"]')!.textContent).to.contain('Back in stock');
    await expect(el).shadowDom.to.be.accessible();
    // Another product's memory, or a price that moved again since it was worked out: nothing claimed.
    el.memory = { ...memory, drop: { ...memory.drop!, now: 50 } };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="price-memory"]')).to.equal(null);
    const zh = await fixture<ProductCard>(html`<shop-guide-product-card .product=${{ ...p, currency: 'CNY' }} .memory=${memory} lang="zh-CN"></shop-guide-product-card>`);
    expect(zh.shadowRoot!.querySelector('[part="price-memory"]')!.textContent).to.equal('— 比你11月3日看时的 ¥68.00 降价了');
    expect(text(zh)).to.contain('又有货了');
  });

  it('a recommendation strip says "Price dropped since you viewed it"', async () => {
    const history = await freshHistory();
    const [cheaper, same] = priced();
    await history.recordMany([pastView(cheaper!, cheaper!.price! + 20, 'InStock'), pastView(same!, same!.price!, 'InStock', NOV3 + 1000)]);
    const original = { ...servicesLoader };
    servicesLoader.load = async () => ({ catalog, history, recommender: createRecommender(catalog) });
    servicesLoader.recordView = async () => null;
    try {
      const el = await fixture<ShopGuideRecommendations>(html`<shop-guide-recommendations mode="recently-viewed" limit="4"></shop-guide-recommendations>`);
      // A hidden tab (test files run side by side) gets no intersection callbacks: load as showing it would.
      await waitUntil(() => (el.state === 'idle' && void el.load(), el.state === 'ready'), `stuck in ${el.state}`, { timeout: 10000 });
      await el.updateComplete;
      const cards = [...el.shadowRoot!.querySelectorAll<ProductCard>('shop-guide-product-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
      const byId = new Map(cards.map((c) => [c.product!.id, c]));
      expect(byId.get(cheaper!.id)!.shadowRoot!.querySelector('[part="reason"]')!.textContent).to.equal('Price dropped since you viewed it');
      expect(byId.get(cheaper!.id)!.shadowRoot!.querySelector('[part="price-memory"]')!.textContent).to.contain('when you looked on 3 Nov');
      expect(byId.get(same!.id)!.shadowRoot!.querySelector('[part="price-memory"]')).to.equal(null);
      expect(byId.get(same!.id)!.shadowRoot!.querySelector('[part="reason"]')!.textContent).to.match(/^Viewed/);
    } finally {
      Object.assign(servicesLoader, original);
      await history.clear();
      history.close();
    }
  });

  it('the assistant answers "has anything I looked at dropped in price?" from the history; the privacy panel shows it; clearing forgets it', async () => {
    const history = await freshHistory();
    const [cheaper, restocked, unchanged] = priced();
    await history.recordMany([
      pastView(cheaper!, cheaper!.price! + 15, 'InStock'),
      pastView(restocked!, restocked!.price!, 'OutOfStock', NOV3 + 1000),
      pastView(unchanged!, unchanged!.price!, 'InStock', NOV3 + 2000),
    ]);
    const rt = await testRuntime({ history });
    const restore = useRuntime(() => Promise.resolve(rt));
    try {
      const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
      const summary = await el.ask('has anything I looked at dropped in price?');
      expect(summary!.productIds).to.have.members([cheaper!.id, restocked!.id]);
      expect(summary!.text).to.contain(`${cheaper!.title}:`);
      expect(summary!.text).to.contain('when you looked on 3 Nov');
      expect(summary!.text).to.contain('back in stock');
      await el.updateComplete;
      const answer = [...el.shadowRoot!.querySelectorAll('article.answer')].at(-1)!;
      const cards = [...answer.querySelectorAll<ProductCard>('shop-guide-product-card')];
      await waitUntil(() => cards.some((c) => c.shadowRoot?.querySelector('[part="price-memory"]')), 'no price memory on the answer cards');

      const panel = new SettingsState(() => {});
      panel.attach(rt);
      await panel.refresh();
      expect(panel.priceMemory).to.deep.equal({ products: 3, drops: 1, restocked: 1 });
      await history.clear();
      await panel.refresh();
      expect(panel.priceMemory).to.deep.equal({ products: 0, drops: 0, restocked: 0 });
      const after = await el.ask('我看过的有降价的吗');
      expect(after!.productIds).to.deep.equal([]);
    } finally {
      restore();
      history.close();
    }
  });

  it('through the widget: "how much is it?" says the price seen before, also under another id of the product; the panel counts it', async () => {
    const history = await freshHistory();
    const p = priced().find((x) => x.listPrice === undefined)!;
    const aliased = { ...catalog, aliases: new Map([['page-only-id', p.id]]) };
    await history.recordMany([{ ...pastView(p, p.price! + 20, 'InStock'), productId: 'page-only-id' }]);
    const rt = await testRuntime({ history, catalog: aliased, currentProductId: p.id });
    const restore = useRuntime(() => Promise.resolve(rt));
    const usd = (n: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(n);
    try {
      const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
      const summary = await el.ask('how much is it?');
      expect(summary!.text).to.equal(`${p.title} costs ${usd(p.price!)} — down from ${usd(p.price! + 20)} when you looked on 3 Nov.`);
      expect(summary!.priceMemory!.map((m) => [m.productId, m.drop?.was])).to.deep.equal([[p.id, p.price! + 20]]);
      const panel = new SettingsState(() => {});
      panel.attach(rt);
      await panel.refresh();
      expect(panel.priceMemory).to.deep.equal({ products: 1, drops: 1, restocked: 0 });
      expect(panel.seen!.memoryOf(p)?.drop?.was).to.equal(p.price! + 20);
    } finally {
      restore();
      await history.clear();
      history.close();
    }
  });
});
