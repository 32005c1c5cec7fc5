/**
 * Session-kNN in the V-SKNN style (Ludewig & Jannach, "Evaluation of session-based recommendation
 * algorithms", 2018): the current session's items are weighted by position (the latest counts most,
 * linearly less for earlier ones); among the `sample` most recent past sessions sharing an item with
 * it, the `k` most similar (weighted cosine) vote for their items with their similarity.
 */

export interface SessionKnnOptions {
  k?: number;
  sample?: number;
  /** Items a past session keeps (its newest). */
  maxSessionLength?: number;
}

export class SessionKnn {
  /** Distinct items of each past session (index = recency order: higher is newer). */
  private readonly sessions: Uint32Array[] = [];
  /** item → sessions containing it, ascending (oldest first). */
  private readonly byItem = new Map<number, number[]>();
  private readonly k: number;
  private readonly sample: number;

  constructor(sessions: Iterable<readonly number[]>, options: SessionKnnOptions = {}) {
    this.k = options.k ?? 100;
    this.sample = options.sample ?? 1000;
    const maxLen = options.maxSessionLength ?? 50;
    for (const s of sessions) {
      const items = [...new Set(s)].slice(-maxLen);
      if (!items.length) continue;
      const id = this.sessions.length;
      this.sessions.push(Uint32Array.from(items));
      for (const i of items) {
        const list = this.byItem.get(i);
        if (list) list.push(id);
        else this.byItem.set(i, [id]);
      }
    }
  }

  /**
   * Scores items for the current session (item indices, oldest first). Each score is the summed
   * similarity of the neighbour sessions containing the item.
   */
  score(current: readonly number[], emit?: (item: number, value: number) => void): Map<number, number> {
    const out = new Map<number, number>();
    const add = emit ?? ((item: number, v: number) => out.set(item, (out.get(item) ?? 0) + v));
    if (!current.length || !this.sessions.length) return out;
    // Position weights: the last click counts 1, the first 1/n (a repeated item keeps its latest).
    const weight = new Map<number, number>();
    current.forEach((item, p) => weight.set(item, (p + 1) / current.length));
    // Candidate neighbours: the most recent sessions that share any item, with their overlap.
    const overlap = new Map<number, number>();
    for (const [item, w] of weight) {
      const list = this.byItem.get(item);
      if (!list) continue;
      for (let i = list.length - 1, taken = 0; i >= 0 && taken < this.sample; i--, taken++) {
        const s = list[i]!;
        overlap.set(s, (overlap.get(s) ?? 0) + w);
      }
    }
    let candidates = [...overlap.keys()];
    if (candidates.length > this.sample) candidates = candidates.sort((a, b) => b - a).slice(0, this.sample);
    const norm = Math.sqrt(weight.size);
    const sims: [number, number][] = candidates.map((s) => [s, overlap.get(s)! / (norm * Math.sqrt(this.sessions[s]!.length))]);
    sims.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    for (let n = 0; n < Math.min(this.k, sims.length); n++) {
      const [s, sim] = sims[n]!;
      const items = this.sessions[s]!;
      for (let i = 0; i < items.length; i++) add(items[i]!, sim);
    }
    return out;
  }
}
