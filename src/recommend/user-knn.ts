/**
 * User-based collaborative filtering over the shop's anonymised shopper profiles (item → rating or
 * interaction strength):
 *
 *   r̂(u, i) = Σ_v sim(u, v) · r(v, i) / Σ_v |sim(u, v)|
 *
 * over the `k` shoppers v most similar to u (cosine over the items both touched) who rated i. An item
 * only a few neighbours rated is shrunk towards 0 (× n / (n + shrink)), so one enthusiastic
 * neighbour does not outrank what many liked.
 */

export interface UserKnnOptions {
  k?: number;
  /** Profiles compared at most (those sharing most items with the shopper first). */
  sample?: number;
  shrink?: number;
}

interface Profile {
  ids: Uint32Array;
  r: Float32Array;
  norm: number;
}

export class UserKnn {
  private readonly profiles: Profile[] = [];
  private readonly byItem = new Map<number, number[]>();
  private readonly k: number;
  private readonly sample: number;
  private readonly shrink: number;

  constructor(profiles: Iterable<ReadonlyMap<number, number>>, options: UserKnnOptions = {}) {
    this.k = options.k ?? 50;
    this.sample = options.sample ?? 2000;
    this.shrink = options.shrink ?? 2;
    for (const p of profiles) {
      const entries = [...p.entries()].filter(([, r]) => Number.isFinite(r) && r > 0).sort((a, b) => a[0] - b[0]);
      if (!entries.length) continue;
      const id = this.profiles.length;
      let s = 0;
      for (const [, r] of entries) s += r * r;
      this.profiles.push({ ids: Uint32Array.from(entries, (e) => e[0]), r: Float32Array.from(entries, (e) => e[1]), norm: Math.sqrt(s) });
      for (const [item] of entries) {
        const list = this.byItem.get(item);
        if (list) list.push(id);
        else this.byItem.set(item, [id]);
      }
    }
  }

  /** Predicted interest r̂(u, i) for items the neighbours touched (the shopper's own items included). */
  score(user: ReadonlyMap<number, number>): Map<number, number> {
    const out = new Map<number, number>();
    if (!user.size || !this.profiles.length) return out;
    let un = 0;
    for (const w of user.values()) un += w * w;
    un = Math.sqrt(un) || 1;
    const dotp = new Map<number, number>();
    for (const [item, w] of user) {
      if (w <= 0) continue;
      const list = this.byItem.get(item);
      if (!list) continue;
      for (const v of list) {
        const p = this.profiles[v]!;
        const idx = binarySearch(p.ids, item);
        dotp.set(v, (dotp.get(v) ?? 0) + w * p.r[idx]!);
      }
    }
    let cands = [...dotp.entries()];
    if (cands.length > this.sample) cands = cands.sort((a, b) => b[1] - a[1]).slice(0, this.sample);
    const sims = cands.map(([v, d]): [number, number] => [v, d / (un * this.profiles[v]!.norm)]);
    sims.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const num = new Map<number, number>();
    const den = new Map<number, number>();
    const raters = new Map<number, number>();
    for (const [v, sim] of sims.slice(0, this.k)) {
      if (sim <= 0) continue;
      const p = this.profiles[v]!;
      for (let i = 0; i < p.ids.length; i++) {
        const item = p.ids[i]!;
        num.set(item, (num.get(item) ?? 0) + sim * p.r[i]!);
        den.set(item, (den.get(item) ?? 0) + sim);
        raters.set(item, (raters.get(item) ?? 0) + 1);
      }
    }
    for (const [item, n] of num) {
      const c = raters.get(item)!;
      out.set(item, (n / den.get(item)!) * (c / (c + this.shrink)));
    }
    return out;
  }
}

function binarySearch(a: Uint32Array, x: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else if (a[mid]! > x) hi = mid - 1;
    else return mid;
  }
  return -1;
}
