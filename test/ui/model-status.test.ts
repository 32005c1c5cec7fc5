import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/model-status.ts';
import type { ShopGuideModelStatus } from '../../src/ui/model-status.component.ts';
import { memoryConsentStore } from '../../src/llm/consent.ts';
import { ModelManager, type ModelStatus } from '../../src/llm/model-manager.ts';
import { FakeModelHost } from '../llm/fake-host.ts';

const MB = 1024 * 1024;

function waitFor(manager: ModelManager, predicate: (s: ModelStatus) => boolean, timeoutMs = 8000): Promise<ModelStatus> {
  if (predicate(manager.status)) return Promise.resolve(manager.status);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out in ${manager.status.phase}`)), timeoutMs);
    const off = manager.subscribe((s) => {
      if (predicate(s)) {
        clearTimeout(timer);
        off();
        resolve(s);
      }
    });
  });
}

const root = (el: ShopGuideModelStatus) => el.shadowRoot!;
const text = (el: ShopGuideModelStatus) => root(el).querySelector('.card')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const buttons = (el: ShopGuideModelStatus) => [...root(el).querySelectorAll<HTMLButtonElement>('button')];
const button = (el: ShopGuideModelStatus, label: RegExp) => buttons(el).find((b) => label.test(b.textContent ?? ''));
const deepActive = () => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

async function render(manager: ModelManager, lang = ''): Promise<ShopGuideModelStatus> {
  const el = await fixture<ShopGuideModelStatus>(html`<shop-guide-model-status .manager=${manager} lang=${lang}></shop-guide-model-status>`);
  await waitFor(manager, (s) => s.phase !== 'idle' && s.phase !== 'checking');
  await el.updateComplete;
  return el;
}

describe('<shop-guide-model-status>', () => {
  let host: FakeModelHost;
  beforeEach(() => {
    host = new FakeModelHost({ reply: 'ok', load: { shards: 4, shardBytes: 50 * MB, shardDelayMs: 30 } });
  });
  afterEach(() => host.dispose());

  it('checks the device when shown and explains why no model can run (real no-GPU Chromium)', async () => {
    const manager = new ModelManager({ lang: 'en', promptApi: null, consent: memoryConsentStore(), logger: { warn: () => {} } });
    const el = await render(manager);
    expect(manager.status.phase).to.equal('unsupported');
    expect(text(el)).to.match(/graphics processor|WebGPU/);
    expect(text(el)).to.contain('still searches, recommends and answers');
    expect(buttons(el)).to.have.length(0);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('offers the download with its size, in English', async () => {
    const manager = host.manager();
    const el = await render(manager);
    expect(text(el)).to.contain('Llama 3.2 1B, about 710 MB');
    expect(text(el)).to.contain('Your questions never leave your device.');
    expect(button(el, /Download AI model \(710 MB\)/)).to.exist;
    expect(button(el, /Not now/)).to.exist;
    expect(host.workers).to.have.length(0);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('in Simplified Chinese with a Qwen model', async () => {
    const manager = host.manager({ lang: 'zh-CN' });
    const el = await render(manager);
    expect(text(el)).to.contain('Qwen2.5 1.5B');
    expect(text(el)).to.contain('只需下载一次');
    expect(button(el, /下载 AI 模型（880 MB）/)).to.exist;
    expect(button(el, /暂不需要/)).to.exist;
  });

  it('download: a progressbar with values, cancel, then the ready line', async () => {
    const manager = host.manager();
    const el = await render(manager);
    button(el, /Download/)!.click();
    await waitFor(manager, (s) => (s.progress?.loadedBytes ?? 0) > 0);
    await el.updateComplete;
    const bar = root(el).querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('100');
    expect(Number(bar.getAttribute('aria-valuenow'))).to.be.within(1, 100);
    expect(bar.getAttribute('aria-valuetext')).to.match(/Downloading the AI model: \d+ MB of 200 MB/);
    expect(button(el, /Cancel/)).to.exist;
    await expect(el).shadowDom.to.be.accessible();
    await waitFor(manager, (s) => s.phase === 'ready' && s.storedBytes > 0);
    await el.updateComplete;
    expect(text(el)).to.contain('AI answers are on: Llama 3.2 1B, running on your device.');
    expect(button(el, /Remove downloaded model \(200 MB\)/)).to.exist;
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('AI answers are on');
    await manager.dispose();
  });

  it('cancel returns to the offer and keeps focus in the card', async () => {
    host.script = { load: { shards: 20, shardBytes: 10 * MB, shardDelayMs: 50 } };
    const manager = host.manager();
    const el = await render(manager);
    button(el, /Download/)!.click();
    await waitFor(manager, (s) => (s.progress?.loadedBytes ?? 0) > 0);
    await el.updateComplete;
    button(el, /Cancel/)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(manager, (s) => s.phase === 'available');
    await el.updateComplete;
    await el.updateComplete;
    expect(button(el, /Download/)).to.exist;
    expect(el.shadowRoot!.contains(deepActive())).to.be.true;
  });

  it('never takes focus back once the shopper has moved on', async () => {
    const manager = host.manager();
    const el = await render(manager);
    const input = document.createElement('input');
    document.body.append(input);
    button(el, /Download/)!.click();
    input.focus();
    await waitFor(manager, (s) => s.phase === 'ready');
    await el.updateComplete;
    expect(document.activeElement).to.equal(input);
    input.remove();
    await manager.dispose();
  });

  it('a failure shows what happened and the way out; retry works', async () => {
    host.script = { load: { shards: 3, failure: 'network', failAtShard: 2 } };
    const manager = host.manager();
    const el = await render(manager);
    button(el, /Download/)!.click();
    await waitFor(manager, (s) => s.phase === 'error');
    await el.updateComplete;
    expect(text(el)).to.contain('The download was interrupted');
    expect(text(el)).to.contain('still searches');
    await expect(el).shadowDom.to.be.accessible();
    host.script = { load: { shards: 3 } };
    button(el, /Try again/)!.click();
    await waitFor(manager, (s) => s.phase === 'ready');
    await manager.dispose();
  });

  it('out of storage: says how much is needed and free', async () => {
    const manager = host.manager({ storage: { estimate: async () => ({ quota: 600 * MB, usage: 500 * MB }) } });
    const el = await render(manager);
    button(el, /Download/)!.click();
    await waitFor(manager, (s) => s.phase === 'error');
    await el.updateComplete;
    expect(text(el)).to.contain('it needs 710 MB; 100 MB is free');
  });

  it('out of memory offers a smaller model; device loss offers a restart', async () => {
    host.script = { load: { failure: 'oom', failIn: 'compile' } };
    const manager = host.manager();
    const el = await render(manager);
    button(el, /Download/)!.click();
    await waitFor(manager, (s) => s.phase === 'error');
    await el.updateComplete;
    expect(text(el)).to.contain('didn’t fit');
    expect(button(el, /Try a smaller model \(SmolLM2 360M, 215 MB\)/)).to.exist;

    host.script = { reply: 'a b c', chat: { failure: 'device-lost', failAfterChunks: 1 } };
    button(el, /smaller/)!.click();
    await waitFor(manager, (s) => s.phase === 'ready');
    await manager.engine.chat({ messages: [{ role: 'user', content: 'hi' }] }).result.catch(() => {});
    await waitFor(manager, (s) => s.phase === 'error');
    await el.updateComplete;
    expect(text(el)).to.contain('stopped responding');
    expect(button(el, /Restart AI/)).to.exist;
  });

  it('remove: deletes and says AI answers are off', async () => {
    const manager = host.manager();
    const el = await render(manager);
    await manager.enable();
    await el.updateComplete;
    button(el, /Remove downloaded model/)!.click();
    await waitFor(manager, (s) => s.phase === 'declined');
    await el.updateComplete;
    expect(text(el)).to.contain('AI answers are off.');
    expect(button(el, /Remove/)).to.not.exist;
    expect(button(el, /Turn on AI answers/)).to.exist;
  });

  it('uses the --shop-guide-accent token', async () => {
    const manager = host.manager();
    // (A Lit element as the fixture root: open-wc waits a frame for other roots, and background test pages get no frames.)
    const el = await fixture<ShopGuideModelStatus>(html`<shop-guide-model-status style="--shop-guide-accent: rgb(47, 107, 79)" .manager=${manager}></shop-guide-model-status>`);
    await waitFor(manager, (s) => s.phase === 'available');
    await el.updateComplete;
    expect(getComputedStyle(button(el, /Download/)!).backgroundColor).to.equal('rgb(47, 107, 79)');
  });
});
