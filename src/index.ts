/**
 * The script a shop loads first (`dist/shop-guide.js`). It must stay tiny (budget: 20 KB gzip with Lit):
 * everything heavy — catalog parsing, search, recommendations, the model — is imported lazily from here.
 */
export { ShopGuide } from './ui/shop-guide.ts';
export type { Product, Catalog, StoreInfo } from './catalog/types.ts';
