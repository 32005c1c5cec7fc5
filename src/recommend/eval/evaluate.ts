/**
 * Offline evaluation, the protocol of the session-based recommendation literature (GRU4Rec; Ludewig &
 * Jannach 2018): train on past sessions; for every test session, predict each next click from the
 * clicks before it; score the rank of the true next item. Test items never seen in training are
 * removed and sessions left shorter than two clicks dropped (as GRU4Rec's preprocessing does).
 *
 * This is session-rec's protocol (evaluation/evaluation.py: every next click of every test session,
 * the whole training item set ranked), so its published figures compare directly.
 *
 * Models: popularity; item-kNN on the last click; the context tree (CT); SR, V-SKNN, STAN and V-STAN — each with
 * session-rec's published settings ("reference") and with the settings the widget ships (TUNED,
 * chosen on the validation split by tune.ts); and the product's own recommender in `for-you` mode
 * (the blend), fed the training sessions as the shop's neighbour data — exactly what a shop would
 * publish — and the test prefix as the shopper's history: with diversity off, and as the widget
 * ships (diversity and the seen-item penalty on).
 */
import type { Catalog, Product } from '../../catalog/types.ts';
import { ContextTree, type ContextTreeOptions } from '../context-tree.ts';
import type { ItemEmbeddingOptions } from '../item-embedding.ts';
import { ItemKnn } from '../item-knn.ts';
import { createRecommender } from '../recommender.ts';
import { SequentialRules, type SequentialRulesOptions } from '../sequential-rules.ts';
import { SessionNeighbours, type SessionNeighboursOptions } from '../session-neighbours.ts';
import { TUNED } from '../tuned.ts';
import type { BlendWeights, RecEvent, RecommenderOptions } from '../types.ts';
import { MetricsAccumulator, type Metrics } from './metrics.ts';
import type { LoggedSession } from './session-log.ts';

export interface EvalModel {
  name: string;
  /** Called once before predicting. */
  build(): void;
  /** The `k` most likely next items after `prefix` (item ids, best first); `now`: the time of the click predicted (ms). */
  predict(prefix: readonly string[], times: readonly number[], k: number, now: number): string[];
}

export interface EvalResult {
  name: string;
  metrics: Metrics;
  buildMs: number;
  /** Mean and 95th percentile time of one prediction. */
  predictMs: { mean: number; p95: number };
}

export interface ModelOptions {
  /** Blend weights for the recommender (for-you mode). */
  weights?: Partial<BlendWeights>;
  sessionKnn?: SessionNeighboursOptions;
  sessionStan?: SessionNeighboursOptions;
  sequentialRules?: SequentialRulesOptions;
  contextTree?: ContextTreeOptions;
  itemEmbedding?: ItemEmbeddingOptions;
  trendHalfLifeDays?: number;
  itemKnn?: { k?: number };
  /** Which models (by name prefix, e.g. ['V-SKNN', 'blend']); default all. */
  only?: readonly string[];
}

/**
 * session-rec's published settings: conf/example_next.yml (its rsc15-100k example: sr, vsknn),
 * conf/save/rsc15/window/window_multiple_rsc15_stan.yml (stan-mrr, stan-hr) and
 * conf/save/rsc15/single/single_rsc15_vstan.yml (vstan-mrr, vstan-hr).
 */
export const REFERENCE_SETTINGS = {
  sr: { steps: 20, weighting: 'quadratic' } as SequentialRulesOptions,
  vsknn: { method: 'vsknn', k: 500, sample: 5000, weighting: 'quadratic', weightingScore: 'div', idf: 5 } as SessionNeighboursOptions,
  'stan-mrr': { method: 'stan', k: 1000, sample: 10000, spw: 0.00001, snh: 10, inh: 2 } as SessionNeighboursOptions,
  'stan-hr': { method: 'stan', k: 1000, sample: 10000, spw: 0.5, snh: 20, inh: 0.5 } as SessionNeighboursOptions,
  'vstan-mrr': { method: 'vstan', k: 1000, sample: 5000, spw: 4, snh: 5, inh: 4, ipw: 0.00001, idfBoost: 1 } as SessionNeighboursOptions,
  'vstan-hr': { method: 'vstan', k: 2000, sample: 2500, spw: 8, snh: 10, inh: 8, ipw: 0.5, idfBoost: 2 } as SessionNeighboursOptions,
};

/** Drops test items unknown to training and test sessions left with fewer than two clicks. */
export function alignTest(train: readonly LoggedSession[], test: readonly LoggedSession[]): LoggedSession[] {
  const known = new Set<string>();
  for (const s of train) for (const i of s.items) known.add(i);
  const out: LoggedSession[] = [];
  for (const s of test) {
    const keep = s.items.map((_, i) => i).filter((i) => known.has(s.items[i]!));
    if (keep.length >= 2) out.push({ id: s.id, items: keep.map((i) => s.items[i]!), times: keep.map((i) => s.times[i]!) });
  }
  return out;
}

/** A bare catalog of the logged item ids (the log carries no product text). */
export function catalogOfItems(ids: Iterable<string>): Catalog {
  const products: Product[] = [...ids].map((id) => ({
    id,
    title: '',
    description: '',
    categories: [],
    availability: 'InStock',
    offers: [],
    reviews: [],
    attributes: {},
    images: [],
    variants: [],
    related: { relatedTo: [], similarTo: [], alsoBought: [], alsoViewed: [] },
  }));
  return { products, byId: new Map(products.map((p) => [p.id, p])), store: { shipping: [], payment: [], faq: [] }, issues: [] };
}

export function standardModels(train: readonly LoggedSession[], options: ModelOptions = {}): EvalModel[] {
  const ids = [...new Set(train.flatMap((s) => s.items))];
  const index = new Map(ids.map((id, i) => [id, i]));
  const sessions = () => train.map((s) => s.items.map((i) => index.get(i)!));
  const sessionTimes = train.map((s) => s.times[s.times.length - 1]!);
  const toIdx = (prefix: readonly string[]) => prefix.map((p) => index.get(p)!).filter((i) => i !== undefined);

  const top = (scores: Map<number, number>, k: number) =>
    [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([i]) => ids[i]!);

  const neighbourModel = (name: string, settings: SessionNeighboursOptions): EvalModel => {
    let m: SessionNeighbours | null = null;
    return {
      name,
      build: () => void (m = new SessionNeighbours(sessions(), settings, sessionTimes)),
      predict: (prefix, _t, k, now) => top(m!.score(toIdx(prefix), undefined, now), k),
    };
  };
  const rulesModel = (name: string, settings: SequentialRulesOptions): EvalModel => {
    let m: SequentialRules | null = null;
    return {
      name,
      build: () => void (m = new SequentialRules(sessions(), settings)),
      predict: (prefix, _t, k) => top(m!.score(index.get(prefix[prefix.length - 1]!) ?? -1), k),
    };
  };
  const treeModel = (name: string, settings: ContextTreeOptions): EvalModel => {
    let m: ContextTree | null = null;
    return {
      name,
      build: () => void (m = new ContextTree(sessions(), settings)),
      // The k most clicked items complete the ranking (the rest only follow the root, by popularity).
      predict: (prefix, _t, k) => top(m!.score(toIdx(prefix), undefined, { popular: k }), k),
    };
  };
  const blendModel = (name: string, shipped: boolean): EvalModel => {
    let rec: ReturnType<typeof createRecommender> | null = null;
    return {
      name,
      build() {
        const settings: RecommenderOptions = {
          neighbours: { sessions: train.map((s) => s.items), sessionTimes },
          weights: options.weights ? { 'for-you': options.weights } : undefined,
          sessionKnn: options.sessionKnn,
          sessionStan: options.sessionStan,
          sequentialRules: options.sequentialRules,
          contextTree: options.contextTree,
          itemEmbedding: options.itemEmbedding,
          trendHalfLifeDays: options.trendHalfLifeDays,
          itemKnn: options.itemKnn,
        };
        // Diversity off: accuracy alone; repeat clicks are valid next items in these logs.
        if (!shipped) Object.assign(settings, { diversity: 0, seenPenalty: 1 });
        rec = createRecommender(catalogOfItems(ids), settings);
        rec.recommend({ mode: 'for-you', events: [], limit: 1 }); // build the models now, not in the first prediction
      },
      predict(prefix, times, k, now) {
        const events: RecEvent[] = prefix.map((productId, i) => ({ type: 'view', productId, at: times[i], session: 'current' }));
        return rec!.recommend({ mode: 'for-you', events, limit: k, now }).map((r) => r.id);
      },
    };
  };

  let ranked: string[] = [];
  let iknn: ItemKnn | null = null;
  const all: EvalModel[] = [
    {
      name: 'popularity',
      build() {
        const count = new Map<string, number>();
        for (const s of train) for (const i of s.items) count.set(i, (count.get(i) ?? 0) + 1);
        ranked = [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([i]) => i);
      },
      predict: (_p, _t, k) => ranked.slice(0, k),
    },
    {
      name: 'item-kNN',
      build() {
        iknn = ItemKnn.build(sessions(), { k: options.itemKnn?.k ?? 100 });
      },
      predict(prefix, _t, k) {
        const last = index.get(prefix[prefix.length - 1]!);
        return last === undefined ? [] : top(iknn!.score(new Map([[last, 1]])), k);
      },
    },
    rulesModel('SR (reference settings)', REFERENCE_SETTINGS.sr),
    rulesModel('SR (shipped settings)', { ...TUNED.sequentialRules, ...options.sequentialRules }),
    treeModel('CT (reference settings)', {}),
    neighbourModel('V-SKNN (reference settings)', REFERENCE_SETTINGS.vsknn),
    neighbourModel('V-SKNN (shipped settings)', { ...TUNED.sessionKnn, ...options.sessionKnn }),
    neighbourModel('STAN (reference, stan-mrr)', REFERENCE_SETTINGS['stan-mrr']),
    neighbourModel('STAN (reference, stan-hr)', REFERENCE_SETTINGS['stan-hr']),
    neighbourModel('V-STAN (reference, vstan-mrr)', REFERENCE_SETTINGS['vstan-mrr']),
    neighbourModel('V-STAN (reference, vstan-hr)', REFERENCE_SETTINGS['vstan-hr']),
    neighbourModel('V-STAN (shipped settings)', { ...TUNED.sessionStan, ...options.sessionStan }),
    blendModel('blend (shop-guide for-you, diversity off)', false),
    blendModel('blend (shop-guide for-you, as shipped)', true),
  ];
  return options.only ? all.filter((m) => options.only!.some((o) => m.name.startsWith(o))) : all;
}

export interface EvaluateOptions {
  /** Stop after this many predictions per model (a sample of a big test set). */
  maxPredictions?: number;
  onProgress?: (model: string, done: number, total: number) => void;
}

export function evaluate(test: readonly LoggedSession[], models: readonly EvalModel[], options: EvaluateOptions = {}): EvalResult[] {
  const total = Math.min(
    options.maxPredictions ?? Infinity,
    test.reduce((n, s) => n + s.items.length - 1, 0),
  );
  return models.map((model) => {
    const t0 = performance.now();
    model.build();
    const buildMs = performance.now() - t0;
    const acc = new MetricsAccumulator();
    const times: number[] = [];
    let done = 0;
    outer: for (const s of test) {
      for (let i = 1; i < s.items.length; i++) {
        if (done >= total) break outer;
        const start = performance.now();
        const ranked = model.predict(s.items.slice(0, i), s.times.slice(0, i), 20, s.times[i]!);
        times.push(performance.now() - start);
        acc.add(ranked, s.items[i]!);
        done++;
        if (options.onProgress && done % 5000 === 0) options.onProgress(model.name, done, total);
      }
    }
    times.sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
    const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0;
    return { name: model.name, metrics: acc.result(), buildMs, predictMs: { mean, p95 } };
  });
}

/** Splits one log by time: sessions starting in the last `testDays` days are the test set. */
export function splitByTime(sessions: readonly LoggedSession[], testDays = 1): { train: LoggedSession[]; test: LoggedSession[] } {
  const end = Math.max(...sessions.map((s) => s.times[s.times.length - 1]!));
  const cut = end - testDays * 86_400_000;
  return { train: sessions.filter((s) => s.times[s.times.length - 1]! < cut), test: sessions.filter((s) => s.times[s.times.length - 1]! >= cut) };
}

export function formatResults(results: readonly EvalResult[]): string {
  const rows = results.map((r) => [
    r.name,
    r.metrics.hr20.toFixed(4),
    r.metrics.mrr20.toFixed(4),
    r.metrics.hr10.toFixed(4),
    r.metrics.ndcg10.toFixed(4),
    `${(r.buildMs / 1000).toFixed(2)} s`,
    `${r.predictMs.mean.toFixed(3)} ms`,
    `${r.predictMs.p95.toFixed(3)} ms`,
  ]);
  const head = ['model', 'HR@20', 'MRR@20', 'HR@10', 'NDCG@10', 'train', 'predict (mean)', 'predict (p95)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
