/**
 * History in IndexedDB (through `idb`). One object store, `events`, keyed by an auto-incremented `seq`
 * (the order events were written in, across tabs), with a unique index on the event `id` (no event is
 * stored twice) and an index on `at`. Each write is one readwrite transaction that adds the new events
 * and prunes the oldest beyond the limit; IndexedDB runs such transactions one at a time across tabs,
 * so concurrent tabs neither lose nor duplicate events.
 *
 * Schema versions (SCHEMA_VERSION in schema.ts):
 *   v1  `events`: out-of-line auto-increment keys, values { type, productId?, query?, ts }.
 *   v2  `events`: keyPath `seq`, indexes `id` (unique) and `at`; values are HistoryEvent; v1 rows are
 *       carried over (ts → at, id `v1-<key>`, session `v1`).
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { SCHEMA_VERSION, type HistoryEvent, type HistoryEventType } from './schema.ts';
import { failureOf, type HistoryBackend, type StorageFailure } from './storage.ts';

export const STORE = 'events';

type StoredEvent = HistoryEvent & { seq?: number };
type Db = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

const V1_TYPES = new Set<string>(['view', 'search', 'click', 'add-to-cart', 'purchase', 'dismiss']);

/** Creates the v2 layout. */
function createV2(db: Db): void {
  const store = db.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
  store.createIndex('id', 'id', { unique: true });
  store.createIndex('at', 'at');
}

/** v1 → v2: read the old rows, recreate the store, write them back in their order. */
async function migrateV1(db: Db, tx: UpgradeTx): Promise<void> {
  const old = tx.objectStore(STORE);
  const rows: StoredEvent[] = [];
  for (let cursor = await old.openCursor(); cursor; cursor = await cursor.continue()) {
    const v = cursor.value as { type?: unknown; productId?: unknown; query?: unknown; ts?: unknown };
    if (typeof v?.type !== 'string' || !V1_TYPES.has(v.type) || typeof v.ts !== 'number') continue;
    const e: StoredEvent = { id: `v1-${String(cursor.key)}`, type: v.type as HistoryEventType, at: v.ts, session: 'v1' };
    if (typeof v.productId === 'string') e.productId = v.productId;
    if (typeof v.query === 'string') e.query = v.query;
    rows.push(e);
  }
  db.deleteObjectStore(STORE);
  createV2(db);
  const store = tx.objectStore(STORE);
  for (const e of rows) await store.add(e);
}

/** Runs every migration from `oldVersion` up to the current schema, inside the upgrade transaction. */
export async function upgrade(db: Db, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    createV2(db);
    return;
  }
  if (oldVersion < 2) await migrateV1(db, tx);
}

function strip(e: StoredEvent): HistoryEvent {
  const { seq: _seq, ...rest } = e;
  return rest;
}

export class IdbBackend implements HistoryBackend {
  readonly kind = 'indexeddb' as const;
  onLost?: (failure: StorageFailure) => void;

  constructor(private readonly db: Db) {}

  async load(): Promise<HistoryEvent[]> {
    return ((await this.db.getAll(STORE)) as StoredEvent[]).map(strip);
  }

  async append(events: readonly HistoryEvent[], max: number): Promise<HistoryEvent[]> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    const ids = store.index('id');
    const added: HistoryEvent[] = [];
    const work = (async () => {
      for (const e of events) {
        if ((await ids.getKey(e.id)) !== undefined) continue;
        await store.add(e);
        added.push(e);
      }
      const excess = (await store.count()) - max;
      if (excess > 0) {
        // Delete everything up to the excess-th oldest key in one range.
        const cursor = await store.openKeyCursor();
        const last = excess > 1 ? await cursor?.advance(excess - 1) : cursor;
        if (last) await store.delete(IDBKeyRange.upperBound(last.key));
      }
    })();
    await Promise.all([work, tx.done]);
    return added;
  }

  async clear(): Promise<void> {
    await this.db.clear(STORE);
  }

  close(): void {
    this.db.close();
  }
}

export interface OpenIdbOptions {
  /** Give up waiting for other tabs to release an old schema after this long (ms). */
  blockedTimeoutMs?: number;
}

function failure(kind: StorageFailure, cause?: unknown): Error & { failure: StorageFailure } {
  return Object.assign(new Error(`IndexedDB ${kind}`, { cause }), { failure: kind });
}

function factory(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB;
  } catch {
    return undefined; // some sandboxed frames throw on merely reading `indexedDB`
  }
}

/** Whether the database exists, without creating it (true when the browser cannot tell). */
export async function databaseExists(name: string): Promise<boolean> {
  try {
    const f = factory();
    if (!f) return false;
    if (!f.databases) return true;
    return (await f.databases()).some((d) => d.name === name);
  } catch {
    return true;
  }
}

/**
 * Opens (creating or migrating) the history database. Rejects with an error carrying `failure` when
 * IndexedDB is missing or refused (private mode, sandboxed frame), when other tabs keep an old
 * schema open past `blockedTimeoutMs`, or when the stored schema is newer than this code.
 */
export async function openIdbBackend(name: string, options: OpenIdbOptions = {}): Promise<IdbBackend> {
  if (!factory()) throw failure('unavailable');
  let backend: IdbBackend | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gaveUp = false;
  // openDB itself may throw at once (sandboxed frames): only then start the "blocked" timer, or it
  // would fire a stray rejection seconds after we already gave up.
  let opening: Promise<Db>;
  try {
    opening = openDB(name, SCHEMA_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        // Requests issued from these callbacks keep the upgrade transaction alive; a failure aborts it,
        // which leaves the old data exactly as it was.
        upgrade(db, oldVersion, tx).catch((e) => {
          console.warn('[shop-guide] history migration failed', e);
          tx.abort();
        });
      },
      // Another tab (a newer script) wants to upgrade: let it, and stop using this connection.
      blocking() {
        backend?.close();
        backend?.onLost?.('version');
      },
      terminated() {
        backend?.onLost?.('error');
      },
    }).then((db) => {
      if (gaveUp) {
        db.close(); // opened after we fell back: do not hold a connection we will not use
        throw failure('blocked');
      }
      return db;
    });
  } catch (e) {
    throw (e as { failure?: StorageFailure }).failure ? e : failure(failureOf(e), e);
  }
  opening.catch(() => {}); // a late rejection after the timeout is expected
  const blocked = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      gaveUp = true;
      reject(failure('blocked'));
    }, options.blockedTimeoutMs ?? 4000);
  });
  try {
    backend = new IdbBackend(await Promise.race([opening, blocked]));
    return backend;
  } catch (e) {
    throw (e as { failure?: StorageFailure }).failure ? e : failure(failureOf(e), e);
  } finally {
    clearTimeout(timer);
  }
}
