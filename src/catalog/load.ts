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
import { IssueLog, warnAboutIssues } from './issues.ts';
import { ProductMerger, SOURCE_RANK } from './merge.ts';
import { PageIdentity } from './page-identity.ts';
import { readPageSources, SOURCE_KINDS, type SourceKind } from './page-sources.ts';
import { mergeStoreInfo, readPlainProduct, readStoreInfo } from './plain.ts';
import { abortError, TimeSlicer } from './time-slice.ts';
import type { Catalog, Product, StoreInfo } from './types.ts';

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
  const merger = new ProductMerger();
  const progress = () => options.onProgress?.(merger.size);
  let overLimit = 0;
  const seenRank = new Map<string, number>();

  /** Which kinds of source gave each product (bit per kind), for diagnostics. */
  const seenIn = new Map<string, number>();
  const add = (p: Product | null, rank: number, sameSourceKind: boolean, source: string, kind: SourceKind) => {
    if (!p) return;
    seenIn.set(p.id, (seenIn.get(p.id) ?? 0) | (1 << SOURCE_KINDS.indexOf(kind)));
    if (!merger.has(p.id) && merger.size >= LIMITS.maxProducts) {
      overLimit++;
      return;
    }
    const existedBefore = merger.has(p.id);
    const firstRank = existedBefore ? seenRank.get(p.id) : undefined;
    if (merger.add(p, rank) === 'merged' && sameSourceKind && firstRank === rank) log.add('duplicate-id', `${source} (${p.id})`, 'repaired');
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

  // 4. catalog-src, streamed. Failures are reported; the page's own products still count.
  let feedFormat: string | undefined;
  if (options.src) {
    const countBefore = merger.size;
    const before = log.issues.length;
    feedFormat = await readCatalogSrc(options.src, base, { log, slicer, sink: feedSink(SOURCE_RANK.feed), label: 'catalog-src', signal, onProgress: progress }, options.fetch);
    if (merger.size === countBefore && log.issues.length === before) log.add('not-a-catalog', 'catalog-src', 'dropped');
  }
  if (overLimit) log.add('too-many-products', `${overLimit} products beyond ${LIMITS.maxProducts}`, 'dropped');

  const products = merger.products();
  const byId = new Map<string, Product>();
  for (let i = 0; i < products.length; i++) {
    byId.set(products[i]!.id, products[i]!);
    if ((i & 4095) === 4095) await slicer.maybePause();
  }
  await resolveRelated(products, byId, slicer);

  const store = mergeStoreInfo([
    ...storeParts,
    { name: jsonLdStore.name, shipping: jsonLdStore.shipping, returns: jsonLdStore.returns },
    storeFactsFromOffers(products),
  ]);
  store.currency ??= commonCurrency(products);

  const currentProductId = detectCurrentProduct(byId, { explicit: explicitHint(doc), mainIds, primaryIds, pageUrls: urls });
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
  options.onProgress?.(products.length);
  warnAboutIssues(log.issues, products.length, options.logger);
  slicer.finish();
  return {
    products,
    byId,
    ...(currentProductId ? { currentProductId } : {}),
    store,
    issues: log.issues,
    sources: sourceCounts(products, seenIn, options.src ? { src: options.src, ...(feedFormat ? { format: feedFormat } : {}) } : undefined),
  };
}

function sourceCounts(products: Product[], seenIn: Map<string, number>, feed?: { src: string; format?: string }): NonNullable<Catalog['sources']> {
  const bySource: Record<string, number> = {};
  const counts = SOURCE_KINDS.map(() => 0);
  for (const p of products) {
    const bits = seenIn.get(p.id) ?? 0;
    for (let k = 0; k < counts.length; k++) if (bits & (1 << k)) counts[k]!++;
  }
  SOURCE_KINDS.forEach((kind, k) => {
    if (counts[k]) bySource[kind] = counts[k]!;
  });
  return { bySource, ...(feed ? { feed: { ...feed, products: bySource.feed ?? 0 } } : {}) };
}

/** isRelatedTo / isSimilarTo may name products by URL; keep only references to products we have. */
async function resolveRelated(products: Product[], byId: Map<string, Product>, slicer: TimeSlicer): Promise<void> {
  let byUrl: Map<string, string> | null = null;
  const urlIndex = () => {
    if (!byUrl) {
      byUrl = new Map();
      for (const p of products) if (p.url) byUrl.set(comparableUrl(p.url), p.id);
    }
    return byUrl;
  };
  const resolve = (ref: string): string | undefined => {
    if (byId.has(ref)) return ref;
    if (/^https?:/i.test(ref)) return urlIndex().get(comparableUrl(ref));
    return undefined;
  };
  for (let i = 0; i < products.length; i++) {
    const r = products[i]!.related;
    const self = products[i]!.id;
    const ids = (refs: string[]) => [...new Set(refs.map(resolve).filter((x): x is string => !!x && x !== self))];
    if (r.relatedTo.length) r.relatedTo = ids(r.relatedTo);
    if (r.similarTo.length) r.similarTo = ids(r.similarTo);
    if (r.alsoBought.length) r.alsoBought = r.alsoBought.filter((c) => c.id !== self && byId.has(c.id));
    if (r.alsoViewed.length) r.alsoViewed = r.alsoViewed.filter((c) => c.id !== self && byId.has(c.id));
    if ((i & 1023) === 0) await slicer.maybePause();
  }
}

/** Shipping and return terms most products' offers declare, for shops without a store-info block. */
function storeFactsFromOffers(products: Product[]): Partial<StoreInfo> {
  for (const p of products) {
    for (const o of p.offers) {
      if (o.shipping?.length || o.returns) return { shipping: o.shipping ?? [], ...(o.returns ? { returns: o.returns } : {}) };
    }
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

