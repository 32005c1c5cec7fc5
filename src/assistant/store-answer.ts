/**
 * Shop questions (shipping, returns, payment, the owner's FAQ) answered from the store facts the catalog
 * read from the page — the owner's store-info block and the offers' shipping / return policies.
 */
import { wordKey } from '../understand/words.ts';
import type { Catalog, FaqEntry, ReturnPolicy, ShippingPolicy, StoreInfo } from '../catalog/types.ts';
import type { Lang } from '../i18n/types.ts';
import { contentWords } from './product-answer.ts';
import { sanitizeUntrusted, triesToSteer } from './untrusted.ts';

export type ShopTopic = 'shipping' | 'returns' | 'payment' | 'faq';

export const TOPIC_PATTERNS: Record<Exclude<ShopTopic, 'faq'>, RegExp> = {
  shipping: /\b(?:ship(?:s|ping|ped)?|deliver(?:y|ed|s)?|postage|dispatch|arrive|how long .*(?:take|get)|courier|express|free shipping|international)\b|运费|配送|发货|快递|包邮|邮费|送达|几天到|多久到|物流|顺丰/i,
  returns: /\b(?:return(?:s|ing|ed)?|refund(?:s|ed)?|exchange|send (?:it |something |them |things )?back|money back)\b|退货|退款|换货|退换|换码|七天无理由|退回|能退|可以退|退吗/i,
  payment: /\b(?:pay(?:ment|ing)?|paypal|credit card|debit card|visa|mastercard|amex|apple pay|google pay|installments?|klarna|checkout)\b|支付|付款|支付宝|微信支付|银联|信用卡|分期|花呗/i,
};

export interface StoreAnswer {
  topics: ShopTopic[];
  store: StoreInfo;
  shipping: ShippingPolicy[];
  returns?: ReturnPolicy;
  payment: string[];
  /** FAQ entries that match the question, best first. */
  faq: FaqEntry[];
  /** The shop publishes nothing on what was asked. */
  unknown: boolean;
}

export function shopTopics(question: string): ShopTopic[] {
  return (Object.keys(TOPIC_PATTERNS) as (keyof typeof TOPIC_PATTERNS)[]).filter((t) => TOPIC_PATTERNS[t].test(question));
}

/** Character bigrams for Chinese, words for the rest: enough to match a question to an FAQ entry. */
function terms(text: string, lang: Lang): Set<string> {
  const out = new Set<string>();
  for (const w of contentWords(text, lang)) {
    if (/[\u3400-\u9fff]/.test(w) && w.length > 1) for (let i = 0; i < w.length - 1; i++) out.add(w.slice(i, i + 2));
    // Stemmed, so "gift wrap" meets "gift wrapping", "ship" meets "shipping".
    else out.add(wordKey(w));
  }
  return out;
}

/** An FAQ question's terms, per language: computed once per entry, not for every message. */
const faqTermCache = new WeakMap<FaqEntry, Partial<Record<Lang, Set<string>>>>();

function faqTerms(f: FaqEntry, lang: Lang): Set<string> {
  let byLang = faqTermCache.get(f);
  if (!byLang) faqTermCache.set(f, (byLang = {}));
  return (byLang[lang] ??= terms(f.question, lang));
}

/** Each FAQ entry's match with the question: 0–1, and how many terms they share. Empty when the question has no terms. */
function scoreFaq(faq: readonly FaqEntry[], question: string, lang: Lang): { f: FaqEntry; score: number; shared: number }[] {
  const q = terms(question, lang);
  if (!q.size) return [];
  return faq.map((f) => {
    const t = faqTerms(f, lang);
    let shared = 0;
    for (const x of q) if (t.has(x)) shared++;
    return { f, score: shared / Math.sqrt(q.size * Math.max(1, t.size)), shared };
  });
}

/** How well the best FAQ entry matches: 0–1, and how many terms they share. */
export function faqScore(faq: FaqEntry[], question: string, lang: Lang): { score: number; shared: number } {
  let best = { score: 0, shared: 0 };
  for (const { score, shared } of scoreFaq(faq, question, lang)) if (score > best.score) best = { score, shared };
  return best;
}

export function matchFaq(faq: FaqEntry[], question: string, lang: Lang): FaqEntry[] {
  return scoreFaq(faq, question, lang)
    // An FAQ answer that tries to instruct the assistant is screened like a review: never shown, never prompted.
    .filter((x) => x.score >= 0.3 && !triesToSteer(`${x.f.question} ${x.f.answer}`))
    .sort((a, b) => b.score - a.score)
    .map((x) => ({ question: sanitizeUntrusted(x.f.question), answer: sanitizeUntrusted(x.f.answer) }));
}

/** Store facts, falling back to the current product's offer terms when the page has no store block. */
export function storeFacts(catalog: Catalog): { shipping: ShippingPolicy[]; returns?: ReturnPolicy; payment: string[]; faq: FaqEntry[] } {
  const s = catalog.store;
  let shipping = s.shipping ?? [];
  let returns = s.returns;
  if (!shipping.length || !returns) {
    const current = catalog.currentProductId ? catalog.byId.get(catalog.currentProductId) : undefined;
    const offers = current ? current.offers : catalog.products.slice(0, 50).flatMap((p) => p.offers);
    if (!shipping.length) shipping = offers.find((o) => o.shipping?.length)?.shipping ?? [];
    if (!returns) returns = offers.find((o) => o.returns)?.returns;
  }
  return { shipping, returns, payment: s.payment ?? [], faq: s.faq ?? [] };
}

export function answerShopQuestion(catalog: Catalog, question: string, lang: Lang, topics = shopTopics(question)): StoreAnswer {
  const facts = storeFacts(catalog);
  const faq = matchFaq(facts.faq, question, lang).slice(0, 2);
  const t: ShopTopic[] = topics.length ? [...topics] : faq.length ? ['faq'] : [];
  const has = (topic: ShopTopic) =>
    topic === 'shipping' ? facts.shipping.length > 0 : topic === 'returns' ? !!facts.returns : topic === 'payment' ? facts.payment.length > 0 : faq.length > 0;
  return {
    topics: t,
    store: catalog.store,
    shipping: facts.shipping,
    returns: facts.returns,
    payment: facts.payment.map(sanitizeUntrusted),
    faq,
    unknown: !t.some(has) && faq.length === 0,
  };
}
