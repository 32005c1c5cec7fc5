/**
 * The shop's own aggregated links between products, from the catalog: `alsoBought` and `relatedTo`
 * (complements: "bought together") and `alsoViewed` and `similarTo` (substitutes: "viewed together").
 * Counts are scaled per product (its strongest link = 1) and links are made two-way, since a shop
 * usually lists only each product's top few.
 */
import type { Product } from '../catalog/types.ts';
import { filled } from '../arrays.ts';

export type EdgeKind = 'bought' | 'viewed';

export class CoCountGraph {
  private constructor(
    private readonly bought: Map<number, number>[],
    private readonly viewed: Map<number, number>[],
    /** Per product: the sum of co-counts pointing at it (a popularity proxy), 0 when the shop gives none. */
    readonly inbound: Float64Array,
  ) {}

  static build(products: readonly Product[], index: ReadonlyMap<string, number>): CoCountGraph {
    const n = products.length;
    const bought = filled(n, () => new Map<number, number>());
    const viewed = filled(n, () => new Map<number, number>());
    const inbound = new Float64Array(n);
    const link = (g: Map<number, number>[], a: number, b: number, w: number) => {
      if (a === b) return;
      g[a]!.set(b, Math.max(g[a]!.get(b) ?? 0, w));
      // The reverse direction is implied, a little weaker.
      g[b]!.set(a, Math.max(g[b]!.get(a) ?? 0, w * 0.8));
    };
    products.forEach((p, a) => {
      const counted = (g: Map<number, number>[], list: readonly { id: string; count: number }[]) => {
        const max = Math.max(1, ...list.map((c) => (Number.isFinite(c.count) ? c.count : 0)));
        for (const c of list) {
          const b = index.get(c.id);
          if (b === undefined || !(c.count > 0)) continue;
          link(g, a, b, 0.2 + (0.8 * c.count) / max);
          inbound[b]! += c.count;
        }
      };
      counted(bought, p.related.alsoBought);
      counted(viewed, p.related.alsoViewed);
      for (const id of p.related.relatedTo) {
        const b = index.get(id);
        if (b !== undefined) link(bought, a, b, 0.5);
      }
      for (const id of p.related.similarTo) {
        const b = index.get(id);
        if (b !== undefined) link(viewed, a, b, 0.6);
      }
    });
    return new CoCountGraph(bought, viewed, inbound);
  }

  neighbours(item: number, kind: EdgeKind): ReadonlyMap<number, number> {
    return (kind === 'bought' ? this.bought : this.viewed)[item]!;
  }
}
