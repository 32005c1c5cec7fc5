/**
 * Reads a shopper's history into what the recommender works with: weighted seed products (by event
 * type and recency), the current session's items in order, searches, and the sets to leave out
 * (purchased, dismissed) or play down (already seen). Plain data; no catalog access beyond ids.
 */
import { EVENT_WEIGHTS, SESSION_GAP_MS, isInterest, sinceProfileReset, type HistoryEventType, type ProductSnapshot } from '../history/schema.ts';
import type { RecEvent } from './types.ts';

const DAY = 86_400_000;

export interface Seed {
  /** Summed, decayed event weight. */
  w: number;
  /** The strongest way the shopper touched it. */
  kind: 'viewed' | 'carted';
  /** Newest event time. */
  last: number;
}

export interface HistoryContext {
  now: number;
  /** Catalog products the shopper showed interest in (since the last profile reset). */
  seeds: Map<number, Seed>;
  /** Products from the history that this catalog does not have (another page's product), with their facts. */
  external: { id: string; snapshot: ProductSnapshot; w: number }[];
  queries: { text: string; w: number }[];
  /** The current session's catalog items, oldest first (V-SKNN's input). */
  session: number[];
  /** Interest items per past session (the shopper's own item-kNN data), and items carted/bought per session. */
  sessions: number[][];
  baskets: number[][];
  purchased: Set<number>;
  dismissed: Set<number>;
  seen: Set<number>;
  carted: Set<number>;
  /** Seeds, heaviest first (filled by readHistory). */
  ranked: [number, Seed][];
}

export interface ContextOptions {
  eventWeights?: Partial<Record<string, number>>;
  halfLifeDays?: number;
  now?: number;
}

export function readHistory(events: readonly RecEvent[], index: ReadonlyMap<string, number>, options: ContextOptions = {}): HistoryContext {
  const weights: Record<string, number> = { ...EVENT_WEIGHTS, ...options.eventWeights };
  const halfLife = (options.halfLifeDays ?? 14) * DAY;
  let newest = 0;
  for (const e of events) if (typeof e.at === 'number' && e.at > newest) newest = e.at;
  const now = options.now ?? (newest || Date.now());
  const ctx: HistoryContext = {
    now,
    seeds: new Map(),
    external: [],
    queries: [],
    session: [],
    sessions: [],
    baskets: [],
    purchased: new Set(),
    dismissed: new Set(),
    seen: new Set(),
    carted: new Set(),
    ranked: [],
  };
  // Purchases and dismissals hold whatever the profile says; personal signals start after a reset.
  const start = events.length - sinceProfileReset(events).length;
  const ids = new Int32Array(events.length);
  for (let n = 0; n < events.length; n++) {
    const e = events[n]!;
    const i = e.productId === undefined ? undefined : index.get(e.productId);
    ids[n] = i ?? -1;
    if (i === undefined) continue;
    if (e.type === 'purchase') ctx.purchased.add(i);
    else if (e.type === 'dismiss') ctx.dismissed.add(i);
  }
  const external = new Map<string, { id: string; snapshot: ProductSnapshot; w: number }>();
  const bySession = new Map<string, { items: number[]; basket: number[] }>();
  let currentKey: string | null = null;
  let lastAt = -Infinity;
  let gapSession = 0;
  for (let n = start; n < events.length; n++) {
    const e = events[n]!;
    const type = e.type as HistoryEventType;
    const at = typeof e.at === 'number' ? e.at : now;
    // Events without a session id: a new session after 30 minutes of silence.
    if (at - lastAt > SESSION_GAP_MS) gapSession++;
    lastAt = Math.max(lastAt, at);
    const w = (weights[type] ?? 0) * Math.exp((-Math.LN2 * Math.max(0, now - at)) / halfLife);
    if (type === 'search' && e.query) {
      const q = e.query.trim().toLowerCase();
      const same = ctx.queries.find((x) => x.text.toLowerCase() === q);
      if (same) same.w += w;
      else ctx.queries.push({ text: e.query, w });
      continue;
    }
    if (!e.productId || !isInterest(type)) continue;
    const i = ids[n]!;
    if (i < 0) {
      if (e.product) {
        const x = external.get(e.productId) ?? { id: e.productId, snapshot: e.product, w: 0 };
        x.w += w;
        external.set(e.productId, x);
      }
      continue;
    }
    const carted = type === 'add-to-cart' || type === 'purchase';
    const seed = ctx.seeds.get(i);
    if (seed) {
      seed.w += w;
      seed.last = Math.max(seed.last, at);
      if (carted) seed.kind = 'carted';
    } else ctx.seeds.set(i, { w, kind: carted ? 'carted' : 'viewed', last: at });
    if (type === 'view' || type === 'click') ctx.seen.add(i);
    if (carted) ctx.carted.add(i);
    const key = e.session ?? `gap-${gapSession}`;
    let s = bySession.get(key);
    if (!s) bySession.set(key, (s = { items: [], basket: [] }));
    s.items.push(i);
    if (carted) s.basket.push(i);
    currentKey = key;
  }
  for (const s of bySession.values()) {
    ctx.sessions.push(s.items);
    if (s.basket.length > 1) ctx.baskets.push(s.basket);
  }
  // The current session: the one the newest interest event belongs to.
  ctx.session = currentKey === null ? [] : bySession.get(currentKey)!.items;
  ctx.external = [...external.values()];
  rank(ctx);
  return ctx;
}

/** Seeds any caller may ask for (the recommender uses at most 40). */
const RANKED = 64;

/** Ranks the heaviest seeds after a change (readHistory does it once). */
export function rank(ctx: HistoryContext): void {
  const better = (a: [number, Seed], b: [number, Seed]) => b[1].w - a[1].w || b[1].last - a[1].last || a[0] - b[0];
  // Keep a sorted top list: most seeds never get near it, so this beats sorting them all.
  const top: [number, Seed][] = [];
  for (const entry of ctx.seeds) {
    if (top.length === RANKED && better(entry, top[RANKED - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && better(entry, top[at - 1]!) < 0) at--;
    top.splice(at, 0, entry);
    if (top.length > RANKED) top.pop();
  }
  ctx.ranked = top;
}

/** The `n` heaviest seeds, heaviest first. */
export function topSeeds(ctx: HistoryContext, n: number): [number, Seed][] {
  return ctx.ranked.length > n ? ctx.ranked.slice(0, n) : ctx.ranked;
}
