/**
 * A synthetic, seeded browsing log for the demo shop: shoppers with a taste (a category they came for, a
 * price level, sometimes a favourite brand and colour) browse in sessions, moving along the shop's
 * "also viewed" links, back to their category, to complements, or back to something seen before; some
 * sessions end in an order. Used by the recommender's tests and offline evaluation, and to write the
 * demo shop's anonymised neighbour data (export-sessions.ts). Plain TS: runs in Node and the browser.
 */
import type { DemoProduct } from './products.ts';
import { Random } from './random.ts';

export interface SyntheticSession {
  id: string;
  /** The (anonymous) shopper the session belongs to. */
  shopper: number;
  items: string[];
  /** ms since the epoch, one per item. */
  times: number[];
  /** What the session ended up buying (may be empty). */
  bought: string[];
}

export interface SyntheticOptions {
  seed?: number;
  shoppers?: number;
  /** Days the log spans; sessions start uniformly across them. */
  days?: number;
  /** First day, ms. */
  start?: number;
}

const DAY = 86_400_000;

export function generateSessions(products: readonly DemoProduct[], options: SyntheticOptions = {}): SyntheticSession[] {
  const rnd = new Random(options.seed ?? 7);
  const shoppers = options.shoppers ?? 2000;
  const days = options.days ?? 30;
  const start = options.start ?? Date.UTC(2026, 9, 1);
  const byId = new Map(products.map((p) => [p.id, p]));
  const byCategory = new Map<string, DemoProduct[]>();
  for (const p of products) byCategory.set(p.category.key, [...(byCategory.get(p.category.key) ?? []), p]);
  const categories = [...byCategory.keys()];
  // Some categories draw more shoppers than others.
  const categoryWeight = new Map(categories.map((c) => [c, 0.4 + rnd.next() * 1.6]));
  const popularity = new Map(products.map((p) => [p.id, Math.log1p(p.rating?.count ?? 1) * (p.availability === 'OutOfStock' ? 0.3 : 1)]));

  const weighted = <T>(items: readonly T[], weight: (t: T) => number): T => {
    const ws = items.map(weight);
    let r = rnd.next() * ws.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i++) if ((r -= ws[i]!) <= 0) return items[i]!;
    return items[items.length - 1]!;
  };

  const sessions: SyntheticSession[] = [];
  for (let u = 0; u < shoppers; u++) {
    const home = weighted(categories, (c) => categoryWeight.get(c)!);
    const peers = byCategory.get(home)!;
    const priceLevel = rnd.next(); // 0 = cheapest of the category, 1 = dearest
    const brand = rnd.chance(0.5) ? rnd.pick(peers).brand : null;
    const color = rnd.chance(0.4) ? rnd.pick(peers).color : null;
    const rankOf = (p: DemoProduct) => {
      const list = byCategory.get(p.category.key)!.map((q) => q.priceUsd).sort((a, b) => a - b);
      return list.indexOf(p.priceUsd) / Math.max(1, list.length - 1);
    };
    const taste = (p: DemoProduct) =>
      popularity.get(p.id)! *
      Math.exp(-Math.pow((rankOf(p) - priceLevel) * 3, 2)) *
      (brand && p.brand === brand ? 3 : 1) *
      (color && p.color === color ? 2 : 1);

    const visits = 1 + Math.floor(-Math.log(1 - rnd.next()) * 1.2);
    for (let v = 0; v < visits; v++) {
      const length = Math.max(1, Math.min(25, Math.round(-Math.log(1 - rnd.next()) * 5)));
      const items: string[] = [];
      let current = weighted(peers, taste);
      let intent = peers;
      for (let i = 0; i < length; i++) {
        items.push(current.id);
        const r = rnd.next();
        if (r < 0.45 && current.alsoViewed.length) {
          current = byId.get(weighted(current.alsoViewed, (c) => c.count).id) ?? current;
        } else if (r < 0.7) {
          current = weighted(intent, taste);
        } else if (r < 0.8 && items.length > 1) {
          current = byId.get(rnd.pick(items))!;
        } else if (r < 0.92 && current.alsoBought.length) {
          current = byId.get(weighted(current.alsoBought, (c) => c.count).id) ?? current;
          intent = byCategory.get(current.category.key)!;
        } else {
          current = weighted(products, (p) => popularity.get(p.id)!);
        }
      }
      const bought: string[] = [];
      if (rnd.chance(0.25)) {
        const last = byId.get(items[items.length - 1]!)!;
        bought.push(last.id);
        if (last.alsoBought.length && rnd.chance(0.5)) bought.push(weighted(last.alsoBought, (c) => c.count).id);
      }
      const t0 = start + Math.floor(rnd.next() * days * DAY);
      let t = t0;
      const times = items.map(() => (t += 20_000 + Math.floor(rnd.next() * 100_000)));
      sessions.push({ id: `s${sessions.length + 1}`, shopper: u, items, times, bought });
    }
  }
  return sessions.sort((a, b) => a.times[0]! - b.times[0]!);
}

/**
 * What the shop publishes as neighbour data (README, "Neighbour data"): no shopper ids, no times, only
 * products seen in at least `minCount` sessions, the newest `maxSessions` sessions.
 */
export function neighbourExport(sessions: readonly SyntheticSession[], options: { minCount?: number; maxSessions?: number } = {}) {
  const minCount = options.minCount ?? 3;
  const recent = sessions.slice(-(options.maxSessions ?? 5000));
  const count = new Map<string, number>();
  for (const s of recent) for (const i of new Set(s.items)) count.set(i, (count.get(i) ?? 0) + 1);
  const keep = (ids: string[]) => ids.filter((i) => (count.get(i) ?? 0) >= minCount);
  const profiles = new Map<number, Record<string, number>>();
  for (const s of recent) {
    const p = profiles.get(s.shopper) ?? {};
    for (const i of keep(s.items)) p[i] = (p[i] ?? 0) + 1;
    for (const i of keep(s.bought)) p[i] = (p[i] ?? 0) + 3;
    profiles.set(s.shopper, p);
  }
  return {
    format: 'shop-guide-neighbours' as const,
    version: 1 as const,
    sessions: recent.map((s) => keep(s.items)).filter((s) => s.length > 0),
    baskets: recent.map((s) => keep(s.bought)).filter((b) => b.length > 1),
    // Shuffled by sorting on content, so the order says nothing about who or when.
    profiles: [...profiles.values()].filter((p) => Object.keys(p).length > 1).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}
