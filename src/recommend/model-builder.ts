/**
 * Who builds the recommender's two heavy models (the content index and the co-count graph: seconds of
 * work at 100k products). `Models.prepare()` asks its builder first; a builder that cannot (no Worker,
 * a blocked or failed worker) answers null, and the models are then built on the page in slices.
 */
import type { Product } from '../catalog/types.ts';
import type { CoCountGraph } from './cocounts.ts';
import type { ContentIndex } from './content.ts';

export interface HeavyModels {
  content: ContentIndex;
  graph: CoCountGraph;
}

export interface ModelBuilder {
  /** The models over `products` (catalog order), or null when this builder cannot make them. */
  build(products: readonly Product[], signal?: AbortSignal): Promise<HeavyModels | null>;
}

/** Builds nothing off the page: `Models` builds in main-thread slices (Node, tests, the fallback). */
export const inPageBuilder: ModelBuilder = { build: () => Promise.resolve(null) };
