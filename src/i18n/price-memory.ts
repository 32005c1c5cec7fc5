/**
 * Price memory's words (cards, strips, the privacy panel, the assistant), in both UI languages. Prices
 * arrive formatted (formatPrice) and dates as ms; everything else is worded here.
 */
import type { Lang } from './types.ts';

export interface PriceMemoryStrings {
  locale: string;
  /** "3 Nov" (with the year when it is not this year's). */
  date(at: number, now?: number): string;
  /** On a card, after the price: "down from $68 when you looked on 3 Nov". */
  cardDrop(was: string, date: string): string;
  /** Screen-reader version of the price line with a drop. */
  cardDropLabel(now: string, was: string, date: string): string;
  cardBackInStock: string;
  cardBackInStockLabel(date: string): string;
  /** A recommendation strip's reason line. */
  stripDrop: string;
  stripBackInStock: string;
  /** Privacy panel. */
  panelTitle: string;
  panelBody(products: number): string;
  panelChanges(drops: number, restocked: number): string;
  /**
   * In an answer that states a product's price or stock: what the shopper saw then, as a clause —
   * "down from $68 when you looked on 3 Nov", "你11月3日看时是 ¥459", "back in stock since you looked on 3 Nov".
   */
  sinceDrop(was: string, date: string): string;
  sinceRise(was: string, date: string): string;
  sinceBackInStock(date: string): string;
  /** Both clauses at once (price, then stock). */
  sinceBoth(price: string, stock: string): string;
  /** A stated price with its clause: "$54.00 — down from $68.00 when you looked on 3 Nov". */
  withSince(price: string, since: string): string;
  /** The assistant's answer to "has anything I looked at dropped in price?". */
  answerIntro(n: number): string;
  answerDrop(ref: string, now: string, was: string, date: string): string;
  answerBackInStock(ref: string, date: string): string;
  answerNone(checked: number): string;
  answerNoHistory: string;
  answerPrivacy: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateIn(locale: string, at: number, now = Date.now()): string {
  const withYear = new Date(at).getFullYear() !== new Date(now).getFullYear();
  const key = `${locale}|${withYear}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...(withYear && { year: 'numeric' }) })));
  return f.format(at);
}

const en: PriceMemoryStrings = {
  locale: 'en',
  // Day before month ("3 Nov"), as the shop-guide copy reads.
  date: (at, now) => dateIn('en-GB', at, now),
  cardDrop: (was, date) => `down from ${was} when you looked on ${date}`,
  cardDropLabel: (now, was, date) => `${now}, down from ${was} when you looked on ${date}`,
  cardBackInStock: 'Back in stock',
  cardBackInStockLabel: (date) => `Back in stock: it was out of stock when you looked on ${date}`,
  sinceDrop: (was, date) => `down from ${was} when you looked on ${date}`,
  sinceRise: (was, date) => `up from ${was} when you looked on ${date}`,
  sinceBackInStock: (date) => `back in stock since you looked on ${date}`,
  sinceBoth: (price, stock) => `${price}; ${stock}`,
  withSince: (price, since) => `${price} — ${since}`,
  stripDrop: 'Price dropped since you viewed it',
  stripBackInStock: 'Back in stock since you viewed it',
  panelTitle: 'Prices and stock you saw',
  panelBody: (n) =>
    `The price and stock of each product you viewed are kept with your history (${n} ${n === 1 ? 'product' : 'products'}), on this device only, so shop-guide can tell you when something gets cheaper or comes back. Clearing the history clears them too.`,
  panelChanges: (d, r) => [d ? `${d} cheaper now` : '', r ? `${r} back in stock` : ''].filter(Boolean).join(' · ') || 'No changes since you looked.',
  answerIntro: (n) => (n === 1 ? 'One product you looked at has changed since:' : `${n} products you looked at have changed since:`),
  answerDrop: (ref, now, was, date) => `${ref}: ${now}, down from ${was} when you looked on ${date}`,
  answerBackInStock: (ref, date) => `${ref}: back in stock (it was out of stock when you looked on ${date})`,
  answerNone: (n) => `Nothing you looked at is cheaper now — I checked the ${n === 1 ? 'product' : `${n} products`} you viewed against today's prices.`,
  answerNoHistory: "You haven't viewed any products here yet, so there is nothing to compare. From now on I'll remember the prices you see.",
  answerPrivacy: 'The prices you saw are kept only on this device, with your history.',
};

const zhCN: PriceMemoryStrings = {
  locale: 'zh-CN',
  date: (at, now) => dateIn('zh-CN', at, now),
  cardDrop: (was, date) => `比你${date}看时的 ${was} 降价了`,
  cardDropLabel: (now, was, date) => `现价 ${now}，比你${date}看时的 ${was} 降价了`,
  cardBackInStock: '又有货了',
  cardBackInStockLabel: (date) => `又有货了：你${date}看时缺货`,
  // The same words either way: the two prices say which way it went.
  sinceDrop: (was, date) => `你${date}看时是 ${was}`,
  sinceRise: (was, date) => `你${date}看时是 ${was}`,
  sinceBackInStock: (date) => `你${date}看时缺货，现在又有货了`,
  sinceBoth: (price, stock) => `${price}；${stock}`,
  withSince: (price, since) => `${price}，${since}`,
  stripDrop: '自你上次查看后已降价',
  stripBackInStock: '自你上次查看后已到货',
  panelTitle: '你看到过的价格和库存',
  panelBody: (n) => `你查看过的每件商品的价格和库存会随浏览记录保存（${n} 件商品），只存在本设备上，以便在降价或到货时告诉你。清除浏览记录时会一并清除。`,
  panelChanges: (d, r) => [d ? `${d} 件已降价` : '', r ? `${r} 件已到货` : ''].filter(Boolean).join(' · ') || '你看过之后没有变化。',
  answerIntro: (n) => `你看过的商品中有 ${n} 件有变化：`,
  answerDrop: (ref, now, was, date) => `${ref}：现价 ${now}，你${date}看时是 ${was}`,
  answerBackInStock: (ref, date) => `${ref}：又有货了（你${date}看时缺货）`,
  answerNone: (n) => `你看过的商品目前都没有降价——我把你看过的 ${n} 件商品和今天的价格对比过了。`,
  answerNoHistory: '你还没有在这里浏览过商品，所以没有可以对比的价格。从现在起，我会记住你看到的价格。',
  answerPrivacy: '你看到过的价格只随浏览记录保存在本设备上。',
};

export const priceMemoryStrings: Record<Lang, PriceMemoryStrings> = { en, 'zh-CN': zhCN };
