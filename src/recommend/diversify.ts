/**
 * Variety in a list of picks: maximal marginal relevance over content similarity. Each next pick
 * trades its score against its likeness to the picks so far; a near-copy of a pick (cosine ≥ 0.8: the
 * same model in another colour, a duplicate listing) is pushed well down; and with `perCategory`, no
 * leaf category takes more than that many places while other categories still have candidates.
 */
import type { Scored } from './candidates.ts';

export interface DiversifyOptions {
  /** 0 = keep the score order; up to 1 = prefer unlike items strongly. */
  diversity: number;
  limit: number;
  perCategory?: number;
  similarity(a: number, b: number): number;
  category(item: number): string;
}

const NEAR_COPY = 0.8;

/** How many of the best candidates variety may pick from. */
export function poolSize(limit: number): number {
  return Math.max(limit * 6, 40);
}

export function diversify(ranked: readonly Scored[], o: DiversifyOptions): Scored[] {
  if (o.diversity === 0 || ranked.length <= 1) return ranked.slice(0, o.limit);
  const cap = o.perCategory ?? Infinity;
  const pool = ranked.slice(0, poolSize(o.limit));
  const top = pool[0]!.score;
  const maxSim = new Float64Array(pool.length);
  const used = new Uint8Array(pool.length);
  const leaf = pool.map((s) => o.category(s.item));
  const perLeaf = new Map<string, number>();
  const picked: Scored[] = [];
  while (picked.length < o.limit && picked.length < pool.length) {
    let best = -1;
    // First among categories still under their cap; if none is left, among all.
    for (const capped of [true, false]) {
      let bestValue = -Infinity;
      for (let i = 0; i < pool.length; i++) {
        if (used[i] || (capped && (perLeaf.get(leaf[i]!) ?? 0) >= cap)) continue;
        const sim = maxSim[i]!;
        const value = (1 - o.diversity) * (pool[i]!.score / top) - o.diversity * sim - (sim >= NEAR_COPY ? 0.5 : 0);
        if (value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
      if (best >= 0) break;
    }
    used[best] = 1;
    const chosen = pool[best]!;
    picked.push(chosen);
    perLeaf.set(leaf[best]!, (perLeaf.get(leaf[best]!) ?? 0) + 1);
    for (let i = 0; i < pool.length; i++) if (!used[i]) maxSim[i] = Math.max(maxSim[i]!, o.similarity(pool[i]!.item, chosen.item));
  }
  return picked;
}
