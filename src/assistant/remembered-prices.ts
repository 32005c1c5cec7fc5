/**
 * Price memory in the assistant's words: what the shopper's history remembers of the price and stock of
 * the products an answer is about, where it differs from the catalog now (src/history/price-memory.ts,
 * read through the assistant's history port). The templates say it where they state a price or stock
 * (compose.ts), the model gets it as a fact (prompt.ts) and may quote the earlier price (verify.ts checks
 * it against these). Nothing here comes from model text, and nothing leaves the device.
 */
import type { Catalog, Product } from '../catalog/types.ts';
import { SeenIndex, type PriceMemory, type SeenEvent } from '../history/price-memory.ts';
import { priceMemoryStrings } from '../i18n/price-memory.ts';
import type { Lang } from '../i18n/types.ts';
import { formatPrice } from './format.ts';
import type { Grounding } from './grounding-types.ts';

/** What a retrieval-only answer states of a product: its price (and so any change), or only its stock. */
export interface Stated {
  product: Product;
  part: 'price' | 'stock';
}

/**
 * The products whose price or stock the template answer for `g` states (compose.ts words exactly
 * these): a product question about price, sale or stock, a pick by price, the cheapest deal, the
 * cheapest in a comparison.
 */
export function statedIn(g: Grounding): Stated[] {
  switch (g.mode) {
    case 'product': {
      const p = g.subject;
      if (!p || g.askedColors?.length) return [];
      if (g.askedSale || g.productAnswer?.topic === 'price') return [{ product: p, part: 'price' }];
      return g.productAnswer?.topic === 'availability' ? [{ product: p, part: 'stock' }] : [];
    }
    case 'pick':
      return g.pick && (g.pickBy === 'price-min' || g.pickBy === 'price-max') ? [{ product: g.pick, part: 'price' }] : [];
    case 'deal-cheapest':
      return g.products[0] ? [{ product: g.products[0].product, part: 'price' }] : [];
    case 'compare': {
      const best = g.comparison?.rows.find((r) => r.key === 'price')?.best;
      const p = best === undefined ? undefined : g.products[best]?.product;
      return p ? [{ product: p, part: 'price' }] : [];
    }
    default:
      return [];
  }
}

/** Every product the model's facts may carry (prompt.ts): the subject, the page's product, the pick, the list. */
function factProducts(g: Grounding): Product[] {
  return [g.subject, g.current, g.pick, ...g.products.map((r) => r.product)].filter((p): p is Product => !!p);
}

const indexes = new WeakMap<readonly SeenEvent[], { aliases?: ReadonlyMap<string, string>; index: SeenIndex }>();

/** One index per history read: the store hands out the same array until the history changes. */
function seenIndexOf(events: readonly SeenEvent[], aliases: ReadonlyMap<string, string> | undefined): SeenIndex {
  const hit = indexes.get(events);
  if (hit && hit.aliases === aliases) return hit.index;
  const index = new SeenIndex(events, aliases);
  indexes.set(events, { aliases, index });
  return index;
}

/**
 * Product id → what changed since the shopper looked (cheaper, dearer, back in stock), for the products
 * the answer states (`forModel`: every product of its facts). Undefined when nothing did.
 */
export function rememberedPrices(
  g: Grounding,
  events: readonly SeenEvent[],
  catalog: Pick<Catalog, 'aliases'>,
  forModel: boolean,
): Map<string, PriceMemory> | undefined {
  const products = forModel ? factProducts(g) : statedIn(g).map((s) => s.product);
  if (!products.length || !events.length) return undefined;
  const seen = seenIndexOf(events, catalog.aliases);
  const out = new Map<string, PriceMemory>();
  for (const p of products) {
    const m = out.has(p.id) ? null : seen.changeOf(p);
    if (m) out.set(p.id, m);
  }
  return out.size ? out : undefined;
}

/**
 * Price memory's clause for a stated price or stock, in the UI language: "down from $68.00 when you
 * looked on 3 Nov", "你11月3日看时是 ¥459", "back in stock since you looked on 3 Nov". `stock`: only
 * the stock part (an answer about stock states no price).
 */
export function sinceYouLooked(m: PriceMemory | undefined, lang: Lang, part: Stated['part'], now = Date.now()): string | undefined {
  if (!m) return undefined;
  const s = priceMemoryStrings[lang];
  const change = part === 'price' ? (m.drop ?? m.rise) : undefined;
  const price = change && (m.drop ? s.sinceDrop : s.sinceRise)(formatPrice(change.was, change.currency, s.locale), s.date(change.at, now));
  const stock = m.backInStock ? s.sinceBackInStock(s.date(m.backInStock.at, now)) : undefined;
  return price && stock ? s.sinceBoth(price, stock) : (price ?? stock);
}

/** The earlier prices the facts carry (the verifier lets an answer quote them). */
export function rememberedAmounts(g: Grounding): number[] {
  const out: number[] = [];
  for (const m of g.remembered?.values() ?? []) {
    const change = m.drop ?? m.rise;
    if (change) out.push(change.was);
  }
  return out;
}
