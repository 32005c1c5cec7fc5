/**
 * The recommendation strips on the demo shop's real pages (the pages load /src/index.ts), as a shopper
 * meets them: product page (bought together, similar), listing page (for you, recently viewed), the
 * Chinese shop, and the shop's own cart reacting to a card's "Add to cart".
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ProductCard } from '../../src/ui/product-card.component.ts';
import type { ShopGuideRecommendations } from '../../src/ui/shop-guide-recommendations.component.ts';
import { openShopPage, type ShopPage } from '../e2e/helpers.ts';

let page: ShopPage | null = null;

function strip(p: ShopPage, mode: string): ShopGuideRecommendations {
  return p.doc.querySelector(`shop-guide-recommendations[mode="${mode}"]`) as ShopGuideRecommendations;
}
const cards = (el: ShopGuideRecommendations) => [...(el.shadowRoot?.querySelectorAll<ProductCard>('shop-guide-product-card') ?? [])];

async function filled(el: ShopGuideRecommendations): Promise<ProductCard[]> {
  el.scrollIntoView();
  // A test page running beside others may be a background tab, where the browser defers
  // IntersectionObserver callbacks: then load it the way a shop's script could.
  await new Promise((r) => setTimeout(r, 500));
  if (el.state === 'idle') void el.load();
  await waitUntil(() => el.state === 'ready' || el.state === 'empty', `the ${el.mode} strip stayed ${el.state}`, { timeout: 20000 });
  const list = cards(el);
  await Promise.all(list.map((c) => c.updateComplete));
  return list;
}

describe('recommendation strips on the demo shop', function () {
  this.timeout(60000);
  afterEach(() => {
    page?.close();
    page = null;
  });

  it('product page: things that go with it, and things like it — never the product itself', async () => {
    page = await openShopPage('/demo/products/TH-RS-001.html');
    const together = await filled(strip(page, 'bought-together'));
    const similar = await filled(strip(page, 'similar'));
    expect(together.length).to.be.within(1, 4);
    expect(similar.length).to.be.within(1, 6);
    for (const c of together) expect(c.product!.categories.at(-1)).to.not.equal('Running Shoes');
    for (const c of similar) expect(c.product!.categories.at(-1)).to.equal('Running Shoes');
    expect([...together, ...similar].map((c) => c.product!.id)).to.not.include('TH-RS-001');
    // The strip's heading says "similar": no card repeats "Similar to <this product>".
    for (const c of similar) expect(c.shadowRoot!.querySelector('[part="reason"]')?.textContent ?? '').to.not.match(/^Similar to/);
  });

  it('a card’s "Add to cart" goes to the shop’s own cart', async () => {
    page = await openShopPage('/demo/products/TH-TE-001.html');
    page.win.localStorage.removeItem('demo-shop-cart');
    const [card] = await filled(strip(page, 'bought-together'));
    card!.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-to-cart"]')!.click();
    await waitUntil(() => page!.doc.querySelector('[data-cart-count]')!.textContent === '1', 'the cart did not update');
    const cart = JSON.parse(page.win.localStorage.getItem('demo-shop-cart')!) as { productId: string }[];
    expect(cart.map((x) => x.productId)).to.deep.equal([card!.product!.id]);
  });

  it('listing page: for-you fills up, each card with a reason', async () => {
    page = await openShopPage('/demo/index.html');
    const forYou = await filled(strip(page, 'for-you'));
    expect(forYou).to.have.length(8);
    for (const c of forYou) expect(c.shadowRoot!.querySelector('[part="reason"]')!.textContent).to.not.equal('');
  });

  it('the Chinese shop: Chinese words, prices in yuan', async () => {
    page = await openShopPage('/demo/zh/products/TH-TE-001.html');
    const similar = await filled(strip(page, 'similar'));
    expect(similar.length).to.be.greaterThan(0);
    const root = similar[0]!.shadowRoot!;
    expect(root.querySelector('[part="price"]')!.textContent).to.contain('¥');
    expect(root.querySelector('[part="view-link"]')!.textContent).to.equal('查看');
    expect(root.querySelector('[part="add-to-cart"]')!.textContent!.trim()).to.equal('加入购物车');
  });
});
