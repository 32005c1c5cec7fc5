import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Product } from '../../src/catalog/types.ts';
import { clearParked, readParked } from '../../src/history/pending.ts';
import { serviceConfig } from '../../src/runtime/services.ts';
import '../../src/ui/product-card.ts';
import type { ProductCard } from '../../src/ui/product-card.component.ts';

// Clicks recorded by the cards go to this test's own database, not the shop's.
serviceConfig.dbName = `sg-card-test-${Math.random().toString(36).slice(2)}`;

function product(over: Partial<Product> = {}): Product {
  return {
    id: 'SKU-1',
    title: 'Stride Pace 4 Running Shoe',
    description: 'A shoe.',
    brand: 'Stride',
    categories: ['Shoes', 'Running Shoes'],
    price: 89.5,
    listPrice: 120,
    currency: 'USD',
    availability: 'InStock',
    offers: [],
    rating: { value: 4.6, count: 212, best: 5, worst: 1 },
    reviews: [],
    attributes: {},
    images: ['/public/demo-images/running-shoes-black.svg'],
    url: '/demo/products/TH-RS-001.html',
    variants: [],
    related: { relatedTo: [], similarTo: [], alsoBought: [], alsoViewed: [] },
    ...over,
  };
}

const $ = (el: ProductCard, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const text = (el: ProductCard) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function card(p: Product, attrs: { lang?: string; reason?: string; dismissible?: boolean } = {}) {
  const el = await fixture<ProductCard>(html`<shop-guide-product-card
    .product=${p}
    .reason=${attrs.reason ?? ''}
    lang=${attrs.lang ?? 'en'}
    source="test"
    ?dismissible=${attrs.dismissible}
  ></shop-guide-product-card>`);
  await el.updateComplete;
  return el;
}

describe('<shop-guide-product-card>', () => {
  beforeEach(() => clearParked());

  it('shows the catalog facts: image, title, sale price, rating, availability, reason', async () => {
    const el = await card(product(), { reason: 'Because you viewed Trail Tent' });
    expect($(el, '[part="image"]')!.getAttribute('src')).to.match(/running-shoes-black\.svg$/);
    expect($(el, '[part="image"]')!.getAttribute('alt')).to.equal('');
    expect($(el, '[part="title"]')!.textContent).to.equal('Stride Pace 4 Running Shoe');
    const price = $(el, '[part="price"]')!;
    expect(price.querySelector('.sale')!.textContent).to.equal('$89.50');
    expect(price.querySelector('del')!.textContent).to.equal('$120.00');
    expect(price.querySelector('.visually-hidden')!.textContent).to.equal('Sale price $89.50, was $120.00');
    expect(text(el)).to.contain('Rated 4.6 out of 5 from 212 reviews');
    expect($(el, '[part="availability"]')!.textContent).to.equal('In stock');
    expect($(el, '[part="reason"]')!.textContent).to.equal('Because you viewed Trail Tent');
    expect($(el, 'article')!.getAttribute('aria-labelledby')).to.be.a('string');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('formats prices in the catalog currency and speaks Chinese', async () => {
    const el = await card(product({ price: 649, listPrice: undefined, currency: 'CNY', availability: 'OutOfStock' }), { lang: 'zh-CN' });
    expect($(el, '[part="price"]')!.textContent!.trim()).to.equal('¥649.00');
    expect($(el, '[part="availability"]')!.textContent).to.equal('缺货');
    expect($(el, '[part="add-to-cart"]')!.textContent!.trim()).to.equal('加入购物车');
    expect($(el, '[part="view-link"]')!.textContent).to.equal('查看');
    expect(text(el)).to.contain('评分 4.6/5，共 212 条评价');
  });

  it('links only to the catalog URL over http(s), and shows no link otherwise', async () => {
    const el = await card(product());
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) expect(a.href).to.equal(new URL('/demo/products/TH-RS-001.html', location.href).href);
    // Only one link is in the tab order (the title and image links are for pointers).
    expect(links.filter((a) => a.tabIndex >= 0)).to.have.length(1);
    expect($(el, '[part="view-link"]')!.getAttribute('aria-label')).to.equal('View Stride Pace 4 Running Shoe');
    const evil = await card(product({ url: 'javascript:alert(1)', images: ['javascript:alert(2)'] }));
    expect(evil.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect($(evil, 'img')).to.equal(null);
  });

  it('renders text as text, never as markup', async () => {
    const el = await card(product({ title: '<img src=x onerror="window.__pwned=1">Shoe' }), { reason: '<b>bold</b>' });
    expect(el.shadowRoot!.querySelectorAll('img[onerror], b')).to.have.length(0);
    expect($(el, '[part="title"]')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">Shoe');
  });

  it('"Add to cart" fires a composed, bubbling, cancelable event and records it; out of stock cannot be added', async () => {
    const el = await card(product());
    const fired = oneEvent(document, 'shop-guide-add-to-cart');
    $(el, '[part="add-to-cart"]')!.click();
    const e = (await fired) as CustomEvent<{ productId: string; source: string }>;
    expect(e.detail).to.deep.equal({ productId: 'SKU-1', source: 'test' });
    expect(e.bubbles && e.composed && e.cancelable).to.equal(true);
    const parked = readParked().events as { type: string; productId: string }[];
    expect(parked.map((x) => [x.type, x.productId])).to.deep.include(['add-to-cart', 'SKU-1']);

    // The host page said no: nothing is recorded.
    clearParked();
    const veto = (ev: Event) => ev.preventDefault();
    document.addEventListener('shop-guide-add-to-cart', veto, { once: true });
    $(el, '[part="add-to-cart"]')!.click();
    expect(readParked().events).to.have.length(0);

    const out = await card(product({ availability: 'SoldOut' }));
    expect(($(out, '[part="add-to-cart"]') as HTMLButtonElement).disabled).to.equal(true);
  });

  it('"View" fires shop-guide-product-view, records the click, and the host page may take over the navigation', async () => {
    const el = await card(product());
    const link = $(el, '[part="view-link"]') as HTMLAnchorElement;
    let detail: unknown = null;
    const handler = (e: Event) => {
      detail = (e as CustomEvent).detail;
      e.preventDefault(); // a single-page shop navigates itself
    };
    document.addEventListener('shop-guide-product-view', handler);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    document.removeEventListener('shop-guide-product-view', handler);
    expect(detail).to.deep.equal({ productId: 'SKU-1', source: 'test', url: link.href });
    expect(click.defaultPrevented).to.equal(true);
    const parked = readParked().events as { type: string }[];
    expect(parked.map((x) => x.type)).to.include('click');
  });

  it('"Not interested" fires shop-guide-dismiss and records it', async () => {
    const el = await card(product(), { dismissible: true });
    const fired = oneEvent(el, 'shop-guide-dismiss');
    $(el, '[part="dismiss"]')!.click();
    expect(((await fired) as CustomEvent).detail).to.deep.equal({ productId: 'SKU-1', source: 'test' });
    expect($(el, '[part="dismiss"]')!.getAttribute('aria-label')).to.equal('Not interested in Stride Pace 4 Running Shoe');
    const parked = readParked().events as { type: string }[];
    expect(parked.map((x) => x.type)).to.include('dismiss');
  });

  it('copes with missing facts: no price, no rating, no image, an unknown currency', async () => {
    const bare = await card(product({ price: undefined, rating: undefined, images: [], listPrice: undefined }));
    expect($(bare, '[part="price"]')).to.equal(null);
    expect($(bare, '[part="rating"]')).to.equal(null);
    expect($(bare, 'img')).to.equal(null);
    const odd = await card(product({ currency: 'POINTS', listPrice: undefined }));
    expect($(odd, '[part="price"]')!.textContent!.trim()).to.equal('89.50 POINTS');
  });
});
