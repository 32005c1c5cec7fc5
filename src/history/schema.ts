/**
 * The shopper's browsing history: event shapes, the stored schema version, and the checks that turn
 * whatever a host page reports into a clean event. Plain TS (no DOM), shared by the store, the profile
 * and the recommender.
 */

/** A browsing session ends after this long without activity (session.ts, and the recommender's context). */
export const SESSION_GAP_MS = 30 * 60_000;

/** What the shopper did. `profile-reset` marks "forget my taste" (events before it stop personalising). */
export type HistoryEventType = 'view' | 'search' | 'click' | 'add-to-cart' | 'purchase' | 'dismiss' | 'profile-reset';

/** Event types a host page or a UI may report (`profile-reset` comes only from `resetProfile()`). */
export const REPORTABLE_TYPES: readonly HistoryEventType[] = ['view', 'search', 'click', 'add-to-cart', 'purchase', 'dismiss'];

/**
 * The few product facts kept with an event, so the profile can be read on any page (a product page's
 * catalog may hold only that product) and the export says what each event was about.
 */
export interface ProductSnapshot {
  title?: string;
  brand?: string;
  /** Category path, broadest first. */
  categories?: string[];
  price?: number;
  currency?: string;
  /** Stock state as the catalog said at the time (schema.org name: InStock, OutOfStock…): price memory. */
  availability?: string;
  /** A few attributes (colour, material…), values as text. */
  attributes?: Record<string, string>;
}

export interface HistoryEvent {
  /** Unique across tabs and page loads: makes writes idempotent (no event is stored twice). */
  id: string;
  type: HistoryEventType;
  /** When it happened, ms since the epoch. */
  at: number;
  /** Browsing session: a new one after 30 minutes without activity. */
  session: string;
  productId?: string;
  /** The search text (`search` events). */
  query?: string;
  /** Where it came from: `page` (the host page), `assistant`, `recommendations:for-you`, … */
  source?: string;
  quantity?: number;
  /** Unit price paid (`purchase`), in `currency`. */
  price?: number;
  currency?: string;
  product?: ProductSnapshot;
}

/** What callers hand to `record()`: id, time and session are filled in when missing. */
export interface RecordInput {
  type: HistoryEventType | string;
  productId?: string;
  query?: string;
  source?: string;
  quantity?: number;
  price?: number;
  currency?: string;
  product?: ProductSnapshot;
  id?: string;
  at?: number;
  session?: string;
}

/** The IndexedDB schema version this code writes. v1 was the first layout (see migrations in idb-backend.ts). */
export const SCHEMA_VERSION = 2;

/** Keep the newest this many events; older ones are pruned on write. */
export const MAX_EVENTS = 5000;

/** Default weight of each event type when inferring taste (a purchase says more than a view). */
export const EVENT_WEIGHTS: Readonly<Record<HistoryEventType, number>> = {
  view: 1,
  click: 1.2,
  search: 0.6,
  'add-to-cart': 3,
  purchase: 4,
  dismiss: -2,
  'profile-reset': 0,
};

const MAX_TEXT = 200;
const MAX_ID = 200;

function text(v: unknown, max = MAX_TEXT): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = String(v).replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, max) : undefined;
}

function num(v: unknown, min: number, max: number): number | undefined {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

function snapshot(v: unknown): ProductSnapshot | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const s = v as Record<string, unknown>;
  const out: ProductSnapshot = {};
  const title = text(s.title);
  const brand = text(s.brand, 80);
  if (title) out.title = title;
  if (brand) out.brand = brand;
  if (Array.isArray(s.categories)) {
    const cats = s.categories.map((c) => text(c, 80)).filter((c): c is string => !!c).slice(0, 6);
    if (cats.length) out.categories = cats;
  }
  const price = num(s.price, 0, 1e9);
  if (price !== undefined) out.price = price;
  const currency = text(s.currency, 3);
  if (currency && /^[A-Za-z]{3}$/.test(currency)) out.currency = currency.toUpperCase();
  const availability = text(s.availability, 40);
  if (availability && /^[A-Za-z]+$/.test(availability)) out.availability = availability;
  if (s.attributes && typeof s.attributes === 'object') {
    const attrs: Record<string, string> = {};
    for (const [k, val] of Object.entries(s.attributes as Record<string, unknown>).slice(0, 12)) {
      const key = text(k, 40);
      const value = text(Array.isArray(val) ? val.join(', ') : val, 60);
      if (key && value) attrs[key.toLowerCase()] = value;
    }
    if (Object.keys(attrs).length) out.attributes = attrs;
  }
  return Object.keys(out).length ? out : undefined;
}

export type InvalidReason = 'not-an-object' | 'unknown-type' | 'missing-product-id' | 'missing-query';

/**
 * Checks and trims one reported event. Unknown fields are dropped, text is capped, numbers must be
 * finite; returns the reason when the event cannot be kept.
 */
export function normalizeInput(input: unknown, allowed: readonly string[] = REPORTABLE_TYPES): RecordInput | InvalidReason {
  if (!input || typeof input !== 'object') return 'not-an-object';
  const e = input as Record<string, unknown>;
  const type = typeof e.type === 'string' ? e.type.trim().toLowerCase() : '';
  if (!allowed.includes(type)) return 'unknown-type';
  const out: RecordInput = { type: type as HistoryEventType };
  const productId = text(e.productId, MAX_ID);
  const query = text(e.query);
  if (productId) out.productId = productId;
  if (query) out.query = query;
  if (type === 'search' && !query) return 'missing-query';
  if (type !== 'search' && type !== 'profile-reset' && !productId) return 'missing-product-id';
  const source = text(e.source, 60);
  if (source) out.source = source;
  const quantity = num(e.quantity, 0, 1e6);
  if (quantity !== undefined) out.quantity = quantity;
  const price = num(e.price, 0, 1e9);
  if (price !== undefined) out.price = price;
  const currency = text(e.currency, 3);
  if (currency && /^[A-Za-z]{3}$/.test(currency)) out.currency = currency.toUpperCase();
  const product = snapshot(e.product);
  if (product) out.product = product;
  const id = text(e.id, 80);
  if (id) out.id = id;
  const at = num(e.at, 0, 8.64e15);
  if (at !== undefined) out.at = at;
  const session = text(e.session, 80);
  if (session) out.session = session;
  return out;
}

/** Events whose products say something about taste (not searches, dismissals or markers). */
export function isInterest(type: HistoryEventType): boolean {
  return type === 'view' || type === 'click' || type === 'add-to-cart' || type === 'purchase';
}

/** The events that personalise: those after the newest `profile-reset` marker. */
export function sinceProfileReset<T extends { type: string }>(events: readonly T[]): readonly T[] {
  for (let i = events.length - 1; i >= 0; i--) if (events[i]!.type === 'profile-reset') return events.slice(i + 1);
  return events;
}
