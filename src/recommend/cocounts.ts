/**
 * The shop's own aggregated links between products, from the catalog: `alsoBought` and `relatedTo`
 * (complements: "bought together") and `alsoViewed` and `similarTo` (substitutes: "viewed together").
 * Counts are scaled per product (its strongest link = 1) and links are made two-way, since a shop
 * usually lists only each product's top few.
 *
 * Stored as one compressed row per kind (offsets, targets, weights in typed arrays): a Map per linked
 * product held ~90 MB of JS heap at 100k products, which the page's garbage collector walked on every
 * full collection. A row keeps the order its links were first seen in (what a Map's iteration gave).
 * A link's weight is a code into a table of the row kind's distinct weights (a shop's counts scaled per
 * product: a few thousand in the demo shop), one or two bytes instead of a Float64: exact, and 12 → 6
 * bytes a link.
 */
import type { Product } from '../catalog/types.ts';
import { grown } from '../arrays.ts';
import { finish } from './steps.ts';
import { bytesOf, narrowed, Palette, type Codes } from './palette.ts';

export type EdgeKind = 'bought' | 'viewed';

/** One product's links of one kind: the read-only Map operations the recommender uses. */
export class Links implements Iterable<[number, number]> {
  constructor(
    private readonly targets: Uint32Array,
    private readonly codes: Codes,
    private readonly table: Float64Array,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get size(): number {
    return this.end - this.start;
  }

  get(item: number): number | undefined {
    const t = this.targets;
    for (let k = this.start; k < this.end; k++) if (t[k] === item) return this.table[this.codes[k]!];
    return undefined;
  }

  has(item: number): boolean {
    return this.get(item) !== undefined;
  }

  /** Map.forEach's argument order: (weight, item). */
  forEach(fn: (weight: number, item: number) => void): void {
    for (let k = this.start; k < this.end; k++) fn(this.table[this.codes[k]!]!, this.targets[k]!);
  }

  *[Symbol.iterator](): Iterator<[number, number]> {
    for (let k = this.start; k < this.end; k++) yield [this.targets[k]!, this.table[this.codes[k]!]!];
  }
}

/** Links as they are made (insertion order, duplicates kept), in growable typed arrays. */
class EdgeList {
  from = new Uint32Array(1024);
  to = new Uint32Array(1024);
  w = new Float64Array(1024);
  length = 0;

  push(a: number, b: number, w: number): void {
    if (this.length === this.from.length) {
      this.from = grown(this.from, this.length + 1);
      this.to = grown(this.to, this.length + 1);
      this.w = grown(this.w, this.length + 1);
    }
    this.from[this.length] = a;
    this.to[this.length] = b;
    this.w[this.length++] = w;
  }
}

/**
 * Rows of one kind of link: row `a` is targets/codes[offsets[a] .. offsets[a + 1]); a link's weight is
 * table[code]. Plain typed arrays, so a worker can hand them over.
 */
export interface Rows {
  offsets: Uint32Array;
  targets: Uint32Array;
  codes: Codes;
  table: Float64Array;
}

const EDGES_PER_STEP = 20_000;

/**
 * Groups the edges by product (a stable counting sort keeps each row in insertion order), then merges
 * repeated links of a row into their first place with the largest weight — what `Map.set(b, max)` did.
 */
function* rowsOf(edges: EdgeList, n: number): Generator<void, Rows> {
  const m = edges.length;
  const start = new Uint32Array(n + 1);
  for (let e = 0; e < m; e++) start[edges.from[e]! + 1]!++;
  for (let a = 0; a < n; a++) start[a + 1]! += start[a]!;
  yield;
  const fill = start.slice(0, n);
  const to = new Uint32Array(m);
  const w = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const k = fill[edges.from[e]!]!++;
    to[k] = edges.to[e]!;
    w[k] = edges.w[e]!;
    if (e % EDGES_PER_STEP === EDGES_PER_STEP - 1) yield;
  }
  yield;
  // Dedupe in place: `seenIn[b] - 1` is the row that last saw b, `at[b]` where its link went.
  const seenIn = new Uint32Array(n);
  const at = new Uint32Array(n);
  const offsets = new Uint32Array(n + 1);
  let out = 0;
  let work = 0;
  for (let a = 0; a < n; a++) {
    offsets[a] = out;
    for (let k = start[a]!; k < start[a + 1]!; k++) {
      const b = to[k]!;
      if (seenIn[b] === a + 1) {
        const j = at[b]!;
        if (w[k]! > w[j]!) w[j] = w[k]!;
      } else {
        seenIn[b] = a + 1;
        at[b] = out;
        to[out] = b;
        w[out++] = Math.max(0, w[k]!);
      }
    }
    work += start[a + 1]! - start[a]! + 1;
    if (work >= EDGES_PER_STEP) {
      work = 0;
      yield;
    }
  }
  offsets[n] = out;
  yield;
  // Weights → codes into the table of the distinct weights.
  const palette = new Palette();
  const wide = new Uint32Array(out);
  for (let k = 0; k < out; k++) {
    wide[k] = palette.code(w[k]!);
    if (k % EDGES_PER_STEP === EDGES_PER_STEP - 1) yield;
  }
  return { offsets, targets: to.slice(0, out), codes: narrowed(wide), table: palette.table() };
}

/** The graph's storage: typed arrays only, so a worker can hand them over. */
export interface CoCountParts {
  bought: Rows;
  viewed: Rows;
  /** Per product: the sum of co-counts pointing at it (a popularity proxy), 0 when the shop gives none. */
  inbound: Float64Array;
}

export class CoCountGraph {
  private readonly bought: Rows;
  private readonly viewed: Rows;
  readonly inbound: Float64Array;

  private constructor(readonly parts: CoCountParts) {
    ({ bought: this.bought, viewed: this.viewed, inbound: this.inbound } = parts);
  }

  /** A graph from parts another graph gave (`parts`), e.g. built in a worker. */
  static from(parts: CoCountParts): CoCountGraph {
    return new CoCountGraph(parts);
  }

  static build(products: readonly Product[], index: ReadonlyMap<string, number>): CoCountGraph {
    return finish(CoCountGraph.builder(products, index));
  }

  /** The same, step by step: yields every few hundred products (at 100k one pass took a 1.5 s task). */
  static *builder(products: readonly Product[], index: ReadonlyMap<string, number>): Generator<void, CoCountGraph> {
    const n = products.length;
    const bought = new EdgeList();
    const viewed = new EdgeList();
    const inbound = new Float64Array(n);
    const link = (g: EdgeList, a: number, b: number, w: number) => {
      if (a === b) return;
      g.push(a, b, w);
      // The reverse direction is implied, a little weaker.
      g.push(b, a, w * 0.8);
    };
    const counted = (g: EdgeList, a: number, list: readonly { id: string; count: number }[]) => {
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
    const boughtRows = yield* rowsOf(bought, n);
    const viewedRows = yield* rowsOf(viewed, n);
    return new CoCountGraph({ bought: boughtRows, viewed: viewedRows, inbound });
  }

  neighbours(item: number, kind: EdgeKind): Links {
    const r = kind === 'bought' ? this.bought : this.viewed;
    return new Links(r.targets, r.codes, r.table, r.offsets[item] ?? 0, r.offsets[item + 1] ?? 0);
  }

  /** Bytes of its typed arrays. */
  get bytes(): number {
    const rows = (r: Rows) => bytesOf(r.offsets, r.targets, r.codes, r.table);
    return rows(this.bought) + rows(this.viewed) + this.inbound.byteLength;
  }

  /** Links stored, both kinds (for tests and the heap bench). */
  get size(): number {
    return this.bought.targets.length + this.viewed.targets.length;
  }
}
