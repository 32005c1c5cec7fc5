import { define } from './define.ts';
import { ShopGuide } from './shop-guide.component.ts';

export { ShopGuide };

define('shop-guide', ShopGuide);

declare global {
  interface HTMLElementTagNameMap {
    'shop-guide': ShopGuide;
  }
}
