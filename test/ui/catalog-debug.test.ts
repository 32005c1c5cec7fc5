/** `<shop-guide debug>`: the catalog check drawn on the owner's page; `guide.diagnostics()`. */
import { expect, fixture, html } from '@open-wc/testing';
import { serviceConfig } from '../../src/runtime/services.ts';
import '../../src/ui/shop-guide.ts';
import type { ShopGuide } from '../../src/ui/shop-guide.component.ts';

describe('<shop-guide debug> and guide.diagnostics()', function () {
  this.timeout(60_000);
  before(() => {
    serviceConfig.dbName = `test-debug-${Date.now()}`;
    const s = document.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = JSON.stringify({ '@type': 'Product', sku: 'LAMP-1', name: 'Desk <b>lamp</b>', offers: { price: 49, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' } });
    document.head.append(s);
  });

  it('guide.diagnostics() reports what the page gave', async () => {
    const el = await fixture<ShopGuide>(html`<shop-guide></shop-guide>`);
    const report = await el.diagnostics();
    expect(report.products).to.equal(1);
    expect(report.bySource).to.deep.equal({ 'json-ld': 1 });
    expect(report.missing.map((m) => m.field)).to.deep.equal(['category', 'description', 'image', 'url', 'brand']);
    expect(report.summary.map((r) => r.reason)).to.deep.equal(['html-in-text']);
  });

  it('the debug attribute draws the check as text, and removing it takes it away', async () => {
    const el = await fixture<ShopGuide>(html`<shop-guide debug></shop-guide>`);
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="debug"]')!;
    expect(box).to.exist;
    const text = box.textContent!;
    expect(text).to.include('1 product read');
    expect(text).to.include('json-ld: 1');
    expect(text).to.include('category: 1 of 1');
    expect(text).to.include('html-in-text');
    // Shop text is text: the title's markup was stripped by the reader, and nothing in the box is parsed as HTML.
    expect(box.querySelector('b')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
    el.debug = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="debug"]')).to.equal(null);
  });
});
