/**
 * Next-item metrics with one relevant item per prediction (the clicked one):
 * HR@K (hit rate = recall@K), MRR@K (reciprocal rank, 0 beyond K), NDCG@K (1 / log2(rank + 1)).
 */

export interface Metrics {
  predictions: number;
  hr20: number;
  mrr20: number;
  hr10: number;
  ndcg10: number;
}

export class MetricsAccumulator {
  private n = 0;
  private hr20 = 0;
  private mrr20 = 0;
  private hr10 = 0;
  private ndcg10 = 0;

  /** `ranked`: the model's list, best first; `target`: the item actually clicked next. */
  add(ranked: readonly string[], target: string): void {
    this.n++;
    const rank = ranked.indexOf(target) + 1; // 0 = not listed
    if (rank < 1) return;
    if (rank <= 20) {
      this.hr20++;
      this.mrr20 += 1 / rank;
    }
    if (rank <= 10) {
      this.hr10++;
      this.ndcg10 += 1 / Math.log2(rank + 1);
    }
  }

  result(): Metrics {
    const d = Math.max(1, this.n);
    return { predictions: this.n, hr20: this.hr20 / d, mrr20: this.mrr20 / d, hr10: this.hr10 / d, ndcg10: this.ndcg10 / d };
  }
}
