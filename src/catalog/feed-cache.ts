/**
 * The `catalog-src` feed, read once and kept in IndexedDB: its products as the reader made them (in
 * chunks, so no single read or write holds the page long) with the feed's validators (ETag,
 * Last-Modified). A returning page view asks the server with If-None-Match / If-Modified-Since; on
 * 304 it reads the stored products and neither downloads nor parses the feed again. A feed served
 * without validators is not cached (there would be no way to tell it changed).
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { CatalogIssue, Product } from './types.ts';

/** Bump when the reader's output changes shape or meaning: old entries are then ignored. */
export const READER_VERSION = 2;
/** Products per stored chunk: copying one into IndexedDB stays well under 50 ms (1000 took 50–120 ms). */
export const CHUNK = 200;
/** Feeds kept (per origin); the least recently used go. */
const MAX_FEEDS = 3;

export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

export interface CachedFeedMeta extends FeedValidators {
  key: string;
  version: number;
  /** Which write the chunks belong to (a rewrite goes to a new generation, then replaces the old). */
  generation: number;
  chunks: number;
  count: number;
  /** Store-info blocks the feed carried (raw, read again with the page's). */
  stores: unknown[];
  /** What reading the feed reported (the console warning repeats them). */
  issues: CatalogIssue[];
  usedAt: number;
  /** The feed's format as the reader found it (json, ndjson, xml…), for the catalog's diagnostics. */
  format?: string;
}

export interface FeedCache {
  meta(key: string): Promise<CachedFeedMeta | null>;
  chunk(key: string, generation: number, index: number): Promise<Product[] | null>;
  /** Stores one chunk now (the products are copied at once, so later changes to them do not leak in). */
  putChunk(key: string, generation: number, index: number, products: Product[]): Promise<void>;
  /** Makes `meta.generation`'s chunks the feed's and drops the previous ones (until then readers see the old entry). */
  commit(meta: CachedFeedMeta): Promise<void>;
}

const DB = 'shop-guide-catalog';
const META = 'feeds';
const CHUNKS = 'chunks';

const chunkKey = (key: string, generation: number, index: number) => `${key}\u0000${generation}\u0000${index}`;
/** Every chunk of one generation, as a key range (deleted without reading the values). */
const generationRange = (key: string, generation: number) => IDBKeyRange.bound(`${key}\u0000${generation}\u0000`, `${key}\u0000${generation}\u0000\uffff`);

class IdbFeedCache implements FeedCache {
  constructor(private readonly name = DB) {}

  private db: Promise<IDBPDatabase> | null = null;
  /** The open database, once it is: a write then copies its value in the same task it was asked in. */
  private ready: IDBPDatabase | null = null;

  private open(): Promise<IDBPDatabase> {
    return (this.db ??= openDB(this.name, 1, {
      upgrade(db) {
        db.createObjectStore(META, { keyPath: 'key' });
        db.createObjectStore(CHUNKS);
      },
      blocking: () => {
        // A newer version in another tab: let it upgrade.
        void this.db?.then((d) => d.close());
        this.db = null;
        this.ready = null;
      },
    }).then((d) => (this.ready = d)).catch((e) => {
      this.db = null;
      throw e;
    }));
  }

  async meta(key: string): Promise<CachedFeedMeta | null> {
    const db = await this.open();
    const m = (await db.get(META, key)) as CachedFeedMeta | undefined;
    return m && m.version === READER_VERSION ? m : null;
  }

  async chunk(key: string, generation: number, index: number): Promise<Product[] | null> {
    const db = await this.open();
    return ((await db.get(CHUNKS, chunkKey(key, generation, index))) as Product[] | undefined) ?? null;
  }

  async putChunk(key: string, generation: number, index: number, products: Product[]): Promise<void> {
    const db = this.ready ?? (await this.open());
    await db.put(CHUNKS, products, chunkKey(key, generation, index));
  }

  async commit(meta: CachedFeedMeta): Promise<void> {
    const db = await this.open();
    const tx = db.transaction([META, CHUNKS], 'readwrite');
    const metas = tx.objectStore(META);
    const chunks = tx.objectStore(CHUNKS);
    // Every other generation of this feed goes: the one replaced and any write a closed page left unfinished.
    const k = meta.key;
    const g = meta.generation;
    await chunks.delete(IDBKeyRange.bound(`${k}\u0000`, `${k}\u0000${g}\u0000`, false, true));
    await chunks.delete(IDBKeyRange.bound(`${k}\u0000${g}\u0000\uffff`, `${k}\u0000\uffff`, true, false));
    await metas.put(meta);
    // Least recently used feeds beyond the limit go.
    const all = ((await metas.getAll()) as CachedFeedMeta[]).sort((a, b) => b.usedAt - a.usedAt);
    for (const old of all.slice(MAX_FEEDS)) {
      await metas.delete(old.key);
      await chunks.delete(generationRange(old.key, old.generation));
    }
    await tx.done;
  }
}

const cache = new IdbFeedCache();

/** The browser's cache, or null where IndexedDB is missing (then feeds are simply read each time). */
export function defaultFeedCache(): FeedCache | null {
  return typeof indexedDB === 'undefined' ? null : cache;
}

/** A cache in its own database (tests: no other page's feeds share its three places). */
export function createFeedCache(dbName: string): FeedCache {
  return new IdbFeedCache(dbName);
}

/** What one cached feed is keyed by: its URL, and what the reader's output depends on besides the feed. */
export function feedCacheKey(feedUrl: string, pageBase: string, storeCurrency: string | undefined): string {
  let dir = pageBase;
  try {
    dir = new URL('.', pageBase).href; // relative product URLs resolve against the page's folder
  } catch {
    // keep the base as it is
  }
  return [feedUrl, dir, storeCurrency ?? ''].join(' ');
}
