/**
 * The cold-start fallback: what many shoppers want (the shop's co-counts and neighbour data point at it)
 * and what they rate well (a Bayesian average, so 5 stars from 2 reviews does not beat 4.7 from 900).
 */
import type { Product } from '../catalog/types.ts';
import { finish, type Steps } from './steps.ts';

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
    return finish(Popularity.builder(products, demand));
  }

  /** The same, step by step (yields every few thousand products). */
  static *builder(products: readonly Product[], demand: Float64Array): Steps<Popularity> {
    const n = products.length;
    const score = new Float32Array(n);
    const byRating = new Uint8Array(n);
    let sum = 0;
    let rated = 0;
    let maxCount = 0;
    // Per product: its rating scaled to 0–1 and its review count (0 when unrated).
    const value = new Float64Array(n);
    const count = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const r = products[i]!.rating;
      if (r && r.count > 0 && r.best > r.worst) {
        const v = (r.value - r.worst) / (r.best - r.worst);
        value[i] = v;
        count[i] = r.count;
        sum += v * r.count;
        rated += r.count;
        maxCount = Math.max(maxCount, r.count);
      }
      if (i % 5000 === 4999) yield;
    }
    const mean = rated ? sum / rated : 0.5;
    let maxDemand = 0;
    for (const d of demand) maxDemand = Math.max(maxDemand, d);
    const hasDemand = maxDemand > 0;
    for (let i = 0; i < n; i++) {
      const d = hasDemand ? Math.log1p(demand[i]!) / Math.log1p(maxDemand) : 0;
      const c = count[i]!;
      const q = c > 0 ? ((PRIOR_REVIEWS * mean + c * value[i]!) / (PRIOR_REVIEWS + c)) * (0.5 + (0.5 * Math.log1p(c)) / Math.log1p(maxCount)) : 0;
      const dPart = hasDemand ? 0.6 * d : 0;
      const qPart = hasDemand ? 0.4 * q : q;
      score[i] = dPart + qPart;
      byRating[i] = qPart > dPart ? 1 : 0;
      if (i % 5000 === 4999) yield;
    }
    yield;
    return new Popularity(score, byRating, yield* orderByScore(score));
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

/**
 * Indices of the products scoring above 0, highest score first, ties in catalog order, in steps: an
 * LSD radix sort, one 8-bit pass per step, on each score's float32 bits (a non-negative float's bits,
 * read as an integer, order like its value), inverted so the highest comes first. The passes are stable,
 * so ties keep catalog order. One native sort of 100k keys had been a 40 ms task on a slow machine.
 */
function* orderByScore(score: Float32Array): Steps<Uint32Array> {
  const bits = new Uint32Array(score.buffer, score.byteOffset, score.length);
  let scored = 0;
  for (let i = 0; i < score.length; i++) if (score[i]! > 0) scored++;
  let order = new Uint32Array(scored);
  let keys = new Uint32Array(scored);
  for (let i = 0, k = 0; i < score.length; i++) {
    if (!(score[i]! > 0)) continue;
    order[k] = i;
    keys[k++] = ~bits[i]! >>> 0;
  }
  let nextOrder = new Uint32Array(scored);
  let nextKeys = new Uint32Array(scored);
  const start = new Uint32Array(256);
  for (let shift = 0; shift < 32; shift += 8) {
    yield;
    start.fill(0);
    for (let k = 0; k < scored; k++) start[(keys[k]! >>> shift) & 255]!++;
    for (let b = 0, at = 0; b < 256; b++) {
      const c = start[b]!;
      start[b] = at;
      at += c;
    }
    for (let k = 0; k < scored; k++) {
      const at = start[(keys[k]! >>> shift) & 255]!++;
      nextKeys[at] = keys[k]!;
      nextOrder[at] = order[k]!;
    }
    [keys, nextKeys] = [nextKeys, keys];
    [order, nextOrder] = [nextOrder, order];
  }
  return order;
}
