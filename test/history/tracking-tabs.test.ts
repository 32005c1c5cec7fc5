/**
 * Events reported in several real tabs at once (separate pages of the browser, each its own renderer
 * and event loop): none lost, none stored twice, with reloads cutting flushes short. The tabs run on
 * another origin (127.0.0.1) than the test pages, so no other test file shares their localStorage.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

type Payload = { action: 'open'; path: string } | { action: 'eval'; tab: number; fn: string; args?: unknown[] } | { action: 'reload' | 'close'; tab: number };
const tab = <T>(payload: Payload) => executeServerCommand<T, Payload>('sg-tab', payload);
const opened: number[] = [];

async function openTab(db: string, query = ''): Promise<number> {
  const path = `${location.protocol}//127.0.0.1:${location.port}/test/history/fixtures/track-tab.html?db=${db}${query}`;
  const { tab: id } = (await tab<{ tab: number }>({ action: 'open', path }))!;
  opened.push(id);
  return id;
}

/** In the tab: `count` track() calls in `bursts` bursts, 0–15 ms apart. */
const burst = String(async (prefix: string, count: number, bursts: number) => {
  const w = window as unknown as { track(e: object): void };
  for (let b = 0; b < bursts; b++) {
    for (let i = 0; i < count / bursts; i++) w.track({ type: 'view', productId: `${prefix}-${b}-${i}`, source: 'page' });
    await new Promise((r) => setTimeout(r, Math.random() * 15));
  }
});

/** In the tab: what is stored in the history database and what is still parked. */
const stored = String(async (db: string) => {
  const parked = Object.keys(localStorage).filter((k) => k.startsWith('shop-guide:pending')).length;
  if (!(await indexedDB.databases()).some((d) => d.name === db)) return { parked, ids: [] as string[], products: [] as string[] };
  const conn = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(db);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const rows = await new Promise<{ id: string; productId: string }[]>((resolve, reject) => {
    const r = conn.transaction('events').objectStore('events').getAll();
    r.onsuccess = () => resolve(r.result as { id: string; productId: string }[]);
    r.onerror = () => reject(r.error);
  });
  conn.close();
  return { parked, ids: rows.map((e) => e.id), products: rows.map((e) => e.productId), types: rows.map((e) => (e as { type?: string }).type) };
});

type Stored = { parked: number; ids: string[]; products: string[]; types?: string[] };

async function settle(id: number, db: string, expected: number): Promise<Stored> {
  let last: Stored = { parked: -1, ids: [], products: [] };
  await waitUntil(
    async () => {
      last = (await tab<{ value: Stored }>({ action: 'eval', tab: id, fn: stored, args: [db] }))!.value;
      return last.parked === 0 && last.ids.length >= expected;
    },
    'events were not all written',
    { timeout: 30000, interval: 250 },
  ).catch(() => {});
  return last;
}

describe('track() across real tabs', function () {
  this.timeout(120000);
  afterEach(async () => {
    for (const id of opened.splice(0)) await tab({ action: 'close', tab: id });
  });

  it('one tab: 300 events in one go are all kept', async () => {
    const db = `sg-track-one-${Math.random().toString(36).slice(2)}`;
    const a = await openTab(db);
    await tab({ action: 'eval', tab: a, fn: burst, args: ['S', 300, 1] });
    const result = await settle(a, db, 300);
    expect(result.parked).to.equal(0);
    expect(result.ids.length).to.equal(300);
    expect(new Set(result.products).size).to.equal(300);
  });

  it('two tabs × 1,000 events in bursts, with reloads in between: zero lost, zero duplicated', async () => {
    const db = `sg-track-two-${Math.random().toString(36).slice(2)}`;
    const [a, b] = [await openTab(db), await openTab(db)];
    const rounds = 5;
    for (let r = 0; r < rounds; r++) {
      await Promise.all([
        tab({ action: 'eval', tab: a, fn: burst, args: [`A${r}`, 200, 4] }),
        tab({ action: 'eval', tab: b, fn: burst, args: [`B${r}`, 200, r % 2 ? 1 : 5] }),
      ]);
      // Reload before the flush started, while it runs, and after it: parked events must survive each.
      if (r % 3 === 0) await Promise.all([tab({ action: 'reload', tab: a }), tab({ action: 'reload', tab: b })]);
      else if (r % 3 === 1) {
        await new Promise((done) => setTimeout(done, 30));
        await tab({ action: 'reload', tab: b });
      } else await new Promise((done) => setTimeout(done, 300));
    }
    const result = await settle(a, db, 2000);
    expect(result.parked, 'still parked').to.equal(0);
    expect(new Set(result.ids).size, 'ids').to.equal(result.ids.length);
    expect(result.products.length, 'stored events').to.equal(2000);
    expect(new Set(result.products).size, 'distinct events').to.equal(2000);
  });

  it('on a page with Prototype.js globals, reported purchases are recorded (parked JSON is not encoded twice)', async () => {
    const db = `sg-track-proto-${Math.random().toString(36).slice(2)}`;
    const a = await openTab(db, '&prototype');
    const report = String(() => {
      const w = window as unknown as { track(e: object): void };
      w.track({ type: 'purchase', productId: 'P-1', quantity: 1, price: 10, currency: 'USD' });
      w.track({ type: 'purchase', items: [{ productId: 'P-2', quantity: 1 }, { productId: 'P-3', quantity: 2 }] });
      w.track({ type: 'purchase', productId: 'P-4' });
    });
    await tab({ action: 'eval', tab: a, fn: report });
    await tab({ action: 'reload', tab: a }); // a thank-you page that navigates on: written by the next page
    const result = await settle(a, db, 4);
    expect(result.parked).to.equal(0);
    expect(result.products.sort()).to.deep.equal(['P-1', 'P-2', 'P-3', 'P-4']);
    expect(result.types).to.deep.equal(['purchase', 'purchase', 'purchase', 'purchase']);
  });
});
