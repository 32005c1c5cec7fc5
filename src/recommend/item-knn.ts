/**
 * Session-based item-kNN (the classic baseline of Hidasi et al.): two items are similar when they
 * appear in the same sessions, sim(i, j) = co(i, j) / (n_i^α · n_j^(1−α) + λ), where n is the number
 * of sessions an item appears in. λ damps items seen only a few times. Only the `k` nearest
 * neighbours of each item are kept.
 */

export interface ItemKnnOptions {
  k?: number;
  /** Shrinkage λ (default 20 for shop-wide logs; use ~1 for one shopper's own history). */
  lambda?: number;
  alpha?: number;
  /** Longest session (distinct items) counted; longer ones keep their newest items. */
  maxSessionLength?: number;
}

export class ItemKnn {
  private constructor(
    private readonly nbIds: (Uint32Array | undefined)[],
    private readonly nbW: (Float32Array | undefined)[],
  ) {}

  /** `sessions`: item indices in click order. */
  static build(sessions: Iterable<readonly number[]>, options: ItemKnnOptions = {}): ItemKnn {
    const steps = ItemKnn.builder(sessions, options);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  }

  /** The same build, yielding every few hundred sessions / items so a caller can time-slice it. */
  static *builder(sessions: Iterable<readonly number[]>, options: ItemKnnOptions = {}): Generator<void, ItemKnn> {
    const k = options.k ?? 100;
    const lambda = options.lambda ?? 20;
    const alpha = options.alpha ?? 0.5;
    const maxLen = options.maxSessionLength ?? 50;
    const count = new Map<number, number>();
    const co = new Map<number, Map<number, number>>();
    let n = 0;
    for (const session of sessions) {
      const items = [...new Set(session)].slice(-maxLen);
      for (const i of items) count.set(i, (count.get(i) ?? 0) + 1);
      if (items.length > 1) {
        for (const a of items) {
          let row = co.get(a);
          if (!row) co.set(a, (row = new Map()));
          for (const b of items) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
        }
      }
      if (++n % 200 === 0) yield;
    }
    const nbIds: (Uint32Array | undefined)[] = [];
    const nbW: (Float32Array | undefined)[] = [];
    n = 0;
    for (const [a, row] of co) {
      const na = count.get(a)!;
      const scored: [number, number][] = [];
      row.forEach((c, b) => scored.push([b, c / (Math.pow(na, alpha) * Math.pow(count.get(b)!, 1 - alpha) + lambda)]));
      scored.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
      const top = scored.length > k ? scored.slice(0, k) : scored;
      nbIds[a] = Uint32Array.from(top, (t) => t[0]);
      nbW[a] = Float32Array.from(top, (t) => t[1]);
      if (++n % 300 === 0) yield;
    }
    return new ItemKnn(nbIds, nbW);
  }

  /** Calls `visit` for each neighbour of `item`, most similar first. */
  forEachNeighbour(item: number, visit: (neighbour: number, sim: number) => void): void {
    const ids = this.nbIds[item];
    const w = this.nbW[item];
    if (!ids || !w) return;
    for (let i = 0; i < ids.length; i++) visit(ids[i]!, w[i]!);
  }

  /** sim(a, b) when b is among a's kept neighbours, else 0. */
  similarity(a: number, b: number): number {
    const ids = this.nbIds[a];
    if (!ids) return 0;
    const i = ids.indexOf(b);
    return i < 0 ? 0 : this.nbW[a]![i]!;
  }

  /** Σ over seeds of weight · sim(seed, item), summed into `emit` (or a new Map). */
  score(seeds: ReadonlyMap<number, number>, emit?: (item: number, value: number) => void): Map<number, number> {
    const out = new Map<number, number>();
    const add = emit ?? ((item: number, v: number) => out.set(item, (out.get(item) ?? 0) + v));
    seeds.forEach((weight, seed) => {
      const ids = this.nbIds[seed];
      const w = this.nbW[seed];
      if (!ids || !w) return;
      for (let i = 0; i < ids.length; i++) add(ids[i]!, weight * w[i]!);
    });
    return out;
  }
}
