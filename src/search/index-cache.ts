/**
 * Built search indexes kept in IndexedDB next to the feed they were built from (catalog/feed-cache.ts),
 * so a returning page view restores the index instead of building it again. Two stores: a small entry
 * the page reads to decide (version, size, the products the building page had of its own) and the
 * index itself, which the search worker reads and writes (a large catalog's index is tens of MB: cloning
 * it stays off the page's thread). Any failure — no IndexedDB, quota, a damaged entry — reads as "not
 * stored", and the index is built as before.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { SerializedIndex } from './index-serialize.ts';

/** What makes a stored index usable: the feed it came from, in the version the page has now. */
export interface IndexCacheKey {
  /** The feed cache's key (feed URL, page folder, store currency). */
  key: string;
  /** The feed's stored version (its write and validators) and the reader's version. */
  version: string;
  /** Products the page had of its own (merged into the feed's): checked, and their facts written in, on restore. */
  pageProducts: string[];
}

export interface StoredIndexMeta {
  key: string;
  version: string;
  size: number;
  pageProducts: string[];
  savedAt: number;
}

export interface StoredIndex {
  key: string;
  version: string;
  data: SerializedIndex;
  /** docTextHash per document. */
  textHash: Uint32Array;
}

export interface IndexCache {
  /** The database, for a worker to open the same one. */
  readonly dbName: string;
  meta(key: string): Promise<StoredIndexMeta | null>;
  get(key: string): Promise<StoredIndex | null>;
  put(meta: StoredIndexMeta, index: StoredIndex): Promise<void>;
}

export const INDEX_DB = 'shop-guide-search';
const META = 'meta';
const DATA = 'indexes';
/** Indexes kept per origin (each as large as its catalog's index); the least recently saved go. */
const MAX_INDEXES = 2;

class IdbIndexCache implements IndexCache {
  private db: Promise<IDBPDatabase> | null = null;

  constructor(readonly dbName: string) {}

  private open(): Promise<IDBPDatabase> {
    return (this.db ??= openDB(this.dbName, 1, {
      upgrade(db) {
        db.createObjectStore(META, { keyPath: 'key' });
        db.createObjectStore(DATA, { keyPath: 'key' });
      },
      blocking: () => {
        void this.db?.then((d) => d.close());
        this.db = null;
      },
    }).catch((e) => {
      this.db = null;
      throw e;
    }));
  }

  async meta(key: string): Promise<StoredIndexMeta | null> {
    const m = (await (await this.open()).get(META, key)) as StoredIndexMeta | undefined;
    return m && typeof m.version === 'string' && Number.isInteger(m.size) && Array.isArray(m.pageProducts) ? m : null;
  }

  async get(key: string): Promise<StoredIndex | null> {
    const v = (await (await this.open()).get(DATA, key)) as StoredIndex | undefined;
    return v && typeof v.version === 'string' && v.textHash instanceof Uint32Array && v.data ? v : null;
  }

  async put(meta: StoredIndexMeta, index: StoredIndex): Promise<void> {
    const db = await this.open();
    const tx = db.transaction([META, DATA], 'readwrite');
    const metas = tx.objectStore(META);
    const data = tx.objectStore(DATA);
    await data.put(index);
    await metas.put(meta);
    const all = ((await metas.getAll()) as StoredIndexMeta[]).sort((a, b) => b.savedAt - a.savedAt);
    for (const old of all.slice(MAX_INDEXES)) {
      await metas.delete(old.key);
      await data.delete(old.key);
    }
    await tx.done;
  }
}

const caches = new Map<string, IndexCache>();

/** The cache in database `dbName` (one instance per name in this realm). */
export function openIndexCache(dbName: string = INDEX_DB): IndexCache {
  let c = caches.get(dbName);
  if (!c) caches.set(dbName, (c = new IdbIndexCache(dbName)));
  return c;
}

/** The browser's cache, or null where IndexedDB is missing (then indexes are simply built each time). */
export function defaultIndexCache(): IndexCache | null {
  return typeof indexedDB === 'undefined' ? null : openIndexCache();
}
