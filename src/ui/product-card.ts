import { define } from './define.ts';
import { ProductCard } from './product-card.component.ts';

export { ProductCard };

define('shop-guide-product-card', ProductCard);

declare global {
  interface HTMLElementTagNameMap {
    'shop-guide-product-card': ProductCard;
  }
}
