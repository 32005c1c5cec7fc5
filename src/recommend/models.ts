/**
 * The recommender's models over one catalog, each built on first use (or ahead of time, in slices,
 * by `prepare()`): the content index, the shop's co-count graph, popularity, and — when the shop
 * publishes neighbour data — session-kNN, item-kNN over sessions and baskets, and user-kNN.
 */
import type { Product } from '../catalog/types.ts';
import { yieldToHost } from '../catalog/time-slice.ts';
import { CoCountGraph } from './cocounts.ts';
import { ContentIndex, leafKey } from './content.ts';
import { ItemKnn } from './item-knn.ts';
import { Popularity } from './popularity.ts';
import { SequentialRules } from './sequential-rules.ts';
import { SessionIndex, SessionNeighbours } from './session-neighbours.ts';
import { TUNED } from './tuned.ts';
import type { NeighbourData, RecommenderOptions } from './types.ts';
import { UserKnn } from './user-knn.ts';

const SLICE_MS = 8;

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

/**
 * A model built step by step: `get()` finishes it at once (a request needs it now), `run()` builds it
 * in slices of ~8 ms, yielding to the page in between.
 */
class Sliced<T> {
  private value: T | undefined;
  private done = false;
  private steps: Generator<void, T> | null = null;

  constructor(private readonly make: () => Generator<void, T>) {}

  get(): T {
    if (!this.done) {
      this.steps ??= this.make();
      let step = this.steps.next();
      while (!step.done) step = this.steps.next();
      this.finish(step.value);
    }
    return this.value as T;
  }

  async run(signal?: AbortSignal): Promise<void> {
    let start = performance.now();
    while (!this.done) {
      this.steps ??= this.make();
      const step = this.steps.next();
      if (step.done) this.finish(step.value);
      else if (performance.now() - start > SLICE_MS) {
        await yieldToHost();
        if (signal?.aborted) return;
        start = performance.now();
      }
    }
  }

  private finish(value: T): void {
    this.value = value;
    this.done = true;
    this.steps = null;
  }
}

function* once<T>(make: () => T): Generator<void, T> {
  return make();
}

export class Models {
  readonly index: ReadonlyMap<string, number>;
  private readonly contentModel: Sliced<ContentIndex>;
  private readonly sessionItemModel: Sliced<ItemKnn | null>;
  private preparing: Promise<void> | null = null;

  constructor(
    readonly products: readonly Product[],
    private readonly options: RecommenderOptions,
  ) {
    this.index = new Map(products.map((p, i) => [p.id, i]));
    this.contentModel = new Sliced(() => ContentIndex.build(products));
    this.sessionItemModel = new Sliced(() => {
      const { sessions } = this.neighbours();
      return sessions.length ? ItemKnn.builder(sessions, { k: this.options.itemKnn?.k }) : once(() => null);
    });
  }

  get content(): ContentIndex {
    return this.contentModel.get();
  }

  /** Item-kNN over the shop's neighbour sessions (null without them). */
  readonly sessionItemKnn = (): ItemKnn | null => this.sessionItemModel.get();

  /** Builds everything ahead of time without holding the page for more than ~8 ms at once (the big ones in slices). */
  prepare(signal?: AbortSignal): Promise<void> {
    return (this.preparing ??= (async () => {
      await this.contentModel.run(signal);
      for (const build of [this.graph, this.neighbours, this.popularity, this.sessionKnn, this.sessionStan, this.sequentialRules, this.basketKnn, this.userKnn, this.complements]) {
        if (signal?.aborted) return;
        await yieldToHost();
        build();
      }
      await this.sessionItemModel.run(signal);
    })().finally(() => {
      if (signal?.aborted) this.preparing = null;
    }));
  }

  readonly graph = lazy(() => CoCountGraph.build(this.products, this.index));
  readonly neighbours = lazy(() => readNeighbours(this.options.neighbours, this.index, this.products.length, this.options.trendHalfLifeDays ?? TUNED.trendHalfLifeDays));
  readonly popularity = lazy(() => {
    const demand = Float64Array.from(this.neighbours().demand);
    const inbound = this.graph().inbound;
    for (let i = 0; i < demand.length; i++) demand[i]! += inbound[i]!;
    return Popularity.build(this.products, demand);
  });
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

  /**
   * Which leaf categories are bought with which (from the shop's bought-together links), for
   * complements of products the shop has no links for.
   */
  readonly complements = lazy(() => {
    const graph = this.graph();
    const out = new Map<string, Map<string, number>>();
    this.products.forEach((p, a) => {
      const from = leafKey(p.categories);
      if (!from) return;
      for (const [b, w] of graph.neighbours(a, 'bought')) {
        const to = leafKey(this.products[b]!.categories);
        if (!to || to === from) continue;
        const row = out.get(from) ?? new Map<string, number>();
        row.set(to, (row.get(to) ?? 0) + w);
        out.set(from, row);
      }
    });
    for (const row of out.values()) {
      const max = Math.max(...row.values());
      for (const [k, v] of row) row.set(k, v / max);
    }
    return out;
  });
}
