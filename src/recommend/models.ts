/**
 * The recommender's models over one catalog, each built on first use (or ahead of time, in slices,
 * by `prepare()`): the content index, the shop's co-count graph, popularity, and — when the shop
 * publishes neighbour data — session-kNN, item-kNN over sessions and baskets, and user-kNN.
 * `prepare()` first asks its ModelBuilder for the two heavy ones (the page's wires a worker); when
 * the builder cannot, they are built here in slices like the rest.
 */
import type { Product } from '../catalog/types.ts';
import { yieldToHost } from '../catalog/time-slice.ts';
import { once, Sliced, type Steps } from './steps.ts';
import { CoCountGraph } from './cocounts.ts';
import { ContentIndex, leafKey } from './content.ts';
import { ItemKnn } from './item-knn.ts';
import { Popularity } from './popularity.ts';
import { SequentialRules } from './sequential-rules.ts';
import { SessionIndex, SessionNeighbours } from './session-neighbours.ts';
import { inPageBuilder, type ModelBuilder } from './model-builder.ts';
import { TUNED } from './tuned.ts';
import type { NeighbourData, RecommenderOptions } from './types.ts';
import { UserKnn } from './user-knn.ts';

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** Neighbour data as catalog indices (ids the catalog lacks are dropped), plus how often each product appears. */
function readNeighbours(data: NeighbourData | undefined, index: ReadonlyMap<string, number>, n: number, trendHalfLifeDays: number) {
  const demand = new Float64Array(n);
  const toItems = (list: unknown): number[] => {
    if (!Array.isArray(list)) return [];
    const out: number[] = [];
    for (const id of list) {
      const i = typeof id === 'string' || typeof id === 'number' ? index.get(String(id)) : undefined;
      if (i !== undefined) out.push(i);
    }
    return out;
  };
  const sessions: number[][] = [];
  const rawTimes = Array.isArray(data?.sessionTimes) ? data.sessionTimes : null;
  const sessionTimes: number[] = [];
  (Array.isArray(data?.sessions) ? data.sessions : []).forEach((raw, n) => {
    const items = toItems(raw);
    if (!items.length) return;
    sessions.push(items);
    const t = rawTimes?.[n];
    sessionTimes.push(typeof t === 'number' && Number.isFinite(t) ? t : NaN);
  });
  const baskets = (Array.isArray(data?.baskets) ? data.baskets : []).map(toItems).filter((s) => s.length > 1);
  const profiles: Map<number, number>[] = [];
  for (const p of Array.isArray(data?.profiles) ? data.profiles : []) {
    if (!p || typeof p !== 'object') continue;
    const m = new Map<number, number>();
    for (const [id, r] of Object.entries(p)) {
      const i = index.get(id);
      if (i !== undefined && typeof r === 'number' && Number.isFinite(r) && r > 0) m.set(i, r);
    }
    if (m.size) profiles.push(m);
  }
  // With session times, demand is what is in demand lately: a session counts half as much per half-life of age.
  let newest = -Infinity;
  for (const t of sessionTimes) if (t > newest) newest = t;
  const age = (n: number) => (rawTimes && Number.isFinite(sessionTimes[n]) ? (newest - sessionTimes[n]!) / 86_400_000 : 0);
  sessions.forEach((s, n) => {
    const w = Math.pow(0.5, age(n) / trendHalfLifeDays);
    for (const i of new Set(s)) demand[i]! += w;
  });
  for (const b of baskets) for (const i of new Set(b)) demand[i]! += 2; // an order says more than a view
  for (const p of profiles) for (const i of p.keys()) demand[i]!++;
  return { sessions, sessionTimes: rawTimes ? sessionTimes : undefined, baskets, profiles, demand };
}

/** Product id → its index in the catalog, a few thousand products per step. */
function* indexBuilder(products: readonly Product[]): Steps<Map<string, number>> {
  const index = new Map<string, number>();
  for (let i = 0; i < products.length; i++) {
    index.set(products[i]!.id, i);
    if (i % 5000 === 4999) yield;
  }
  return index;
}

/** Each product's leaf-category key (`leafKey`), once per product: the complements pass reads it per link. */
function* leafKeysBuilder(products: readonly Product[]): Steps<string[]> {
  const keys = new Array<string>(products.length);
  for (let i = 0; i < products.length; i++) {
    keys[i] = leafKey(products[i]!.categories);
    if (i % 2000 === 1999) yield;
  }
  return keys;
}

/**
 * Which leaf categories are bought with which (from the shop's bought-together links), for
 * complements of products the shop has no links for.
 */
function* complementsBuilder(graph: CoCountGraph, leaves: readonly string[]): Steps<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>();
  // Steps count links, not products: a product many others list has thousands of them.
  let work = 0;
  for (let a = 0; a < leaves.length; a++) {
    if (++work >= 5000) {
      work = 0;
      yield;
    }
    const from = leaves[a]!;
    if (!from) continue;
    for (const [b, w] of graph.neighbours(a, 'bought')) {
      if (++work >= 5000) {
        work = 0;
        yield;
      }
      const to = leaves[b]!;
      if (!to || to === from) continue;
      let row = out.get(from);
      if (!row) out.set(from, (row = new Map<string, number>()));
      row.set(to, (row.get(to) ?? 0) + w);
    }
  }
  yield;
  for (const row of out.values()) {
    let max = 0;
    for (const v of row.values()) if (v > max) max = v;
    for (const [k, v] of row) row.set(k, v / max);
  }
  return out;
}

export class Models {
  private readonly indexModel: Sliced<Map<string, number>>;
  private readonly contentModel: Sliced<ContentIndex>;
  private readonly graphModel: Sliced<CoCountGraph>;
  private readonly popularityModel: Sliced<Popularity>;
  private readonly leafKeysModel: Sliced<string[]>;
  private readonly complementsModel: Sliced<Map<string, Map<string, number>>>;
  private readonly sessionItemModel: Sliced<ItemKnn | null>;
  private preparing: Promise<void> | null = null;

  constructor(
    readonly products: readonly Product[],
    private readonly options: RecommenderOptions,
    private readonly builder: ModelBuilder = options.modelBuilder ?? inPageBuilder,
  ) {
    // Every model over the whole catalog is built in steps (at 100k products each single pass was a
    // 0.1–1.9 s task): prepare() runs them in slices, a request that cannot wait finishes one at once.
    this.indexModel = new Sliced(() => indexBuilder(products));
    this.contentModel = new Sliced(() => ContentIndex.build(products));
    this.graphModel = new Sliced(() => CoCountGraph.builder(products, this.index));
    this.popularityModel = new Sliced(() => {
      const demand = Float64Array.from(this.neighbours().demand);
      const inbound = this.graph().inbound;
      for (let i = 0; i < demand.length; i++) demand[i]! += inbound[i]!;
      return Popularity.builder(products, demand);
    });
    this.leafKeysModel = new Sliced(() => leafKeysBuilder(products));
    this.complementsModel = new Sliced(() => complementsBuilder(this.graph(), this.leafKeysModel.get()));
    this.sessionItemModel = new Sliced(() => {
      const { sessions } = this.neighbours();
      return sessions.length ? ItemKnn.builder(sessions, { k: this.options.itemKnn?.k }) : once(() => null);
    });
  }

  /** Product id → its index in `products`. */
  get index(): ReadonlyMap<string, number> {
    return this.indexModel.get();
  }

  get content(): ContentIndex {
    return this.contentModel.get();
  }

  readonly graph = (): CoCountGraph => this.graphModel.get();
  readonly popularity = (): Popularity => this.popularityModel.get();
  /** Leaf category key → the leaf categories bought with it, 0–1 (the strongest 1). */
  readonly complements = (): Map<string, Map<string, number>> => this.complementsModel.get();

  /** Item-kNN over the shop's neighbour sessions (null without them). */
  readonly sessionItemKnn = (): ItemKnn | null => this.sessionItemModel.get();

  /** Builds everything ahead of time without holding the page for more than ~8 ms at once (the big ones in slices). */
  prepare(signal?: AbortSignal): Promise<void> {
    return (this.preparing ??= (async () => {
      const sliced = (m: Sliced<unknown>) => (signal?.aborted ? undefined : m.run(signal));
      await sliced(this.indexModel);
      const heavy = signal?.aborted || (this.contentModel.ready && this.graphModel.ready) ? null : this.builder.build(this.products, signal);
      // A request that could not wait may have built one meanwhile: the first one stays.
      const graphCame = heavy?.graph.then((g) => g && this.graphModel.provide(g));
      const contentCame = heavy?.content.then((c) => c && this.contentModel.provide(c));
      // While the builder works: what needs neither heavy model.
      for (const build of [this.neighbours, this.sessionKnn, this.sessionStan, this.sequentialRules, this.basketKnn, this.userKnn]) {
        if (signal?.aborted) return;
        await yieldToHost();
        build();
      }
      await sliced(this.leafKeysModel);
      await sliced(this.sessionItemModel);
      // The graph comes first (far less work than the content index): what needs it goes on meanwhile.
      await graphCame;
      await sliced(this.graphModel);
      await sliced(this.popularityModel);
      await sliced(this.complementsModel);
      await contentCame;
      await sliced(this.contentModel);
    })().finally(() => {
      if (signal?.aborted) this.preparing = null;
    }));
  }

  readonly neighbours = lazy(() => readNeighbours(this.options.neighbours, this.index, this.products.length, this.options.trendHalfLifeDays ?? TUNED.trendHalfLifeDays));
  /** The shop's sessions as one compact index, shared by V-SKNN and V-STAN (null without sessions). */
  private readonly sessionIndex = lazy(() => {
    const { sessions, sessionTimes } = this.neighbours();
    return sessions.length ? new SessionIndex(sessions, sessionTimes) : null;
  });
  /** V-SKNN over the shop's sessions (null without them). */
  readonly sessionKnn = lazy(() => {
    const index = this.sessionIndex();
    return index ? new SessionNeighbours(index, { ...TUNED.sessionKnn, ...this.options.sessionKnn }) : null;
  });
  /** V-STAN (or STAN) over the shop's sessions. */
  readonly sessionStan = lazy(() => {
    const index = this.sessionIndex();
    return index ? new SessionNeighbours(index, { ...TUNED.sessionStan, ...this.options.sessionStan }) : null;
  });
  /** Sequential rules over the shop's sessions. */
  readonly sequentialRules = lazy(() => {
    const { sessions } = this.neighbours();
    return sessions.length ? new SequentialRules(sessions, { ...TUNED.sequentialRules, ...this.options.sequentialRules }) : null;
  });
  readonly basketKnn = lazy(() => {
    const { baskets } = this.neighbours();
    return baskets.length ? ItemKnn.build(baskets, { k: this.options.itemKnn?.k, lambda: 5 }) : null;
  });
  readonly userKnn = lazy(() => {
    const { profiles } = this.neighbours();
    return profiles.length ? new UserKnn(profiles) : null;
  });
}
