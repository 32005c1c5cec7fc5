/**
 * Retrieval-only answers: the same facts the model would get, worded with templates in the UI language.
 * Every product name, price and policy here comes from the catalog; products appear as `[[id]]`
 * references and cards, never as links or numbers typed by hand.
 */
import type { Product } from '../catalog/types.ts';
import type { AssistantStrings } from '../i18n/assistant/types.ts';
import { discountPercent, fiveStar, formatNumber, formatPrice } from './format.ts';
import type { Grounding } from './grounding-types.ts';
import { priceMemoryStrings } from '../i18n/price-memory.ts';
import { sinceYouLooked, statedIn } from './remembered-prices.ts';
import { productColors, type ProductFinding } from './product-answer.ts';
import { sanitizeUntrusted } from './untrusted.ts';
import { booleanValue } from '../understand/concepts.ts';

const title = (p: Product) => sanitizeUntrusted(p.title);
const price = (p: Product, s: AssistantStrings, amount = p.price) => (amount === undefined ? s.noValue : formatPrice(amount, p.currency, s.locale));

function finding(f: ProductFinding, s: AssistantStrings): string {
  if (f.source === 'attribute') {
    // A yes/no answer read from a value ("3-season" for "is it 4-season?") shows the value it rests on.
    // "none" is a value to show ("No — insulation: none"), not a yes/no ("it is not insulation").
    const plainYesNo = booleanValue(f.value) !== null && !/^(?:none|n\/a|无|没有)$/i.test(String(f.value).trim());
    const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    if (f.verdict === true) return plainYesNo ? s.attrYes(f.label) : `${cap(s.yes)} — ${s.attrValue(f.label, f.value)}`;
    if (f.verdict === false) return plainYesNo ? s.attrNo(f.label) : `${cap(s.no)} — ${s.attrValue(f.label, f.value)}`;
    return s.attrValue(f.label, f.value);
  }
  if (f.source === 'variant') {
    if (f.verdict !== undefined && f.verdict !== null) return s.sizeAnswer(f.label, f.value as 'in-stock' | 'out-of-stock' | 'not-offered');
    if (f.value === 'not-offered') return s.sizeAnswer(f.label, 'not-offered');
    return s.variantValues(f.label, f.value);
  }
  if (f.source === 'description') return s.fromDescription(f.value);
  if (f.source === 'review') return s.fromReviews(f.count ?? 1, f.value);
  return f.value;
}

export function composeAnswer(g: Grounding, s: AssistantStrings): string {
  const i = g.intent;
  // Price memory: where this answer states a product's price or stock (statedIn), what the shopper saw then.
  const lang = s.locale === 'zh-CN' ? 'zh-CN' : 'en';
  const stated = new Map(statedIn(g).map((x) => [x.product.id, x.part]));
  const since = (p: Product) => {
    const part = stated.get(p.id);
    return part ? sinceYouLooked(g.remembered?.get(p.id), lang, part) : undefined;
  };
  const priceSince = (p: Product) => {
    const clause = since(p);
    return clause ? priceMemoryStrings[lang].withSince(price(p, s), clause) : price(p, s);
  };
  switch (g.mode) {
    case 'not-sold':
      return s.notSold(g.queryText ?? '', !!g.alternatives?.length);
    case 'pick': {
      const p = g.pick!;
      const by = g.pickBy ?? 'words';
      return s.pickAnswer(`[[${p.id}]]`, by, by === 'price-min' || by === 'price-max' ? priceSince(p) : g.pickDetail);
    }
    case 'gift':
      return s.giftIntro(g.giftFor);
    case 'more':
      return g.products.length ? s.searchMore(g.products.length + (g.offset ?? 0), g.total) : s.noMore;
    case 'chat':
      if (i.kind === 'out-of-scope') return s.outOfScope;
      return i.smallTalk === 'greeting' ? s.greeting : i.smallTalk === 'thanks' ? s.thanks : i.smallTalk === 'bye' ? s.bye : i.smallTalk === 'identity' ? s.identity : s.help;
    case 'none':
      if (g.needsProduct) return i.kind === 'compare' ? s.compareNeedMore : s.whichProduct;
      return i.kind === 'recommend' ? s.recommendNone : i.kind === 'best-deal' ? s.dealNone : s.searchNone(g.queryText ?? '');
    case 'search':
      return `${s.searchIntro(g.products.length, g.total, g.queryText ?? '')}${g.total > g.products.length ? `\n\n${s.searchMore(g.products.length, g.total)}` : ''}`;
    case 'refined':
      return s.searchRefined(g.products.length, g.total);
    case 'relaxed':
      return g.relaxed?.length ? s.searchRelaxedParts(g.queryText ?? '', g.relaxed.map((r) => s.relaxedPart(r))) : s.searchRelaxed(g.queryText ?? '');
    case 'recommend':
      return s.recommendIntro;
    case 'cold-start':
      return s.recommendColdStart;
    case 'bundle':
      return g.subject ? (g.products.length ? s.bundleIntro(`[[${g.subject.id}]]`) : s.bundleNone(title(g.subject))) : s.dealNone;
    case 'deal-cheapest': {
      const p = g.products[0]?.product;
      return p ? s.dealCheapest(`[[${p.id}]]`, priceSince(p)) : s.dealNone;
    }
    case 'deal-sale':
      return s.dealSale(g.total);
    case 'deal-value':
      return s.dealValue;
    case 'compare': {
      const c = g.comparison!;
      const ps = g.products.map((r) => r.product);
      const lines = [s.compareIntro(ps.length)];
      const priceRow = c.rows.find((r) => r.key === 'price');
      const ratingRow = c.rows.find((r) => r.key === 'rating');
      if (priceRow?.best !== undefined) lines.push(s.compareCheapest(`[[${ps[priceRow.best]!.id}]]`, priceSince(ps[priceRow.best]!)));
      if (ratingRow?.best !== undefined) {
        const p = ps[ratingRow.best]!;
        lines.push(s.compareBestRated(`[[${p.id}]]`, s.ratingText(fiveStar(p.rating!), p.rating!.count)));
      }
      const differs = [...new Set(c.rows.filter((r) => r.differs && r.key.startsWith('attr:')).map((r) => r.label))];
      lines.push(differs.length ? s.compareDiffers(s.list(differs.slice(0, 5))) : s.compareSame);
      return lines.join(' ');
    }
    case 'reviews': {
      const r = g.reviews;
      const p = g.subject!;
      if (!r || (r.reviewCount === 0 && !r.average)) return s.reviewsNone(`[[${p.id}]]`);
      const lines = [s.reviewsIntro(`[[${p.id}]]`, r.reviewCount, r.average === null ? null : formatNumber(r.average, s.locale), r.ratingCount)];
      if (r.pros.length) lines.push(s.reviewsLike(s.list(r.pros.slice(0, 3).map((x) => s.quote(x.text.replace(/[.。!！]+$/, ''))))));
      if (r.cons.length) lines.push(s.reviewsDislike(s.list(r.cons.slice(0, 3).map((x) => s.quote(x.text.replace(/[.。!！]+$/, ''))))));
      if (r.excluded) lines.push(s.reviewsExcluded(r.excluded));
      return lines.join('\n\n');
    }
    case 'product': {
      const a = g.productAnswer!;
      const p = g.subject!;
      if (g.askedColors?.length) {
        return s.colorAnswer(`[[${p.id}]]`, g.verdict === 'yes', s.list(productColors(p).map(sanitizeUntrusted)), s.list(g.askedColors));
      }
      if (g.askedSale) {
        const off = discountPercent(p.price, p.listPrice);
        return s.saleAnswer(`[[${p.id}]]`, off > 0, price(p, s), off ? price(p, s, p.listPrice) : undefined, since(p));
      }
      if (a.topic === 'price') {
        const off = discountPercent(p.price, p.listPrice);
        return s.priceAnswer(`[[${p.id}]]`, price(p, s), off ? price(p, s, p.listPrice) : undefined, since(p));
      }
      if (a.topic === 'availability') return s.stockAnswer(`[[${p.id}]]`, s.availability(p.availability), since(p));
      if (a.topic === 'overview') {
        const desc = a.findings.find((f) => f.source === 'description');
        const attrs = a.findings.filter((f) => f.source === 'attribute');
        return [
          s.productSummary(`[[${p.id}]]`),
          desc ? s.quote(desc.value) : '',
          attrs.map((f) => `- ${s.attrValue(f.label, f.value).replace(/[.。]$/, '')}`).join('\n'),
        ]
          .filter(Boolean)
          .join('\n\n');
      }
      if (a.unknown) return s.unknownFact(s.list(a.asked), `[[${p.id}]]`);
      const lines = a.findings.slice(0, 4).map((f) => finding(f, s));
      if (a.topic === 'general' && !a.findings.length) lines.unshift(s.productSummary(`[[${p.id}]]`));
      return [...new Set(lines)].join('\n\n');
    }
    case 'shop': {
      const a = g.storeAnswer!;
      if (a.unknown) return s.shopUnknown;
      const cur = a.store.currency;
      const lines: string[] = [];
      const want = (t: string) => a.topics.includes(t as never) || !a.topics.length;
      if (want('shipping'))
        for (const sh of a.shipping)
          lines.push(
            `- ${s.shippingLine({
              note: sh.note ? sanitizeUntrusted(sh.note) : undefined,
              regions: sh.regions?.join(', '),
              cost: sh.cost === undefined ? undefined : sh.cost === 0 ? formatPrice(0, sh.currency ?? cur, s.locale) : formatPrice(sh.cost, sh.currency ?? cur, s.locale),
              freeOver: sh.freeOver === undefined ? undefined : formatPrice(sh.freeOver, sh.currency ?? cur, s.locale),
              days: s.days(sh.minDays, sh.maxDays),
            })}`,
          );
      if (want('returns') && a.returns) {
        const r = a.returns;
        lines.push(
          r.days === 0
            ? `- ${s.noReturns}`
            : `- ${s.returnsLine({
                days: r.days,
                free: r.fees === 'free',
                fee: r.feeAmount !== undefined ? formatPrice(r.feeAmount, cur, s.locale) : undefined,
                method: r.method?.length ? sanitizeUntrusted(r.method.join(', ')) : undefined,
                note: r.note ? sanitizeUntrusted(r.note) : undefined,
              })}`,
        );
      }
      if (want('payment') && a.payment.length) lines.push(`- ${s.paymentLine(s.list(a.payment))}`);
      for (const f of a.faq) lines.push(`- **${f.question}** ${f.answer}`);
      return lines.length ? lines.join('\n') : s.shopUnknown;
    }
  }
}
