/**
 * Price memory: what the shopper saw at each view, read back against the catalog now. Every view event
 * already keeps a snapshot of the product's price, currency and stock state as it was then (schema.ts,
 * ProductSnapshot), so nothing new is stored: the memory lives in the history's IndexedDB, never leaves
 * the device, and goes when the history is cleared.
 *
 * "Dropped" compares today's price with the price seen at the shopper's latest view at a *different*
 * price (so looking again at the new price does not forget the old one); "back in stock" likewise
 * compares with the latest view at a different stock state. A product the catalog knows by two ids
 * (Catalog.aliases: one on the page, another in the feed) is one product here, under the id it is kept by.
 */
import type { Availability, Product } from '../catalog/types.ts';
import type { ProductSnapshot } from './schema.ts';

/** The history events price memory reads (HistoryEvent fits). */
export interface SeenEvent {
  type: string;
  productId?: string;
  at?: number;
  product?: ProductSnapshot;
}

export interface PriceDrop {
  /** The price the shopper saw, and when (ms). */
  was: number;
  at: number;
  /** The catalog's price now. */
  now: number;
  currency?: string;
}

export interface PriceMemory {
  productId: string;
  drop?: PriceDrop;
  /** Dearer now than at that look (changeOf only: an answer that states the price says it; cards do not). */
  rise?: PriceDrop;
  /** Out of stock when the shopper last looked (at a different state), buyable now; `at`: that look. */
  backInStock?: { at: number };
  /** The shopper's latest view (ms). */
  lastSeen: number;
}

/** What one view recorded. */
interface Seen {
  at: number;
  price?: number;
  currency?: string;
  availability?: string;
}

const NOT_BUYABLE = new Set<string>(['OutOfStock', 'SoldOut', 'Discontinued']);
/** Prices this close are the same price (rounding in feeds). */
const SAME_PRICE = 0.005;

const buyable = (a: string | undefined) => a !== undefined && a !== 'Unknown' && !NOT_BUYABLE.has(a);

/** Per product, the views that recorded a price or stock state, oldest first. Build once per history read. */
export class SeenIndex {
  private readonly byProduct = new Map<string, Seen[]>();

  /** `aliases`: the catalog's folded id → the id its product is kept under (Catalog.aliases). */
  constructor(events: readonly SeenEvent[], aliases?: ReadonlyMap<string, string>) {
    for (const e of events) {
      if ((e.type !== 'view' && e.type !== 'click') || !e.productId || !e.product) continue;
      const { price, currency, availability } = e.product;
      if (price === undefined && availability === undefined) continue;
      const id = aliases?.get(e.productId) ?? e.productId;
      const list = this.byProduct.get(id) ?? [];
      if (!list.length) this.byProduct.set(id, list);
      list.push({ at: e.at ?? 0, price, currency, availability });
    }
    for (const list of this.byProduct.values()) list.sort((a, b) => a.at - b.at);
  }

  /** Products with at least one remembered price or stock state. */
  get size(): number {
    return this.byProduct.size;
  }

  productIds(): IterableIterator<string> {
    return this.byProduct.keys();
  }

  /** Cheaper or back in stock since the shopper looked (null when neither, or they never looked): what cards show. */
  memoryOf(product: Pick<Product, 'id' | 'price' | 'currency' | 'offers' | 'availability'>): PriceMemory | null {
    const m = this.changeOf(product);
    if (!m?.rise) return m;
    delete m.rise;
    return m.backInStock ? m : null;
  }

  /** Like memoryOf, and a dearer price too (`rise`): for an answer that states the price now. */
  changeOf(product: Pick<Product, 'id' | 'price' | 'currency' | 'offers' | 'availability'>): PriceMemory | null {
    const seen = this.byProduct.get(product.id);
    if (!seen?.length) return null;
    const out: PriceMemory = { productId: product.id, lastSeen: seen[seen.length - 1]!.at };
    const now = product.price;
    const currency = product.currency ?? product.offers[0]?.currency;
    if (now !== undefined) {
      for (let i = seen.length - 1; i >= 0; i--) {
        const s = seen[i]!;
        if (s.price === undefined) continue;
        // A price in another currency says nothing about this one.
        if (s.currency && currency && s.currency !== currency) continue;
        if (Math.abs(s.price - now) < SAME_PRICE) continue;
        out[s.price > now ? 'drop' : 'rise'] = { was: s.price, at: s.at, now, currency };
        break;
      }
    }
    if (buyable(product.availability as Availability)) {
      for (let i = seen.length - 1; i >= 0; i--) {
        const a = seen[i]!.availability;
        if (a === undefined || a === 'Unknown' || buyable(a)) continue;
        out.backInStock = { at: seen[i]!.at };
        break;
      }
    }
    return out.drop || out.rise || out.backInStock ? out : null;
  }

  /** Every product the shopper looked at that is cheaper or back in stock now, the latest look first. */
  changes(products: ReadonlyMap<string, Product>): PriceMemory[] {
    const out: PriceMemory[] = [];
    for (const id of this.byProduct.keys()) {
      const p = products.get(id);
      const m = p ? this.memoryOf(p) : null;
      if (m) out.push(m);
    }
    return out.sort((a, b) => b.lastSeen - a.lastSeen);
  }
}
