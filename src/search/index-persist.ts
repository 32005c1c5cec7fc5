/**
 * Restoring a stored index and storing a built one: the steps the search worker and the page (small
 * catalogs, indexed on the page) share. Neither ever throws: a stored index that cannot be used is
 * null (build it), and a failed write is only a warning (the next page view builds it again).
 */
import type { SearchDoc } from './documents.ts';
import { SearchEngine } from './engine.ts';
import type { IndexCache, IndexCacheKey } from './index-cache.ts';
import type { IndexData } from './index-builder.ts';
import { docTextHash, restoreIndex } from './index-restore.ts';
import { deserializeIndex, serializeIndex } from './index-serialize.ts';

/** The stored index for `key` in `version`, made current for these products; null when there is none that fits. */
export async function restoreEngine(cache: IndexCache, key: string, version: string, ids: readonly string[], check: readonly SearchDoc[], currency?: string): Promise<SearchEngine | null> {
  try {
    const stored = await cache.get(key);
    if (!stored || stored.key !== key || stored.version !== version) return null;
    const data = deserializeIndex(stored.data);
    const restored = data ? restoreIndex(data, stored.textHash, ids, check) : null;
    return restored ? new SearchEngine(restored.data, currency, restored.order) : null;
  } catch (e) {
    console.warn('[shop-guide] the stored search index could not be read; building it again', e);
    return null;
  }
}

/** Collects each document's text hash as documents are indexed, for storing the index afterwards. */
export class TextHashes {
  private hashes = new Uint32Array(1024);
  private n = 0;

  add(d: SearchDoc): void {
    if (this.n === this.hashes.length) {
      const grown = new Uint32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.n++] = docTextHash(d);
  }

  get values(): Uint32Array {
    return this.hashes.slice(0, this.n);
  }
}

/** Stores a built index under `info` (documents' text hashes in index order). */
export async function storeIndex(cache: IndexCache, info: IndexCacheKey, data: IndexData, textHash: Uint32Array): Promise<void> {
  try {
    if (textHash.length !== data.size) return;
    const serialized = serializeIndex(data);
    if (!serialized) return;
    await cache.put(
      { key: info.key, version: info.version, size: data.size, pageProducts: info.pageProducts, savedAt: Date.now() },
      { key: info.key, version: info.version, data: serialized, textHash },
    );
  } catch (e) {
    // Over quota, private mode, storage gone: the next page view builds the index again.
    console.warn('[shop-guide] could not keep the search index for the next page view', e);
  }
}
