import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { deleteDB } from 'idb';
import type { Catalog } from '../../src/catalog/types.ts';
import { openHistory, type HistoryStore } from '../../src/history/store.ts';
import { createRecommender } from '../../src/recommend/index.ts';
import { getHistory, serviceConfig } from '../../src/runtime/services.ts';
import '../../src/ui/shop-guide-recommendations.ts';
import type { ShopGuideRecommendations } from '../../src/ui/shop-guide-recommendations.component.ts';
import { servicesLoader } from '../../src/ui/shop-guide-recommendations.view.ts';
import type { ProductCard } from '../../src/ui/product-card.component.ts';
import { demoCatalog } from '../recommend/helpers.ts';

const DB = `sg-recs-ui-${Math.random().toString(36).slice(2)}`;
serviceConfig.dbName = DB; // events recorded by the cards land in this test's database

let catalog: Catalog;
let history: HistoryStore;
const original = { ...servicesLoader };

function useHistory(h: HistoryStore) {
  const recommender = createRecommender(catalog);
  servicesLoader.load = async () => ({ catalog, history: h, recommender });
  servicesLoader.recordView = async () => null;
}

const cards = (el: ShopGuideRecommendations) => [...el.shadowRoot!.querySelectorAll<ProductCard>('shop-guide-product-card')];
/** Ready or empty. A hidden tab (two test files run at once) gets no intersection callbacks: load as showing it would. */
const ready = (el: ShopGuideRecommendations, auto = false) =>
  waitUntil(
    () => {
      if (!auto && document.visibilityState === 'hidden' && el.state === 'idle') void el.load();
      return el.state === 'ready' || el.state === 'empty';
    },
    `stuck in ${el.state}`,
    { timeout: 10000 },
  );
const tents = () => catalog.products.filter((p) => p.categories.at(-1) === 'Tents');

describe('<shop-guide-recommendations>', () => {
  before(async () => {
    catalog = await demoCatalog('en');
    history = await getHistory();
  });
  beforeEach(async () => {
    await history.clear();
    useHistory(history);
  });
  after(async () => {
    Object.assign(servicesLoader, original);
    history.close();
    await deleteDB(DB);
  });

  it('for-you: product cards from the catalog, each with its reason, and "Not interested" buttons', async () => {
    for (const t of tents().slice(0, 3)) await history.record({ type: 'view', productId: t.id });
    const rendered: string[][] = [];
    document.addEventListener('shop-guide-recommendations-render', (e) => rendered.push(e.detail.productIds), { once: true });
    const el = await fixture<ShopGuideRecommendations>(html`<shop-guide-recommendations mode="for-you" limit="6"></shop-guide-recommendations>`);
    await ready(el);
    await el.updateComplete;
    const list = cards(el);
    expect(el.state).to.equal('ready');
    expect(list).to.have.length(6);
    for (const c of list) expect(catalog.byId.get(c.product!.id)).to.equal(c.product);
    expect(rendered[0]).to.deep.equal(list.map((c) => c.product!.id));
    await list[0]!.updateComplete;
    const reasons = list.map((c) => c.shadowRoot!.querySelector('[part="reason"]')?.textContent ?? '');
    expect(reasons.filter((r) => /^(Because you viewed|Shoppers who viewed|Often bought with) /.test(r)).length).to.be.at.least(3);
    expect(list[0]!.getAttribute('source')).to.equal('recommendations:for-you');
    expect(list[0]!.shadowRoot!.querySelector('[part="dismiss"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Recommended for you');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('similar to the product named by product-id; no dismiss buttons outside for-you', async () => {
    const el = await fixture<ShopGuideRecommendations>(html`<shop-guide-recommendations mode="similar" product-id="TH-RS-001" limit="4"></shop-guide-recommendations>`);
    await ready(el);
    await el.updateComplete;
    const list = cards(el);
    expect(list).to.have.length(4);
    for (const c of list) expect(c.product!.categories.at(-1)).to.equal('Running Shoes');
    await list[0]!.updateComplete;
    expect(list[0]!.shadowRoot!.querySelector('[part="dismiss"]')).to.equal(null);
    // "Similar to <the product named>" would repeat the strip's own heading on every card.
    expect(list[0]!.shadowRoot!.querySelector('[part="reason"]')).to.equal(null);
  });

  it('recently viewed follows the history as it changes, newest first; empty says so', async () => {
    const el = await fixture<ShopGuideRecommendations>(html`<shop-guide-recommendations mode="recently-viewed"></shop-guide-recommendations>`);
    await ready(el);
    expect(el.state).to.equal('empty');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('Products you view will appear here.');
    const [a, b] = tents();
    await history.record({ type: 'view', productId: a!.id });
    await waitUntil(() => cards(el).length === 1, 'the new view did not show');
    await history.record({ type: 'view', productId: b!.id });
    await waitUntil(() => cards(el).length === 2, 'the second view did not show');
    expect(cards(el).map((c) => c.product!.id)).to.deep.equal([b!.id, a!.id]);
    expect(el.state).to.equal('ready');
  });

  it('"Not interested" removes the card, fills the gap, keeps focus in the list and records the dismissal', async () => {
    for (const t of tents().slice(0, 2)) await history.record({ type: 'view', productId: t.id });
    const el = await fixture<ShopGuideRecommendations>(html`<shop-guide-recommendations limit="4"></shop-guide-recommendations>`);
    await ready(el);
    await el.updateComplete;
    const before = cards(el).map((c) => c.product!.id);
    const second = cards(el)[1]!;
    await second.updateComplete;
    second.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
    await waitUntil(() => !cards(el).some((c) => c.product!.id === before[1]), 'the card stayed');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/^Removed .+ You’ll see fewer like it\.$/);
    await waitUntil(() => cards(el).length === 4, 'the gap was not filled');
    // The others keep their places.
    expect(cards(el).map((c) => c.product!.id).filter((id) => before.includes(id))).to.deep.equal(before.filter((id) => id !== before[1]));
    await waitUntil(() => el.shadowRoot!.activeElement?.tagName === 'SHOP-GUIDE-PRODUCT-CARD', 'focus left the list');
    await waitUntil(async () => (await history.events()).some((e) => e.type === 'dismiss' && e.productId === before[1]), 'the dismissal was not recorded', { timeout: 8000 });
  });

  it('speaks Chinese', async () => {
    const zh = await demoCatalog('zh');
    servicesLoader.load = async () => ({ catalog: zh, history, recommender: createRecommender(zh) });
    await history.record({ type: 'view', productId: 'TH-TE-001' });
    const el = await fixture<ShopGuideRecommendations>(html`<shop-guide-recommendations mode="recently-viewed" lang="zh-CN"></shop-guide-recommendations>`);
    await ready(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('最近浏览');
    const card = cards(el)[0]!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="reason"]')!.textContent).to.equal('刚刚浏览过');
    expect(card.shadowRoot!.querySelector('[part="price"]')!.textContent).to.contain('¥');
  });

  it('with tracking off, says why there is no history', async () => {
    const off = await openHistory({ dbName: `${DB}-off`, tracking: false, offReason: 'gpc' });
    useHistory(off);
    const el = await fixture<ShopGuideRecommendations>(html`<shop-guide-recommendations mode="recently-viewed"></shop-guide-recommendations>`);
    await ready(el);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('Your browser asks sites not to track you, so no browsing history is kept.');
  });

  it('tells the shopper once when history is kept for this page only', async () => {
    const memory = await openHistory({ dbName: `${DB}-mem`, openBackend: () => Promise.reject(new DOMException('no', 'SecurityError')), logger: { warn() {} } });
    useHistory(memory);
    const [a, b] = await Promise.all([
      fixture<ShopGuideRecommendations>(html`<shop-guide-recommendations></shop-guide-recommendations>`),
      fixture<ShopGuideRecommendations>(html`<shop-guide-recommendations mode="recently-viewed"></shop-guide-recommendations>`),
    ]);
    await Promise.all([ready(a), ready(b)]);
    await Promise.all([a.updateComplete, b.updateComplete]);
    const notices = [a, b].map((el) => el.shadowRoot!.querySelector('[part="notice"]'));
    expect(notices.filter(Boolean)).to.have.length(1);
    const notice = notices.find(Boolean)!;
    expect(notice.textContent).to.contain('kept for this page only');
    notice.querySelector('button')!.click();
    await a.updateComplete;
    expect(a.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
  });

  it('a new label, language or dismissible setting rewords the strip without recomputing it', async () => {
    for (const t of tents().slice(0, 3)) await history.record({ type: 'view', productId: t.id });
    const recommender = createRecommender(catalog);
    let computed = 0;
    const recommend = recommender.recommendInSlices.bind(recommender);
    recommender.recommendInSlices = (request) => (computed++, recommend(request));
    servicesLoader.load = async () => ({ catalog, history, recommender });
    const el = await fixture<ShopGuideRecommendations>(html`<shop-guide-recommendations limit="4"></shop-guide-recommendations>`);
    await ready(el);
    await el.updateComplete;
    const shown = cards(el).map((c) => c.product!.id);
    expect(computed).to.equal(1);
    el.label = 'Picked for you';
    el.lang = 'zh-CN';
    el.dismissible = 'off';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100)); // a recompute would have started by now
    await el.updateComplete;
    expect(computed).to.equal(1);
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Picked for you');
    expect(cards(el).map((c) => c.product!.id)).to.deep.equal(shown);
    const card = cards(el)[0]!;
    await card.updateComplete;
    expect(card.getAttribute('lang')).to.equal('zh-CN');
    expect(card.shadowRoot!.querySelector('[part="dismiss"]')).to.equal(null);
    await Promise.all(cards(el).map((c) => c.updateComplete));
    const reasons = cards(el).map((c) => c.shadowRoot!.querySelector('[part="reason"]')?.textContent ?? '');
    expect(reasons.some((r) => /[\u4e00-\u9fff]/.test(r)), 'reasons worded in Chinese').to.equal(true);
    el.limit = 3;
    await waitUntil(() => computed === 2 && cards(el).length === 3, 'a new limit did not recompute');
  });

  it('loads when it nears the viewport (never before), and recomputes when its attributes change', async () => {
    await executeServerCommand('bring-to-front');
    let loads = 0;
    const load = servicesLoader.load;
    servicesLoader.load = () => (loads++, load());
    const el = await fixture<ShopGuideRecommendations>(
      html`<shop-guide-recommendations mode="similar" product-id="TH-RS-001" limit="3" style="position: absolute; top: 8000px"></shop-guide-recommendations>`,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(loads).to.equal(0);
    expect(el.state).to.equal('idle');
    el.style.top = '0'; // now it is in view
    await ready(el, true);
    expect(loads).to.equal(1);
    el.setAttribute('mode', 'bought-together');
    await waitUntil(() => cards(el).length > 0 && cards(el).every((c) => c.product!.categories.at(-1) !== 'Running Shoes'), 'did not switch mode');
  });
});
