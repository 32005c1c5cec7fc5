/**
 * The shop's own aggregated links between products, from the catalog: `alsoBought` and `relatedTo`
 * (complements: "bought together") and `alsoViewed` and `similarTo` (substitutes: "viewed together").
 * Counts are scaled per product (its strongest link = 1) and links are made two-way, since a shop
 * usually lists only each product's top few.
 */
import type { Product } from '../catalog/types.ts';
import { finish } from './steps.ts';

export type EdgeKind = 'bought' | 'viewed';

const NONE: ReadonlyMap<number, number> = new Map();

export class CoCountGraph {
  private constructor(
    // Only products with links have a map (most have none: 200k empty maps at 100k products were a GC storm).
    private readonly bought: (Map<number, number> | undefined)[],
    private readonly viewed: (Map<number, number> | undefined)[],
    /** Per product: the sum of co-counts pointing at it (a popularity proxy), 0 when the shop gives none. */
    readonly inbound: Float64Array,
  ) {}

  static build(products: readonly Product[], index: ReadonlyMap<string, number>): CoCountGraph {
    return finish(CoCountGraph.builder(products, index));
  }

  /** The same, step by step: yields every few hundred products (at 100k one pass took a 1.5 s task). */
  static *builder(products: readonly Product[], index: ReadonlyMap<string, number>): Generator<void, CoCountGraph> {
    const n = products.length;
    const bought = new Array<Map<number, number> | undefined>(n);
    const viewed = new Array<Map<number, number> | undefined>(n);
    const inbound = new Float64Array(n);
    const set = (g: (Map<number, number> | undefined)[], a: number, b: number, w: number) => {
      const m = (g[a] ??= new Map());
      m.set(b, Math.max(m.get(b) ?? 0, w));
    };
    const link = (g: (Map<number, number> | undefined)[], a: number, b: number, w: number) => {
      if (a === b) return;
      set(g, a, b, w);
      // The reverse direction is implied, a little weaker.
      set(g, b, a, w * 0.8);
    };
    const counted = (g: (Map<number, number> | undefined)[], a: number, list: readonly { id: string; count: number }[]) => {
      let max = 1;
      for (const c of list) if (Number.isFinite(c.count) && c.count > max) max = c.count;
      for (const c of list) {
        const b = index.get(c.id);
        if (b === undefined || !(c.count > 0)) continue;
        link(g, a, b, 0.2 + (0.8 * c.count) / max);
        inbound[b]! += c.count;
      }
    };
    for (let a = 0; a < n; a++) {
      const p = products[a]!;
      counted(bought, a, p.related.alsoBought);
      counted(viewed, a, p.related.alsoViewed);
      for (const id of p.related.relatedTo) {
        const b = index.get(id);
        if (b !== undefined) link(bought, a, b, 0.5);
      }
      for (const id of p.related.similarTo) {
        const b = index.get(id);
        if (b !== undefined) link(viewed, a, b, 0.6);
      }
      if (a % 500 === 499) yield;
    }
    return new CoCountGraph(bought, viewed, inbound);
  }

  neighbours(item: number, kind: EdgeKind): ReadonlyMap<number, number> {
    return (kind === 'bought' ? this.bought : this.viewed)[item] ?? NONE;
  }
}
