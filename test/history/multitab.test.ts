/**
 * Several pages of one shop at once, for real: each "tab" is a same-origin iframe with its own window,
 * its own IndexedDB connection and its own BroadcastChannel.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import type { HistoryStore, openHistory } from '../../src/history/store.ts';

type TabWindow = Window & { openHistory: typeof openHistory; tabReady?: boolean };

const frames: HTMLIFrameElement[] = [];
const names: string[] = [];

async function openTab(): Promise<{ frame: HTMLIFrameElement; win: TabWindow }> {
  const frame = document.createElement('iframe');
  frame.src = '/test/history/fixtures/tab.html';
  document.body.append(frame);
  frames.push(frame);
  await waitUntil(() => (frame.contentWindow as TabWindow | null)?.tabReady, 'the tab did not load', { timeout: 10000 });
  return { frame, win: frame.contentWindow as TabWindow };
}

function dbName(): string {
  const n = `sg-tabs-test-${Math.random().toString(36).slice(2)}`;
  names.push(n);
  return n;
}

describe('history across tabs', () => {
  afterEach(async () => {
    for (const f of frames.splice(0)) f.remove();
    await new Promise((r) => setTimeout(r, 50));
    for (const n of names.splice(0)) await deleteDB(n);
  });

  it('two tabs writing at the same time lose and duplicate nothing', async () => {
    const name = dbName();
    const [a, b] = await Promise.all([openTab(), openTab()]);
    const [ha, hb] = await Promise.all([a.win.openHistory({ dbName: name }), b.win.openHistory({ dbName: name })]);
    // 150 events from each tab, interleaved, some in batches.
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 50; i++) {
      writes.push(ha.record({ type: 'view', productId: `A${i}` }));
      writes.push(hb.record({ type: 'view', productId: `B${i}` }));
      writes.push(ha.recordMany([{ type: 'click', productId: `A${i}` }, { type: 'add-to-cart', productId: `A${i}` }]));
      writes.push(hb.recordMany([{ type: 'click', productId: `B${i}` }, { type: 'add-to-cart', productId: `B${i}` }]));
    }
    await Promise.all(writes);
    await new Promise((r) => setTimeout(r, 200)); // let the change messages arrive
    for (const h of [ha, hb]) {
      const events = await h.events();
      expect(events.length).to.equal(300);
      expect(new Set(events.map((e) => e.id)).size).to.equal(300);
      for (const p of ['A', 'B'])
        for (const type of ['view', 'click', 'add-to-cart'])
          expect(events.filter((e) => e.type === type && e.productId?.startsWith(p)).length, `${p} ${type}`).to.equal(50);
    }
    // Both tabs see the same order (the order the writes were committed in).
    expect((await ha.events()).map((e) => e.id)).to.deep.equal((await hb.events()).map((e) => e.id));
  });

  it('a tab hears what another tab recorded', async () => {
    const name = dbName();
    const [a, b] = await Promise.all([openTab(), openTab()]);
    const [ha, hb] = await Promise.all([a.win.openHistory({ dbName: name }), b.win.openHistory({ dbName: name })]);
    await ha.events();
    let heard = 0;
    ha.subscribe((c) => c.reason === 'remote' && heard++);
    await hb.record({ type: 'view', productId: 'FROM-B' });
    await waitUntil(() => heard > 0, 'no change message from the other tab');
    expect((await ha.events()).map((e) => e.productId)).to.deep.equal(['FROM-B']);
  });

  it('survives a reload of the page', async () => {
    const name = dbName();
    const tab = await openTab();
    const h: HistoryStore = await tab.win.openHistory({ dbName: name });
    await h.record({ type: 'view', productId: 'P1' });
    await h.record({ type: 'purchase', productId: 'P1' });
    const before = (await h.events()).map((e) => e.id);
    const reloaded = new Promise((r) => tab.frame.addEventListener('load', r, { once: true }));
    tab.win.location.reload();
    await reloaded;
    await waitUntil(() => (tab.frame.contentWindow as TabWindow).tabReady, 'the tab did not reload');
    const again = await (tab.frame.contentWindow as TabWindow).openHistory({ dbName: name });
    expect(again.mode).to.equal('indexeddb');
    expect((await again.events()).map((e) => e.id)).to.deep.equal(before);
  });

  it('migrates a database written by the older (v1) schema, keeping every event in order', async () => {
    const name = dbName();
    const old = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('events', { autoIncrement: true }) });
    await old.add('events', { type: 'view', productId: 'OLD-1', ts: 1_700_000_000_000 });
    await old.add('events', { type: 'search', query: 'tents', ts: 1_700_000_060_000 });
    await old.add('events', { type: 'bogus', ts: 1 }); // never valid: dropped
    await old.add('events', { type: 'add-to-cart', productId: 'OLD-2', ts: 1_700_000_120_000 });
    old.close();

    const tab = await openTab();
    const h = await tab.win.openHistory({ dbName: name });
    expect(h.mode).to.equal('indexeddb');
    const events = await h.events();
    expect(events.map((e) => [e.type, e.productId ?? e.query, e.at])).to.deep.equal([
      ['view', 'OLD-1', 1_700_000_000_000],
      ['search', 'tents', 1_700_000_060_000],
      ['add-to-cart', 'OLD-2', 1_700_000_120_000],
    ]);
    expect(events.map((e) => e.id)).to.deep.equal(['v1-1', 'v1-2', 'v1-4']);
    await h.record({ type: 'view', productId: 'NEW' });
    expect((await h.events()).map((e) => e.productId ?? e.query)).to.deep.equal(['OLD-1', 'tents', 'OLD-2', 'NEW']);
    const raw = await openDB(name);
    expect(raw.version).to.equal(2);
    expect([...raw.objectStoreNames]).to.deep.equal(['events']);
    expect([...raw.transaction('events').store.indexNames].sort()).to.deep.equal(['at', 'id']);
    raw.close();
  });

  it('a tab with the new schema takes over from a tab with the old one open', async () => {
    const name = dbName();
    // The old tab's connection closes when asked (as the store does on `versionchange`).
    const old = await openDB(name, 1, {
      upgrade: (db) => void db.createObjectStore('events', { autoIncrement: true }),
      blocking: () => old.close(),
    });
    await old.add('events', { type: 'view', productId: 'OLD', ts: 1_700_000_000_000 });
    const tab = await openTab();
    const h = await tab.win.openHistory({ dbName: name, blockedTimeoutMs: 3000 });
    expect(h.mode).to.equal('indexeddb');
    expect((await h.events()).map((e) => e.productId)).to.deep.equal(['OLD']);
  });

  it('in a frame where IndexedDB is refused, keeps history in memory and says so', async () => {
    const tab = await openTab();
    // What a sandboxed or storage-blocked frame does: reading `indexedDB` throws.
    Object.defineProperty(tab.win, 'indexedDB', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    const warnings: string[] = [];
    const h = await tab.win.openHistory({ dbName: dbName(), logger: { warn: (m: string) => warnings.push(m) } });
    expect(h.mode).to.equal('memory');
    expect(h.notice).to.deep.equal({ kind: 'memory', reason: 'unavailable' });
    await h.record({ type: 'view', productId: 'P1' });
    expect((await h.events()).map((e) => e.productId)).to.deep.equal(['P1']);
    expect(warnings).to.have.length(1);
  });
});
