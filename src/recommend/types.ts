/** The recommender's public shapes (plain data, no DOM): requests, results, reasons, options, neighbour data. */
import type { ContextTreeOptions } from './context-tree.ts';
import type { ItemEmbeddingOptions } from './item-embedding.ts';
import type { ProductSnapshot } from '../history/schema.ts';
import type { ModelBuilder } from './model-builder.ts';
import type { SequentialRulesOptions } from './sequential-rules.ts';
import type { SessionNeighboursOptions } from './session-neighbours.ts';

export type RecommendMode = 'for-you' | 'similar' | 'bought-together' | 'recently-viewed';

/**
 * Why an item is recommended, as data: the UI words it in the shopper's language
 * (src/recommend/strings.ts) and may name the product it points at.
 */
export type RecommendationReason =
  /** Because you viewed `productId`. */
  | { kind: 'viewed'; productId: string }
  /** Because you added `productId` to your cart (or bought it). */
  | { kind: 'carted'; productId: string }
  /** Similar to `productId`. */
  | { kind: 'similar'; productId: string }
  /** Often bought together with `productId`. */
  | { kind: 'bought-together'; productId: string }
  /** Shoppers who viewed `productId` also viewed this. */
  | { kind: 'also-viewed'; productId: string }
  /** Matches your search `query`. */
  | { kind: 'searched'; query: string }
  /** You often look at `category`. */
  | { kind: 'category'; category: string }
  /** You like `brand`. */
  | { kind: 'brand'; brand: string }
  /** In the price range you usually look at. */
  | { kind: 'price-band' }
  /** Shoppers with similar taste liked this (the shop's anonymised neighbour data). */
  | { kind: 'shoppers-like-you' }
  /** You viewed it at `at` (ms). */
  | { kind: 'recently-viewed'; at: number }
  | { kind: 'popular' }
  | { kind: 'top-rated' };

/**
 * The blended signals; each is scaled to 0–1 per request before weighting. sessionKnn = V-SKNN,
 * sessionStan = V-STAN (or STAN), sequentialRules = SR, contextTree =
 * the context tree (variable-order Markov, src/recommend/context-tree.ts), embedding = item vectors factorised from
 * the sessions' co-occurrence (src/recommend/item-embedding.ts), all over the shop's neighbour sessions;
 * reminder = the current session's own items, the latest first (shoppers go back to what they just saw).
 */
export type Signal = 'content' | 'personal' | 'coCounts' | 'itemKnn' | 'sessionKnn' | 'sessionStan' | 'sequentialRules' | 'contextTree' | 'embedding' | 'reminder' | 'userKnn' | 'popularity';

export type BlendWeights = Record<Signal, number>;

export interface Recommendation {
  /** A catalog product id (never anything else). */
  id: string;
  /** Blended score (higher is better); comparable within one answer only. */
  score: number;
  reason: RecommendationReason;
  /** Each signal's weighted share of the score, for transparency and tuning. */
  signals: Partial<Record<Signal, number>>;
}

/** The part of a history event the recommender reads (HistoryEvent fits; `at`/`session` may be missing). */
export interface RecEvent {
  type: string;
  productId?: string;
  query?: string;
  at?: number;
  session?: string;
  product?: ProductSnapshot;
}

export interface RecommendRequest {
  mode: RecommendMode;
  /** The product the answer is about (similar, bought-together); a seed for for-you. Default: the catalog's current product. */
  productId?: string;
  /** How many items (default 8, at most 100). */
  limit?: number;
  /** The shopper's history, oldest first (HistoryStore.events()). */
  events: readonly RecEvent[];
  /** Product ids never to return (e.g. already on screen). */
  exclude?: readonly string[];
  /** "Now" for recency (default: the newest event's time). */
  now?: number;
}

/**
 * What a shop may publish, anonymised, to enable collaborative filtering beyond its catalog co-counts
 * (README, "Neighbour data"). Every part is optional.
 */
export interface NeighbourData {
  format?: 'shop-guide-neighbours';
  version?: 1;
  /** Browsing sessions: product ids in the order viewed, oldest session first. */
  sessions?: string[][];
  /** Optional: each session's last view (ms since the epoch), same order; lets STAN favour recent sessions. */
  sessionTimes?: number[];
  /** Orders: product ids bought together. */
  baskets?: string[][];
  /** Shoppers: product id → rating (1–5) or interaction strength. */
  profiles?: Record<string, number>[];
}

export interface RecommenderOptions {
  /** Blend weights: one set for every mode, or per mode; missing entries keep their defaults. */
  weights?: Partial<BlendWeights> | Partial<Record<RecommendMode, Partial<BlendWeights>>>;
  /** The shop's anonymised sessions, baskets and shopper profiles. */
  neighbours?: NeighbourData;
  /** Weight of each event type (default EVENT_WEIGHTS in src/history/schema.ts). */
  eventWeights?: Partial<Record<string, number>>;
  /** An event's weight halves every this many days (default 14). */
  halfLifeDays?: number;
  /** 0 = rank purely by score; 1 = strongly prefer items unlike those already picked (default 0.3). */
  diversity?: number;
  /** for-you: multiply items the shopper already viewed by this (default 0.3; 1 = no penalty). */
  seenPenalty?: number;
  /** V-SKNN settings (default: TUNED.sessionKnn, src/recommend/tuned.ts). */
  sessionKnn?: SessionNeighboursOptions;
  /** V-STAN / STAN settings (default: TUNED.sessionStan). */
  sessionStan?: SessionNeighboursOptions;
  /** Popularity from neighbour sessions with times: a session's weight halves every this many days (default TUNED.trendHalfLifeDays). */
  trendHalfLifeDays?: number;
  /** Sequential rules settings (default: TUNED.sequentialRules). */
  sequentialRules?: SequentialRulesOptions;
  /** Context tree settings (default: session-rec's, contexts up to 50 clicks). */
  contextTree?: ContextTreeOptions;
  /** Item embedding settings (default: TUNED.itemEmbedding). */
  itemEmbedding?: ItemEmbeddingOptions;
  /** Item-kNN: neighbours kept per item (default 100). */
  itemKnn?: { k?: number };
  /** Availabilities that are never recommended (default OutOfStock, SoldOut, Discontinued). */
  unavailable?: readonly string[];
  /** Who builds the content index and co-count graph in `prepare()` (default: on the page, in slices). */
  modelBuilder?: ModelBuilder;
}
