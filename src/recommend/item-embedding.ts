/**
 * Item embeddings from the shop's sessions: the positive pointwise mutual information of items clicked
 * within `window` clicks of each other, factorised by a truncated SVD (SPPMI-SVD; Levy & Goldberg,
 * "Neural Word Embedding as Implicit Matrix Factorization", 2014: what skip-gram / item2vec learns,
 * without a training loop). Two products never in one neighbour session can still be close when they
 * share neighbours, so this finds next clicks that co-occurrence counting (item-kNN, SR, V-SKNN, V-STAN)
 * cannot reach or ranks low.
 *
 * A session is the sum of its items' vectors, each click further back counting `decay` as much; an item
 * scores its cosine with that sum (0 when not positive). Items of the session itself score 0: going back
 * is the reminder's job.
 *
 * The SVD is subspace iteration on MᵀM with sparse products (M in CSR), seeded, so the same sessions
 * always give the same vectors. An item's vector is its row of M·V (V: the top right singular vectors),
 * i.e. U·Σ, normalised.
 */

export interface ItemEmbeddingOptions {
  /** Dimensions (default 64). */
  dim?: number;
  /** Clicks either side that count as co-occurring (default 1: neighbouring clicks). */
  window?: number;
  /** PMI shift, log(shift) is subtracted (default 1: plain PPMI). */
  shift?: number;
  /** Context popularity smoothing, count^smoothing (default 0.75, as word2vec's negative sampling). */
  smoothing?: number;
  /** Subspace iterations (default 8). */
  iterations?: number;
}

export interface ItemEmbeddingScoreOptions {
  /** Weight of each click further back in the session (default 0.5). */
  decay?: number;
}

import { finish, type Steps } from './steps.ts';

export class ItemEmbedding {
  readonly dim: number;
  /** Item indices below this may have a vector (the highest one in the sessions, plus one). */
  readonly nItems: number;
  /** One row per item the sessions hold (`items`, ascending), dim wide, each of unit length (or zero: no co-occurrence). */
  private readonly vectors: Float32Array;
  /** Row → item index, and item index → row (−1: not in the sessions). */
  private readonly items: Uint32Array;
  private readonly rowOf: Int32Array;
  private readonly zero: Float32Array;
  // Per-request scratch (score is synchronous).
  private readonly query: Float64Array;
  private readonly scores: Float64Array;

  private constructor(dim: number, vectors: Float32Array, items: Uint32Array, rowOf: Int32Array) {
    this.dim = dim;
    this.vectors = vectors;
    this.items = items;
    this.rowOf = rowOf;
    this.nItems = rowOf.length;
    this.zero = new Float32Array(dim);
    this.query = new Float64Array(dim);
    this.scores = new Float64Array(this.nItems);
  }

  /** `sessions`: item indices in click order. */
  static build(sessions: Iterable<readonly number[]>, options: ItemEmbeddingOptions = {}): ItemEmbedding {
    return finish(ItemEmbedding.builder(sessions, options));
  }

  /** The same, step by step (one step: a slice of the sessions, or one column of one matrix product). */
  static *builder(sessions: Iterable<readonly number[]>, options: ItemEmbeddingOptions = {}): Steps<ItemEmbedding> {
    const given = Array.isArray(sessions) ? (sessions as readonly (readonly number[])[]) : [...sessions];
    // Rows for the items the sessions hold only: a big catalog's neighbour sessions reach a part of it,
    // and the build keeps two dim-wide Float64 columns per row.
    let size = 0;
    for (const s of given) for (const i of s) if (i + 1 > size) size = i + 1;
    const rowOf = new Int32Array(size).fill(-1);
    for (const s of given) for (const i of s) rowOf[i] = 0;
    let n = 0;
    for (let i = 0; i < size; i++) if (rowOf[i] === 0) rowOf[i] = n++;
    const items = new Uint32Array(n);
    for (let i = 0; i < size; i++) if (rowOf[i]! >= 0) items[rowOf[i]!] = i;
    const list = given.map((s) => s.map((i) => rowOf[i]!));
    yield;
    const dim = Math.max(1, Math.min(Math.floor(options.dim ?? 64), n));
    const m = yield* ppmi(list, n, Math.max(1, Math.floor(options.window ?? 1)), options.shift ?? 1, options.smoothing ?? 0.75);
    const vectors = yield* factorise(m, n, dim, Math.max(1, Math.floor(options.iterations ?? 8)));
    return new ItemEmbedding(dim, vectors, items, rowOf);
  }

  /** The item's unit vector (a view; zero when the item never co-occurred with another). */
  vector(item: number): Float32Array {
    const r = item >= 0 && item < this.nItems ? this.rowOf[item]! : -1;
    return r < 0 ? this.zero : this.vectors.subarray(r * this.dim, r * this.dim + this.dim);
  }

  /**
   * Cosine of every item with the session's vector (items of the session and negative cosines 0), in a scratch array valid
   * until the next call; null when the session has no known item.
   */
  score(session: readonly number[], options: ItemEmbeddingScoreOptions = {}): Float64Array | null {
    const { dim, vectors, query, scores } = this;
    const decay = options.decay ?? 0.5;
    query.fill(0);
    let any = false;
    for (let p = session.length - 1, w = 1; p >= 0; p--, w *= decay) {
      const i = session[p]!;
      const r = i >= 0 && i < this.nItems ? this.rowOf[i]! : -1;
      if (r < 0) continue;
      any = true;
      for (let d = 0, o = r * dim; d < dim; d++) query[d]! += w * vectors[o + d]!;
    }
    if (!any) return null;
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += query[d]! * query[d]!;
    if (!(norm > 0)) return null;
    norm = Math.sqrt(norm);
    // Items without a row keep their 0 from the start.
    for (let r = 0, o = 0; r < this.items.length; r++, o += dim) {
      let s = 0;
      for (let d = 0; d < dim; d++) s += query[d]! * vectors[o + d]!;
      // Below 1e-6 is the rounding noise of unrelated (orthogonal) items: no evidence either way.
      scores[this.items[r]!] = s / norm > 1e-6 ? s / norm : 0;
    }
    for (const i of session) if (i >= 0 && i < this.nItems) scores[i] = 0;
    return scores;
  }
}

interface Csr {
  off: Uint32Array;
  col: Uint32Array;
  val: Float64Array;
}

/** Shifted PPMI of within-window co-occurrence (an item next to itself does not count), as CSR. */
function* ppmi(sessions: readonly (readonly number[])[], n: number, window: number, shift: number, smoothing: number): Steps<Csr> {
  const pairs = new Map<number, number>();
  const row = new Float64Array(n);
  for (let t = 0; t < sessions.length; t++) {
    const s = sessions[t]!;
    if (t % 500 === 499) yield;
    for (let a = 0; a < s.length; a++) {
      for (let b = Math.max(0, a - window); b <= Math.min(s.length - 1, a + window); b++) {
        if (a === b || s[a] === s[b]) continue;
        const key = s[a]! * n + s[b]!;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
        row[s[a]!]!++;
      }
    }
  }
  let total = 0;
  let smoothed = 0;
  for (let i = 0; i < n; i++) {
    total += row[i]!;
    smoothed += Math.pow(row[i]!, smoothing);
  }
  // PMI(a, b) = log(C_ab · T / (r_a · c_b)), c_b = r_b^α scaled to sum T; the positive ones, row by row
  // (counted first, then placed: no sort of all the pairs).
  const logShift = Math.log(shift);
  const pmi = (key: number, count: number) => {
    const a = Math.floor(key / n);
    return Math.log((count * smoothed) / (row[a]! * Math.pow(row[key - a * n]!, smoothing))) - logShift;
  };
  const off = new Uint32Array(n + 1);
  let seen = 0;
  for (const [key, count] of pairs) {
    if (++seen % 20_000 === 0) yield;
    if (pmi(key, count) > 0) off[Math.floor(key / n) + 1]!++;
  }
  for (let i = 0; i < n; i++) off[i + 1]! += off[i]!;
  const fill = off.slice(0, n);
  const col = new Uint32Array(off[n]!);
  const val = new Float64Array(off[n]!);
  for (const [key, count] of pairs) {
    if (++seen % 20_000 === 0) yield;
    const v = pmi(key, count);
    if (!(v > 0)) continue;
    const a = Math.floor(key / n);
    col[fill[a]!] = key - a * n;
    val[fill[a]!++] = v;
  }
  return { off, col, val };
}

// Dense n × d matrices are kept as d columns of length n: every pass below then walks memory in order.

/** y = M · x, column by column. */
function* times(m: Csr, x: readonly Float64Array[], y: readonly Float64Array[]): Steps<void> {
  const n = m.off.length - 1;
  for (let k = 0; k < x.length; k++) {
    yield;
    const xk = x[k]!;
    const yk = y[k]!;
    for (let a = 0; a < n; a++) {
      let sum = 0;
      for (let e = m.off[a]!; e < m.off[a + 1]!; e++) sum += m.val[e]! * xk[m.col[e]!]!;
      yk[a] = sum;
    }
  }
}

/** y = Mᵀ · x, column by column. */
function* timesTransposed(m: Csr, x: readonly Float64Array[], y: readonly Float64Array[]): Steps<void> {
  const n = m.off.length - 1;
  for (let k = 0; k < x.length; k++) {
    yield;
    const xk = x[k]!;
    const yk = y[k]!.fill(0);
    for (let a = 0; a < n; a++) {
      const v = xk[a]!;
      if (v) for (let e = m.off[a]!; e < m.off[a + 1]!; e++) yk[m.col[e]!]! += m.val[e]! * v;
    }
  }
}

/** Orthonormalises the columns in place (modified Gram–Schmidt); a column that is (nearly) dependent on the earlier ones becomes 0. */
function* orthonormalise(q: readonly Float64Array[]): Steps<void> {
  for (let j = 0; j < q.length; j++) {
    yield;
    const qj = q[j]!;
    let before = 0;
    for (let r = 0; r < qj.length; r++) before += qj[r]! * qj[r]!;
    for (let i = 0; i < j; i++) {
      const qi = q[i]!;
      let dot = 0;
      for (let r = 0; r < qj.length; r++) dot += qi[r]! * qj[r]!;
      if (dot) for (let r = 0; r < qj.length; r++) qj[r]! -= dot * qi[r]!;
    }
    let norm = 0;
    for (let r = 0; r < qj.length; r++) norm += qj[r]! * qj[r]!;
    if (norm > 1e-20 * before && norm > 0) {
      norm = Math.sqrt(norm);
      for (let r = 0; r < qj.length; r++) qj[r]! /= norm;
    } else qj.fill(0);
  }
}

/** Rows of M·V, V the top-d right singular vectors of M (subspace iteration on MᵀM), each normalised. */
function* factorise(m: Csr, n: number, d: number, iterations: number): Steps<Float32Array> {
  const v = Array.from({ length: d }, () => new Float64Array(n));
  // A fixed-seed start (xorshift): the same sessions give the same vectors.
  let seed = 0x9e3779b9;
  for (const col of v) {
    for (let i = 0; i < n; i++) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      col[i] = (seed >>> 0) / 4294967296 - 0.5;
    }
  }
  yield* orthonormalise(v);
  const mv = Array.from({ length: d }, () => new Float64Array(n));
  for (let it = 0; it < iterations; it++) {
    yield* times(m, v, mv);
    yield* timesTransposed(m, mv, v);
    yield* orthonormalise(v);
  }
  yield* times(m, v, mv);
  const out = new Float32Array(n * d);
  for (let r = 0; r < n; r++) {
    let norm = 0;
    for (let k = 0; k < d; k++) norm += mv[k]![r]! ** 2;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < d; k++) out[r * d + k] = mv[k]![r]! / norm;
  }
  return out;
}
