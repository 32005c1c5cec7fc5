/** Sparse vectors (sorted term ids + weights) and the few operations the recommender needs on them. */

export interface SparseVec {
  ids: Uint32Array;
  w: Float32Array;
}

export const EMPTY_VEC: SparseVec = { ids: new Uint32Array(0), w: new Float32Array(0) };

/** A weight map → a sorted vector; keeps the `keep` largest positive weights; L2-normalised when asked. */
export function toVec(map: Map<number, number>, normalise = true, keep = Infinity): SparseVec {
  let entries = [...map.entries()].filter(([, w]) => w > 0);
  if (entries.length > keep) entries = entries.sort((a, b) => b[1] - a[1]).slice(0, keep);
  entries.sort((a, b) => a[0] - b[0]);
  let norm = 1;
  if (normalise) {
    let s = 0;
    for (const [, w] of entries) s += w * w;
    norm = Math.sqrt(s) || 1;
  }
  const ids = new Uint32Array(entries.length);
  const w = new Float32Array(entries.length);
  entries.forEach(([id, x], i) => {
    ids[i] = id;
    w[i] = x / norm;
  });
  return { ids, w };
}

export function dot(a: SparseVec, b: SparseVec): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) s += a.w[i++]! * b.w[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** map += scale · vec */
export function addInto(map: Map<number, number>, vec: SparseVec, scale: number): void {
  for (let i = 0; i < vec.ids.length; i++) {
    const id = vec.ids[i]!;
    map.set(id, (map.get(id) ?? 0) + scale * vec.w[i]!);
  }
}

/** Keeps the `k` best (key, value) pairs seen: a min-heap in typed arrays (no garbage), O(n log k). */
export class TopK {
  private readonly keys: Int32Array;
  private readonly vals: Float64Array;
  private n = 0;

  constructor(private readonly k: number) {
    this.keys = new Int32Array(Math.max(1, k));
    this.vals = new Float64Array(Math.max(1, k));
  }

  push(key: number, value: number): void {
    const { keys, vals } = this;
    if (this.n < this.k) {
      let i = this.n++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!worse(value, key, vals[p]!, keys[p]!)) break;
        keys[i] = keys[p]!;
        vals[i] = vals[p]!;
        i = p;
      }
      keys[i] = key;
      vals[i] = value;
      return;
    }
    if (this.k === 0 || !worse(vals[0]!, keys[0]!, value, key)) return;
    // Sift the new pair down from the root.
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = -1;
      let mv = value;
      let mk = key;
      if (l < this.n && worse(vals[l]!, keys[l]!, mv, mk)) {
        m = l;
        mv = vals[l]!;
        mk = keys[l]!;
      }
      if (r < this.n && worse(vals[r]!, keys[r]!, mv, mk)) m = r;
      if (m < 0) break;
      keys[i] = keys[m]!;
      vals[i] = vals[m]!;
      i = m;
    }
    keys[i] = key;
    vals[i] = value;
  }

  /** Each kept pair, in no particular order (no allocation). */
  each(fn: (key: number, value: number) => void): void {
    for (let i = 0; i < this.n; i++) fn(this.keys[i]!, this.vals[i]!);
  }

  /** Best first (ties: smaller key first). */
  result(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.n; i++) out.push([this.keys[i]!, this.vals[i]!]);
    return out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }
}

/** a ranks below b: smaller value, or equal value and larger key. */
function worse(av: number, ak: number, bv: number, bk: number): boolean {
  return av < bv || (av === bv && ak > bk);
}
