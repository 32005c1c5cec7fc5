/**
 * The shopper's local profile, derived from their history (never stored on its own, never sent):
 * the categories, brands, price band and attributes they keep coming back to. Each event counts by
 * its type (a purchase more than a view, a dismissal against) and fades with age. Events before the
 * newest `profile-reset` marker do not count, which is how "reset my profile" works without deleting
 * the history itself.
 */
import { EVENT_WEIGHTS, isInterest, sinceProfileReset, type HistoryEvent, type ProductSnapshot } from './schema.ts';

export interface ProfileEntry {
  name: string;
  /** Share of the positive signal, 0–1. */
  weight: number;
}

export interface UserProfile {
  /** Leaf category name with its path, strongest first. */
  categories: (ProfileEntry & { path: string[] })[];
  brands: ProfileEntry[];
  /** The middle half of the prices the shopper looked at, in the currency they saw most. */
  priceBand: { min: number; max: number; currency: string } | null;
  /** Non-numeric attributes (colour, material, waterproof…). */
  attributes: (ProfileEntry & { key: string; value: string })[];
  /** Recent searches, newest first. */
  searches: string[];
  /** How many events the profile is based on. */
  basedOn: number;
  /** When the shopper last reset it. */
  resetAt: number | null;
}

export interface ProfileOptions {
  /** Product facts for events recorded without a snapshot (the page's catalog). */
  lookup?: (productId: string) => ProductSnapshot | undefined;
  halfLifeDays?: number;
  now?: number;
  weights?: Partial<Record<HistoryEvent['type'], number>>;
}

const DAY = 86_400_000;

/** "250 g", "10 mm", "15 inch", "2": a measurement describes a product, not a taste ("3-season" is a taste). */
function isMeasurement(value: string): boolean {
  return /^[\d.,\s/x×-]+\s*\p{L}{0,5}\.?$/u.test(value.trim());
}

class Tally {
  private map = new Map<string, { w: number; extra?: unknown }>();
  add(key: string, w: number, extra?: unknown) {
    const cur = this.map.get(key);
    if (cur) cur.w += w;
    else this.map.set(key, { w, extra });
  }
  top(n: number): { key: string; weight: number; extra?: unknown }[] {
    const pos = [...this.map.entries()].filter(([, v]) => v.w > 0);
    const total = pos.reduce((s, [, v]) => s + v.w, 0);
    return pos
      .sort((a, b) => b[1].w - a[1].w)
      .slice(0, n)
      .map(([key, v]) => ({ key, weight: Math.round((v.w / total) * 1000) / 1000, extra: v.extra }));
  }
}

function weightedQuantile(values: { v: number; w: number }[], q: number): number {
  const sorted = [...values].sort((a, b) => a.v - b.v);
  const total = sorted.reduce((s, x) => s + x.w, 0);
  let acc = 0;
  for (const x of sorted) {
    acc += x.w;
    if (acc >= q * total) return x.v;
  }
  return sorted[sorted.length - 1]!.v;
}

export function buildProfile(all: readonly HistoryEvent[], options: ProfileOptions = {}): UserProfile {
  const events = sinceProfileReset(all);
  const resetAt = events.length < all.length ? (all[all.length - events.length - 1]?.at ?? null) : null;
  const now = options.now ?? Date.now();
  const halfLife = (options.halfLifeDays ?? 30) * DAY;
  const weights = { ...EVENT_WEIGHTS, ...options.weights };
  const categories = new Tally();
  const brands = new Tally();
  const attributes = new Tally();
  const prices = new Map<string, { v: number; w: number }[]>();
  const searches: string[] = [];
  let basedOn = 0;

  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'search' && e.query) {
      basedOn++;
      if (!searches.includes(e.query) && searches.length < 5) searches.push(e.query);
      continue;
    }
    if (!e.productId || (!isInterest(e.type) && e.type !== 'dismiss')) continue;
    const p = e.product ?? options.lookup?.(e.productId);
    if (!p) continue;
    basedOn++;
    const w = weights[e.type] * Math.pow(0.5, Math.max(0, now - e.at) / halfLife);
    const cats = p.categories ?? [];
    if (cats.length) categories.add(cats.join(' › '), w, cats);
    if (p.brand) brands.add(p.brand, w);
    for (const [key, value] of Object.entries(p.attributes ?? {})) {
      // Numbers (weights, sizes) describe a product, not a taste.
      if (!isMeasurement(value) && value.length <= 30) attributes.add(`${key}\u0000${value}`, w);
    }
    if (w > 0 && p.price !== undefined && p.currency) {
      const list = prices.get(p.currency) ?? [];
      list.push({ v: p.price, w });
      prices.set(p.currency, list);
    }
  }

  let priceBand: UserProfile['priceBand'] = null;
  const [currency, list] = [...prices.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (currency && list?.length) {
    priceBand = { min: weightedQuantile(list, 0.25), max: weightedQuantile(list, 0.75), currency };
  }

  return {
    categories: categories.top(5).map((c) => {
      const path = c.extra as string[];
      return { name: path[path.length - 1]!, path, weight: c.weight };
    }),
    brands: brands.top(5).map((b) => ({ name: b.key, weight: b.weight })),
    priceBand,
    attributes: attributes.top(8).map((a) => {
      const [key, value] = a.key.split('\u0000') as [string, string];
      return { name: `${key}: ${value}`, key, value, weight: a.weight };
    }),
    searches,
    basedOn,
    resetAt,
  };
}
