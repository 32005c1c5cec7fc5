/**
 * Candidate scores per signal, in flat arrays reused from request to request (no allocation per
 * candidate: a 10k-product catalog and a long history stay within the time budget), and the blend:
 * every signal scaled to 0–1 by its best candidate, then weighted and summed.
 */
import { TopK } from './sparse.ts';
import type { BlendWeights, Signal } from './types.ts';

export const SIGNALS: readonly Signal[] = ['content', 'personal', 'coCounts', 'itemKnn', 'sessionKnn', 'sessionStan', 'sequentialRules', 'contextTree', 'embedding', 'reminder', 'userKnn', 'popularity'];
const S = SIGNALS.length;
const SIGNAL_INDEX = new Map(SIGNALS.map((s, i) => [s, i]));

export interface Scored {
  item: number;
  score: number;
  parts: Partial<Record<Signal, number>>;
}

/** One per recommender; `begin()` starts a request. Not reentrant (recommend() is synchronous). */
export class Candidates {
  private readonly raw: Float64Array;
  /** 0 = not seen this request, 1 = accepted, 2 = refused. */
  private readonly state: Uint8Array;
  private readonly seen: Int32Array;
  private nSeen = 0;
  private readonly accepted: Int32Array;
  private nItems = 0;
  private accept: (item: number) => boolean = () => true;

  constructor(size: number) {
    this.raw = new Float64Array(size * S);
    this.state = new Uint8Array(size);
    this.seen = new Int32Array(size);
    this.accepted = new Int32Array(size);
  }

  /** Accepted candidates so far, in the order they arrived (a view: items added later are not in it). */
  get items(): Int32Array {
    return this.accepted.subarray(0, this.nItems);
  }

  /** The same signal added for `item` by `emit(item, value)`: for models that report item by item. */
  sink(signal: Signal, scale = 1): (item: number, value: number) => void {
    const s = SIGNAL_INDEX.get(signal)!;
    return (item, value) => this.addAt(s, item, value * scale);
  }

  begin(accept: (item: number) => boolean): this {
    for (let n = 0; n < this.nSeen; n++) {
      const i = this.seen[n]!;
      this.state[i] = 0;
      this.raw.fill(0, i * S, i * S + S);
    }
    this.nSeen = 0;
    this.nItems = 0;
    this.accept = accept;
    return this;
  }

  add(signal: Signal, item: number, value: number): void {
    this.addAt(SIGNAL_INDEX.get(signal)!, item, value);
  }

  private addAt(signal: number, item: number, value: number): void {
    if (!(value > 0)) return;
    let st = this.state[item];
    if (st === 0) {
      st = this.state[item] = this.accept(item) ? 1 : 2;
      this.seen[this.nSeen++] = item;
      if (st === 1) this.accepted[this.nItems++] = item;
    }
    if (st === 1) this.raw[item * S + signal]! += value;
  }

  /** Adds a Map (item → value), a product's co-count links, or a list of [item, value] pairs; Maps and links are walked without allocating. */
  addAll(signal: Signal, scores: { forEach(fn: (value: number, item: number) => void): void } | readonly (readonly [number, number])[], scale = 1): void {
    if (Array.isArray(scores)) for (const pair of scores as readonly (readonly [number, number])[]) this.add(signal, pair[0], pair[1] * scale);
    else (scores as { forEach(fn: (value: number, item: number) => void): void }).forEach((v, item) => this.add(signal, item, v * scale));
  }

  get(signal: Signal, item: number): number {
    return this.state[item] === 1 ? this.raw[item * S + SIGNAL_INDEX.get(signal)!]! : 0;
  }

  /** Weighted sum of each signal scaled by its best candidate; `adjust` multiplies the total. The best `keep`, best first. */
  blend(weights: BlendWeights, keep: number, adjust?: (item: number) => number): Scored[] {
    const max = new Float64Array(S);
    const items = this.items;
    for (const item of items) for (let s = 0; s < S; s++) max[s] = Math.max(max[s]!, this.raw[item * S + s]!);
    const w = SIGNALS.map((s) => weights[s] ?? 0);
    // Only the front of the list can be shown: select it (no full sort), objects for those alone.
    const best = new TopK(keep);
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      let score = 0;
      for (let s = 0; s < S; s++) if (w[s] && max[s]) score += (w[s]! * this.raw[item * S + s]!) / max[s]!;
      if (adjust) score *= adjust(item);
      if (score > 0) best.push(item, score);
    }
    return best.result().map(([item, score]) => {
      const factor = adjust ? adjust(item) : 1;
      const parts: Partial<Record<Signal, number>> = {};
      for (let s = 0; s < S; s++) {
        const v = this.raw[item * S + s]!;
        if (w[s] && max[s] && v) parts[SIGNALS[s]!] = (factor * w[s]! * v) / max[s]!;
      }
      return { item, score, parts };
    });
  }
}
