/**
 * Answers a question about one product from what the catalog says about it: attributes first, then the
 * variants, the description and the reviews — and says so when none of them covers the question.
 */
import type { Product } from '../catalog/types.ts';
import type { Lang } from '../i18n/types.ts';
import { attributeLabel, booleanValue, conceptForKey, conceptsInQuestion, type AttributeConcept } from '../understand/concepts.ts';
import { looksLikeInjection, sanitizeUntrusted } from './untrusted.ts';
import { clip, escapeRegExp, sentences, stripTags, words } from './text.ts';

export interface ProductFinding {
  source: 'attribute' | 'variant' | 'description' | 'review' | 'offer';
  /** Attribute key, for attribute findings. */
  key?: string;
  /** What the finding is about, in the UI language ("waterproof", "防水"). */
  label: string;
  /** Sanitised catalog text: the attribute value, a description sentence or a review sentence. */
  value: string;
  /** For yes/no attributes: the catalog's answer. */
  verdict?: boolean | null;
  /** Reviews saying it, for review findings. */
  count?: number;
}

export interface ProductAnswer {
  productId: string;
  topic: 'price' | 'availability' | 'attribute' | 'general' | 'overview';
  /** What the shopper asked about, in the UI language, for "the catalog doesn't say whether …". */
  asked: string[];
  findings: ProductFinding[];
  /** Nothing in the catalog answers the question. */
  unknown: boolean;
}

const PRICE_Q = /\b(?:how much|price|cost|costs|expensive|cheap|discount|on sale|deal)\b|多少钱|价格|价钱|贵|便宜|打折|优惠/i;
const STOCK_Q = /\b(?:in stock|available|availability|sold out|out of stock|ship (?:today|now)|back in stock)\b|有货|库存|现货|缺货|还有吗|有没有货/i;
const SIZE_Q = /\bsize\s*(\d{1,2}(?:\.5)?|xs|s|m|l|xl|xxl)\b|(\d{2}(?:\.5)?)\s*码|\b(xs|s|m|l|xl|xxl)\s*码/i;

const OVERVIEW_Q = /\b(?:tell me (?:more )?about|more about|describe|details?|overview|specs?|specifications|what is (?:this|it)|what's (?:this|it))\b|介绍|详细|说说|参数|规格|是什么/i;

const STOP_EN = new Set(
  'a an the is are was were be it this that these those does do did can could will would should has have having of for to in on at by with and or not what which how who why when where any there its it\'s i me my you your we our they them their one ones product item thing please tell about good ok'.split(' '),
);
const STOP_ZH = new Set('这 那 个 款 这个 这款 那个 它 吗 呢 吧 啊 的 了 是 有 没有 不 请问 怎么 怎么样 如何 什么 多少 可以 能 会 我 你 他 她 和 与 在 也 都 还 就 又'.split(' '));

export function contentWords(text: string, lang: Lang): string[] {
  return words(text, lang).filter((w) => !STOP_EN.has(w) && !STOP_ZH.has(w) && w.length > (/[\u3400-\u9fff]/.test(w) ? 0 : 1));
}

function attributeFindings(product: Product, concept: AttributeConcept, lang: Lang): ProductFinding[] {
  const out: ProductFinding[] = [];
  for (const [key, raw] of Object.entries(product.attributes)) {
    const k = key.toLowerCase();
    if (!(concept.keys.includes(k) || conceptForKey(k) === concept)) continue;
    const value = sanitizeUntrusted(Array.isArray(raw) ? raw.join(', ') : String(raw));
    if (!value) continue;
    const b = booleanValue(value);
    out.push({ source: 'attribute', key, label: attributeLabel(key, lang, product.attributeLabels), value, verdict: concept.boolean ? b : undefined });
  }
  return out;
}

function variantFindings(product: Product, concept: AttributeConcept, lang: Lang, sizeAsked: string | null): ProductFinding[] {
  if (!product.variants.length || !(concept.id === 'color' || concept.id === 'size')) return [];
  const key = concept.id === 'color' ? ['color', 'colour'] : ['size'];
  const values = new Map<string, boolean>();
  for (const v of product.variants) {
    const val = Object.entries(v.attributes).find(([k]) => key.includes(k.toLowerCase()))?.[1];
    if (!val) continue;
    const inStock = (v.availability ?? product.availability) !== 'OutOfStock' && v.availability !== 'SoldOut';
    values.set(val, (values.get(val) ?? false) || inStock);
  }
  if (!values.size) return [];
  if (sizeAsked && concept.id === 'size') {
    const match = [...values.entries()].find(([v]) => v.toLowerCase() === sizeAsked.toLowerCase());
    return [
      {
        source: 'variant',
        key: 'size',
        label: `${attributeLabel('size', lang)} ${sizeAsked}`,
        value: match ? (match[1] ? 'in-stock' : 'out-of-stock') : 'not-offered',
        verdict: match ? match[1] : false,
      },
    ];
  }
  return [
    {
      source: 'variant',
      key: concept.id,
      label: attributeLabel(concept.id, lang),
      value: [...values.keys()].map((v) => sanitizeUntrusted(v)).join(', '),
    },
  ];
}

/** Sentences of the description / reviews that mention any of `terms`. */
function textFindings(product: Product, terms: string[], label: string, lang: Lang): ProductFinding[] {
  if (!terms.length) return [];
  const res = terms.map((t) => (/[\u3400-\u9fff]/.test(t) ? new RegExp(escapeRegExp(t)) : new RegExp(`\\b${escapeRegExp(t)}`, 'i')));
  const mentions = (s: string) => res.some((re) => re.test(s));
  const out: ProductFinding[] = [];
  const desc = sanitizeUntrusted(product.description);
  if (!looksLikeInjection(product.description.replace(/<[^>]*>/g, ''))) {
    const hit = sentences(desc, lang).find(mentions);
    if (hit) out.push({ source: 'description', label, value: clip(hit, 200) });
  }
  const said = new Map<string, number>();
  for (const r of product.reviews) {
    if (looksLikeInjection(`${r.title ?? ''} ${r.body}`)) continue;
    for (const s of sentences(sanitizeUntrusted(r.body), lang)) if (mentions(s)) said.set(s, (said.get(s) ?? 0) + 1);
  }
  const top = [...said.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2);
  for (const [s, count] of top) out.push({ source: 'review', label, value: clip(s, 200), count });
  return out;
}

export function answerProductQuestion(product: Product, question: string, lang: Lang): ProductAnswer {
  const findings: ProductFinding[] = [];
  const asked: string[] = [];
  const sizeMatch = SIZE_Q.exec(question);
  const sizeAsked = sizeMatch ? (sizeMatch[1] ?? sizeMatch[2] ?? sizeMatch[3] ?? null) : null;
  let concepts = conceptsInQuestion(question);
  if (sizeAsked) concepts = [conceptsInQuestion('size')[0]!, ...concepts.filter((c) => c.id !== 'size')];

  if (!concepts.length && PRICE_Q.test(question)) {
    const offer = product.offers.find((o) => o.price === product.price) ?? product.offers[0];
    findings.push({ source: 'offer', key: 'price', label: 'price', value: String(product.price ?? offer?.price ?? '') });
    return { productId: product.id, topic: 'price', asked: [], findings: product.price === undefined ? [] : findings, unknown: product.price === undefined };
  }
  if (!concepts.length && STOCK_Q.test(question)) {
    findings.push({ source: 'offer', key: 'availability', label: 'availability', value: product.availability });
    return { productId: product.id, topic: 'availability', asked: [], findings, unknown: product.availability === 'Unknown' };
  }

  if (!concepts.length && (OVERVIEW_Q.test(question) || !contentWords(question, lang).length)) {
    // "Tell me about this": the description's first sentence and the main attributes.
    const desc = looksLikeInjection(stripTags(product.description)) ? '' : sentences(sanitizeUntrusted(product.description), lang)[0];
    if (desc) findings.push({ source: 'description', label: '', value: clip(desc, 220) });
    for (const [key, raw] of Object.entries(product.attributes).slice(0, 6)) {
      const value = sanitizeUntrusted(Array.isArray(raw) ? raw.join(', ') : String(raw));
      if (value) findings.push({ source: 'attribute', key, label: attributeLabel(key, lang, product.attributeLabels), value });
    }
    return { productId: product.id, topic: 'overview', asked: [], findings, unknown: false };
  }

  for (const concept of concepts.slice(0, 2)) {
    asked.push(concept.label[lang]);
    // A size asked for by name is answered from the variants (in stock or not), not the size list.
    const variants = variantFindings(product, concept, lang, sizeAsked);
    const found = sizeAsked && concept.id === 'size' && variants.length ? variants : [...attributeFindings(product, concept, lang), ...variants];
    if (!found.length) {
      // Attributes don't cover it: look for the shopper's own words and the concept's words in the text.
      const qTerms = contentWords(question, lang).filter((w) => concept.terms.some((t) => t.includes(w) || w.includes(t)));
      found.push(...textFindings(product, [...new Set([...qTerms, ...concept.terms.filter((t) => t.length > 2)])], concept.label[lang], lang));
    }
    findings.push(...found);
  }

  if (!concepts.length) {
    // No known attribute: match the question's words against attribute names/values, then the text.
    const terms = contentWords(question, lang);
    for (const [key, raw] of Object.entries(product.attributes)) {
      const value = sanitizeUntrusted(Array.isArray(raw) ? raw.join(', ') : String(raw));
      const hay = `${key} ${attributeLabel(key, lang, product.attributeLabels)} ${value}`.toLowerCase();
      if (terms.some((t) => hay.includes(t))) findings.push({ source: 'attribute', key, label: attributeLabel(key, lang, product.attributeLabels), value });
    }
    if (!findings.length) findings.push(...textFindings(product, terms, terms.join(' '), lang));
    asked.push(terms.join(' '));
  }
  return { productId: product.id, topic: concepts.length ? 'attribute' : 'general', asked: asked.filter(Boolean), findings, unknown: findings.length === 0 };
}
