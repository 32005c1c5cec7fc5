/**
 * Who builds the recommender's two heavy models (the content index and the co-count graph: seconds of
 * work at 100k products). `Models.prepare()` asks its builder first; each model comes as soon as it is
 * built (the graph is ready well before the content index, and what depends on it goes on meanwhile).
 * A builder that cannot make one (no Worker, a blocked or failed worker) answers null for it, and that
 * model is then built on the page in slices.
 */
import type { Product } from '../catalog/types.ts';
import type { CoCountGraph } from './cocounts.ts';
import type { ContentIndex } from './content.ts';

export interface BuildingModels {
  content: Promise<ContentIndex | null>;
  graph: Promise<CoCountGraph | null>;
}

export interface ModelBuilder {
  /** Starts building the models over `products` (catalog order); each promise never rejects. */
  build(products: readonly Product[], signal?: AbortSignal): BuildingModels;
}

/** Builds nothing off the page: `Models` builds in main-thread slices (Node, tests, the fallback). */
export const inPageBuilder: ModelBuilder = { build: () => ({ content: Promise.resolve(null), graph: Promise.resolve(null) }) };
