import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import { openIdbBackend } from '../../src/history/idb-backend.ts';
import { MAX_EVENTS, type HistoryEvent } from '../../src/history/schema.ts';
import { MemoryBackend, type HistoryBackend } from '../../src/history/storage.ts';
import { openHistory, type HistoryStore } from '../../src/history/store.ts';

const names: string[] = [];
const stores: HistoryStore[] = [];
function dbName(): string {
  const n = `sg-store-test-${Math.random().toString(36).slice(2)}`;
  names.push(n);
  return n;
}
function capture(): { warn: (...a: unknown[]) => void; lines: string[] } {
  const lines: string[] = [];
  return { lines, warn: (...a: unknown[]) => lines.push(a.map(String).join(' ')) };
}
async function open(options: Parameters<typeof openHistory>[0] = {}): Promise<HistoryStore> {
  const s = await openHistory({ dbName: options.dbName ?? dbName(), ...options });
  stores.push(s);
  return s;
}

/** A real IndexedDB backend whose writes start failing with a real QuotaExceededError after `okWrites`. */
async function fillingUp(name: string, okWrites: number): Promise<HistoryBackend> {
  const real = await openIdbBackend(name);
  let writes = 0;
  return {
    kind: 'indexeddb',
    load: () => real.load(),
    append: (events, max) => {
      if (++writes > okWrites) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return real.append(events, max);
    },
    clear: () => real.clear(),
    close: () => real.close(),
  };
}

describe('history store', () => {
  afterEach(async () => {
    for (const s of stores.splice(0)) s.close();
    for (const n of names.splice(0)) await deleteDB(n);
  });

  it('records events with ids, times and sessions, oldest first, and survives reopening', async () => {
    const name = dbName();
    const a = await open({ dbName: name });
    expect(a.mode).to.equal('indexeddb');
    const v = await a.record({ type: 'view', productId: 'P1', source: 'page' });
    await a.record({ type: 'search', query: '  rain   jacket ' });
    await a.record({ type: 'add-to-cart', productId: 'P2' });
    expect(v!.id).to.be.a('string');
    expect(v!.session).to.match(/^s-/);
    expect(Math.abs(v!.at - Date.now())).to.be.below(5000);
    const events = await a.events();
    expect(events.map((e) => e.type)).to.deep.equal(['view', 'search', 'add-to-cart']);
    expect(events[1]!.query).to.equal('rain jacket');
    a.close();
    const b = await open({ dbName: name });
    expect((await b.events()).map((e) => e.id)).to.deep.equal(events.map((e) => e.id));
  });

  it('rejects malformed events with a warning and keeps good ones', async () => {
    const log = capture();
    const s = await open({ logger: log });
    const added = await s.recordMany([
      { type: 'view', productId: 'P1' },
      { type: 'teleport', productId: 'P1' },
      { type: 'view' },
      { type: 'search' },
      { type: 'purchase', productId: 'P9', quantity: 2, price: 19.5, currency: 'usd' },
    ]);
    expect(added.map((e) => e.type)).to.deep.equal(['view', 'purchase']);
    expect(added[1]).to.include({ quantity: 2, price: 19.5, currency: 'USD' });
    expect(log.lines.join('\n')).to.match(/unknown-type/).and.match(/missing-product-id/).and.match(/missing-query/);
  });

  it('counts the same event reported twice within moments once, but not a later repeat', async () => {
    const s = await open();
    const t = Date.now();
    await s.record({ type: 'add-to-cart', productId: 'P1', at: t, source: 'recommendations' });
    expect(await s.record({ type: 'add-to-cart', productId: 'P1', at: t + 300, source: 'page' })).to.equal(null);
    await s.record({ type: 'add-to-cart', productId: 'P1', at: t + 60_000 });
    expect((await s.events()).length).to.equal(2);
  });

  it('never stores the same event id twice (retries, a second tab flushing the same parked event)', async () => {
    const name = dbName();
    const a = await open({ dbName: name });
    const b = await open({ dbName: name });
    const e = { type: 'purchase', productId: 'P1', id: 'fixed-id-1', at: Date.now() - 10_000 };
    await Promise.all([a.record(e), b.record(e), a.record(e)]);
    const fresh = await open({ dbName: name });
    expect((await fresh.events()).filter((x) => x.id === 'fixed-id-1')).to.have.length(1);
  });

  it(`keeps only the newest ${MAX_EVENTS} events`, async () => {
    const s = await open();
    const t0 = Date.now() - 1e7;
    const batch = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ type: 'view', productId: `P${from + i}`, at: t0 + (from + i) * 1000 }));
    await s.recordMany(batch(0, 3000));
    await s.recordMany(batch(3000, 2500));
    const events = await s.events();
    expect(events.length).to.equal(MAX_EVENTS);
    expect(events[0]!.productId).to.equal('P500');
    expect(events.at(-1)!.productId).to.equal('P5499');
    const reopened = await open({ dbName: names.at(-1)! });
    expect((await reopened.events()).length).to.equal(MAX_EVENTS);
  });

  it('derives a profile, resets it without deleting the history, and exports everything as JSON', async () => {
    const s = await open();
    const shoe = { title: 'Trail Shoe', brand: 'Stride', categories: ['Shoes', 'Running Shoes'], price: 120, currency: 'USD', attributes: { color: 'blue' } };
    await s.record({ type: 'view', productId: 'P1', product: shoe });
    await s.record({ type: 'add-to-cart', productId: 'P1', product: shoe });
    await s.record({ type: 'view', productId: 'P2', product: { ...shoe, brand: 'Velox', price: 80 } });
    const before = await s.profile();
    expect(before.categories[0]).to.include({ name: 'Running Shoes' });
    expect(before.brands.map((b) => b.name)).to.deep.equal(['Stride', 'Velox']);
    expect(before.priceBand).to.deep.equal({ min: 120, max: 120, currency: 'USD' });
    await s.resetProfile();
    const after = await s.profile();
    expect(after.categories).to.have.length(0);
    expect(after.resetAt).to.be.a('number');
    expect((await s.events()).filter((e) => e.type === 'view')).to.have.length(2);
    const exported = JSON.parse(await s.exportJson());
    expect(exported.format).to.equal('shop-guide-history');
    expect(exported.version).to.equal(2);
    expect(exported.events).to.have.length(4);
    expect(exported.events[0].product.title).to.equal('Trail Shoe');
  });

  it('fills in product facts from the catalog lookup for events reported by id', async () => {
    const s = await open();
    s.setProductLookup((id) => (id === 'P1' ? { title: 'Tent', categories: ['Outdoor', 'Tents'], brand: 'Trailmark' } : undefined));
    const e = await s.record({ type: 'click', productId: 'P1' });
    expect(e!.product).to.deep.equal({ title: 'Tent', categories: ['Outdoor', 'Tents'], brand: 'Trailmark' });
    expect((await s.profile()).brands[0]!.name).to.equal('Trailmark');
  });

  it('clears everything and tells subscribers; other stores on the same database hear it too', async () => {
    const name = dbName();
    const a = await open({ dbName: name });
    const b = await open({ dbName: name });
    await a.record({ type: 'view', productId: 'P1' });
    expect(await b.events()).to.have.length(1);
    const heard: string[] = [];
    b.subscribe((c) => heard.push(c.reason));
    await a.clear();
    await new Promise((r) => setTimeout(r, 100));
    expect(heard).to.include('remote');
    expect(await b.events()).to.have.length(0);
    expect(await a.events()).to.have.length(0);
  });

  it('with tracking off records nothing and does not even create the database', async () => {
    const name = dbName();
    const s = await open({ dbName: name, tracking: false, offReason: 'gpc' });
    expect(s.mode).to.equal('off');
    expect(s.offReason).to.equal('gpc');
    expect(await s.record({ type: 'view', productId: 'P1' })).to.equal(null);
    expect(await s.events()).to.have.length(0);
    expect((await indexedDB.databases()).some((d) => d.name === name)).to.equal(false);
  });

  it('with tracking off still shows, exports and clears what was stored before', async () => {
    const name = dbName();
    const on = await open({ dbName: name });
    await on.record({ type: 'view', productId: 'P1' });
    on.close();
    const off = await open({ dbName: name, tracking: false });
    expect(await off.record({ type: 'view', productId: 'P2' })).to.equal(null);
    expect((await off.events()).map((e) => e.productId)).to.deep.equal(['P1']);
    expect(JSON.parse(await off.exportJson()).events).to.have.length(1);
    await off.clear();
    expect(await (await open({ dbName: name })).events()).to.have.length(0);
  });

  it('falls back to memory when IndexedDB is unavailable, warning once', async () => {
    const log = capture();
    const s = await open({
      logger: log,
      openBackend: () => Promise.reject(new DOMException('The user denied permission to access the database.', 'SecurityError')),
    });
    expect(s.mode).to.equal('memory');
    expect(s.notice).to.deep.equal({ kind: 'memory', reason: 'unavailable' });
    await s.record({ type: 'view', productId: 'P1' });
    await s.record({ type: 'view', productId: 'P2' });
    expect((await s.events()).map((e) => e.productId)).to.deep.equal(['P1', 'P2']);
    expect(log.lines).to.have.length(1);
    expect(log.lines[0]).to.match(/memory for this page only/);
  });

  it('over quota: switches to memory, loses nothing already stored or being written, and leaves the disk as it was', async () => {
    const name = dbName();
    const log = capture();
    const s = await open({ dbName: name, logger: log, openBackend: (n) => fillingUp(n, 2) });
    const changes: string[] = [];
    s.subscribe((c) => changes.push(c.reason));
    await s.record({ type: 'view', productId: 'P1' });
    await s.record({ type: 'view', productId: 'P2' });
    expect(s.mode).to.equal('indexeddb');
    await s.record({ type: 'view', productId: 'P3' }); // the disk is full now
    expect(s.mode).to.equal('memory');
    expect(s.notice).to.deep.equal({ kind: 'memory', reason: 'quota' });
    await s.record({ type: 'view', productId: 'P4' });
    expect((await s.events()).map((e) => e.productId)).to.deep.equal(['P1', 'P2', 'P3', 'P4']);
    expect(changes).to.include('mode');
    expect(log.lines.filter((l) => /memory/.test(l))).to.have.length(1);
    // What was on disk is untouched.
    const disk = await openIdbBackend(name);
    expect((await disk.load()).map((e) => e.productId)).to.deep.equal(['P1', 'P2']);
    disk.close();
  });

  it('a blocked upgrade (another tab holds the old schema open) falls back to memory and loses nothing on disk', async () => {
    const name = dbName();
    // An old page: schema v1, with a connection that ignores requests to close.
    const old = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('events', { autoIncrement: true }) });
    await old.add('events', { type: 'view', productId: 'OLD', ts: 1_700_000_000_000 });
    const log = capture();
    const s = await open({ dbName: name, blockedTimeoutMs: 300, logger: log });
    expect(s.mode).to.equal('memory');
    expect(s.notice!.reason).to.equal('blocked');
    await s.record({ type: 'view', productId: 'NEW' });
    expect((await s.events()).map((e) => e.productId)).to.deep.equal(['NEW']);
    old.close();
    // Once the old tab is gone, the next page load migrates and keeps the old event.
    await new Promise((r) => setTimeout(r, 50));
    const next = await open({ dbName: name });
    expect(next.mode).to.equal('indexeddb');
    expect((await next.events()).map((e) => e.productId)).to.deep.equal(['OLD']);
  });

  it('a backend that reads nothing back still keeps new events in memory', async () => {
    const broken: HistoryBackend = Object.assign(new MemoryBackend(), {
      kind: 'indexeddb' as const,
      load: () => Promise.reject(new DOMException('Internal error', 'UnknownError')),
    });
    const s = await open({ openBackend: async () => broken, logger: capture() });
    expect(await s.events()).to.deep.equal([]);
    expect(s.mode).to.equal('memory');
    const e: HistoryEvent | null = await s.record({ type: 'view', productId: 'P1' });
    expect(e).to.not.equal(null);
  });
});
