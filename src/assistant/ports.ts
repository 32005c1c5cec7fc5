/**
 * What the assistant needs from the rest of shop-guide, as small interfaces over the real modules'
 * types: search (src/search), the query parser, recommendations (src/recommend) and the shopper's
 * history (src/history). The runtime (src/runtime/assistant.ts) passes the real modules; tests may pass
 * their own implementations of these.
 */
import type { ProductSearch, ParsedQuery, SearchFilters, SearchOptions, SearchResult, SearchHit } from '../search/types.ts';
import type { Recommendation, RecommendRequest, RecEvent } from '../recommend/types.ts';
import type { RecordInput } from '../history/schema.ts';
import type { Lang } from '../i18n/types.ts';

export type { ParsedQuery, SearchFilters, SearchOptions, SearchResult, SearchHit, Recommendation, RecEvent };

/**
 * The search as the assistant uses it: queries come parsed, with the lexicon's vocabulary (built in
 * slices). A string would make the search parse it with a vocabulary of its own, built at once on first
 * use (a long task at 100k products), so the port does not take one.
 */
export interface SearchPort {
  search(query: ParsedQuery, options?: SearchOptions): ReturnType<ProductSearch['search']>;
}

export type QueryParser = (text: string, lang?: Lang) => ParsedQuery;

export interface RecommenderPort {
  recommend(request: RecommendRequest): Recommendation[] | Promise<Recommendation[]>;
}

export interface HistoryPort {
  events(): Promise<readonly RecEvent[]>;
  record(event: RecordInput): Promise<unknown>;
}
