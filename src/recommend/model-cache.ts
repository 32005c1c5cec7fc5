/**
 * The model worker's IndexedDB copy of the models it built, so a returning page view does not build
 * them again. An entry is used only when it was built from exactly the products the page sends now (a
 * 64-bit hash of their model fields: a new feed version, or the page's own product merged in
 * differently, builds afresh) by this very worker script (its URL carries the build's content hash), so
 * the stored layout is always the one this code reads. One catalog's models per origin (tens of MB at
 * 100k products). Any failure — no IndexedDB, quota, a damaged entry — reads as "not stored".
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { ModelSource, PackedModels } from './model-transfer.ts';

export const MODEL_DB = 'shop-guide-models';
const STORE = 'models';
/** Bump when PackedModels changes shape without the worker's URL changing (dev servers). */
const FORMAT = 1;

interface StoredModels {
  key: 'models';
  /** FORMAT, the worker's URL and the sources' hash. */
  version: string;
  models: PackedModels;
}

/** Two FNV-1a hashes (different seeds) over every source's JSON: 64 bits, as hex. */
export function sourcesHash(sources: readonly ModelSource[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const s of sources) {
    const text = JSON.stringify(s);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
    a = Math.imul(a ^ 0xff, 0x01000193); // a separator between products
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function modelVersion(scriptUrl: string, hash: string): string {
  return `${FORMAT} ${scriptUrl} ${hash}`;
}

export class ModelCache {
  private db: Promise<IDBPDatabase> | null = null;

  constructor(readonly dbName: string = MODEL_DB) {}

  private open(): Promise<IDBPDatabase> {
    return (this.db ??= openDB(this.dbName, 1, {
      upgrade(db) {
        db.createObjectStore(STORE, { keyPath: 'key' });
      },
    }));
  }

  /** The stored models when they were built for `version`, else null. */
  async get(version: string): Promise<PackedModels | null> {
    try {
      const v = (await (await this.open()).get(STORE, 'models')) as StoredModels | undefined;
      return v && v.version === version && v.models?.content && v.models.graph ? v.models : null;
    } catch {
      return null;
    }
  }

  /**
   * Stores the models (replacing any other catalog's). The put copies them before it returns, so the
   * caller may transfer their buffers right after; the write finishes with the promise it returns.
   */
  async opened(): Promise<((version: string, models: PackedModels) => Promise<void>) | null> {
    try {
      const db = await this.open();
      return (version, models) => {
        try {
          const tx = db.transaction(STORE, 'readwrite');
          void tx.store.put({ key: 'models', version, models } satisfies StoredModels).catch(() => {});
          return tx.done.catch(() => {});
        } catch {
          return Promise.resolve(); // quota, a closed database: not stored
        }
      };
    } catch {
      return null;
    }
  }
}
