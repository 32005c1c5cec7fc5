/**
 * Registers `<shop-guide-model-status>`. Imported by the lazy model entry (src/llm/index.ts), never by
 * the first-load script.
 */
import { define } from './define.ts';
import { ShopGuideModelStatus } from './model-status.component.ts';

export { ShopGuideModelStatus };

define('shop-guide-model-status', ShopGuideModelStatus);

declare global {
  interface HTMLElementTagNameMap {
    'shop-guide-model-status': ShopGuideModelStatus;
  }
}
