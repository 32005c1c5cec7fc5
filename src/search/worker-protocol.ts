/** Messages between the page and the search worker (structured-cloneable). */
import type { SearchDoc } from './documents.ts';
import type { EngineSearchOptions } from './engine.ts';
import type { IndexCacheKey } from './index-cache.ts';
import type { ParsedQuery, SearchResult } from './types.ts';

export type ToSearchWorker =
  /** Documents to index; `store`: the index will be stored (keep their text hashes). */
  | { type: 'add'; docs: SearchDoc[]; store?: boolean }
  /** Builds the index; with `store`, keeps it in that IndexedDB database afterwards. */
  | { type: 'build'; currency?: string; store?: { dbName: string; info: IndexCacheKey } }
  /** Restores the stored index instead, if it fits: `ids` are the catalog's product ids in order, joined by NUL. */
  | { type: 'restore'; dbName: string; key: string; version: string; ids: string; check: SearchDoc[]; currency?: string }
  | { type: 'search'; id: number; query: ParsedQuery; options: EngineSearchOptions };

export type FromSearchWorker =
  | { type: 'ready'; size: number; ms: number }
  /** The answer to `restore`: false means build as usual. */
  | { type: 'restored'; ok: boolean; size: number; ms: number }
  | { type: 'result'; id: number; result: SearchResult }
  | { type: 'error'; id?: number; message: string };
