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

// A question about price changes or restocks of what the shopper has looked at (both parts needed:
// "cheaper tents" alone is a search).
const CHANGE_EN = /\b(drop(ped|s)?|cheaper|reduced|lower(ed)?|went down|gone down|come down|price cuts?|on sale now|marked down|back in stock|restocked|available again)\b/i;
const SEEN_EN = /\b(i('ve| have)? (looked|viewed|seen|saw|checked|browsed)|i looked|i viewed|i saw|looked at|viewed|browsed|my (history|views|recently viewed)|been looking|been watching|watching)\b/i;
const CHANGE_ZH = /(降价|降了|便宜了|便宜些了|打折了|优惠了|降低|到货|有货了|补货)/;
const SEEN_ZH = /(看过|看了|浏览过|浏览的|瞧过|逛过|之前看|以前看|看的|关注的|收藏的)/;

export function asksAboutPriceDrops(message: string): boolean {
  const m = message.slice(0, 300);
  return (CHANGE_EN.test(m) && SEEN_EN.test(m)) || (CHANGE_ZH.test(m) && SEEN_ZH.test(m));
}

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
