/**
 * The model workers' IndexedDB copy of the models they built, so a returning page view does not build
 * them again. Each model is one entry, used only when it was built from exactly the sources the page
 * sends now (a 64-bit hash of that model's fields: a new feed version, or the page's own product merged
 * in differently, builds afresh — and a change only to the co-counts rebuilds only the graph) by this
 * very worker script (its URL carries the build's content hash), so the stored layout is always the one
 * this code reads. One catalog's models per origin (tens of MB at 100k products). Any failure — no
 * IndexedDB, quota, a damaged entry — reads as "not stored".
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { ModelKind } from './model-transfer.ts';

export const MODEL_DB = 'shop-guide-models';
const STORE = 'models';
/** Bump when a model's packed parts change shape without the worker's URL changing (dev servers). */
const FORMAT = 2;

interface StoredModel {
  key: ModelKind;
  /** FORMAT, the worker's URL, the model and its sources' hash (source-packing.ts BatchHash). */
  version: string;
  parts: unknown;
}

export function modelVersion(scriptUrl: string, model: ModelKind, hash: string): string {
  return `${FORMAT} ${scriptUrl} ${model} ${hash}`;
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

  /** Whether some version of `model` is stored (read without its parts). */
  async has(model: ModelKind): Promise<boolean> {
    try {
      return (await (await this.open()).count(STORE, model)) > 0;
    } catch {
      return false;
    }
  }

  /** The stored parts of `model` when they were built for `version`, else null. */
  async get(model: ModelKind, version: string): Promise<unknown> {
    try {
      const v = (await (await this.open()).get(STORE, model)) as StoredModel | undefined;
      return v && v.version === version && v.parts && typeof v.parts === 'object' ? v.parts : null;
    } catch {
      return null;
    }
  }

  /**
   * Stores a model's parts (replacing any other catalog's). The put copies them before it returns, so
   * the caller may transfer their buffers right after; the write finishes with the promise it returns.
   */
  async opened(): Promise<((model: ModelKind, version: string, parts: unknown) => Promise<void>) | null> {
    try {
      const db = await this.open();
      return (model, version, parts) => {
        try {
          const tx = db.transaction(STORE, 'readwrite');
          void tx.store.put({ key: model, version, parts } satisfies StoredModel).catch(() => {});
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
