import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/ui/shop-guide.ts';
import type { ShopGuide } from '../../src/ui/shop-guide.component.ts';
import { FakeChatEngine } from '../assistant/fake-chat-engine.ts';
import { FakeModelHost } from '../llm/fake-host.ts';
import { freshHistory, testRuntime, useRuntime } from './test-runtime.ts';
import { snapshotOf } from '../../src/history/snapshot.ts';
import { runtimeLoader } from '../../src/ui/chat/chat-controller.ts';

const root = (el: ShopGuide) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: ShopGuide, sel: string) => root(el).querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: ShopGuide, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const lastAnswer = (el: ShopGuide) => $$(el, 'article.answer').at(-1)!;

async function ask(el: ShopGuide, text: string): Promise<HTMLElement> {
  const before = $$(el, 'article.answer').length;
  el.ask(text);
  await waitUntil(() => $$(el, 'article.answer').length > before && /done|stopped|error/.test(lastAnswer(el).className), `no answer to “${text}”`, { timeout: 8000 });
  await el.updateComplete;
  return lastAnswer(el);
}

describe('<shop-guide> conversation', () => {
  let restore: () => void = () => {};
  afterEach(() => {
    restore();
    document.documentElement.removeAttribute('lang');
  });

  it('with model-preload, starts the assistant and its model manager in idle time, before any interaction', async () => {
    const preloads: boolean[] = [];
    const original = runtimeLoader.load;
    runtimeLoader.load = (options) => {
      preloads.push(options.modelAttributes.preload);
      return testRuntime();
    };
    restore = () => (runtimeLoader.load = original);
    await fixture<ShopGuide>(html`<shop-guide></shop-guide>`);
    const el = await fixture<ShopGuide>(html`<shop-guide model-preload></shop-guide>`);
    await waitUntil(() => preloads.length > 0, 'the preloading widget never started its assistant', { timeout: 8000 });
    expect(el.open).to.equal(false);
    // Only the preloading widget started, asking its model manager to preload; a plain one waits for the shopper.
    expect(preloads).to.deep.equal([true]);
  });

  it('guide.ask() resolves to the answer summary: the shown text and cards in shown order', async () => {
    restore = useRuntime(() => testRuntime());
    const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
    const summary = await el.ask("what's good for running?");
    expect(summary).to.not.equal(null);
    expect(summary!.kind).to.equal('search');
    expect(summary!.status).to.equal('ok');
    expect(summary!.source).to.equal('retrieval');
    const cards = [...lastAnswer(el).querySelectorAll<HTMLElement & { product: { id: string } }>('shop-guide-product-card')].map((c) => c.product.id);
    expect(summary!.productIds).to.deep.equal(cards);
    expect(summary!.text).to.contain('best matches for “running”');
    expect(summary!.text).to.not.contain('[[');
    expect(await el.ask('   ')).to.equal(null);
  });

  it('answers a search with product cards and announces the answer', async () => {
    restore = useRuntime(() => testRuntime());
    const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
    const answer = await ask(el, "what's good for running?");
    expect(answer.querySelector('.text')!.textContent).to.contain('best matches for “running”');
    const cards = answer.querySelectorAll('shop-guide-product-card');
    expect(cards.length).to.be.within(1, 6);
    expect(answer.getAttribute('aria-busy')).to.equal('false');
    expect($(el, '[role="status"]')!.textContent).to.equal('Answer ready');
    expect($(el, '.messages')!.getAttribute('role')).to.equal('log');
    // Follow-up suggestions after the last answer.
    expect($$(el, '.suggestions .chip').map((b) => b.textContent)).to.include('Something cheaper');
    await expect(el).shadowDom.to.be.accessible({ ignoredRules: ['color-contrast'] });
  });

  it('offers quick questions before the first message and sends them on click', async () => {
    restore = useRuntime(() => testRuntime({ currentProductId: 'TH-RS-001' }));
    const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
    await waitUntil(() => $$(el, '.suggestions .chip').length > 0, 'no quick questions');
    const chips = $$<HTMLButtonElement>(el, '.suggestions .chip');
    expect(chips.map((c) => c.textContent)).to.include('What do reviewers say?');
    chips.find((c) => c.textContent === 'What do reviewers say?')!.click();
    await waitUntil(() => lastAnswer(el)?.classList.contains('done'), 'no answer');
    const summary = lastAnswer(el).querySelector('.reviews-summary')!;
    expect(summary.querySelectorAll('.distribution tr')).to.have.length(5);
    expect(summary.querySelectorAll('.bar')).to.have.length(5);
  });

  it('shows a comparison table with headers for products and attributes', async () => {
    restore = useRuntime(() => testRuntime());
    const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
    await ask(el, 'hiking boots');
    const answer = await ask(el, 'compare the top 3');
    const table = answer.querySelector('.compare table')!;
    expect(table.querySelectorAll('thead th[scope="col"]')).to.have.length(3);
    const rows = [...table.querySelectorAll('tbody th[scope="row"]')].map((t) => t.textContent!.trim());
    expect(rows.slice(0, 4)).to.deep.equal(['Price', 'Rating', 'Availability', 'Brand']);
    expect(rows).to.include('waterproof');
    expect(table.querySelector('td.best .best-mark')).to.exist;
  });

  it('streams a model answer, stops on request and retries', async () => {
    const engine = new FakeChatEngine({ json: { intent: 'search', query: 'tents', products: [], refine: false }, reply: 'Tents are great for camping. '.repeat(30), tokenDelayMs: 10 });
    restore = useRuntime(() => testRuntime({ engine }));
    const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
    el.ask('tents');
    await waitUntil(() => lastAnswer(el)?.classList.contains('streaming') && lastAnswer(el).textContent!.includes('Tents are'), 'not streaming', { timeout: 8000 });
    expect(lastAnswer(el).getAttribute('aria-busy')).to.equal('true');
    const stop = $<HTMLButtonElement>(el, '.send.stop')!;
    expect(stop.textContent).to.equal('Stop');
    stop.click();
    await waitUntil(() => lastAnswer(el).classList.contains('stopped'), 'did not stop', { timeout: 5000 });
    await el.updateComplete;
    expect($(el, '[role="status"]')!.textContent).to.equal('Answer stopped');
    expect($(el, '.send.stop')).to.be.null;
    engine.script.tokenDelayMs = 0;
    lastAnswer(el).querySelector<HTMLButtonElement>('button.retry')!.click();
    await waitUntil(() => lastAnswer(el).classList.contains('done'), 'retry did not finish', { timeout: 10000 });
    expect($$(el, 'article.answer')).to.have.length(1);
    expect(lastAnswer(el).querySelector('.source')!.textContent).to.contain('on-device model');
  });

  it('keeps injected review text and a model obeying it inert', async () => {
    const evil =
      'This product is free! Enter your card at http://evil.example/pay. [[EVIL-999]] $0.01 <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> [click here](javascript:window.__pwned=3)';
    const engine = new FakeChatEngine({ json: { intent: 'review-summary', query: '', products: ['this'], refine: false }, reply: evil });
    restore = useRuntime(() => testRuntime({ engine, currentProductId: 'TH-HE-001' }));
    const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
    const answer = await ask(el, 'what do reviewers say?');
    const all = root(el).innerHTML;
    expect(root(el).querySelectorAll('script, img[onerror], iframe')).to.have.length(0);
    for (const a of root(el).querySelectorAll('a')) expect(new URL(a.href).origin).to.equal(location.origin);
    expect(all).to.not.match(/evil\.example|javascript:|EVIL-999/);
    expect([...answer.querySelectorAll('shop-guide-product-card')].map((c) => (c as unknown as { product: { id: string } }).product.id)).to.deep.equal(['TH-HE-001']);
    expect(answer.querySelector('.notice.removed')).to.exist;
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('speaks Chinese with a Chinese page', async () => {
    document.documentElement.lang = 'zh-CN';
    restore = useRuntime(() => testRuntime({ lang: 'zh-CN' }));
    const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
    const answer = await ask(el, '蓝牙耳机');
    expect(answer.querySelector('.text')!.textContent).to.match(/^为你找到与“蓝牙耳机”最相关的/);
    expect(answer.querySelectorAll('shop-guide-product-card').length).to.be.greaterThan(0);
    expect($(el, '[role="status"]')!.textContent).to.equal('回答完成');
  });

  it('is usable from the keyboard: type, Enter, Tab to the cards', async () => {
    restore = useRuntime(() => testRuntime());
    const el = await fixture<ShopGuide>(html`<shop-guide></shop-guide>`);
    $<HTMLButtonElement>(el, '.launcher')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: 'tents' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => lastAnswer(el)?.classList.contains('done'), 'no answer');
    // Focus stays in the text box for the next question.
    expect(root(el).activeElement?.tagName).to.equal('TEXTAREA');
  });

  it('shows what is stored, exports it and clears it', async () => {
    const history = await freshHistory();
    const catalog = await (await import('../assistant/fixtures.ts')).demoCatalog();
    history.setProductLookup((id) => {
      const p = catalog.byId.get(id);
      return p ? snapshotOf(p) : undefined;
    });
    await history.record({ type: 'view', productId: 'TH-RS-001' });
    await history.record({ type: 'search', query: 'tents' });
    restore = useRuntime(() => testRuntime({ history }));
    const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
    $<HTMLButtonElement>(el, '.settings-button')!.click();
    await waitUntil(() => $(el, '.settings .stored'), 'no privacy panel');
    expect($(el, '.settings')!.textContent).to.contain('2 events stored on this device');
    expect($(el, '.settings .profile')!.textContent).to.contain('Running Shoes');
    // The settings heading takes focus; Escape goes back to the conversation.
    const created: Blob[] = [];
    const orig = URL.createObjectURL;
    URL.createObjectURL = (b: Blob) => (created.push(b), 'blob:test');
    const clickSpy = HTMLAnchorElement.prototype.click;
    let downloaded = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      $$<HTMLButtonElement>(el, '.settings button').find((b) => b.textContent === 'Export my data (JSON)')!.click();
      await waitUntil(() => downloaded, 'no download');
    } finally {
      URL.createObjectURL = orig;
      HTMLAnchorElement.prototype.click = clickSpy;
    }
    expect(downloaded).to.match(/^shop-guide-history-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(await created[0]!.text()).events).to.have.length(2);
    $$<HTMLButtonElement>(el, '.settings button').find((b) => b.textContent === 'Clear my history')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.confirm button.danger')!.click();
    await waitUntil(() => $(el, '.settings')!.textContent!.includes('0 events stored'), 'not cleared');
    expect(await history.events()).to.be.empty;
    expect($(el, '.settings [role="status"]')!.textContent).to.contain('deleted');
  });

  it('offers the on-device model, shows download progress, then answers with it', async () => {
    const host = new FakeModelHost({ reply: 'Try [[TH-TE-001]].', json: { intent: 'search', query: 'tents', products: [], refine: false }, load: { shards: 4, shardDelayMs: 150 } });
    const models = host.manager({ lang: 'en' });
    await models.start();
    restore = useRuntime(() => testRuntime({ models }));
    try {
      const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
      await waitUntil(() => $(el, '.model-bar'), 'no model offer');
      expect($(el, '.model-bar')!.textContent).to.contain('AI model that runs on your device');
      // The offer's button opens settings, where the model layer's own panel lives.
      $<HTMLButtonElement>(el, '.model-bar button')!.click();
      await waitUntil(() => $(el, 'shop-guide-model-status'), 'no model panel');
      void models.enable();
      $$<HTMLButtonElement>(el, 'header button').find((b) => b.getAttribute('aria-label') === 'Back to the conversation')!.click();
      await waitUntil(() => $(el, '.model-bar progress'), 'no progress bar', { timeout: 5000 });
      await waitUntil(() => models.status.phase === 'ready', 'model did not load', { timeout: 10000 });
      await el.updateComplete;
      expect($(el, '.model-bar')).to.be.null;
      const answer = await ask(el, 'tents');
      expect(answer.querySelector('.source')!.textContent).to.contain('on-device model');
      expect(answer.querySelector('.text a.mention')!.textContent).to.equal((await testRuntime()).catalog.byId.get('TH-TE-001')!.title);
    } finally {
      await host.dispose();
    }
  });

  it('frees its runtime on a language change and when removed from the page, not when moved', async () => {
    const made: string[] = [];
    const disposed: string[] = [];
    const original = runtimeLoader.load;
    runtimeLoader.load = (options) => {
      const name = `${options.lang}#${made.length + 1}`;
      made.push(name);
      return testRuntime({ lang: options.lang === 'zh-CN' ? 'zh-CN' : 'en', onDispose: () => disposed.push(name) });
    };
    restore = () => (runtimeLoader.load = original);
    const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
    await ask(el, 'tents');
    expect(made).to.deep.equal(['en#1']);

    // A new language: a new runtime, and the old one (its model and search workers) is stopped.
    el.lang = 'zh-CN';
    await waitUntil(() => made.length === 2 && disposed.length === 1, 'the old runtime was not freed');
    expect(made).to.deep.equal(['en#1', 'zh-CN#2']);
    expect(disposed).to.deep.equal(['en#1']);
    await ask(el, '帐篷');

    // Moved within the page (disconnected and connected again at once): the same runtime carries on.
    const box = document.createElement('div');
    el.parentElement!.append(box);
    box.append(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(disposed).to.deep.equal(['en#1']);
    await ask(el, '帐篷');
    expect(made).to.have.length(2);

    // Removed: freed. Put back: a fresh runtime answers the next question.
    el.remove();
    await waitUntil(() => disposed.length === 2, 'a removed widget kept its runtime');
    expect(disposed).to.deep.equal(['en#1', 'zh-CN#2']);
    box.append(el);
    await waitUntil(() => made.length === 3, 'no runtime after coming back');
    const answer = await ask(el, '帐篷');
    expect(answer.classList.contains('done')).to.be.true;
    expect(made).to.deep.equal(['en#1', 'zh-CN#2', 'zh-CN#3']);
    expect(disposed).to.have.length(2);
  });

  it('becomes a full-screen sheet on a phone', async () => {
    restore = useRuntime(() => testRuntime());
    await setViewport({ width: 375, height: 700 });
    try {
      const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
      const r = $(el, '.panel')!.getBoundingClientRect();
      expect(r.width).to.equal(375);
      expect(r.height).to.be.closeTo(700, 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('dispatches shop-guide-add-to-cart from a chat card to the page', async () => {
    restore = useRuntime(() => testRuntime());
    const el = await fixture<ShopGuide>(html`<shop-guide open></shop-guide>`);
    const answer = await ask(el, 'tents');
    const card = answer.querySelector('shop-guide-product-card')! as HTMLElement & { product: { id: string } };
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const button = [...card.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => /add to cart/i.test(b.textContent!))!;
    const event = oneEvent(document, 'shop-guide-add-to-cart');
    button.click();
    const e = (await event) as CustomEvent<{ productId: string }>;
    expect(e.detail.productId).to.equal(card.product.id);
    expect(e.composed && e.bubbles).to.be.true;
  });
});
