/**
 * Reads every product source on the page into one normalised `Catalog`:
 *
 *   1. the page's markup: schema.org JSON-LD (`<script type="application/ld+json">`), microdata and
 *      RDFa Lite, OpenGraph product tags (see page-sources.ts)
 *   2. the plain catalog block (`<script type="application/json" data-shop-guide-catalog>`)
 *   3. the store-info block (`<script type="application/json" data-shop-guide-store>`)
 *   4. `catalog-src`: a same-origin JSON or NDJSON feed, streamed
 *
 * Bad input never throws: it is repaired or dropped and summed up in one console warning. Work is
 * time-sliced (≈8 ms per slice) so a 100k-product catalog does not freeze the page. Rejects only when
 * `signal` aborts.
 */
import { categoryFromCrumbs } from './breadcrumbs.ts';
import { LIMITS } from './coerce.ts';
import { comparableUrl, detectCurrentProduct, explicitHint, pageUrls } from './current.ts';
import { readCatalogElement, readCatalogSrc, type FeedSink, type FetchLike } from './feed.ts';
import { CHUNK, READER_VERSION, defaultFeedCache, feedCacheKey, type CachedFeedMeta, type FeedCache, type FeedValidators } from './feed-cache.ts';
import { StringPool } from './intern.ts';
import { IdAliases } from './id-aliases.ts';
import { IssueLog, warnAboutIssues } from './issues.ts';
import { kindBit, ProductMerger, SOURCE_KINDS, SOURCE_RANK, type SourceKind } from './merge.ts';
import { PageIdentity } from './page-identity.ts';
import { readPageSources } from './page-sources.ts';
import { mergeStoreInfo, readPlainProduct, readStoreInfo } from './plain.ts';
import { foldSameProducts } from './same-product.ts';
import { abortError, TimeSlicer } from './time-slice.ts';
import { foldVariantPages, joinVariantPage } from './variant-pages.ts';
import type { Catalog, CatalogIssue, Product, StoreInfo } from './types.ts';

export interface LoadCatalogOptions {
  /** The document to read (default: `document`). */
  root?: Document;
  /** `catalog-src`: a same-origin JSON or NDJSON URL, resolved against the document's base URL, streamed. */
  src?: string | null;
  signal?: AbortSignal;
  /** Called as products arrive with how many have been read so far. */
  onProgress?: (loaded: number) => void;
  /** Where the one warning goes (tests pass their own). Default: `console`. */
  logger?: Pick<Console, 'warn'>;
  /** For tests: the fetch used for `src`. */
  fetch?: FetchLike;
  /** Longest stretch of work between yields to the page, in ms (default 8). */
  sliceMs?: number;
  /** Hears how long each stretch of work ran before yielding (diagnostics, benchmarks). */
  onSlice?: (ms: number) => void;
  /** Where the feed is kept between page views (default: IndexedDB; `null`: read it every time). */
  cache?: FeedCache | null;
}

const PLAIN = 'script[data-shop-guide-catalog]';
const STORE = 'script[data-shop-guide-store]';

export async function loadCatalog(options: LoadCatalogOptions = {}): Promise<Catalog> {
  const doc = options.root ?? document;
  const { signal } = options;
  if (signal?.aborted) throw abortError(signal);
  // Documents made with DOMParser / createHTMLDocument have no URL of their own: use the page's.
  const base = doc.baseURI && !doc.baseURI.startsWith('about:') ? doc.baseURI : (globalThis.location?.href ?? doc.URL);
  const log = new IssueLog();
  const slicer = new TimeSlicer(options.sliceMs ?? 8, signal, options.onSlice);
  const merger = new ProductMerger(joinVariantPage);
  const progress = () => options.onProgress?.(merger.size);
  let overLimit = 0;
  const seenRank = new Map<string, number>();

  const add = (p: Product | null, rank: number, sameSourceKind: boolean, source: string, kind: SourceKind) => {
    if (!p) return;
    if (!merger.has(p.id) && merger.size >= LIMITS.maxProducts) {
      overLimit++;
      return;
    }
    const existedBefore = merger.has(p.id);
    const firstRank = existedBefore ? seenRank.get(p.id) : undefined;
    if (merger.add(p, rank, kindBit(kind)) === 'merged' && sameSourceKind && firstRank === rank) log.add('duplicate-id', `${source} (${p.id})`, 'repaired');
    if (!existedBefore) seenRank.set(p.id, rank);
  };

  // 1. The page's own markup: JSON-LD (freshest), microdata / RDFa Lite, OpenGraph.
  const page = PageIdentity.of(doc, base);
  const urls = pageUrls(doc);
  const { mainIds, primaryIds, crumbs, store: jsonLdStore } = await readPageSources({ doc, base, log, page, slicer, merger, pageUrls: urls, add });

  // 2 + 3. The store-info block first: its currency is the default for products that name none.
  const storeParts: (Partial<StoreInfo> | null)[] = [];
  for (const [i, script] of [...doc.querySelectorAll<HTMLScriptElement>(STORE)].entries()) {
    const source = `data-shop-guide-store #${i + 1}`;
    try {
      storeParts.push(readStoreInfo(JSON.parse(script.textContent ?? ''), log, source));
    } catch {
      log.add('malformed-json', source, 'dropped');
    }
  }
  let storeCurrency = storeParts.find((s) => s?.currency)?.currency;

  const feedSink = (rank: number): FeedSink => ({
    product: (raw, source) => add(readPlainProduct(raw, { base, log, storeCurrency }, source), rank, true, source, rank === SOURCE_RANK.feed ? 'feed' : 'plain'),
    store: (raw, source) => {
      const s = readStoreInfo(raw, log, source);
      storeParts.push(s);
      storeCurrency ??= s?.currency;
    },
  });

  for (const [i, script] of [...doc.querySelectorAll<HTMLScriptElement>(PLAIN)].entries()) {
    const label = `data-shop-guide-catalog #${i + 1}`;
    const before = log.issues.length;
    const countBefore = merger.size;
    const hadText = await readCatalogElement(script, { log, slicer, sink: feedSink(SOURCE_RANK.plain), label, signal, onProgress: progress });
    if (merger.size === countBefore && log.issues.length === before && hadText) {
      log.add('not-a-catalog', label, 'dropped');
    }
  }

  // 4. catalog-src, streamed — or, when the server says the stored copy is current, from IndexedDB.
  // Failures are reported; the page's own products still count.
  let feedFormat: string | undefined;
  /** The stored feed's key and version, when the products came from (or went into) IndexedDB. */
  let feedStored: { key: string; version: string } | null = null;
  if (options.src) {
    const countBefore = merger.size;
    const before = log.issues.length;
    const cache = options.cache === undefined ? defaultFeedCache() : options.cache;
    let key: string | null = null;
    try {
      key = cache ? feedCacheKey(new URL(options.src, base).href, base, storeCurrency) : null;
    } catch {
      key = null; // not a URL: readCatalogSrc reports it
    }
    const stored = cache && key ? await cache.meta(key).catch(() => null) : null;
    const src = options.src;
    /** One request: conditional when a copy is stored (a 304 leaves the body unread), streamed into the reader otherwise. */
    const read = async (conditional: boolean) => {
      const writer = cache && key ? new FeedWriter(cache, key) : null;
      const sink = feedSink(SOURCE_RANK.feed);
      const result = await readCatalogSrc(
        src,
        base,
        {
          log,
          slicer,
          sink: writer
            ? {
                product: (raw, source) => {
                  const p = readPlainProduct(raw, { base, log, storeCurrency }, source);
                  if (p) writer.product(p);
                  add(p, SOURCE_RANK.feed, true, source, 'feed');
                },
                store: (raw, source) => {
                  writer.stores.push(raw);
                  sink.store(raw, source);
                },
              }
            : sink,
          label: 'catalog-src',
          signal,
          onProgress: progress,
        },
        options.fetch,
        {
          conditional: conditional && stored ? { ...(stored.etag ? { etag: stored.etag } : {}), ...(stored.lastModified ? { lastModified: stored.lastModified } : {}) } : null,
          onValidators: (v) => writer?.validate(v),
        },
      );
      // Kept only when the whole feed arrived in one response, with a way to tell later whether it changed.
      if (result.status !== 'not-modified') {
        const meta = writer?.finish(result.status === 'read' && result.pages === 1, log.issues.slice(before), result.format);
        feedStored = meta ? { key: meta.key, version: storedFeedVersion(meta) } : null;
      }
      feedFormat = result.format ?? feedFormat;
      return result.status;
    };
    if ((await read(!!stored)) === 'not-modified') {
      // The server says the stored copy is current: no download, no parse. A broken copy is read afresh.
      const replayed = await replayFeed(cache!, stored!, slicer, signal, (p) => add(p, SOURCE_RANK.feed, true, 'catalog-src', 'feed'), feedSink(SOURCE_RANK.feed), log);
      if (replayed) {
        feedFormat = stored!.format;
        feedStored = { key: stored!.key, version: storedFeedVersion(stored!) };
      } else await read(false);
    }
    if (merger.size === countBefore && log.issues.length === before) log.add('not-a-catalog', 'catalog-src', 'dropped');
  }
  if (overLimit) log.add('too-many-products', `${overLimit} products beyond ${LIMITS.maxProducts}`, 'dropped');

  // One product under two ids (the page's sku or URL, the feed's number or gtin): one product, under the
  // feed's id (the same on every page, so history and links agree). The page's id-less product, known by
  // the page URL, joins the feed's product at that URL the same way.
  // A variant's own page joins the group the feed brings, as one of its variants.
  await foldVariantPages(merger, log, slicer);
  await foldSameProducts(merger, log, slicer, { ...(page.claimedId ? { expected: page.claimedId } : {}) });
  const folded = merger.aliases();
  for (const ids of [mainIds, primaryIds]) ids.forEach((id, i) => (ids[i] = merger.resolve(id)));
  const seenIn = { get: (id: string) => merger.kindsOf(id) };

  const products = merger.products();
  const byId = new Map<string, Product>();
  const pool = new StringPool();
  for (let i = 0; i < products.length; i++) {
    byId.set(products[i]!.id, products[i]!);
    pool.product(products[i]!);
    if ((i & 1023) === 1023) await slicer.maybePause();
  }
  // Folded ids and variant ids (looked up only when asked for: see id-aliases.ts).
  const aliases = new IdAliases(folded, products, byId);
  await resolveRelated(products, byId, aliases, slicer);

  const store = mergeStoreInfo([
    ...storeParts,
    { name: jsonLdStore.name, shipping: jsonLdStore.shipping, returns: jsonLdStore.returns },
    await storeFactsFromOffers(products, slicer),
  ]);
  store.currency ??= commonCurrency(products);

  const hint = explicitHint(doc);
  const currentProductId = detectCurrentProduct(byId, { explicit: hint === undefined ? undefined : (aliases.get(hint) ?? hint), mainIds, primaryIds, pageUrls: urls });
  // The page's breadcrumbs name its product's category when the product itself names none.
  const current = currentProductId ? byId.get(currentProductId) : undefined;
  if (current && !current.categories.length) {
    for (const trail of crumbs) {
      const path = categoryFromCrumbs(trail, current, urls);
      if (path.length) {
        current.categories = path;
        break;
      }
    }
  }
  const sources = await sourceCounts(products, seenIn, slicer, options.src ? { src: options.src, ...(feedFormat ? { format: feedFormat } : {}) } : undefined);
  options.onProgress?.(products.length);
  warnAboutIssues(log.issues, products.length, options.logger);
  const feedCache = feedStored ? await feedCacheOf(feedStored, products, seenIn, currentProductId, slicer) : null;
  slicer.finish();
  return {
    products,
    byId,
    ...(currentProductId ? { currentProductId } : {}),
    ...(folded.size || products.some((p) => p.variants.length) ? { aliases } : {}),
    store,
    issues: log.issues,
    sources,
    ...(feedCache ? { feedCache } : {}),
  };
}

/** One stored copy of a feed: a new write or changed validators make another version. */
function storedFeedVersion(meta: CachedFeedMeta): string {
  return [READER_VERSION, meta.generation, meta.count, meta.etag ?? '', meta.lastModified ?? ''].join('|');
}

/** Above this many products of the page's own, a stored index is not worth checking product by product. */
const MAX_PAGE_PRODUCTS = 1000;

/**
 * The stored feed with the products this page gave of its own (they merge into the feed's copies, so a
 * stored index checks them) — and the current product, whose category may come from the breadcrumbs.
 */
/** Which kinds of source gave a product (bits of SOURCE_KINDS). */
interface KindsOf {
  get(id: string): number;
}

async function feedCacheOf(stored: { key: string; version: string }, products: Product[], seenIn: KindsOf, currentProductId: string | undefined, slicer: TimeSlicer): Promise<Catalog['feedCache'] | null> {
  const feedOnly = kindBit('feed');
  const pageProducts: string[] = [];
  for (let i = 0; i < products.length; i++) {
    const p = products[i]!;
    const bits = seenIn.get(p.id) ?? 0;
    if (bits & ~feedOnly || p.id === currentProductId) {
      pageProducts.push(p.id);
      if (pageProducts.length > MAX_PAGE_PRODUCTS) return null;
    }
    if ((i & 4095) === 4095) await slicer.maybePause();
  }
  return { ...stored, pageProducts };
}

// The passes below read every product: sliced like the rest (at 100k products together they made a 100 ms task).

async function sourceCounts(products: Product[], seenIn: KindsOf, slicer: TimeSlicer, feed?: { src: string; format?: string }): Promise<NonNullable<Catalog['sources']>> {
  const bySource: Record<string, number> = {};
  const counts = SOURCE_KINDS.map(() => 0);
  for (let i = 0; i < products.length; i++) {
    const bits = seenIn.get(products[i]!.id) ?? 0;
    for (let k = 0; k < counts.length; k++) if (bits & (1 << k)) counts[k]!++;
    if ((i & 4095) === 4095) await slicer.maybePause();
  }
  SOURCE_KINDS.forEach((kind, k) => {
    if (counts[k]) bySource[kind] = counts[k]!;
  });
  return { bySource, ...(feed ? { feed: { ...feed, products: bySource.feed ?? 0 } } : {}) };
}

/**
 * isRelatedTo / isSimilarTo may name products by URL, or by an id another source's id replaced (an
 * alias); keep only references to products we have.
 */
async function resolveRelated(products: Product[], byId: Map<string, Product>, aliases: IdAliases, slicer: TimeSlicer): Promise<void> {
  // Products named by URL need a URL → id map of the whole catalog: built in slices, and only when some
  // reference is a URL (building it in one go took a 100 ms task at 100k products).
  let byUrl: Map<string, string> | null = null;
  const isUrl = (ref: string) => /^https?:/i.test(ref);
  for (let i = 0; i < products.length && !byUrl; i++) {
    const r = products[i]!.related;
    if (r.relatedTo.some(isUrl) || r.similarTo.some(isUrl)) byUrl = new Map();
    if ((i & 255) === 0) await slicer.maybePause();
  }
  if (byUrl) {
    for (let i = 0; i < products.length; i++) {
      const p = products[i]!;
      if (p.url) byUrl.set(comparableUrl(p.url), p.id);
      if ((i & 255) === 0) await slicer.maybePause();
    }
  }
  // References name products by the products' own id strings (one copy each, not one per reference:
  // at 100k products the parsed copies were ~40 MB).
  const own = (id: string | undefined) => (id === undefined ? undefined : (byId.get(id)?.id ?? id));
  const counts = (cs: Product['related']['alsoBought'], self: string) => {
    const out: Product['related']['alsoBought'] = [];
    for (const c of cs) {
      const id = own(byId.has(c.id) ? c.id : aliases.get(c.id));
      if (id === undefined || id === self) continue;
      if (id === c.id) {
        c.id = id;
        out.push(c);
      } else out.push({ ...c, id });
    }
    return out;
  };
  const resolve = (ref: string): string | undefined => {
    if (byId.has(ref)) return own(ref);
    const alias = aliases.get(ref);
    if (alias !== undefined) return own(alias);
    if (byUrl && isUrl(ref)) return own(byUrl.get(comparableUrl(ref)));
    return undefined;
  };
  // A reference no product has as its own id may name a variant: the variant index is built (in slices)
  // the first time one turns up, not by aliases.get in the middle of a slice.
  let variantsReady = false;
  const unknown = (ref: string) => !byId.has(ref);
  for (let i = 0; i < products.length; i++) {
    const r = products[i]!.related;
    const self = products[i]!.id;
    if (!variantsReady && (r.relatedTo.some(unknown) || r.similarTo.some(unknown) || r.alsoBought.some((c) => unknown(c.id)) || r.alsoViewed.some((c) => unknown(c.id)))) {
      await aliases.prepare(slicer);
      variantsReady = true;
    }
    const ids = (refs: string[]) => [...new Set(refs.map(resolve).filter((x): x is string => !!x && x !== self))];
    if (r.relatedTo.length) r.relatedTo = ids(r.relatedTo);
    if (r.similarTo.length) r.similarTo = ids(r.similarTo);
    if (r.alsoBought.length) r.alsoBought = counts(r.alsoBought, self);
    if (r.alsoViewed.length) r.alsoViewed = counts(r.alsoViewed, self);
    if ((i & 63) === 0) await slicer.maybePause();
  }
}

/** Shipping and return terms most products' offers declare, for shops without a store-info block. */
async function storeFactsFromOffers(products: Product[], slicer: TimeSlicer): Promise<Partial<StoreInfo>> {
  for (let i = 0; i < products.length; i++) {
    for (const o of products[i]!.offers) {
      if (o.shipping?.length || o.returns) return { shipping: o.shipping ?? [], ...(o.returns ? { returns: o.returns } : {}) };
    }
    if ((i & 4095) === 4095) await slicer.maybePause();
  }
  return {};
}

function commonCurrency(products: Product[]): string | undefined {
  const counts = new Map<string, number>();
  for (let i = 0; i < products.length; i += Math.max(1, Math.floor(products.length / 500))) {
    const c = products[i]!.currency;
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}


/** Adds the stored copy of the feed's products (chunk by chunk). Resolves false, adding nothing, when a chunk is missing. */
async function replayFeed(
  cache: FeedCache,
  stored: CachedFeedMeta,
  slicer: TimeSlicer,
  signal: AbortSignal | undefined,
  add: (p: Product) => void,
  sink: FeedSink,
  log: IssueLog,
): Promise<boolean> {
  const chunks: Product[][] = [];
  for (let i = 0; i < stored.chunks; i++) {
    const chunk = await cache.chunk(stored.key, stored.generation, i).catch(() => null);
    if (!chunk) return false;
    chunks.push(chunk);
    if (signal?.aborted) throw abortError(signal);
  }
  for (const raw of stored.stores) sink.store(raw, 'catalog-src store');
  for (const chunk of chunks) {
    for (const p of chunk) add(p);
    await slicer.maybePause();
  }
  for (const issue of stored.issues) log.add(issue.reason, issue.source, issue.action);
  return true;
}

/** Collects what the feed reader made, writes it in chunks as it goes, and commits it if the feed can be validated later. */
class FeedWriter {
  readonly stores: unknown[] = [];
  private readonly generation = Date.now();
  private chunk: Product[] = [];
  private chunks = 0;
  private count = 0;
  private validators: FeedValidators | null = null;
  private writes: Promise<void>[] = [];
  private failed = false;

  constructor(
    private readonly cache: FeedCache,
    private readonly key: string,
  ) {}

  validate(v: FeedValidators): void {
    this.validators = v.etag || v.lastModified ? v : null;
  }

  product(p: Product): void {
    if (this.failed || !this.validators) return;
    this.chunk.push(p);
    this.count++;
    if (this.chunk.length >= CHUNK) this.flush();
  }

  private flush(): void {
    if (!this.chunk.length) return;
    // The copy is taken when the write is issued, before later steps (related links) change the products.
    this.writes.push(
      this.cache.putChunk(this.key, this.generation, this.chunks++, this.chunk).catch((e) => {
        if (!this.failed) console.warn('[shop-guide] could not keep the catalog for the next page view', e);
        this.failed = true; // storage full or gone: the feed is simply read again next time
      }),
    );
    this.chunk = [];
  }

  /** Commits the feed when it can be kept; returns what is being stored (null: nothing is). */
  finish(complete: boolean, issues: CatalogIssue[], format: string | undefined): CachedFeedMeta | null {
    if (!complete || this.failed || !this.validators) return null;
    this.flush();
    const meta: CachedFeedMeta = {
      key: this.key,
      version: READER_VERSION,
      generation: this.generation,
      chunks: this.chunks,
      count: this.count,
      stores: this.stores,
      // Duplicates are found again when the products are merged on replay.
      issues: issues.filter((i) => i.reason !== 'duplicate-id'),
      usedAt: Date.now(),
      ...(format ? { format } : {}),
      ...this.validators,
    };
    void Promise.all(this.writes)
      .then(() => (this.failed ? undefined : this.cache.commit(meta)))
      .catch((e) => console.warn('[shop-guide] could not keep the catalog for the next page view', e));
    return meta;
  }
}
