/** Whether the page wants nothing recorded (first-load code: keep it tiny). */

/** `tracking="off"` on any shop-guide element, or the browser's Global Privacy Control signal. */
export function trackingOff(doc: Document = document): 'attribute' | 'gpc' | null {
  if (doc.querySelector('shop-guide[tracking="off" i],shop-guide-recommendations[tracking="off" i]')) return 'attribute';
  return (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true ? 'gpc' : null;
}
