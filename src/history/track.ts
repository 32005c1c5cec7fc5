/**
 * First-load (keep it tiny): how a host page reports what the shopper does before — and after — the
 * history code has loaded. Three equivalent ways, all ending in `track()`:
 *
 *   import { track } from './shop-guide.js'; track({ type: 'add-to-cart', productId: 'SKU-1' });
 *   document.dispatchEvent(new CustomEvent('shop-guide-track', { detail: { type: 'purchase', productId: 'SKU-1' } }));
 *   (window.shopGuideQueue ||= []).push(['track', { type: 'search', query: 'rain jacket' }]); // works before the script loads
 *
 * Each event is stamped with its time and a unique id and parked in localStorage (pending.ts) until the lazily loaded
 * history store has written it to IndexedDB, so an event reported just before the page unloads (a click
 * that navigates, a purchase on a thank-you page) is written on the next page instead of being lost.
 * Nothing is ever sent over the network. Validation happens in the lazy code (schema.ts).
 */
import type { RecordInput } from './schema.ts';
import { newEventId } from './ids.ts';
import { hasParked, park } from './pending.ts';
import { trackingOff } from './tracking-policy.ts';
import { whenIdle } from '../when-idle.ts';

export type TrackEvent = Omit<RecordInput, 'id' | 'at' | 'session'>;

let flushing: Promise<void> | null = null;
/** Whether track() parked an event after the running flush read what was parked. */
let parkedDuringFlush = false;

function scheduleFlush(): void {
  parkedDuringFlush = true;
  flushing ??= new Promise<void>((resolve) => whenIdle(resolve))
    .then(() => import('../runtime/services.ts'))
    .then((m) => {
      parkedDuringFlush = false;
      return m.flushPending(); // reads what is parked before it first waits
    })
    .then(
      () => {
        flushing = null;
        // Parked while the flush waited for IndexedDB and the catalog: nothing else would pick it up.
        // Only after a success, so a failing store is not retried endlessly.
        if (parkedDuringFlush) scheduleFlush();
      },
      (e) => {
        flushing = null;
        console.warn('[shop-guide] could not record an event', e);
      },
    );
}

/** Reports one shopper event (see README, "Reporting events"). Never throws. */
export function track(event: TrackEvent): void {
  try {
    if (!event || trackingOff()) return;
    park({ ...event, id: newEventId(), at: Date.now() });
    scheduleFlush();
  } catch (err) {
    console.warn('[shop-guide] track() ignored an event it could not read', err);
  }
}

type QueueItem = [string, ...unknown[]];
declare global {
  interface Window {
    /** Commands queued before the script loaded: `['track', event]`. */
    shopGuideQueue?: QueueItem[] | { push(item: QueueItem): number };
  }
}

function runCommand(item: unknown): void {
  if (Array.isArray(item) && item[0] === 'track') track(item[1] as TrackEvent);
}

/** Installs the document listener and drains `window.shopGuideQueue` (once per page). */
export function installTracking(win: Window = window): void {
  if ((win as { __shopGuideTracking?: boolean }).__shopGuideTracking) return;
  (win as { __shopGuideTracking?: boolean }).__shopGuideTracking = true;
  win.document.addEventListener('shop-guide-track', (e) => track((e as CustomEvent<TrackEvent>).detail));
  const queued = win.shopGuideQueue;
  if (Array.isArray(queued)) queued.forEach(runCommand);
  win.shopGuideQueue = { push: (item: QueueItem) => (runCommand(item), 0) };
  // Events parked by an earlier page that unloaded before writing them.
  if (hasParked()) scheduleFlush();
}
