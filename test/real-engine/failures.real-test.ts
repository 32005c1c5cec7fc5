/**
 * Download failures with the real web-llm engine: a missing shard, the server dropping the
 * connection mid-file, and the shopper cancelling. Each ends in the message README documents, with
 * the widget answering from the catalog; what was downloaded is kept and the next attempt fetches
 * only the rest.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/ui/shop-guide.ts';
import '../../src/ui/model-status.ts';
import type { ShopGuide } from '../../src/ui/shop-guide.component.ts';
import type { ModelManager } from '../../src/llm/model-manager.ts';
import { testRuntime, useRuntime } from '../ui/test-runtime.ts';
import { clearWebLlmCaches, realManager, server, type ServerInfo } from './harness.ts';

const INTERRUPTED = 'The download was interrupted. What was downloaded is kept: try again to continue.';

/** The product's widget and model panel on `manager`. */
async function mount(manager: ModelManager) {
  const el = await fixture<ShopGuide>(html`<div>
    <shop-guide open></shop-guide>
    <shop-guide-model-status .manager=${manager}></shop-guide-model-status>
  </div>`);
  const widget = el.querySelector('shop-guide') as ShopGuide;
  const panel = el.querySelector('shop-guide-model-status') as HTMLElement & { updateComplete: Promise<boolean> };
  return { widget, panel };
}

const panelText = (panel: HTMLElement) => panel.shadowRoot!.querySelector('.main')?.textContent?.trim() ?? '';
const panelButton = (panel: HTMLElement, label: RegExp) => [...panel.shadowRoot!.querySelectorAll('button')].find((b) => label.test(b.textContent!.trim()));

/** Asks the widget; the answer must come from the catalog, with product cards. */
async function expectCatalogAnswer(widget: ShopGuide, question: string): Promise<void> {
  const answers = () => [...widget.shadowRoot!.querySelectorAll('article.answer')];
  const before = answers().length;
  widget.ask(question);
  await waitUntil(() => answers().length > before && /done|stopped|error/.test(answers().at(-1)!.className), `no answer to “${question}”`, { timeout: 15000 });
  const answer = answers().at(-1)!;
  expect(answer.classList.contains('done'), answer.className).to.be.true;
  expect(answer.querySelectorAll('shop-guide-product-card').length).to.be.greaterThan(0);
  expect(answer.querySelector('.source')?.textContent ?? '').to.not.contain('on-device model');
}

describe('the real web-llm engine: download failures', function () {
  this.timeout(180000);
  let info: ServerInfo;
  let restore = () => {};

  before(async () => {
    info = await server.info();
  });
  beforeEach(async () => {
    await clearWebLlmCaches();
    await server.reset();
  });
  afterEach(() => restore());

  it('a 404 on one shard: "download interrupted", catalog answers, and Try again fetches only what is missing', async () => {
    await server.fault('params_shard_2.bin', '404');
    const manager = realManager(info);
    await manager.start();
    restore = useRuntime(() => testRuntime({ models: manager }));
    const { widget, panel } = await mount(manager);
    await manager.enable();
    expect(manager.status.phase).to.equal('error');
    expect(manager.status.error!.kind, manager.status.error!.message).to.equal('network');
    expect(manager.engine.kind).to.equal('none');
    await panel.updateComplete;
    expect(panelText(panel)).to.equal(INTERRUPTED);
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('.model-bar.warn')).to.exist;
    await expectCatalogAnswer(widget, 'tents');

    // The shard is back: Try again downloads only what did not arrive; config, library, tokenizer
    // and the shards that did arrive come from the cache.
    const fetchedBefore = (await server.requests()).filter((p) => p.endsWith('.bin'));
    await server.reset();
    panelButton(panel, /^Try again$/)!.click();
    await waitUntil(() => manager.status.phase !== 'error', 'Try again did nothing', { timeout: 10000 });
    await waitUntil(() => manager.status.phase === 'ready' || manager.status.phase === 'error', 'retry did not finish', { timeout: 120000 });
    expect(manager.status.phase, manager.status.error?.message).to.equal('ready');
    const retried = await server.requests();
    expect(retried.length).to.be.greaterThan(0);
    expect(retried.every((p) => p.endsWith('.bin')), JSON.stringify(retried)).to.be.true;
    expect(retried).to.include(`/llm/${info.modelId}/resolve/main/params_shard_2.bin`);
    expect(retried.length).to.be.at.most(fetchedBefore.length);
    await manager.dispose();
  });

  it('the server drops the connection mid-shard: "download interrupted" and catalog answers', async () => {
    await server.fault('params_shard_1.bin', 'cut');
    const manager = realManager(info);
    await manager.start();
    restore = useRuntime(() => testRuntime({ models: manager }));
    const { widget, panel } = await mount(manager);
    await manager.enable();
    expect(manager.status.phase).to.equal('error');
    expect(manager.status.error!.kind, manager.status.error!.message).to.equal('network');
    await panel.updateComplete;
    expect(panelText(panel)).to.equal(INTERRUPTED);
    expect(panelButton(panel, /^Try again$/)).to.exist;
    await expectCatalogAnswer(widget, 'running shoes');
    await manager.dispose();
  });

  it('cancel during the download: back to the offer, catalog answers, the next load continues', async () => {
    await server.fault('params_shard_3.bin', 'stall');
    const manager = realManager(info);
    await manager.start();
    restore = useRuntime(() => testRuntime({ models: manager }));
    const { widget, panel } = await mount(manager);
    const done = manager.enable();
    // Cancel once the other three shards are in (web-llm reports each finished shard).
    const last = info.shards.length;
    await waitUntil(() => manager.status.progress?.text.startsWith(`Fetching param cache[${last - 1}/${last}]`), 'the download did not get that far', { timeout: 60000, interval: 50 });
    expect((await server.requests()).some((p) => p.endsWith('params_shard_3.bin'))).to.be.true;
    await panel.updateComplete;
    panelButton(panel, /^Cancel$/)!.click();
    await done;
    expect(manager.status.phase).to.equal('available');
    expect(manager.status.error).to.be.null;
    expect(manager.engine.kind).to.equal('none');
    await panel.updateComplete;
    expect(panelText(panel)).to.match(/^Get smarter answers from an AI model that runs on your device: Arctic Embed S/);
    expect(panelButton(panel, /^Download AI model/)).to.exist;
    await expectCatalogAnswer(widget, 'tents');

    // The next attempt downloads only the shard that was cut short.
    const kept = info.totalBytes - (await (await fetch(`/llm/${info.modelId}/resolve/main/tensor-cache.json`)).json() as { records: { nbytes: number }[] }).records.at(-1)!.nbytes;
    await waitUntil(() => manager.status.storedBytes === kept, `kept ${manager.status.storedBytes} bytes, not ${kept}`, { timeout: 10000 });
    await server.reset();
    await manager.enable();
    expect(manager.status.phase, manager.status.error?.message).to.equal('ready');
    const requested = await server.requests();
    expect(requested.filter((p) => p.endsWith('.bin'))).to.include(`/llm/${info.modelId}/resolve/main/params_shard_3.bin`);
    expect(requested.every((p) => p.endsWith('.bin')), JSON.stringify(requested)).to.be.true;
    await manager.dispose();
  });
});
