/**
 * The script a shop loads first (`dist/shop-guide.js`). It must stay tiny (budget: 20 KB gzip with Lit):
 * everything heavy — catalog parsing, search, recommendations, the model — is imported lazily from here.
 */
import { installTracking } from './history/track.ts';
export { ShopGuide } from './ui/shop-guide.ts';
export { ShopGuideRecommendations } from './ui/shop-guide-recommendations.ts';
export { track } from './history/track.ts';
export type { Product, Catalog, StoreInfo } from './catalog/types.ts';
export type { AnswerSummary, AnswerKind, AnswerOutcome } from './assistant/summary.ts';

// Host pages report cart and purchase events from the first moment (README, "Reporting events").
installTracking();
