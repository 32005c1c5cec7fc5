/**
 * Public DOM events. All bubble and are composed, so a host page can listen on `document`.
 * Detail shapes are part of the public API (README, "Events").
 */
export interface ShopGuideEventMap {
  'shop-guide-open': CustomEvent<Record<string, never>>;
  'shop-guide-close': CustomEvent<Record<string, never>>;
  /** A product card's "Add to cart" (cancelable: the host page decides what happens). */
  'shop-guide-add-to-cart': CustomEvent<{ productId: string; source: string }>;
  /** A product card's "View" link (cancelable: preventDefault keeps the browser from navigating). */
  'shop-guide-product-view': CustomEvent<{ productId: string; source: string; url: string }>;
  /** The shopper dismissed a recommendation ("Not interested"). */
  'shop-guide-dismiss': CustomEvent<{ productId: string; source: string }>;
  /** The host page reports a shopper event (see README, "Reporting events"); listened for on `document`. */
  'shop-guide-track': CustomEvent<{ type: string; productId?: string; query?: string; [k: string]: unknown }>;
  /** History storage fell back to memory for this page (fired once, on `document`). */
  'shop-guide-storage-notice': CustomEvent<{ mode: 'memory'; reason: string }>;
  /** A `<shop-guide-recommendations>` showed products. */
  'shop-guide-recommendations-render': CustomEvent<{ mode: string; productIds: string[] }>;
}

export function emit<K extends keyof ShopGuideEventMap>(
  target: EventTarget,
  name: K,
  detail: ShopGuideEventMap[K] extends CustomEvent<infer D> ? D : never,
  init: { cancelable?: boolean } = {},
): boolean {
  const event = new CustomEvent(name, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: init.cancelable ?? false,
  });
  return target.dispatchEvent(event);
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends ShopGuideEventMap {}
}
