/**
 * `createSearch`: the worker and the in-page index give the same answers; a worker that cannot start
 * or dies falls back to the page; 'auto' picks by catalog size; dispose.
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import { createSearch, WORKER_THRESHOLD } from '../../src/search/index.ts';

let demo: Promise<Catalog> | null = null;
const catalog = () => (demo ??= loadCatalog({ root: document.implementation.createHTMLDocument(''), src: '/public/demo-data/catalog.json', logger: { warn: () => {} } }));

/** A stand-in Worker that fails the way a blocked or broken worker does. */
class BrokenWorker extends EventTarget {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor(private readonly failOn: 'start' | 'search') {
    super();
    if (failOn === 'start') setTimeout(() => this.onerror?.(new ErrorEvent('error', { message: 'blocked by CSP' })), 5);
  }
  postMessage(msg: { type: string; id?: number }): void {
    if (msg.type === 'build' && this.failOn === 'search') setTimeout(() => this.onmessage?.(new MessageEvent('message', { data: { type: 'ready', size: 0, ms: 0 } })), 1);
    if (msg.type === 'search') setTimeout(() => this.onerror?.(new ErrorEvent('error', { message: 'worker crashed' })), 1);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('search: createSearch', function () {
  this.timeout(60_000);

  it('gives the same hits, totals and facets in a worker as on the page', async () => {
    const c = await catalog();
    const page = await createSearch(c, { worker: false });
    const worker = await createSearch(c, { worker: true });
    expect(page.inWorker).to.equal(false);
    expect(worker.inWorker).to.equal(true);
    for (const q of ['running shoes under $80 not Velox', 'hedphones', 'waterproof', '', 'blue', 'cheapest tent in stock']) {
      const [a, b] = await Promise.all([page.search(q, { limit: 15 }), worker.search(q, { limit: 15 })]);
      expect(b, q).to.deep.equal(a);
    }
    page.dispose();
    worker.dispose();
  });

  it("'auto' indexes on the page for small catalogs", async () => {
    const c = await catalog();
    expect(c.products.length).to.be.below(WORKER_THRESHOLD);
    const s = await createSearch(c);
    expect(s.inWorker).to.equal(false);
    s.dispose();
  });

  it('falls back to the page when the worker cannot start', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      const s = await createSearch(await catalog(), { worker: true, startWorker: () => new BrokenWorker('start') as unknown as Worker });
      expect(s.inWorker).to.equal(false);
      expect((await s.search('tent')).hits.length).to.be.greaterThan(0);
      expect(warnings).to.have.length(1);
      s.dispose();
    } finally {
      console.warn = warn;
    }
  });

  it('keeps answering on the page when the worker dies later', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const s = await createSearch(await catalog(), { worker: true, startWorker: () => new BrokenWorker('search') as unknown as Worker });
      expect(s.inWorker).to.equal(true);
      const r = await s.search('tent');
      expect(r.hits.length).to.be.greaterThan(0);
      expect(s.inWorker).to.equal(false);
      s.dispose();
    } finally {
      console.warn = warn;
    }
  });

  it('rejects searches after dispose', async () => {
    const s = await createSearch(await catalog(), { worker: false });
    s.dispose();
    let error: unknown;
    await s.search('tent').catch((e) => (error = e));
    expect(error).to.be.instanceOf(Error);
  });
});
