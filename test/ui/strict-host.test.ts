/**
 * Strict host pages: a Content-Security-Policy with `style-src 'self'` and Trusted Types enforced
 * (the README's same-origin lines), and a page whose CSS resets every element with `!important`.
 */
import { expect, waitUntil } from '@open-wc/testing';

async function frame(src: string, ready: (w: Window) => unknown, timeout = 60000): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.cssText = 'width: 800px; height: 600px; border: 0';
  f.src = src;
  document.body.append(f);
  await waitUntil(() => f.contentWindow && ready(f.contentWindow), `${src} did not finish`, { timeout, interval: 100 });
  return f;
}

describe('strict host pages', function () {
  this.timeout(90000);

  it("under style-src 'self' and Trusted Types: stars, both workers and the panel work, with no violation", async () => {
    const f = await frame('/test/ui/fixtures/strict-csp.html', (w) => (w as { cspResult?: unknown }).cspResult);
    const r = (f.contentWindow as unknown as { cspResult: Record<string, unknown> }).cspResult;
    f.remove();
    expect(r.failed, 'run').to.equal(undefined);
    expect(r.violations, 'CSP violations').to.deep.equal([]);
    expect(r.starFill as number, '3 of 5 stars').to.be.closeTo(0.6, 0.02);
    expect(r.llmWorker).to.equal('started');
    expect(r.searchInWorker).to.equal(true);
    expect(r.searchHits as number).to.be.greaterThan(0);
    expect(r.panel).to.equal(true);
  });

  it('a page resetting every element with `all: unset !important` does not push the panel off-screen', async () => {
    const f = await frame('/test/ui/fixtures/host-reset.html', (w) => (w as { tabReady?: boolean }).tabReady && w.customElements.get('shop-guide'));
    const w = f.contentWindow!;
    const guide = w.document.querySelector('shop-guide') as HTMLElement & { open: boolean; updateComplete: Promise<unknown> };
    await guide.updateComplete;
    const launcher = guide.shadowRoot!.querySelector('.launcher')!.getBoundingClientRect();
    guide.open = true;
    await guide.updateComplete;
    const panel = guide.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    f.remove();
    for (const [name, box] of [['launcher', launcher], ['panel', panel]] as const) {
      expect(box.height, `${name} height`).to.be.greaterThan(20);
      expect(box.top, `${name} top`).to.be.at.least(0);
      expect(box.left, `${name} left`).to.be.at.least(0);
      expect(box.bottom, `${name} bottom`).to.be.at.most(600);
      expect(box.right, `${name} right`).to.be.at.most(800);
    }
  });
});
