/**
 * Where `track()` parks events until the lazily loaded store has written them to IndexedDB (first-load
 * code: keep it tiny).
 *
 * One localStorage key per event (`shop-guide:pending:<id>`), written once and removed only after the
 * event is in IndexedDB. A single shared list was read-modified-written by every tab, and localStorage
 * has no cross-tab atomicity, so two tabs reporting within milliseconds overwrote each other's events.
 * With a key per event no write ever touches another tab's data; any tab may drain any key (a page that
 * unloaded leaves its events for the next one); a key drained by two tabs at once is harmless because
 * the store skips ids it already has. localStorage rather than Web Locks or IndexedDB because it is
 * synchronous: an event reported just before the page navigates away is on disk before it unloads.
 */
import { toJson } from '../safe-json.ts';

export const PENDING_PREFIX = 'shop-guide:pending:';
/** Before per-event keys: one shared list. Still drained, so an update loses nothing parked by the old code. */
export const LEGACY_PENDING_KEY = 'shop-guide:pending';

export interface ParkedEvent {
  id: string;
  at: number;
  [k: string]: unknown;
}

/** Events parked here when localStorage is blocked or full (this page's flush drains them). */
export const memoryPending: ParkedEvent[] = [];

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // sandboxed frames throw on reading it
  }
}

/** Parks one event: on disk when possible, else in memory. Never throws. */
export function park(event: ParkedEvent): void {
  try {
    const s = storage();
    if (!s) throw new Error('no localStorage');
    s.setItem(PENDING_PREFIX + event.id, toJson(event));
  } catch {
    memoryPending.push(event);
  }
}

/** The keys of parked events (the legacy list's key included when present). */
function parkedKeys(s: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k !== null && (k.startsWith(PENDING_PREFIX) || k === LEGACY_PENDING_KEY)) keys.push(k);
  }
  return keys;
}

export function hasParked(): boolean {
  const s = storage();
  try {
    return !!s && parkedKeys(s).length > 0;
  } catch {
    return false;
  }
}

export interface ParkedBatch {
  events: unknown[];
  /** Per-event keys read (removed by `release` once written). */
  keys: string[];
  /** Ids read from the legacy list. */
  legacyIds: Set<unknown>;
}

/** Everything parked on disk now; damaged entries are dropped (and removed with the rest). */
export function readParked(): ParkedBatch {
  const batch: ParkedBatch = { events: [], keys: [], legacyIds: new Set() };
  const s = storage();
  if (!s) return batch;
  try {
    for (const key of parkedKeys(s)) {
      let value: unknown;
      try {
        value = JSON.parse(s.getItem(key) ?? 'null');
      } catch {
        value = null;
      }
      if (key === LEGACY_PENDING_KEY) {
        // The old code on a Prototype.js page stored the list JSON-encoded twice.
        if (typeof value === 'string') value = JSON.parse(value);
        const list = Array.isArray(value) ? (value as { id?: unknown }[]) : [];
        for (const e of list) batch.legacyIds.add(e?.id);
        batch.events.push(...list);
      } else {
        batch.keys.push(key);
        if (value && typeof value === 'object') batch.events.push(value);
      }
    }
  } catch {
    /* storage went away mid-read: keep what was read */
  }
  // Key order is the browser's: write them in the order they happened.
  batch.events.sort((a, b) => ((a as { at?: number })?.at ?? 0) - ((b as { at?: number })?.at ?? 0));
  return batch;
}

/** Removes exactly what `readParked` returned (events parked since then stay). */
export function release(batch: ParkedBatch): void {
  const s = storage();
  if (!s) return;
  try {
    for (const key of batch.keys) s.removeItem(key);
    if (batch.legacyIds.size) {
      const raw = JSON.parse(s.getItem(LEGACY_PENDING_KEY) ?? '[]') as unknown;
      const rest = Array.isArray(raw) ? raw.filter((e: { id?: unknown }) => !batch.legacyIds.has(e?.id)) : [];
      if (rest.length) s.setItem(LEGACY_PENDING_KEY, toJson(rest));
      else s.removeItem(LEGACY_PENDING_KEY);
    }
  } catch {
    /* storage went away: the ids make a second write harmless */
  }
}

/** Drops every parked event ("clear my history"). */
export function clearParked(): void {
  memoryPending.length = 0;
  const s = storage();
  try {
    if (s) for (const key of parkedKeys(s)) s.removeItem(key);
  } catch {
    /* nothing parked */
  }
}
