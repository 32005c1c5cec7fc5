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

  // The README's lines: shop-guide's policy with Lit's (`shop-guide lit-html`), shop-guide's alone (Lit's
  // templates then go through it too), and no Trusted Types at all.
  for (const [page, list] of [
    ['strict-csp.html', 'trusted-types shop-guide lit-html'],
    ['strict-csp-shop-guide.html', 'trusted-types shop-guide'],
    ['strict-csp-no-trusted-types.html', 'no Trusted Types'],
  ] as const) {
    it(`under style-src 'self' and ${list}: the widget answers, stars and its workers work, with no violation`, async () => {
      const f = await frame(`/test/ui/fixtures/${page}`, (w) => (w as { cspResult?: unknown }).cspResult);
      const r = (f.contentWindow as unknown as { cspResult: Record<string, unknown> }).cspResult;
      f.remove();
      expect(r.failed, 'run').to.equal(undefined);
      expect(r.violations, 'CSP violations').to.deep.equal([]);
      expect(r.errors, 'uncaught errors').to.deep.equal([]);
      expect(r.launcher, 'launcher').to.equal(true);
      expect(r.answerCards as number, 'cards in the answer').to.be.greaterThan(0);
      expect(r.answerState).to.match(/\bdone\b/);
      expect(r.panel).to.equal(true);
      expect(r.starFill as number, '3 of 5 stars').to.be.closeTo(0.6, 0.02);
      expect(r.llmWorker).to.equal('started');
      expect(r.searchInWorker).to.equal(true);
      expect(r.searchHits as number).to.be.greaterThan(0);
      expect(r.modelWorker, 'recommendation models built in their worker').to.equal('built');
    });
  }

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
