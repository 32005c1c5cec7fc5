/**
 * Session-based nearest neighbours, three published methods over one compact index:
 *
 *   vsknn  V-SKNN (Ludewig & Jannach, "Evaluation of session-based recommendation algorithms", 2018)
 *   stan   STAN (Garg et al., "Sequence and Time Aware Neighborhood for Session-based Recommendations", SIGIR 2019)
 *   vstan  V-STAN (Ludewig, Latifi, Jannach, "Empirical analysis of session-based recommendation algorithms", 2021)
 *
 * A faithful port of session-rec's reference code (algorithms/knn/vsknn.py, stan.py, vstan.py), quirks
 * included, so its published settings mean the same here: the candidate neighbours are the past
 * sessions sharing any item with the current one; when there are more than `sample`, the most recent
 * ones; their similarity to the current session weights its clicks by position; the `k` most similar
 * vote for their items. V-SKNN: position weights `weighting`, a vote decayed by how far back the
 * shared click lies (`weightingScore`), IDF-boosted items. STAN: exponential position weights (λ_spw),
 * neighbour recency (λ_snh days), and votes decayed by distance to the shared item within the neighbour
 * (λ_inh). V-STAN: STAN plus V-SKNN's vote decay (λ_ipw) and IDF (λ_idf).
 *
 * Everything lives in typed arrays (CSR): a 100k-session log is a few MB and builds in tens of ms.
 */

import { TopK } from './sparse.ts';

export type SessionMethod = 'vsknn' | 'stan' | 'vstan';
export type PositionWeighting = 'same' | 'div' | 'linear' | 'quadratic' | 'log';

export interface SessionNeighboursOptions {
  /** Default 'vstan'. */
  method?: SessionMethod;
  /** Neighbour sessions that vote (default 100). */
  k?: number;
  /** Most recent candidate sessions compared (default 1000). */
  sample?: number;
  /** V-SKNN: similarity (default 'vec', session-rec's default). V-STAN always uses cosine, as its reference does. */
  similarity?: 'vec' | 'cosine';
  /** V-SKNN: weight of the current session's clicks by position (default 'div'). */
  weighting?: PositionWeighting;
  /** V-SKNN: decay of a neighbour's vote by how many clicks back the shared item was (default 'div'). */
  weightingScore?: PositionWeighting;
  /** V-SKNN: IDF boost of rare items (0 = off; session-rec's `idf_weighting`). */
  idf?: number;
  /** STAN/V-STAN λ_spw: position decay in the current session (0 = off). */
  spw?: number;
  /** STAN/V-STAN λ_snh in days: neighbour-session recency decay (0 = off; needs session times). */
  snh?: number;
  /** STAN/V-STAN λ_inh: decay by distance to the shared item inside the neighbour (0 = off). */
  inh?: number;
  /** V-STAN λ_ipw: decay of a vote by how far back the shared click was (0 = off). */
  ipw?: number;
  /** V-STAN λ_idf: IDF boost (0 = off). */
  idfBoost?: number;
  /** Clicks kept of a very long past session (its newest; default 1000), when this builds its own index. */
  maxSessionLength?: number;
}

const POSITION: Record<PositionWeighting, (i: number, length: number) => number> = {
  // session-rec's `linear` gives 0 from the 11th click of a session on (kept: its settings assume it).
  linear: (i, length) => (i <= 10 ? 1 - 0.1 * (length - i) : 0),
  same: () => 1,
  div: (i, length) => i / length,
  log: (i, length) => 1 / Math.log10(length - i + 1.7),
  quadratic: (i, length) => (i / length) ** 2,
};

const SCORE_DECAY: Record<PositionWeighting, (step: number) => number> = {
  linear: (i) => (i <= 100 ? 1 - 0.1 * i : 0),
  same: () => 1,
  div: (i) => 1 / i,
  log: (i) => 1 / Math.log10(i + 1.7),
  quadratic: (i) => 1 / (i * i),
};

/** The neighbour sessions as CSR typed arrays, plus per-request scratch: built once, shared by the methods. */
export class SessionIndex {
  /** Sessions are renumbered oldest first (by last-click time, then input order), so "most recent" = highest index. */
  readonly n: number;
  /** Distinct items per session (CSR) with the 1-based position of each item's last click, and the session's click count. */
  readonly dOff: Uint32Array;
  readonly dItem: Uint32Array;
  readonly dLast: Uint32Array;
  /** Last-click time per session (seconds), NaN when unknown. */
  readonly time: Float64Array;
  /** item → sessions containing it (ascending), and the item's last position in each. */
  readonly pOff: Uint32Array;
  readonly pSess: Uint32Array;
  readonly pLast: Uint32Array;
  /** log(#sessions / #clicks of the item), session-rec's IDF. */
  readonly idfOf: Float64Array;
  readonly nItems: number;
  // Per-request scratch, reused (recommend() is synchronous).
  readonly acc: Float64Array;
  readonly minStep: Uint32Array;
  readonly maxPos: Uint32Array;
  readonly mark: Uint32Array;
  readonly touched: Uint32Array;
  readonly itemW: Float64Array;
  readonly itemStep: Uint32Array;
  readonly scores: Float64Array;
  readonly scored: Uint8Array;
  readonly scoredList: Uint32Array;
  stamp = 0;

  /**
   * `sessions`: item indices (0 … nItems−1) in click order; `times`: each session's last-click time in
   * ms (optional; without it the input order is the age order and λ_snh is off); `maxLen`: clicks kept
   * of a very long session (its newest).
   */
  constructor(sessions: readonly (readonly number[])[], times?: ArrayLike<number>, maxLen = 1000) {
    const kept: number[] = [];
    let nItems = 0;
    for (let s = 0; s < sessions.length; s++) {
      const list = sessions[s]!;
      if (!list.length) continue;
      kept.push(s);
      for (const i of list) if (i + 1 > nItems) nItems = i + 1;
    }
    const t = (s: number) => (times && Number.isFinite(times[s]) ? times[s]! / 1000 : NaN);
    if (times) kept.sort((a, b) => (t(a) || 0) - (t(b) || 0) || a - b);
    this.n = kept.length;
    this.nItems = nItems;
    this.time = new Float64Array(this.n);
    const clicks = new Float64Array(nItems);
    // First pass: sizes.
    let dTotal = 0;
    const lastPos = new Int32Array(nItems).fill(-1);
    const seenStamp = new Int32Array(nItems).fill(-1);
    for (let s = 0; s < this.n; s++) {
      const list = sessions[kept[s]!]!;
      for (let p = Math.max(0, list.length - maxLen); p < list.length; p++) {
        const i = list[p]!;
        clicks[i]!++;
        if (seenStamp[i] !== s) {
          seenStamp[i] = s;
          dTotal++;
        }
      }
    }
    this.dOff = new Uint32Array(this.n + 1);
    this.dItem = new Uint32Array(dTotal);
    this.dLast = new Uint32Array(dTotal);
    const postings = new Uint32Array(nItems + 1);
    seenStamp.fill(-1);
    let d = 0;
    for (let s = 0; s < this.n; s++) {
      const list = sessions[kept[s]!]!;
      const from = Math.max(0, list.length - maxLen);
      this.dOff[s] = d;
      for (let p = from; p < list.length; p++) lastPos[list[p]!] = p - from + 1;
      for (let p = from; p < list.length; p++) {
        const i = list[p]!;
        if (seenStamp[i] === s) continue;
        seenStamp[i] = s;
        this.dItem[d] = i;
        this.dLast[d] = lastPos[i]!;
        postings[i + 1]!++;
        d++;
      }
      this.time[s] = t(kept[s]!);
    }
    this.dOff[this.n] = d;
    for (let i = 0; i < nItems; i++) postings[i + 1]! += postings[i]!;
    this.pOff = postings;
    this.pSess = new Uint32Array(dTotal);
    this.pLast = new Uint32Array(dTotal);
    const fill = postings.slice(0, nItems);
    for (let s = 0; s < this.n; s++) {
      for (let x = this.dOff[s]!; x < this.dOff[s + 1]!; x++) {
        const i = this.dItem[x]!;
        const at = fill[i]!++;
        this.pSess[at] = s;
        this.pLast[at] = this.dLast[x]!;
      }
    }
    this.idfOf = new Float64Array(nItems);
    for (let i = 0; i < nItems; i++) this.idfOf[i] = clicks[i]! ? Math.log(this.n / clicks[i]!) : 0;

    this.acc = new Float64Array(this.n);
    this.minStep = new Uint32Array(this.n);
    this.maxPos = new Uint32Array(this.n);
    this.mark = new Uint32Array(this.n);
    this.touched = new Uint32Array(this.n);
    this.itemW = new Float64Array(nItems);
    this.itemStep = new Uint32Array(nItems);
    this.scores = new Float64Array(nItems);
    this.scored = new Uint8Array(nItems);
    this.scoredList = new Uint32Array(nItems);
  }

  /** Bytes held by the index and its scratch arrays (for the memory budget). */
  get bytes(): number {
    const arrays = [this.dOff, this.dItem, this.dLast, this.time, this.pOff, this.pSess, this.pLast, this.idfOf, this.acc, this.minStep, this.maxPos, this.mark, this.touched, this.itemW, this.itemStep, this.scores, this.scored, this.scoredList];
    return arrays.reduce((a, x) => a + x.byteLength, 0);
  }

}

/** One method with its settings over a SessionIndex (several can share one index: V-SKNN and V-STAN do). */
export class SessionNeighbours {
  readonly method: SessionMethod;
  readonly index: SessionIndex;
  private readonly o: Required<Omit<SessionNeighboursOptions, 'method'>>;

  /** `source`: the sessions (item indices in click order, see SessionIndex) or an index to share. */
  constructor(source: SessionIndex | readonly (readonly number[])[], options: SessionNeighboursOptions = {}, times?: ArrayLike<number>) {
    this.method = options.method ?? 'vstan';
    this.o = {
      k: options.k ?? 100,
      sample: options.sample ?? 1000,
      similarity: options.similarity ?? 'vec',
      weighting: options.weighting ?? 'div',
      weightingScore: options.weightingScore ?? 'div',
      idf: options.idf ?? 0,
      spw: options.spw ?? 0,
      snh: options.snh ?? 0,
      inh: options.inh ?? 0,
      ipw: options.ipw ?? 0,
      idfBoost: options.idfBoost ?? 0,
      maxSessionLength: options.maxSessionLength ?? 1000,
    };
    this.index = source instanceof SessionIndex ? source : new SessionIndex(source, times, this.o.maxSessionLength);
  }

  get sessions(): number {
    return this.index.n;
  }

  /**
   * Scores the next item for the current session (item indices, oldest first). `now`: the time of the
   * prediction in ms (for λ_snh; default: no recency decay). Each item is reported once to `emit`
   * (or returned as a Map).
   */
  score(current: readonly number[], emit?: (item: number, value: number) => void, now?: number): Map<number, number> {
    const out = new Map<number, number>();
    const report = emit ?? ((item: number, v: number) => void out.set(item, v));
    const ix = this.index;
    const len = current.length;
    if (!len || !ix.n) return out;
    const { o, method } = this;
    const stan = method !== 'vsknn';

    // The current session: each distinct item's position weight (a repeat keeps its latest) and how
    // many clicks back its latest occurrence is (1 = the last click).
    const distinct: number[] = [];
    for (let p = 0; p < len; p++) {
      const i = current[p]!;
      if (i < 0 || i >= ix.nItems) continue;
      if (ix.itemStep[i] === 0) distinct.push(i);
      ix.itemStep[i] = len - p;
    }
    if (!distinct.length) return out;
    // Position weights as the reference computes them: a counter over the clicks, the latest repeat wins.
    let count = 1;
    for (let p = 0; p < len; p++) {
      const i = current[p]!;
      if (i < 0 || i >= ix.nItems) continue;
      if (stan) ix.itemW[i] = o.spw ? Math.exp((count - len) / o.spw) : 1;
      else ix.itemW[i] = POSITION[o.weighting](count, len);
      count++;
    }
    let normSq = 0;
    for (const i of distinct) normSq += ix.itemW[i]! * ix.itemW[i]!;

    // Candidate sessions: every session sharing an item, with the weighted overlap, the nearest shared
    // click (steps back) and the last position of a shared item inside it.
    const stamp = ++ix.stamp;
    let nCand = 0;
    const { acc, minStep, maxPos, mark, touched, pOff, pSess, pLast } = ix;
    for (const i of distinct) {
      const w = ix.itemW[i]!;
      const step = ix.itemStep[i]!;
      for (let x = pOff[i]!; x < pOff[i + 1]!; x++) {
        const s = pSess[x]!;
        if (mark[s] !== stamp) {
          mark[s] = stamp;
          touched[nCand++] = s;
          acc[s] = 0;
          minStep[s] = 0xffffffff;
          maxPos[s] = 0;
        }
        acc[s]! += w;
        if (step < minStep[s]!) minStep[s] = step;
        if (pLast[x]! > maxPos[s]!) maxPos[s] = pLast[x]!;
      }
    }
    let cand = touched.subarray(0, nCand);
    if (nCand > o.sample) {
      // The most recent `sample` (highest indices).
      cand.sort();
      cand = cand.subarray(nCand - o.sample);
    }

    // Similarities, then the k best (ties: the older session first, as session-rec's stable sort over its set mostly gives).
    const best = new TopK(o.k);
    const snh = o.snh * 86_400;
    const nowS = now === undefined ? NaN : now / 1000;
    const cosNorm = Math.sqrt(normSq);
    for (let c = 0; c < cand.length; c++) {
      const s = cand[c]!;
      let sim: number;
      if (!stan && o.similarity === 'vec') sim = acc[s]! / distinct.length;
      else sim = acc[s]! / (cosNorm * Math.sqrt(ix.dOff[s + 1]! - ix.dOff[s]!));
      if (stan && snh && Number.isFinite(nowS) && Number.isFinite(ix.time[s])) sim *= Math.exp(-(nowS - ix.time[s]!) / snh);
      if (!stan && !(sim > 0)) continue;
      best.push(s, sim);
    }

    // Votes.
    let nScored = 0;
    const { scores, scored, scoredList, idfOf, dItem, dLast, dOff } = ix;
    const decay = SCORE_DECAY[o.weightingScore];
    best.each((s, sim) => {
      let base = sim;
      if (method === 'vsknn') base *= decay(minStep[s]!);
      else if (method === 'vstan' && o.ipw) base *= Math.exp((1 - minStep[s]!) / o.ipw);
      const iStar = maxPos[s]!;
      for (let x = dOff[s]!; x < dOff[s + 1]!; x++) {
        const item = dItem[x]!;
        let v = base;
        if (method === 'vsknn') {
          if (o.idf) v += v * idfOf[item]! * o.idf;
        } else {
          if (o.inh) v *= Math.exp(-Math.abs(dLast[x]! - iStar) / o.inh);
          if (method === 'vstan' && o.idfBoost) v += v * idfOf[item]! * o.idfBoost;
        }
        if (!scored[item]) {
          scored[item] = 1;
          scoredList[nScored++] = item;
          scores[item] = 0;
        }
        scores[item]! += v;
      }
    });
    for (let n = 0; n < nScored; n++) {
      const item = scoredList[n]!;
      scored[item] = 0;
      if (scores[item]! > 0) report(item, scores[item]!);
    }
    for (const i of distinct) {
      ix.itemStep[i] = 0;
      ix.itemW[i] = 0;
    }
    return out;
  }
}
