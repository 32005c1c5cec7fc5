/**
 * "Has anything I looked at dropped in price?" / "我看过的有降价的吗": answered from the shopper's own
 * history (the price and stock seen at each view, src/history/price-memory.ts) against the catalog now.
 * Grounded like every answer: products as [[id]] references and cards, prices from the catalog and the
 * history's snapshots, never typed by a model. Nothing leaves the device.
 */
import type { Catalog } from '../catalog/types.ts';
import { SeenIndex, type PriceMemory, type SeenEvent } from '../history/price-memory.ts';
import { priceMemoryStrings } from '../i18n/price-memory.ts';
import type { Lang } from '../i18n/types.ts';
import { formatPrice } from './format.ts';

/** Most products listed in one answer (the cards show the same ones). */
const MAX_LISTED = 8;

export interface PriceDropAnswer {
  /** Markdown with [[id]] product references. */
  text: string;
  /** The products that changed, the latest look first (at most MAX_LISTED). */
  ids: string[];
  memories: PriceMemory[];
  /** Products the shopper viewed that are still in the catalog (what was checked). */
  checked: number;
}

/** `catalog.aliases`: a product viewed under another of its ids (the page's, the feed's) is the same product. */
export function answerPriceDrops(events: readonly SeenEvent[], catalog: Pick<Catalog, 'byId' | 'aliases'>, lang: Lang, now = Date.now()): PriceDropAnswer {
  const s = priceMemoryStrings[lang];
  const seen = new SeenIndex(events, catalog.aliases);
  let checked = 0;
  for (const id of seen.productIds()) if (catalog.byId.has(id)) checked++;
  if (!checked) return { text: `${s.answerNoHistory}`, ids: [], memories: [], checked };
  const memories = seen.changes(catalog.byId).slice(0, MAX_LISTED);
  if (!memories.length) return { text: `${s.answerNone(checked)}\n\n${s.answerPrivacy}`, ids: [], memories, checked };
  const lines = memories.map((m) => {
    const ref = `[[${m.productId}]]`;
    if (m.drop) {
      const price = (x: number) => formatPrice(x, m.drop!.currency, s.locale);
      const drop = s.answerDrop(ref, price(m.drop.now), price(m.drop.was), s.date(m.drop.at, now));
      // Both at once reads as one line: "…, down from $68 …; back in stock".
      return m.backInStock ? `${drop}; ${s.cardBackInStock.toLowerCase()}` : drop;
    }
    return s.answerBackInStock(ref, s.date(m.backInStock!.at, now));
  });
  return {
    text: `${s.answerIntro(memories.length)}\n\n${lines.map((l) => `- ${l}`).join('\n')}\n\n${s.answerPrivacy}`,
    ids: memories.map((m) => m.productId),
    memories,
    checked,
  };
}
