import { define } from './define.ts';
import { ShopGuideRecommendations } from './shop-guide-recommendations.component.ts';

export { ShopGuideRecommendations };

define('shop-guide-recommendations', ShopGuideRecommendations);

declare global {
  interface HTMLElementTagNameMap {
    'shop-guide-recommendations': ShopGuideRecommendations;
  }
}
