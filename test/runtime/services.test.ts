/**
 * The page services on a real page: catalog from `catalog-src`, history in IndexedDB, neighbour data,
 * the view of the page's product, and events the host page reports (DOM event, queue, parked events).
 * The services are one set per page, so these tests run in order on one page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { deleteDB } from 'idb';
import type { HistoryEvent } from '../../src/history/schema.ts';
import { LEGACY_PENDING_KEY, PENDING_PREFIX, clearParked, hasParked } from '../../src/history/pending.ts';
import { installTracking, track } from '../../src/history/track.ts';
import { trackingOff } from '../../src/history/tracking-policy.ts';
import { flushPending, getHistory, getServices, loadNeighbours, recordCurrentProductView, serviceConfig } from '../../src/runtime/services.ts';

const DB = `sg-services-${Math.random().toString(36).slice(2)}`;
serviceConfig.dbName = DB;

const added: Element[] = [];
function addToPage(markup: string, where: 'head' | 'body' = 'body'): void {
  const t = document.createElement('template');
  t.innerHTML = markup;
  for (const n of [...t.content.children]) {
    document[where].append(n);
    added.push(n);
  }
}

async function eventsWhere(pred: (e: HistoryEvent) => boolean): Promise<HistoryEvent[]> {
  return (await (await getHistory()).events()).filter(pred);
}

describe('page services', () => {
  before(() => {
    clearParked();
    // Queued by an inline script before shop-guide loaded.
    window.shopGuideQueue = [['track', { type: 'search', query: 'queued before load' }]];
    addToPage('<meta name="shop-guide:product" content="TH-RS-001">', 'head');
    addToPage('<shop-guide-recommendations catalog-src="/public/demo-data/catalog.json" neighbours-src="/test/runtime/fixtures/neighbours.json"></shop-guide-recommendations>');
  });
  after(async () => {
    for (const n of added) n.remove();
    (await getHistory()).close();
    await deleteDB(DB);
  });

  it('builds catalog, history and recommender once per page, from the page’s catalog-src and neighbour data', async () => {
    const [a, b] = await Promise.all([getServices(), getServices()]);
    expect(a).to.equal(b);
    expect(a.catalog.products.length).to.equal(315);
    expect(a.catalog.currentProductId).to.equal('TH-RS-001');
    expect(a.history.mode).to.equal('indexeddb');
    const recs = a.recommender.recommend({ mode: 'for-you', events: [{ type: 'view', productId: 'TH-RS-001', at: Date.now() }], limit: 20 });
    // The yoga mat is only linked to the shoe through the neighbour profiles.
    const mat = recs.find((r) => r.id === 'TH-YO-004');
    expect(mat, 'user-kNN from the neighbour data').to.not.equal(undefined);
    expect(mat!.signals).to.have.property('userKnn');
  });

  it('records the view of the page’s product once per page load, with the product’s facts', async () => {
    await Promise.all([recordCurrentProductView(), recordCurrentProductView()]);
    await recordCurrentProductView();
    const views = await eventsWhere((e) => e.type === 'view');
    expect(views).to.have.length(1);
    expect(views[0]).to.deep.include({ productId: 'TH-RS-001', source: 'page' });
    expect(views[0]!.product!.categories).to.deep.equal(['Shoes', 'Running Shoes']);
  });

  it('takes events from the document event, the pre-load queue and track(), and stores them', async () => {
    installTracking();
    document.dispatchEvent(new CustomEvent('shop-guide-track', { detail: { type: 'add-to-cart', productId: 'TH-SS-008' } }));
    window.shopGuideQueue!.push(['track', { type: 'click', productId: 'TH-RA-022', source: 'page' }]);
    track({ type: 'purchase', productId: 'TH-RS-001', quantity: 1, price: 164.99, currency: 'USD' });
    await waitUntil(async () => (await eventsWhere((e) => e.type !== 'view')).length >= 4, 'events were not written', { timeout: 8000 });
    const events = await eventsWhere((e) => e.type !== 'view');
    expect(events.map((e) => [e.type, e.productId ?? e.query])).to.have.deep.members([
      ['search', 'queued before load'],
      ['add-to-cart', 'TH-SS-008'],
      ['click', 'TH-RA-022'],
      ['purchase', 'TH-RS-001'],
    ]);
    expect(events.find((e) => e.type === 'add-to-cart')!.product!.title).to.be.a('string');
    await waitUntil(() => !hasParked(), 'parked events were not cleared');
  });

  it('an event naming a variant id keeps its product’s facts and counts for the product', async () => {
    const { catalog, recommender } = await getServices();
    const shoe = catalog.byId.get('TH-RS-002')!;
    expect(shoe.variants.map((v) => v.id)).to.include('TH-RS-002-orange-40');
    track({ type: 'add-to-cart', productId: 'TH-RS-002-orange-40' });
    await waitUntil(async () => (await eventsWhere((e) => e.productId === 'TH-RS-002-orange-40')).length === 1, 'the event was not written', { timeout: 8000 });
    const [event] = await eventsWhere((e) => e.productId === 'TH-RS-002-orange-40');
    // The shop's own id is kept; the snapshot is the product's.
    expect(event!.product).to.deep.include({ title: shoe.title, price: shoe.price });
    const recs = recommender.recommend({ mode: 'bought-together', events: [event!], limit: 5 });
    expect(recs.length).to.be.above(0);
    expect(recs.map((r) => r.id)).to.not.include('TH-RS-002');
    await waitUntil(() => !hasParked(), 'parked events were not cleared');
  });

  it('writes events an earlier page parked but could not write, and expands multi-item purchases', async () => {
    const at = Date.now() - 5000;
    // One parked by this version (a key per event) and a list parked by the version before.
    localStorage.setItem(`${PENDING_PREFIX}earlier-0`, JSON.stringify({ id: 'earlier-0', at: at - 1, type: 'search', query: 'parked earlier' }));
    localStorage.setItem(
      LEGACY_PENDING_KEY,
      JSON.stringify([
        { id: 'earlier-1', at, type: 'view', productId: 'TH-TE-001' },
        { id: 'earlier-2', at, type: 'purchase', items: [{ productId: 'TH-TE-002', quantity: 1 }, { productId: 'TH-YO-001', quantity: 2 }] },
        { id: 'earlier-3', at, type: 'levitate', productId: 'TH-TE-001' },
      ]),
    );
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(String(m));
    try {
      await flushPending();
      await flushPending(); // a second flush (another tab) stores nothing twice
    } finally {
      console.warn = warn;
    }
    const earlier = await eventsWhere((e) => e.id.startsWith('earlier-'));
    expect(earlier.map((e) => [e.id, e.type, e.productId, e.at])).to.deep.equal([
      ['earlier-0', 'search', undefined, at - 1],
      ['earlier-1', 'view', 'TH-TE-001', at],
      ['earlier-2-0', 'purchase', 'TH-TE-002', at],
      ['earlier-2-1', 'purchase', 'TH-YO-001', at],
    ]);
    expect(warnings.join()).to.match(/unknown-type/);
    expect(hasParked()).to.equal(false);
  });

  it('writes an event reported while a flush is under way, once that flush is done', async () => {
    const history = await getHistory();
    const recordMany = history.recordMany;
    let calls = 0;
    // The flush read what was parked, then waits for IndexedDB: the shopper acts meanwhile.
    history.recordMany = function (inputs) {
      if (calls++ === 0) track({ type: 'search', query: 'during the flush' });
      return recordMany.call(this, inputs);
    };
    try {
      track({ type: 'search', query: 'before the flush' });
      await waitUntil(async () => (await eventsWhere((e) => e.query === 'during the flush')).length === 1, 'the event stayed parked', { timeout: 8000 });
      expect(await eventsWhere((e) => e.query === 'before the flush')).to.have.length(1);
      expect(calls).to.equal(2);
      await waitUntil(() => !hasParked(), 'parked events were not cleared');
    } finally {
      history.recordMany = recordMany;
    }
  });

  it('records nothing with tracking="off" or the Global Privacy Control signal', async () => {
    addToPage('<shop-guide tracking="OFF"></shop-guide>');
    expect(trackingOff()).to.equal('attribute');
    track({ type: 'view', productId: 'TH-TE-003' });
    expect(hasParked()).to.equal(false);
    added.pop()!.remove();
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      expect(trackingOff()).to.equal('gpc');
      track({ type: 'view', productId: 'TH-TE-003' });
      expect(hasParked()).to.equal(false);
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
    expect(trackingOff()).to.equal(null);
  });

  it('reads neighbour data inline or from a same-origin file, and refuses bad or foreign files with one warning', async () => {
    const doc = (markup: string) => {
      const d = document.implementation.createHTMLDocument('');
      d.body.innerHTML = markup;
      return d;
    };
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(String(m));
    try {
      const inline = await loadNeighbours(doc('<script type="application/json" data-shop-guide-neighbours>{"sessions":[["a","b"]]}</script>'));
      expect(inline!.sessions).to.deep.equal([['a', 'b']]);
      const file = await loadNeighbours(doc('<shop-guide neighbours-src="/test/runtime/fixtures/neighbours.json"></shop-guide>'));
      expect(file!.profiles).to.have.length(2);
      expect(await loadNeighbours(doc('<shop-guide></shop-guide>'))).to.equal(null);
      expect(warnings).to.have.length(0);
      expect(await loadNeighbours(doc('<shop-guide neighbours-src="https://tracker.example/n.json"></shop-guide>'))).to.equal(null);
      expect(await loadNeighbours(doc('<shop-guide neighbours-src="/no/such/file.json"></shop-guide>'))).to.equal(null);
      expect(await loadNeighbours(doc('<script type="application/json" data-shop-guide-neighbours>{"version": 9}</script>'))).to.equal(null);
      expect(warnings).to.have.length(3);
      expect(warnings[0]).to.match(/same origin/);
      expect(warnings[1]).to.match(/HTTP 404/);
      expect(warnings[2]).to.match(/unsupported version 9/);
    } finally {
      console.warn = warn;
    }
  });
});
