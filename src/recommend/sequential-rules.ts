/**
 * Sequential rules (SR; Ludewig & Jannach 2018, session-rec's algorithms/baselines/sr.py): item b
 * earns a rule a → b each time it follows a within `steps` clicks of a session, weighted by the
 * distance (`weighting`); each item keeps its `pruning` strongest rules. The next item is scored from
 * the last click's rules. Stored as CSR typed arrays.
 */
import type { PositionWeighting } from './session-neighbours.ts';

export interface SequentialRulesOptions {
  /** How many clicks back a rule reaches (default 10). */
  steps?: number;
  /** Weight by distance i (1 = the click right before): div 1/i, quadratic 1/i², … (default 'div'). */
  weighting?: PositionWeighting;
  /** Rules kept per item (default 20; 0 = all). */
  pruning?: number;
}

const WEIGHT: Record<PositionWeighting, (i: number) => number> = {
  linear: (i) => (i <= 100 ? 1 - 0.1 * i : 0),
  same: () => 1,
  div: (i) => 1 / i,
  log: (i) => 1 / Math.log10(i + 1.7),
  quadratic: (i) => 1 / (i * i),
};

export class SequentialRules {
  private readonly off: Uint32Array;
  private readonly to: Uint32Array;
  private readonly w: Float32Array;

  /** `sessions`: item indices in click order. */
  constructor(sessions: Iterable<readonly number[]>, options: SequentialRulesOptions = {}) {
    const steps = options.steps ?? 10;
    const pruning = options.pruning ?? 20;
    const weight = WEIGHT[options.weighting ?? 'div'];
    // Rules in first-seen order per item, as the reference's dicts keep them (its pruning breaks ties that way).
    const rules = new Map<number, Map<number, number>>();
    let nItems = 0;
    for (const s of sessions) {
      for (let p = 0; p < s.length; p++) {
        const item = s[p]!;
        if (item + 1 > nItems) nItems = item + 1;
        for (let i = 1; i <= Math.min(steps, p); i++) {
          const prev = s[p - i]!;
          let row = rules.get(prev);
          if (!row) rules.set(prev, (row = new Map()));
          row.set(item, (row.get(item) ?? 0) + weight(i));
        }
      }
    }
    this.off = new Uint32Array(nItems + 1);
    const kept = new Map<number, [number, number][]>();
    let total = 0;
    for (const [a, row] of rules) {
      let list = [...row.entries()];
      // A stable sort: equal weights keep first-seen order (Counter.most_common).
      if (pruning > 0) list = list.map((e, n) => [e, n] as const).sort((x, y) => y[0][1] - x[0][1] || x[1] - y[1]).slice(0, pruning).map(([e]) => e);
      kept.set(a, list);
      total += list.length;
    }
    this.to = new Uint32Array(total);
    this.w = new Float32Array(total);
    let at = 0;
    for (let a = 0; a < nItems; a++) {
      this.off[a] = at;
      for (const [b, v] of kept.get(a) ?? []) {
        this.to[at] = b;
        this.w[at++] = v;
      }
    }
    this.off[nItems] = at;
  }

  get bytes(): number {
    return this.off.byteLength + this.to.byteLength + this.w.byteLength;
  }

  /** The rules of `last` (the latest click) to `emit`, or as a Map. */
  score(last: number, emit?: (item: number, value: number) => void): Map<number, number> {
    const out = new Map<number, number>();
    const report = emit ?? ((item: number, v: number) => void out.set(item, v));
    if (!(last >= 0 && last < this.off.length - 1)) return out;
    for (let x = this.off[last]!; x < this.off[last + 1]!; x++) report(this.to[x]!, this.w[x]!);
    return out;
  }
}
