import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/shop-guide.ts';
import type { ShopGuide } from '../../src/ui/shop-guide.component.ts';

const shadow = (el: ShopGuide) => el.shadowRoot!;
const launcher = (el: ShopGuide) => shadow(el).querySelector<HTMLButtonElement>('.launcher')!;
const panel = (el: ShopGuide) => shadow(el).querySelector<HTMLElement>('.panel')!;

/** The element that has focus, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

describe('<shop-guide>', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('renders a closed launcher with an accessible name', async () => {
    const el = await fixture<ShopGuide>(html`<shop-guide></shop-guide>`);
    expect(el.shadowRoot).to.exist;
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('false');
    expect(launcher(el).getAttribute('aria-label')).to.equal('Open shopping assistant');
    expect(panel(el).hidden).to.be.true;
    await expect(el).shadowDom.to.be.accessible();
  });

  it('draws only the launcher until the shopper shows intent (pointer on the launcher), then the panel', async () => {
    const el = await fixture<ShopGuide>(html`<shop-guide></shop-guide>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(panel(el).childElementCount, 'nothing in the panel before intent').to.equal(0);
    expect(shadow(el).querySelector('textarea')).to.equal(null);
    launcher(el).dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(shadow(el).querySelector('textarea'), 'the panel loaded on hover').to.not.equal(null);
    expect(panel(el).hidden, 'still closed').to.be.true;
  });

  it('opens on click, fires events and focuses the input', async () => {
    const el = await fixture<ShopGuide>(html`<shop-guide></shop-guide>`);
    const opened = oneEvent(el, 'shop-guide-open');
    launcher(el).click();
    await opened;
    await el.updateComplete;
    expect(el.open).to.be.true;
    expect(el.hasAttribute('open')).to.be.true;
    expect(panel(el).hidden).to.be.false;
    expect(deepActiveElement()?.tagName).to.equal('TEXTAREA');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('closes with Escape and returns focus to the launcher', async () => {
    const el = await fixture<ShopGuide>(html`<shop-guide></shop-guide>`);
    launcher(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.be.true;
    const closed = oneEvent(el, 'shop-guide-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await el.updateComplete;
    expect(el.open).to.be.false;
    expect(deepActiveElement()).to.equal(launcher(el));
  });

  it('closes with the close button', async () => {
    const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
    shadow(el).querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    await el.updateComplete;
    expect(el.open).to.be.false;
    expect(panel(el).hidden).to.be.true;
  });

  it('sends typed text with Enter and keeps Shift+Enter as a new line', async () => {
    const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
    await el.updateComplete;
    shadow(el).querySelector('textarea')!.focus();
    await sendKeys({ type: 'running shoes' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const bubbles = [...shadow(el).querySelectorAll('.message.user')].map((m) => m.textContent!.trim());
    expect(bubbles.at(-1)).to.contain('running shoes');
    expect(shadow(el).querySelector('textarea')!.value).to.equal('');
  });

  it('uses the lang attribute, then <html lang>', async () => {
    const zh = await fixture<ShopGuide>(html`<shop-guide lang="zh-CN"></shop-guide>`);
    expect(launcher(zh).getAttribute('aria-label')).to.equal('打开购物助手');
    document.documentElement.lang = 'zh';
    const fromPage = await fixture<ShopGuide>(html`<shop-guide></shop-guide>`);
    expect(launcher(fromPage).getAttribute('aria-label')).to.equal('打开购物助手');
    document.documentElement.lang = 'en-GB';
    const en = await fixture<ShopGuide>(html`<shop-guide></shop-guide>`);
    expect(launcher(en).getAttribute('aria-label')).to.equal('Open shopping assistant');
  });

  it('shows a custom greeting', async () => {
    const el = await fixture<ShopGuide>(html`<shop-guide open greeting="Welcome to Trailhead!"></shop-guide>`);
    expect(shadow(el).querySelector('.message.assistant')!.textContent).to.contain('Welcome to Trailhead!');
  });

  it('positions bottom-right by default, bottom-left on request, inline in the flow', async () => {
    const right = await fixture<ShopGuide>(html`<shop-guide></shop-guide>`);
    expect(getComputedStyle(right).position).to.equal('fixed');
    expect(innerWidth - right.getBoundingClientRect().right).to.be.closeTo(20, 1);
    const left = await fixture<ShopGuide>(html`<shop-guide position="bottom-left"></shop-guide>`);
    expect(left.getBoundingClientRect().left).to.be.closeTo(20, 1);
    const inline = await fixture<ShopGuide>(html`<shop-guide position="inline"></shop-guide>`);
    expect(getComputedStyle(inline).position).to.equal('relative');
    expect(inline.open).to.be.true;
    expect(shadow(inline).querySelector('.launcher')).to.be.null;
  });

  it('takes theme tokens and ::part() styles from the page', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .themed { --shop-guide-accent: rgb(10, 120, 60); --shop-guide-radius: 3px; }
      .themed::part(launcher) { border: 2px solid rgb(1, 2, 3); }`;
    document.head.append(style);
    const el = await fixture<ShopGuide>(html`<shop-guide class="themed"></shop-guide>`);
    expect(getComputedStyle(launcher(el)).backgroundColor).to.equal('rgb(10, 120, 60)');
    expect(getComputedStyle(launcher(el)).borderTopColor).to.equal('rgb(1, 2, 3)');
    el.show();
    await el.updateComplete;
    expect(getComputedStyle(panel(el)).borderTopLeftRadius).to.equal('3px');
    style.remove();
  });

  it('is not restyled by the host page and does not restyle it', async () => {
    const style = document.createElement('style');
    style.textContent = `
      body { font-family: 'Comic Sans MS', cursive; color: rgb(255, 0, 0); line-height: 3; letter-spacing: 4px; }
      button { background: rgb(255, 0, 255) !important; font-size: 40px; }
      .panel, .message, textarea { display: none !important; }`;
    document.head.append(style);
    // Built by hand rather than with fixture(): fixture waits for an animation frame on plain elements,
    // which never comes while this test page is a background tab beside another test file.
    const host = document.createElement('div');
    host.innerHTML = '<button class="page-button">Page button</button><shop-guide open></shop-guide>';
    document.body.append(host);
    const el = host.querySelector('shop-guide')!;
    await el.updateComplete;
    // Inherited page styles stop at the host; page selectors cannot reach into the shadow root.
    expect(getComputedStyle(el).color).to.not.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(el).letterSpacing).to.equal('normal');
    expect(getComputedStyle(el).fontFamily).to.not.contain('Comic Sans');
    expect(getComputedStyle(panel(el)).display).to.equal('flex');
    const send = shadow(el).querySelector<HTMLElement>('.send')!;
    expect(getComputedStyle(send).fontSize).to.equal('14px');
    // Our styles (buttons, .message, textarea) do not reach the page.
    const pageButton = host.querySelector<HTMLElement>('.page-button')!;
    expect(getComputedStyle(pageButton).fontSize).to.equal('40px');
    expect(getComputedStyle(pageButton).borderRadius).to.equal('0px');
    style.remove();
    host.remove();
  });

  it('registers once even when the script is loaded twice', async () => {
    const { define } = await import('../../src/ui/define.ts');
    class Other extends HTMLElement {}
    expect(() => define('shop-guide', Other)).to.not.throw();
    expect(customElements.get('shop-guide')).to.not.equal(Other);
  });
});
