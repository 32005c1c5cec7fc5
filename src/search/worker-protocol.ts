/** Messages between the page and the search worker (structured-cloneable). */
import type { SearchDoc } from './documents.ts';
import type { EngineSearchOptions } from './engine.ts';
import type { ParsedQuery, SearchResult } from './types.ts';

export type ToSearchWorker =
  | { type: 'add'; docs: SearchDoc[] }
  | { type: 'build'; currency?: string }
  | { type: 'search'; id: number; query: ParsedQuery; options: EngineSearchOptions };

export type FromSearchWorker =
  | { type: 'ready'; size: number; ms: number }
  | { type: 'result'; id: number; result: SearchResult }
  | { type: 'error'; id?: number; message: string };
