/**
 * The cold-start fallback: what many shoppers want (the shop's co-counts and neighbour data point at it)
 * and what they rate well (a Bayesian average, so 5 stars from 2 reviews does not beat 4.7 from 900).
 */
import type { Product } from '../catalog/types.ts';
import { filled } from '../arrays.ts';

/** Reviews a rating needs before it outweighs the catalog's mean. */
const PRIOR_REVIEWS = 20;

export class Popularity {
  private constructor(
    /** 0–1 per product. */
    readonly score: Float32Array,
    /** Per product: true when the rating, not demand, made most of the score. */
    readonly byRating: Uint8Array,
    /** Product indices, most popular first (products scoring 0 left out). */
    private readonly order: Uint32Array,
  ) {}

  /** `demand`: per product, how often the shop's data mentions it (co-counts, sessions, baskets). */
  static build(products: readonly Product[], demand: Float64Array): Popularity {
    const n = products.length;
    const score = new Float32Array(n);
    const byRating = new Uint8Array(n);
    let sum = 0;
    let rated = 0;
    let maxCount = 0;
    const norm = products.map((p) => {
      const r = p.rating;
      if (!r || !(r.count > 0) || !(r.best > r.worst)) return null;
      const v = (r.value - r.worst) / (r.best - r.worst);
      sum += v * r.count;
      rated += r.count;
      maxCount = Math.max(maxCount, r.count);
      return { v, count: r.count };
    });
    const mean = rated ? sum / rated : 0.5;
    let maxDemand = 0;
    for (const d of demand) maxDemand = Math.max(maxDemand, d);
    const hasDemand = maxDemand > 0;
    for (let i = 0; i < n; i++) {
      const d = hasDemand ? Math.log1p(demand[i]!) / Math.log1p(maxDemand) : 0;
      const r = norm[i];
      const q = r ? ((PRIOR_REVIEWS * mean + r.count * r.v) / (PRIOR_REVIEWS + r.count)) * (0.5 + (0.5 * Math.log1p(r.count)) / Math.log1p(maxCount)) : 0;
      const dPart = hasDemand ? 0.6 * d : 0;
      const qPart = hasDemand ? 0.4 * q : q;
      score[i] = dPart + qPart;
      byRating[i] = qPart > dPart ? 1 : 0;
    }
    const order = Uint32Array.from(
      filled(n, (i) => i)
        .filter((i) => score[i]! > 0)
        .sort((a, b) => score[b]! - score[a]! || a - b),
    );
    return new Popularity(score, byRating, order);
  }

  /** The `n` most popular products `accept` allows, best first. */
  top(n: number, accept: (item: number) => boolean): [number, number][] {
    const out: [number, number][] = [];
    for (let k = 0; k < this.order.length && out.length < n; k++) {
      const i = this.order[k]!;
      if (accept(i)) out.push([i, this.score[i]!]);
    }
    return out;
  }
}
