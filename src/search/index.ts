/**
 * Product search over a catalog: `createSearch(catalog)` builds the index — in a Web Worker for large
 * catalogs, on the page in time slices otherwise — and answers `search(query)` with ranked hits,
 * the total and facets. String queries go through the query parser with the catalog's vocabulary.
 *
 * Loaded lazily (`import('./search/index.ts')`); nothing here touches the UI.
 */
import type { Catalog } from '../catalog/types.ts';
import { TimeSlicer } from '../catalog/time-slice.ts';
import { toSearchDoc, type SearchDoc } from './documents.ts';
import { SearchEngine, type EngineSearchOptions } from './engine.ts';
import { IndexBuilder } from './index-builder.ts';
import { defaultIndexCache, type IndexCache, type IndexCacheKey, type StoredIndexMeta } from './index-cache.ts';
import { restoreEngine, storeIndex, TextHashes } from './index-persist.ts';
import { parseQuery } from '../understand/filters.ts';
import type { ParsedQuery, ProductSearch, SearchLang, SearchOptions, SearchResult } from './types.ts';
import { buildVocabulary, type QueryVocabulary } from '../understand/vocabulary.ts';
import { SearchWorkerClient } from './worker-client.ts';

export type * from './types.ts';
export { parseQuery } from '../understand/filters.ts';
export { buildVocabulary, type QueryVocabulary } from '../understand/vocabulary.ts';

export interface CreateSearchOptions {
  /** `true`: always a worker; `false`: on the page; `'auto'` (default): a worker above 2,000 products. */
  worker?: boolean | 'auto';
  signal?: AbortSignal;
  /** Starts the search worker (tests pass their own). */
  startWorker?: () => Worker;
  /**
   * Where built indexes are kept between page views (default: IndexedDB; `null`: build every time).
   * Only a catalog whose feed is kept in IndexedDB (`catalog.feedCache`) has its index kept.
   */
  indexCache?: IndexCache | null;
}

/** After the index is ready, wait this long before storing it (on the page): the first searches come first. */
const STORE_DELAY_MS = 1500;

/** Above this many products, `'auto'` builds and searches in a worker (on the page, finishing a 5k index took a 300 ms task). */
export const WORKER_THRESHOLD = 2000;
/** Documents per postMessage to the worker: small enough that cloning one batch stays well under a frame. */
const BATCH = 500;

/** Builds an index on this thread, yielding to the page between slices; with `store`, keeps it afterwards. */
export async function buildEngineInThread(catalog: Catalog, signal?: AbortSignal, store?: { cache: IndexCache; info: IndexCacheKey }): Promise<SearchEngine> {
  const slicer = new TimeSlicer(8, signal);
  const builder = new IndexBuilder();
  const hashes = store ? new TextHashes() : null;
  for (let i = 0; i < catalog.products.length; i++) {
    const doc = toSearchDoc(catalog.products[i]!);
    const before = builder.size;
    builder.add(doc);
    if (hashes && builder.size > before) hashes.add(doc);
    if ((i & 63) === 63) await slicer.maybePause();
  }
  const data = await builder.finish(() => slicer.maybePause());
  if (store && hashes) {
    const textHash = hashes.values;
    setTimeout(() => void storeIndex(store.cache, store.info, data, textHash), STORE_DELAY_MS);
  }
  return new SearchEngine(data, catalog.store?.currency);
}

/**
 * The documents a stored index is checked with — the products either page had of its own — or null
 * when the stored index cannot fit this catalog (another version or size, a product gone).
 */
function restoreCheck(catalog: Catalog, info: IndexCacheKey, meta: StoredIndexMeta | null): SearchDoc[] | null {
  if (!meta || meta.key !== info.key || meta.version !== info.version || meta.size !== catalog.products.length) return null;
  const docs: SearchDoc[] = [];
  for (const id of new Set([...meta.pageProducts, ...info.pageProducts])) {
    const p = catalog.byId.get(id);
    if (!p) return null;
    docs.push(toSearchDoc(p));
  }
  return docs;
}

/** The stored index, restored on this thread (small catalogs); null: build it. */
async function restoreInThread(catalog: Catalog, cache: IndexCache, info: IndexCacheKey): Promise<SearchEngine | null> {
  const check = restoreCheck(catalog, info, await cache.meta(info.key).catch(() => null));
  if (!check) return null;
  return restoreEngine(cache, info.key, info.version, catalog.products.map((p) => p.id), check, catalog.store?.currency);
}

async function startWorkerIndex(catalog: Catalog, signal?: AbortSignal, start?: () => Worker, store?: { cache: IndexCache; info: IndexCacheKey }): Promise<{ client: SearchWorkerClient; restored: boolean }> {
  const client = new SearchWorkerClient(start?.());
  try {
    if (store) {
      // A returning page view: the worker restores the stored index, and the page sends no documents.
      const check = restoreCheck(catalog, store.info, await store.cache.meta(store.info.key).catch(() => null));
      const ids = check ? catalog.products.map((p) => p.id).join('\u0000') : '';
      if (check && (await client.restore({ dbName: store.cache.dbName, key: store.info.key, version: store.info.version, ids, check, ...(catalog.store?.currency ? { currency: catalog.store.currency } : {}) }))) return { client, restored: true };
    }
    const slicer = new TimeSlicer(8, signal);
    let batch: SearchDoc[] = [];
    for (const p of catalog.products) {
      batch.push(toSearchDoc(p));
      if (batch.length >= BATCH) {
        client.add(batch, !!store);
        batch = [];
        await slicer.maybePause();
      }
    }
    if (batch.length) client.add(batch, !!store);
    await client.build(catalog.store?.currency, undefined, store ? { dbName: store.cache.dbName, info: store.info } : undefined);
    return { client, restored: false };
  } catch (e) {
    client.terminate();
    throw e;
  }
}

class CatalogSearch implements ProductSearch {
  private vocabulary: QueryVocabulary | null = null;
  private disposed = false;

  constructor(
    private readonly catalog: Catalog,
    private engine: SearchEngine | null,
    private worker: SearchWorkerClient | null,
    readonly restored = false,
  ) {
    if (worker) {
      // If the worker dies later, searches continue on the page.
      worker.onFailure = (e) => {
        console.warn('[shop-guide] the search worker stopped; searching on the page instead', e);
        this.worker = null;
      };
    }
  }

  get inWorker(): boolean {
    return !!this.worker;
  }

  parse(text: string, lang: SearchLang = 'en'): ParsedQuery {
    this.vocabulary ??= buildVocabulary(this.catalog);
    return parseQuery(text, lang, this.vocabulary);
  }

  private fallback: Promise<SearchEngine> | null = null;

  async search(query: string | ParsedQuery, options: SearchOptions = {}): Promise<SearchResult> {
    if (this.disposed) throw new Error('search was disposed');
    const parsed = typeof query === 'string' ? this.parse(query, options.lang) : query;
    const opts: EngineSearchOptions = { ...options };
    if (this.worker) {
      try {
        return await this.worker.search(parsed, opts);
      } catch (e) {
        if (this.worker) throw e;
        // The worker failed: fall through to an index on the page.
      }
    }
    if (!this.engine) {
      this.fallback ??= buildEngineInThread(this.catalog);
      this.engine = await this.fallback;
    }
    return this.engine.search(parsed, opts);
  }

  dispose(): void {
    this.disposed = true;
    this.worker?.terminate();
    this.worker = null;
    this.engine = null;
  }
}

/**
 * Builds the search index for `catalog`. Never rejects for worker trouble (it falls back to the page);
 * rejects only when `signal` aborts.
 */
export async function createSearch(catalog: Catalog, options: CreateSearchOptions = {}): Promise<ProductSearch> {
  const mode = options.worker ?? 'auto';
  const cache = options.indexCache === undefined ? defaultIndexCache() : options.indexCache;
  // Only an index of a feed kept in IndexedDB is kept: the feed's stored version says whether it is still current.
  const store = cache && catalog.feedCache ? { cache, info: catalog.feedCache } : undefined;
  const wantWorker = typeof Worker !== 'undefined' && (mode === true || (mode === 'auto' && catalog.products.length > WORKER_THRESHOLD));
  if (wantWorker) {
    try {
      const { client, restored } = await startWorkerIndex(catalog, options.signal, options.startWorker, store);
      return new CatalogSearch(catalog, null, client, restored);
    } catch (e) {
      if (options.signal?.aborted) throw e;
      console.warn('[shop-guide] the search worker could not start; indexing on the page instead', e);
    }
  }
  const restored = store ? await restoreInThread(catalog, store.cache, store.info) : null;
  return new CatalogSearch(catalog, restored ?? (await buildEngineInThread(catalog, options.signal, store)), null, !!restored);
}
