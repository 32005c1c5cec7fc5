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
}

/** Above this many products, `'auto'` builds and searches in a worker (on the page, finishing a 5k index took a 300 ms task). */
export const WORKER_THRESHOLD = 2000;
/** Documents per postMessage to the worker: small enough that cloning one batch stays well under a frame. */
const BATCH = 500;

/** Builds an index on this thread, yielding to the page between slices. */
export async function buildEngineInThread(catalog: Catalog, signal?: AbortSignal): Promise<SearchEngine> {
  const slicer = new TimeSlicer(8, signal);
  const builder = new IndexBuilder();
  for (let i = 0; i < catalog.products.length; i++) {
    builder.add(toSearchDoc(catalog.products[i]!));
    if ((i & 63) === 63) await slicer.maybePause();
  }
  const data = await builder.finish(() => slicer.maybePause());
  return new SearchEngine(data, catalog.store?.currency);
}

async function startWorkerIndex(catalog: Catalog, signal?: AbortSignal, start?: () => Worker): Promise<SearchWorkerClient> {
  const client = new SearchWorkerClient(start?.());
  try {
    const slicer = new TimeSlicer(8, signal);
    let batch: SearchDoc[] = [];
    for (const p of catalog.products) {
      batch.push(toSearchDoc(p));
      if (batch.length >= BATCH) {
        client.add(batch);
        batch = [];
        await slicer.maybePause();
      }
    }
    if (batch.length) client.add(batch);
    await client.build(catalog.store?.currency);
    return client;
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
  const wantWorker = typeof Worker !== 'undefined' && (mode === true || (mode === 'auto' && catalog.products.length > WORKER_THRESHOLD));
  if (wantWorker) {
    try {
      const client = await startWorkerIndex(catalog, options.signal, options.startWorker);
      return new CatalogSearch(catalog, null, client);
    } catch (e) {
      if (options.signal?.aborted) throw e;
      console.warn('[shop-guide] the search worker could not start; indexing on the page instead', e);
    }
  }
  return new CatalogSearch(catalog, await buildEngineInThread(catalog, options.signal), null);
}
