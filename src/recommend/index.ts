/**
 * Client-side recommendations (plain TypeScript: runs in the browser and under Node for the offline
 * evaluation). See recommender.ts for how the modes work.
 */
export { createRecommender, type Recommender } from './recommender.ts';
export { parseNeighbourData } from './neighbours.ts';
export { workerModelBuilder } from './worker-model-builder.ts';
export { MODEL_DB } from './model-cache.ts';
export type { ModelBuilder } from './model-builder.ts';
export type {
  BlendWeights,
  NeighbourData,
  RecEvent,
  Recommendation,
  RecommendationReason,
  RecommendMode,
  RecommendRequest,
  RecommenderOptions,
  Signal,
} from './types.ts';
