/**
 * The page's shared services, created once per page and reached only through `import()`:
 * the catalog (read from the page and `catalog-src`), the shopper's history, and the recommender
 * (with the shop's neighbour data when the page names it). `<shop-guide>`, its chat and every
 * `<shop-guide-recommendations>` use the same instances.
 *
 * Recording follows the page's wishes: `tracking="off"` on any shop-guide element, or the browser's
 * Global Privacy Control signal, turn it off (what was stored before stays viewable and clearable).
 */
import { IdAliases } from '../catalog/id-aliases.ts';
import { loadCatalog } from '../catalog/load.ts';
import { TimeSlicer } from '../catalog/time-slice.ts';
import type { Catalog } from '../catalog/types.ts';
import { normalizeInput, type RecordInput } from '../history/schema.ts';
import { snapshotOf } from '../history/snapshot.ts';
import { openHistory, type HistoryEvent, type HistoryStore } from '../history/store.ts';
import { memoryPending, readParked, release } from '../history/pending.ts';
import { trackingOff } from '../history/tracking-policy.ts';
// The recommender's code loads with the catalog (on intent), not with the idle-time page view.
import type { NeighbourData, Recommender } from '../recommend/index.ts';
const recommendModule = () => import('../recommend/index.ts');
import { emit } from '../ui/events.ts';

export interface Services {
  catalog: Catalog;
  history: HistoryStore;
  recommender: Recommender;
}

const ELEMENTS = 'shop-guide, shop-guide-recommendations';
/** Largest neighbour-data file read (bytes of text). */
const MAX_NEIGHBOUR_BYTES = 20 * 1024 * 1024;

/** For tests: another database name (several test pages share one browser profile). */
export const serviceConfig: { dbName?: string } = {};

let historyPromise: Promise<HistoryStore> | null = null;
let servicesPromise: Promise<Services> | null = null;
let viewPromise: Promise<HistoryEvent | null> | null = null;
/** The full catalog, once getServices() has it (the idle view must not replace its product lookup). */
let fullCatalog: Catalog | null = null;
/** The page's own products did not say which product this page is about; the feed may, once loaded. */
let viewUnresolved = false;

/** The first value of `attribute` on a shop-guide element of the page. */
function pageAttribute(attribute: string, doc: Document = document): string | null {
  return doc.querySelector(`:is(${ELEMENTS})[${attribute}]`)?.getAttribute(attribute)?.trim() || null;
}

/** The history store alone (no catalog): what recording an event needs. */
export function getHistory(): Promise<HistoryStore> {
  return (historyPromise ??= (async () => {
    const off = trackingOff();
    const store = await openHistory({ tracking: !off, offReason: off, dbName: serviceConfig.dbName });
    // Storage fell back to memory: tell the page once (the chat panel and recommendation strips show it).
    let told = false;
    const tell = () => {
      if (told || !store.notice || store.mode === 'off') return;
      told = true;
      emit(document, 'shop-guide-storage-notice', { mode: 'memory', reason: store.notice.reason });
    };
    tell();
    store.subscribe(tell);
    return store;
  })());
}

/** Catalog + history + recommender for this page (one set per page). */
export function getServices(): Promise<Services> {
  return (servicesPromise ??= (async () => {
    const [catalog, history, neighbours] = await Promise.all([
      loadCatalog({ src: pageAttribute('catalog-src') }),
      getHistory(),
      loadNeighbours(),
    ]);
    fullCatalog = catalog;
    await variantIdsReady(catalog, (await history.events()).map((e) => e.productId));
    history.setProductLookup(lookupIn(catalog));
    recordUnresolvedView(catalog, history);
    const { createRecommender, workerModelBuilder, MODEL_DB } = await recommendModule();
    // The heavy models are built in a worker (seconds at 100k products), on the page in slices where none can
    // run; kept in IndexedDB for the next page view when the feed is kept there too.
    const modelBuilder = workerModelBuilder(catalog.feedCache ? { cacheDb: serviceConfig.dbName ? `${serviceConfig.dbName}-models` : MODEL_DB } : {});
    const recommender = createRecommender(catalog, { neighbours: neighbours ?? undefined, modelBuilder });
    return { catalog, history, recommender };
  })().catch((e) => {
    servicesPromise = null; // let a later call try again
    throw e;
  }));
}

/**
 * History (or reported events) naming an id the catalog has no product under may name a variant: the
 * catalog's variant index is then built now, in slices, rather than by the first lookup in one long task.
 */
function variantIdsReady(catalog: Catalog, ids: Iterable<string | undefined>): Promise<void> {
  return catalog.aliases instanceof IdAliases ? catalog.aliases.prepareFor(ids, new TimeSlicer()) : Promise.resolve();
}

function lookupIn(catalog: Catalog) {
  return (id: string) => {
    const p = catalog.byId.get(id) ?? catalog.byId.get(catalog.aliases?.get(id) ?? '');
    return p ? snapshotOf(p) : undefined;
  };
}

/**
 * The page's own products (JSON-LD and inline blocks, never `catalog-src`): all idle time may read.
 * Its warnings are left to the full load when there is a feed (it reads the same page again).
 */
function pageCatalog(): Promise<Catalog> {
  const quiet = pageAttribute('catalog-src') ? { warn() {} } : undefined;
  return loadCatalog({ src: null, ...(quiet ? { logger: quiet } : {}) });
}

/**
 * Records that the shopper is looking at the page's product — once per page load. Reads only the page's
 * own products (a feed is downloaded on the shopper's intent, not for this); when only the feed can say
 * which product the page is about, the view is recorded when the feed arrives.
 */
export function recordCurrentProductView(): Promise<HistoryEvent | null> {
  return (viewPromise ??= (async () => {
    const history = await getHistory();
    const catalog = fullCatalog ?? (await pageCatalog());
    if (catalog !== fullCatalog && !fullCatalog) history.setProductLookup(lookupIn(catalog));
    if (catalog.currentProductId) return history.record({ type: 'view', productId: catalog.currentProductId, source: 'page' });
    viewUnresolved = catalog !== fullCatalog;
    if (fullCatalog) recordUnresolvedView(fullCatalog, history);
    return null;
  })());
}

function recordUnresolvedView(catalog: Catalog, history: HistoryStore): void {
  if (!viewUnresolved || !catalog.currentProductId) return;
  viewUnresolved = false;
  void history.record({ type: 'view', productId: catalog.currentProductId, source: 'page' }).catch(() => {});
}

/** One reported event → one or more inputs (`items` of a purchase become one event each). */
function expand(raw: unknown): unknown[] {
  const e = raw as { items?: unknown; [k: string]: unknown } | null;
  if (!e || !Array.isArray(e.items)) return [raw];
  const { items, ...rest } = e;
  return (items as unknown[]).slice(0, 100).map((item, n) => ({ ...rest, ...(item as object), id: `${String(rest.id)}-${n}` }));
}

/**
 * Writes the events `track()` parked (this page's, other tabs' and any an earlier page left behind) to
 * the history, then removes exactly those from the parking spot (pending.ts). Another tab draining the
 * same events at once is harmless: the store skips ids it already has.
 */
export async function flushPending(): Promise<void> {
  // Read before the first await: track() counts on it to tell what this flush will not see.
  const parked = readParked();
  const fromMemory = memoryPending.splice(0);
  if (!parked.events.length && !parked.keys.length && !fromMemory.length) return;
  const history = await getHistory();
  // When the catalog is on its way, wait for it so events carry their product's facts.
  if (servicesPromise) await servicesPromise.catch(() => {});
  const inputs: RecordInput[] = [];
  for (const raw of [...parked.events, ...fromMemory].flatMap(expand)) {
    const clean = normalizeInput(raw);
    if (typeof clean === 'string') console.warn(`[shop-guide] ignored a reported event (${clean})`, raw);
    else inputs.push(clean);
  }
  if (fullCatalog) await variantIdsReady(fullCatalog, inputs.map((i) => i.productId));
  await history.recordMany(inputs);
  release(parked);
}

/**
 * The shop's anonymised neighbour data, from `neighbours-src` (same-origin JSON) on a shop-guide
 * element or an inline `<script type="application/json" data-shop-guide-neighbours>`. Problems cost
 * one console warning and leave recommendations working without it.
 */
export async function loadNeighbours(doc: Document = document): Promise<NeighbourData | null> {
  let json: unknown;
  let source = 'inline neighbour data';
  try {
    const inline = doc.querySelector('script[data-shop-guide-neighbours]');
    const src = pageAttribute('neighbours-src', doc);
    if (inline) json = JSON.parse(inline.textContent ?? '');
    else if (src) {
      // Documents made with createHTMLDocument have no URL of their own: use the page's.
      const url = new URL(src, doc.baseURI && !doc.baseURI.startsWith('about:') ? doc.baseURI : location.href);
      source = url.href;
      if (url.origin !== location.origin) throw new Error('it must be on the same origin as the page');
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      if (text.length > MAX_NEIGHBOUR_BYTES) throw new Error('it is larger than 20 MB');
      json = JSON.parse(text);
    } else return null;
  } catch (e) {
    console.warn(`[shop-guide] could not read ${source}: ${(e as Error).message}`);
    return null;
  }
  const { parseNeighbourData } = await recommendModule();
  const parsed = parseNeighbourData(json);
  if ('error' in parsed) {
    console.warn(`[shop-guide] ignored ${source}: ${parsed.error}`);
    return null;
  }
  if (parsed.dropped) console.warn(`[shop-guide] ${source}: ${parsed.dropped} malformed entries were skipped`);
  return parsed.data;
}
