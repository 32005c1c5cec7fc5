/**
 * Whether a message asks about price changes or restocks of what the shopper has looked at ("has anything
 * I looked at dropped in price?", "我看过的有降价的吗"): answered from the shopper's own history
 * (src/assistant/price-drops.ts), not by a search. Both parts are needed: "cheaper tents" alone is a search.
 */
const CHANGE_EN = /\b(drop(ped|s)?|cheaper|reduced|lower(ed)?|went down|gone down|come down|price cuts?|on sale now|marked down|back in stock|restocked|available again)\b/i;
const SEEN_EN = /\b(i('ve| have)? (looked|viewed|seen|saw|checked|browsed)|i looked|i viewed|i saw|looked at|viewed|browsed|my (history|views|recently viewed)|been looking|been watching|watching)\b/i;
const CHANGE_ZH = /(降价|降了|便宜了|便宜些了|打折了|优惠了|降低|到货|有货了|补货)/;
const SEEN_ZH = /(看过|看了|浏览过|浏览的|瞧过|逛过|之前看|以前看|看的|关注的|收藏的)/;

export function asksAboutPriceChanges(message: string): boolean {
  const m = message.slice(0, 300);
  return (CHANGE_EN.test(m) && SEEN_EN.test(m)) || (CHANGE_ZH.test(m) && SEEN_ZH.test(m));
}

