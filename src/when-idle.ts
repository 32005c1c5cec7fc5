/**
 * Runs `fn` when the host page is idle (at the latest after `timeout` ms), so our background work
 * never competes with the shop's own. Browsers without requestIdleCallback (Safari) wait `fallbackMs`.
 */
export function whenIdle(fn: () => void, timeout = 2000, fallbackMs = 200): unknown {
  return 'requestIdleCallback' in globalThis ? requestIdleCallback(fn, { timeout }) : setTimeout(fn, Math.min(timeout, fallbackMs));
}
