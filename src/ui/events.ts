/**
 * Public DOM events. All bubble and are composed, so a host page can listen on `document`.
 * Detail shapes are part of the public API (README, "Events").
 */
export interface ShopGuideEventMap {
  'shop-guide-open': CustomEvent<Record<string, never>>;
  'shop-guide-close': CustomEvent<Record<string, never>>;
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
