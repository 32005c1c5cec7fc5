/**
 * The recommender: per mode, collect candidates from each signal, scale every signal to 0–1, blend
 * with tunable weights, drop what must not be shown (purchased, dismissed, unavailable, excluded),
 * re-rank for variety and explain each pick.
 *
 *   for-you          the shopper's profile (content), the shop's co-counts and neighbour data from the
 *                    products they engaged with, V-SKNN on the current session, user-kNN; popularity
 *                    and ratings when there is no history yet
 *   similar          content similarity to the product, the shop's similar/also-viewed links, co-views
 *   bought-together  the shop's also-bought/related links, co-purchases, complementary categories
 *   recently-viewed  the history itself, newest first
 */
import type { Catalog } from '../catalog/types.ts';
import { Candidates, SIGNALS, type Scored } from './candidates.ts';
import type { EdgeKind } from './cocounts.ts';
import { ContextTree } from './context-tree.ts';
import { ItemEmbedding } from './item-embedding.ts';
import { rank, readHistory, topSeeds, type HistoryContext } from './context.ts';
import { diversify, poolSize } from './diversify.ts';
import { leafKey, type ScoreScratch } from './content.ts';
import { Models } from './models.ts';
import { addInto, TopK, toVec, type SparseVec } from './sparse.ts';
import { finish as finishSteps, once, Sliced, SLICE_MS, type Steps } from './steps.ts';
import { yieldToHost } from '../catalog/time-slice.ts';
import { TUNED } from './tuned.ts';
import { UNAVAILABLE } from './unavailable.ts';
import type { BlendWeights, Recommendation, RecommendationReason, RecommendMode, RecommendRequest, RecommenderOptions, Signal } from './types.ts';

type ScoredMode = Exclude<RecommendMode, 'recently-viewed'>;

export { SIGNALS };

/** Default blend weights per mode (README, "Tuning"); for-you's were tuned on a validation split of YOOCHOOSE. */
export const DEFAULT_WEIGHTS: Readonly<Record<ScoredMode, BlendWeights>> = {
  'for-you': { content: 0.5, personal: 0, coCounts: 0.35, itemKnn: 0.3, sessionKnn: 0.8, sessionStan: 0, sequentialRules: 0, contextTree: 0, embedding: 0, reminder: 0, userKnn: 0.35, popularity: 0.03, ...TUNED.weights },
  similar: { content: 1, personal: 0.15, coCounts: 0.45, itemKnn: 0.3, sessionKnn: 0.2, sessionStan: 0, sequentialRules: 0, contextTree: 0, embedding: 0, reminder: 0, userKnn: 0, popularity: 0.05 },
  'bought-together': { content: 0, personal: 0.1, coCounts: 1, itemKnn: 0.6, sessionKnn: 0.15, sessionStan: 0, sequentialRules: 0, contextTree: 0, embedding: 0, reminder: 0, userKnn: 0, popularity: 0.25 },
};

const MAX_LIMIT = 100;
/** Products of the history used as seeds (the heaviest). */
const SEEDS = 40;
const CONTENT_CANDIDATES = 200;
/** for-you: products the item embedding adds beyond the other signals' candidates. */
const EMBEDDING_CANDIDATES = 30;
/** for-you: how the shop's co-count links count from a viewed / a carted seed. */
const EDGE_SCALE: Record<'viewed' | 'carted', Record<EdgeKind, number>> = { viewed: { viewed: 1, bought: 0.5 }, carted: { viewed: 0.4, bought: 1 } };

export interface Recommender {
  readonly catalog: Catalog;
  /** Ranked recommendations (catalog products only). Never throws on odd input; may return fewer than `limit`. */
  recommend(request: RecommendRequest): Recommendation[];
  /**
   * The same answer, worked out in slices of ~8 ms with the page given its turn in between (a
   * for-you request over 100k products was one 45-60 ms task on a cold page). Requests run one at a time.
   */
  recommendInSlices(request: RecommendRequest, options?: SliceOptions): Promise<Recommendation[]>;
  /** Builds the indexes ahead of time in ~8 ms slices (otherwise the first `recommend()` builds them). */
  prepare(options?: { signal?: AbortSignal }): Promise<void>;
}

export interface SliceOptions {
  /** How long one slice may run (default 8 ms; negative: a pause after every step). */
  sliceMs?: number;
  /** Gives the page its turn (tests count them). */
  pause?: () => Promise<void>;
}

/** What one request writes while it runs; a request that starts while a sliced one is paused gets its own. */
interface RequestScratch {
  candidates: Candidates;
  /** 1 = never show (unavailable, excluded, bought, dismissed, the anchor). */
  blocked: Uint8Array;
  /** The content index's accumulators; undefined: the index's own. */
  content?: ScoreScratch;
}

function weightsFor(options: RecommenderOptions, mode: ScoredMode): BlendWeights {
  const w = options.weights as Record<string, unknown> | undefined;
  const perMode = w && typeof w[mode] === 'object' ? (w[mode] as Partial<BlendWeights>) : undefined;
  const flat = w && !perMode && SIGNALS.some((s) => typeof w[s] === 'number') ? (w as Partial<BlendWeights>) : undefined;
  return { ...DEFAULT_WEIGHTS[mode], ...flat, ...perMode };
}

/** The signal that gave most of a pick's score. */
function dominant(parts: Partial<Record<Signal, number>>): Signal | null {
  let best: Signal | null = null;
  for (const s of SIGNALS) if ((parts[s] ?? 0) > (best ? parts[best]! : 0)) best = s;
  return best;
}

/**
 * Item-kNN over the shopper's own sessions (or baskets), computed only for the seeds' rows:
 * sim(a, b) = co(a, b) / (√n_a · √n_b + 1). Cheap even for a long history.
 */
function ownCoOccurrence(groups: readonly number[][], seeds: ReadonlyMap<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  const count = new Map<number, number>();
  const containing = new Map<number, number[]>();
  groups.forEach((g, n) => {
    for (const i of new Set(g)) {
      count.set(i, (count.get(i) ?? 0) + 1);
      if (seeds.has(i)) (containing.get(i) ?? containing.set(i, []).get(i)!).push(n);
    }
  });
  for (const [seed, weight] of seeds) {
    const co = new Map<number, number>();
    for (const n of containing.get(seed) ?? []) for (const j of new Set(groups[n])) if (j !== seed) co.set(j, (co.get(j) ?? 0) + 1);
    const ns = Math.sqrt(count.get(seed)!);
    for (const [j, c] of co) out.set(j, (out.get(j) ?? 0) + (weight * c) / (ns * Math.sqrt(count.get(j)!) + 1));
  }
  return out;
}

export function createRecommender(catalog: Catalog, options: RecommenderOptions = {}): Recommender {
  const models = new Models(catalog.products, options);
  const products = catalog.products;
  const unavailable = new Set<string>(options.unavailable ?? UNAVAILABLE);
  const diversity = Math.min(1, Math.max(0, options.diversity ?? 0.3));
  const seenPenalty = options.seenPenalty ?? 0.3;
  const own: RequestScratch = { candidates: new Candidates(products.length), blocked: new Uint8Array(products.length) };
  /** A sliced request is under way (its scratch, `own`, is half-written while it waits). */
  let slicedRunning = false;
  let slicedQueue: Promise<unknown> = Promise.resolve();
  const unavailableItems = products.map((p) => unavailable.has(p.availability));

  const idOf = (i: number) => products[i]!.id;
  // The context tree over the shop's sessions, built on first use, only when its weight asks for it.
  let tree: ContextTree | null | undefined;
  const contextTree = (): ContextTree | null => {
    if (tree === undefined) {
      const { sessions } = models.neighbours();
      tree = sessions.length ? new ContextTree(sessions, options.contextTree) : null;
    }
    return tree;
  };
  // Item vectors from the same sessions, when their weight asks for them: built by prepare() in slices
  // (about a second of work at 10k products and 20k sessions), or at once by the first request that needs them.
  const embeddingModel = new Sliced(() => {
    const { sessions } = models.neighbours();
    return sessions.length ? ItemEmbedding.builder(sessions, { ...TUNED.itemEmbedding, ...options.itemEmbedding }) : once(() => null);
  });
  const itemEmbedding = (): ItemEmbedding | null => embeddingModel.get();
  // History recorded under an id another source's id replaced (the page's sku, before the feed arrived),
  // or under a variant's id (a Merchant item, a Shopify variant), counts for the product it names now.
  // Only get(): the catalog's aliases look variant ids up lazily, and their size would build that index.
  const aliases = catalog.aliases;
  const canonical = (id: string) => aliases?.get(id) ?? id;
  const canonicalEvents = <E extends { productId?: string }>(events: E[]): E[] => {
    if (!aliases) return events;
    return events.map((e) => {
      const to = typeof e.productId === 'string' ? aliases.get(e.productId) : undefined;
      return to === undefined ? e : { ...e, productId: to };
    });
  };

  /** The shopper's taste as one content vector (seeds, other pages' products, searches, minus dismissals). */
  function profileVector(ctx: HistoryContext): SparseVec | null {
    const content = models.content;
    const map = new Map<number, number>();
    const seeds = topSeeds(ctx, SEEDS);
    for (const [i, s] of seeds) if (s.w > 0) content.addTo(map, i, s.w);
    for (const x of ctx.external) if (x.w > 0) addInto(map, content.vectorOf(x.snapshot), x.w);
    for (const q of ctx.queries) if (q.w > 0) addInto(map, content.textVector(q.text), q.w);
    const avg = seeds.length ? seeds.reduce((a, [, s]) => a + Math.max(0, s.w), 0) / seeds.length : 1;
    for (const d of ctx.dismissed) content.addTo(map, d, -0.5 * avg);
    return map.size ? toVec(map, true, 64) : null;
  }

  function finish(scored: Scored[], limit: number, explain: (s: Scored) => RecommendationReason, perCategory?: number): Recommendation[] {
    const picks = diversify(scored, {
      diversity,
      limit,
      perCategory,
      similarity: (a, b) => models.content.cosine(a, b),
      category: (i) => leafKey(products[i]!.categories),
    });
    return picks.map((s) => ({
      id: idOf(s.item),
      score: Math.round(s.score * 1e4) / 1e4,
      reason: explain(s),
      signals: Object.fromEntries(Object.entries(s.parts).map(([k, v]) => [k, Math.round(v * 1e4) / 1e4])),
    }));
  }

  // ---- reasons, worked out for the few picks shown only ----

  function popularReason(item: number): RecommendationReason {
    return models.popularity().byRating[item] ? { kind: 'top-rated' } : { kind: 'popular' };
  }

  /** The feature of the profile match that made `item`: brand, category, price band, or a search. */
  function tasteReason(profile: SparseVec | null, item: number, ctx: HistoryContext): RecommendationReason | null {
    if (!profile) return null;
    const content = models.content;
    const f = content.strongestFeature(profile, item);
    const p = products[item]!;
    if (f?.kind === 'brand' && p.brand) return { kind: 'brand', brand: p.brand };
    if (f?.kind === 'category' && p.categories.length) return { kind: 'category', category: p.categories[p.categories.length - 1]! };
    if (f?.kind === 'price') return { kind: 'price-band' };
    if (f) {
      const q = [...ctx.queries].sort((a, b) => b.w - a.w).find((x) => content.dotWith(content.textVector(x.text), item) > 0);
      if (q) return { kind: 'searched', query: q.text };
    }
    return null;
  }

  /** "Because you viewed / carted X": the seed most like `item`. */
  function seedReason(ctx: HistoryContext, item: number): RecommendationReason | null {
    let best = -1;
    let bestV = 0;
    for (const [i, s] of topSeeds(ctx, 20)) {
      const v = s.w * models.content.cosine(i, item);
      if (v > 0.15 * s.w && v > bestV) {
        bestV = v;
        best = i;
      }
    }
    return best < 0 ? null : { kind: ctx.seeds.get(best)!.kind === 'carted' ? 'carted' : 'viewed', productId: idOf(best) };
  }

  /** The seed whose shop link to `item` counted most, as "often bought with / also viewed with X". */
  function linkReason(ctx: HistoryContext, item: number): RecommendationReason | null {
    const graph = models.graph();
    let best: { seed: number; edge: EdgeKind; v: number } | null = null;
    for (const [seed, s] of topSeeds(ctx, SEEDS)) {
      for (const edge of ['viewed', 'bought'] as const) {
        const v = s.w * (graph.neighbours(seed, edge).get(item) ?? 0) * EDGE_SCALE[s.kind][edge];
        if (v > (best?.v ?? 0)) best = { seed, edge, v };
      }
    }
    return best ? { kind: best.edge === 'bought' ? 'bought-together' : 'also-viewed', productId: idOf(best.seed) } : null;
  }

  /** The session item the shop's co-views tie to `item` most, as "also viewed with X". */
  function coViewReason(seeds: ReadonlyMap<number, number>, item: number): RecommendationReason | null {
    const knn = models.sessionItemKnn();
    let best = -1;
    let bestV = 0;
    for (const [seed, w] of seeds) {
      const v = w * (knn?.similarity(seed, item) ?? 0);
      if (v > bestV) {
        bestV = v;
        best = seed;
      }
    }
    return best < 0 ? null : { kind: 'also-viewed', productId: idOf(best) };
  }

  /**
   * The embedding's cosine for every candidate found so far, and its best `EMBEDDING_CANDIDATES` items
   * the other signals did not reach (the products close to the session without sharing a session with it).
   */
  function addEmbedding(c: Candidates, session: readonly number[], accept: (i: number) => boolean): void {
    const scores = itemEmbedding()?.score(session);
    if (!scores) return;
    for (const item of c.items) c.add('embedding', item, scores[item]!);
    const extra = new TopK(EMBEDDING_CANDIDATES);
    for (let i = 0; i < scores.length; i++) if (scores[i]! > 0 && !c.get('embedding', i) && accept(i)) extra.push(i, scores[i]!);
    for (const [item, v] of extra.result()) c.add('embedding', item, v);
  }

  // ---- modes ----

  /** for-you, step by step: the steps fall between signals, seeds and the content index's terms. */
  function* forYou(ctx: HistoryContext, anchor: number | undefined, limit: number, accept: (i: number) => boolean, scratch: RequestScratch): Steps<Recommendation[]> {
    const weights = weightsFor(options, 'for-you');
    if (anchor !== undefined) {
      // The product on screen is the freshest signal of all.
      let maxW = 1;
      for (const s of ctx.seeds.values()) maxW = Math.max(maxW, s.w);
      const cur = ctx.seeds.get(anchor);
      ctx.seeds.set(anchor, { w: maxW + (cur?.w ?? 0), kind: cur?.kind ?? 'viewed', last: ctx.now });
      rank(ctx);
      if (ctx.session[ctx.session.length - 1] !== anchor) ctx.session = [...ctx.session, anchor];
    }
    const c = scratch.candidates.begin(accept);
    const seeds = topSeeds(ctx, SEEDS);
    const profile = weights.content ? profileVector(ctx) : null;
    yield;

    if (profile) c.addAll('content', yield* models.content.scoreSteps(profile, CONTENT_CANDIDATES, accept, 64, scratch.content));
    yield;

    if (weights.coCounts) {
      const graph = models.graph();
      for (const [i, s] of seeds) {
        for (const edge of ['viewed', 'bought'] as const) {
          const scale = s.w * EDGE_SCALE[s.kind][edge];
          graph.neighbours(i, edge).forEach((w, nb) => c.add('coCounts', nb, scale * w));
        }
        yield;
      }
    }

    // The current session, the latest click first (each step back counts half), older interests a little.
    const itemSeeds = new Map<number, number>();
    if (weights.itemKnn) {
      const maxW = seeds.length ? Math.max(1e-9, seeds[0]![1].w) : 1;
      for (const [i, s] of seeds.slice(0, 10)) itemSeeds.set(i, (0.1 * s.w) / maxW);
      ctx.session.forEach((i, p) => itemSeeds.set(i, Math.max(itemSeeds.get(i) ?? 0, Math.pow(0.5, ctx.session.length - 1 - p))));
      const shop = models.sessionItemKnn();
      shop?.score(itemSeeds, c.sink('itemKnn'));
      c.addAll('itemKnn', ownCoOccurrence(ctx.sessions, itemSeeds), 0.5);
      yield;
    }

    // The shop's sessions: V-SKNN, V-STAN and sequential rules on the current session.
    if (ctx.session.length) {
      if (weights.sessionKnn) models.sessionKnn()?.score(ctx.session, c.sink('sessionKnn'), ctx.now);
      if (weights.sessionStan) models.sessionStan()?.score(ctx.session, c.sink('sessionStan'), ctx.now);
      if (weights.sequentialRules) models.sequentialRules()?.score(ctx.session[ctx.session.length - 1]!, c.sink('sequentialRules'));
      if (weights.contextTree) contextTree()?.score(ctx.session, c.sink('contextTree'));
      yield;
      if (weights.embedding) addEmbedding(c, ctx.session, accept);
      yield;
      // Going back to what was just looked at: each click further back counts half.
      if (weights.reminder) {
        const last = ctx.session.length - 1;
        for (let p = last; p >= Math.max(0, last - 30); p--) if (!c.get('reminder', ctx.session[p]!)) c.add('reminder', ctx.session[p]!, Math.pow(0.5, last - p));
      }
    }

    if (weights.userKnn) {
      const uknn = models.userKnn();
      if (uknn && seeds.length) c.addAll('userKnn', uknn.score(new Map(seeds.map(([i, s]) => [i, Math.max(0, s.w)]))));
    }

    yield;
    // Popularity lifts every candidate a little and fills in when the history says little.
    const pop = models.popularity();
    if (weights.popularity) {
      for (const item of c.items) c.add('popularity', item, pop.score[item]!);
      for (const [item, v] of pop.top(Math.max(limit * 3, 30), accept)) if (!c.get('popularity', item)) c.add('popularity', item, v);
    }

    const cold = ctx.seeds.size === 0 && !ctx.queries.length && !ctx.external.length;
    const scored = c.blend(cold ? { ...weights, popularity: 1 } : weights, poolSize(limit), (item) => (ctx.seen.has(item) || ctx.carted.has(item) ? seenPenalty : 1));
    yield;
    return finish(
      scored,
      limit,
      (s) => {
        switch (dominant(s.parts)) {
          case 'content':
            return seedReason(ctx, s.item) ?? tasteReason(profile, s.item, ctx) ?? popularReason(s.item);
          case 'coCounts':
            return linkReason(ctx, s.item) ?? popularReason(s.item);
          case 'itemKnn':
            return coViewReason(itemSeeds, s.item) ?? seedReason(ctx, s.item) ?? { kind: 'shoppers-like-you' };
          case 'reminder':
            return { kind: 'recently-viewed', at: ctx.seeds.get(s.item)?.last ?? ctx.now };
          case 'sessionKnn':
          case 'sessionStan':
          case 'sequentialRules':
          case 'contextTree':
          case 'embedding':
          case 'userKnn':
            return { kind: 'shoppers-like-you' };
          default:
            return popularReason(s.item);
        }
      },
      Math.max(2, Math.ceil(limit / 2)),
    );
  }

  /** The personal and popularity signals over the candidates already found. */
  function personalise(c: Candidates, profile: SparseVec | null, weights: BlendWeights): void {
    const pop = models.popularity();
    for (const item of c.items) {
      if (profile) c.add('personal', item, models.content.dotWith(profile, item));
      if (weights.popularity) c.add('popularity', item, pop.score[item]!);
    }
  }

  function similar(ctx: HistoryContext, anchor: number, limit: number, accept: (i: number) => boolean, scratch: RequestScratch): Recommendation[] {
    const weights = weightsFor(options, 'similar');
    const c = scratch.candidates.begin(accept);
    if (weights.content) c.addAll('content', models.content.score(models.content.vector(anchor), CONTENT_CANDIDATES, accept, 64, scratch.content));
    if (weights.coCounts) c.addAll('coCounts', models.graph().neighbours(anchor, 'viewed'));
    if (weights.itemKnn) {
      const seeds = new Map([[anchor, 1]]);
      const shop = models.sessionItemKnn();
      if (shop) c.addAll('itemKnn', shop.score(seeds));
      c.addAll('itemKnn', ownCoOccurrence(ctx.sessions, seeds), 0.5);
    }
    if (weights.sessionKnn) models.sessionKnn()?.score([anchor], c.sink('sessionKnn'));
    if (weights.sessionStan) models.sessionStan()?.score([anchor], c.sink('sessionStan'));
    if (weights.sequentialRules) models.sequentialRules()?.score(anchor, c.sink('sequentialRules'));
    const profile = weights.personal && ctx.seeds.size ? profileVector(ctx) : null;
    personalise(c, profile, weights);
    const same: RecommendationReason = { kind: 'similar', productId: idOf(anchor) };
    return finish(c.blend(weights, poolSize(limit)), limit, (s) => {
      const signal = dominant(s.parts);
      if (signal === 'personal') return tasteReason(profile, s.item, ctx) ?? same;
      return signal === 'popularity' ? popularReason(s.item) : same;
    });
  }

  function boughtTogether(ctx: HistoryContext, anchors: number[], limit: number, accept: (i: number) => boolean, scratch: RequestScratch): Recommendation[] {
    const weights = weightsFor(options, 'bought-together');
    // What is in the cart already does not need suggesting again.
    const c = scratch.candidates.begin((i) => accept(i) && !ctx.carted.has(i));
    const graph = models.graph();
    anchors.forEach((a, n) => {
      const scale = n === 0 ? 1 : 0.5;
      const direct = graph.neighbours(a, 'bought');
      c.addAll('coCounts', direct, scale);
      // Few links of its own: what is bought with the products most like it.
      if (direct.size < limit) {
        const likes = [...graph.neighbours(a, 'viewed')].sort((x, y) => y[1] - x[1]).slice(0, 5);
        for (const [like, lw] of likes) c.addAll('coCounts', graph.neighbours(like, 'bought'), 0.4 * scale * lw);
      }
    });
    if (weights.itemKnn) {
      const seeds = new Map(anchors.map((a, n) => [a, n === 0 ? 1 : 0.5]));
      const shop = models.basketKnn();
      if (shop) c.addAll('itemKnn', shop.score(seeds));
      c.addAll('itemKnn', ownCoOccurrence(ctx.baskets, seeds));
    }
    if (weights.sessionKnn) models.sessionKnn()?.score(anchors.slice(0, 1), c.sink('sessionKnn'));
    // Complementary categories (from the shop's links across the catalog): their best sellers.
    const main = products[anchors[0]!]!;
    const prior = models.complements().get(leafKey(main.categories));
    if (prior && weights.popularity) {
      const pop = models.popularity();
      for (const [item, v] of pop.top(limit * 6, (i) => accept(i) && prior.has(leafKey(products[i]!.categories)))) {
        c.add('popularity', item, v * prior.get(leafKey(products[item]!.categories))!);
      }
    }
    const profile = weights.personal && ctx.seeds.size ? profileVector(ctx) : null;
    personalise(c, profile, weights);
    const sameKind = leafKey(main.categories);
    // Another product of the same kind is a substitute, not a companion.
    const scored = c.blend(weights, poolSize(limit), (item) => (leafKey(products[item]!.categories) === sameKind ? 0.35 : 1));
    return finish(scored, limit, (s) => {
      const signal = dominant(s.parts);
      if (signal === 'popularity') return popularReason(s.item);
      if (signal === 'personal') return tasteReason(profile, s.item, ctx) ?? popularReason(s.item);
      const seed = anchors.find((a) => graph.neighbours(a, 'bought').has(s.item)) ?? anchors[0]!;
      return { kind: 'bought-together', productId: idOf(seed) };
    });
  }

  function recentlyViewed(events: RecommendRequest['events'], anchor: number | undefined, limit: number, excluded: Set<number>): Recommendation[] {
    const out: Recommendation[] = [];
    const seen = new Set<number>();
    const dismissed = new Set(events.filter((e) => e.type === 'dismiss').map((e) => e.productId));
    for (let n = events.length - 1; n >= 0 && out.length < limit; n--) {
      const e = events[n]!;
      if ((e.type !== 'view' && e.type !== 'click') || !e.productId) continue;
      const i = models.index.get(e.productId);
      if (i === undefined || seen.has(i) || i === anchor || excluded.has(i)) continue;
      seen.add(i);
      if (dismissed.has(e.productId)) continue;
      out.push({ id: e.productId, score: 1 / (out.length + 1), reason: { kind: 'recently-viewed', at: e.at ?? 0 }, signals: {} });
    }
    return out;
  }

  /** One request, step by step (for-you yields between its signals; the other modes are quick). */
  function* requestSteps(request: RecommendRequest, scratch: RequestScratch): Steps<Recommendation[]> {
    if (!products.length || !request) return [];
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(Number(request.limit) || 8)));
    const events = canonicalEvents(Array.isArray(request.events) ? request.events.filter((e) => e && typeof e.type === 'string') : []);
    const excluded = new Set<number>();
    for (const id of request.exclude ?? []) {
      const i = models.index.get(canonical(id));
      if (i !== undefined) excluded.add(i);
    }
    const requested = request.productId === undefined ? catalog.currentProductId : canonical(request.productId);
    let anchor = requested === undefined ? undefined : models.index.get(requested);
    if (request.mode === 'recently-viewed') return recentlyViewed(events, anchor, limit, excluded);

    const ctx = readHistory(events, models.index, { eventWeights: options.eventWeights, halfLifeDays: options.halfLifeDays, now: request.now });
    // What may be shown, as one array lookup (it is asked for every product a signal touches).
    const { blocked } = scratch;
    unavailableItems.forEach((u, i) => (blocked[i] = u ? 1 : 0));
    for (const set of [excluded, ctx.purchased, ctx.dismissed]) for (const i of set) blocked[i] = 1;
    if (anchor !== undefined) blocked[anchor] = 1;
    const accept = (i: number) => blocked[i] === 0;

    switch (request.mode) {
      case 'similar': {
        // No product on screen: the one looked at last.
        if (anchor === undefined) {
          let last = -Infinity;
          for (const [i, s] of ctx.seeds) if (s.last > last) [anchor, last] = [i, s.last];
          if (anchor !== undefined) blocked[anchor] = 1;
        }
        return anchor === undefined ? [] : similar(ctx, anchor, limit, accept, scratch);
      }
      case 'bought-together': {
        const anchors = anchor !== undefined ? [anchor] : [...ctx.carted].filter((i) => !ctx.purchased.has(i)).slice(-3).reverse();
        return anchors.length ? boughtTogether(ctx, anchors, limit, (i) => accept(i) && !anchors.includes(i), scratch) : [];
      }
      case 'for-you':
        return yield* forYou(ctx, anchor, limit, accept, scratch);
      default:
        return [];
    }
  }

  /** Every model for-you may ask for; cheap once done (each part remembers, or resumes where it stopped). */
  async function prepare(o?: { signal?: AbortSignal }): Promise<void> {
    await models.prepare(o?.signal);
    if (weightsFor(options, 'for-you').contextTree && !o?.signal?.aborted) contextTree();
    if (weightsFor(options, 'for-you').embedding && !o?.signal?.aborted) await embeddingModel.run(o?.signal);
  }

  return {
    catalog,
    prepare,
    recommend(request: RecommendRequest): Recommendation[] {
      // A sliced request paused half-way holds `own`: this one writes into scratch of its own.
      return finishSteps(requestSteps(request, slicedRunning ? { candidates: new Candidates(products.length), blocked: new Uint8Array(products.length), content: models.content.newScratch() } : own));
    },
    recommendInSlices(request: RecommendRequest, o: SliceOptions = {}): Promise<Recommendation[]> {
      const run = slicedQueue.then(async () => {
        // The models from prepare() (workers, slices; the item embedding too) rather than built here at once.
        await prepare().catch(() => undefined);
        slicedRunning = true;
        try {
          const steps = requestSteps(request, own);
          const budget = o.sliceMs ?? SLICE_MS;
          let start = performance.now();
          for (let step = steps.next(); ; step = steps.next()) {
            if (step.done) return step.value;
            if (performance.now() - start > budget) {
              await (o.pause ?? yieldToHost)();
              start = performance.now();
            }
          }
        } finally {
          slicedRunning = false;
        }
      });
      slicedQueue = run.catch(() => undefined);
      return run;
    },
  };
}
