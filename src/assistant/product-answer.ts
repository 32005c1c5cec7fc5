/**
 * Answers a question about one product from what the catalog says about it: attributes first, then the
 * variants, the description and the reviews — and says so when none of them covers the question.
 */
import type { Product } from '../catalog/types.ts';
import type { Lang } from '../i18n/types.ts';
import { attributeLabel, booleanValue, conceptForKey, conceptsInQuestion, type AttributeConcept } from '../understand/concepts.ts';
import { looksLikeInjection, sanitizeUntrusted } from './untrusted.ts';
import { quantityOf, type Family } from '../understand/units.ts';
import { chineseNumber } from '../search/numbers.ts';
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

/** The colours a product comes in, as the catalog writes them: its own and its variants'. */
export function productColors(p: Product): string[] {
  const own = [p.attributes.color ?? p.attributes.colour ?? []].flat();
  const variants = p.variants.map((v) => v.attributes.color ?? v.attributes.colour ?? '');
  return [...new Set([...own, ...variants].filter(Boolean).map(String))];
}

/** "how heavy", "多重", "how many pieces", "几件": the unit family a question asks for. */
const FAMILY_Q: [RegExp, Family][] = [
  [/\b(?:how heavy|weigh|weight)\b|多重|重量|多少克|几斤/i, 'mass'],
  [/\b(?:how long (?:does|will|can) (?:it|the battery) (?:run|last)|battery life|run ?time|how many hours|how long .*\b(?:run|last|charge))\b|多久|续航|用多长时间|能用多长/i, 'time'],
  [/\b(?:how many (?:litres|liters|ml|cups|quarts)|how much (?:does it hold|water|food|capacity|can it hold|will it hold)|how big|how large|how much room|capacity|volume|hold)\b|容量|多少升|多少毫升|装多少|多大/i, 'volume'],
  [/\b(?:room size|how big (?:a|of a) room|what size room|square (?:feet|metres|meters)|sq ?ft|area)\b|面积|多大的房间|几平|房间/i, 'area'],
  [/\b(?:how many (?:pieces|knives|items|mugs|cups|slices|settings|speeds|bits)|how many (?:come|do i get))\b|几件|多少件|几个|几片|几档|一共几/i, 'count'],
  [/\b(?:how (?:long|wide|tall|big|thick|deep)|length|diameter|thickness|dimensions?)\b|多长|多宽|多高|多大|多厚|尺寸|直径|厚度/i, 'length'],
  [/\b(?:how (?:powerful|many watts)|wattage|power)\b|功率|多少瓦/i, 'power'],
  [/\b(?:how (?:loud|quiet|noisy)|noise|noisy|loud|quiet|decibels?)\b|噪音|分贝|吵不吵|声音大|声音|安静/i, 'sound'],
  [/\b(?:how (?:thick|plush|heavy|dense)|thick|plush|gsm)\b|克重|多厚|厚不厚|厚实/i, 'density'],
  [/\b(?:cadr|air flow|airflow|how much air|how fast (?:does it|can it) clean)\b|风量|净化能力/i, 'flow'],
  [/\b(?:how strong|suction)\b|吸力/i, 'pressure'],
];

const YES_NO = /^(?:is|are|does|do|can|could|will|would|has|have|should)\b|吗[?？。！!]*$|是不是|能不能|可不可以|是否|有没有/i;

/** Numbers in text, Arabic or Chinese ("四季" → 4). */
function numbersIn(text: string): number[] {
  const out = [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  for (const m of text.matchAll(/[一二两三四五六七八九十]+/g)) {
    const n = chineseNumber(m[0]);
    if (n !== undefined) out.push(n);
  }
  return out;
}

/**
 * A yes/no question answered by an attribute's value: "is it a 4 season tent?" (3-season → no), "are these
 * wool?" (merino wool → yes), "is this a burr grinder?" (blade → no). Null when the value cannot say.
 */
export function valueVerdict(question: string, key: string, value: string, lang: Lang): boolean | null {
  const b = booleanValue(value);
  if (b !== null) return b;
  const v = value.toLowerCase();
  const qNums = numbersIn(question);
  if (qNums.length) {
    const vNums = numbersIn(value);
    if (vNums.length) return qNums.some((n) => vNums.includes(n));
  }
  const keyWords = new Set(words(key, lang));
  const asked = contentWords(question, lang).filter((w) => !keyWords.has(w) && !/^(?:good|enough|made|real|work|fit|use|get|go|put)$/.test(w));
  if (!asked.length) return null;
  const stemmed = (w: string) => w.replace(/(?:es|s)$/, '');
  if (asked.some((w) => v.includes(w) || v.includes(stemmed(w)))) return true;
  // Chinese: a word of the question inside the value ("羊毛" in "美利奴羊毛").
  if (/[\u3400-\u9fff]/.test(question) && [...question.matchAll(/[\u3400-\u9fff]{2}/g)].some((m) => v.includes(m[0]) && !key.includes(m[0]))) return true;
  return false;
}

function measuredFindings(product: Product, question: string, lang: Lang): ProductFinding[] {
  // Every family the words may ask for, in order, until the product has one: "how big is it" is the
  // volume of a backpack, the diameter of a pan; "how thick" the gsm of a towel, the millimetres of a mat.
  for (const [re, family] of FAMILY_Q) {
    if (!re.test(question)) continue;
    const out: ProductFinding[] = [];
    for (const [key, raw] of Object.entries(product.attributes)) {
      const value = Array.isArray(raw) ? raw.join(', ') : String(raw);
      if (quantityOf(Array.isArray(raw) ? raw[0] ?? '' : raw, key)?.family === family) {
        out.push({ source: 'attribute', key, label: attributeLabel(key, lang, product.attributeLabels), value: sanitizeUntrusted(value) });
      }
    }
    if (out.length) return out;
  }
  return [];
}

export function answerProductQuestion(product: Product, question: string, lang: Lang): ProductAnswer {
  const answer = readProductQuestion(product, question, lang);
  // A measured fact the shopper asked for by its unit ("how heavy", "多重", "几件") when nothing else answered.
  if (answer.findings.every((f) => f.source !== 'attribute' && f.source !== 'offer' && f.source !== 'variant')) {
    const measured = measuredFindings(product, question, lang);
    if (measured.length) {
      answer.findings = [...measured, ...answer.findings];
      answer.unknown = false;
      answer.topic = 'attribute';
    }
  }
  // Attributes the question names by key ("inner pot", "thread count", "blade length", "温控").
  const asked = new Set(contentWords(question, lang).map((w) => w.replace(/(?:es|s)$/, '')));
  const named: ProductFinding[] = [];
  for (const [key, raw] of Object.entries(product.attributes)) {
    if (answer.findings.some((f) => f.key === key)) continue;
    const label = attributeLabel(key, lang, product.attributeLabels);
    const keyWords = words(key, 'en').map((w) => w.replace(/(?:es|s)$/, ''));
    const byKey = keyWords.length > 0 && keyWords.every((w) => asked.has(w) || [...asked].some((a) => a.length > 3 && (a.startsWith(w) || w.startsWith(a))));
    const byLabel = /[\u3400-\u9fff]/.test(label) && [...label.matchAll(/(?=([\u3400-\u9fff]{2}))/g)].some((m) => question.includes(m[1]!));
    if (byKey || byLabel) named.push({ source: 'attribute', key, label, value: sanitizeUntrusted(Array.isArray(raw) ? raw.join(', ') : String(raw)) });
  }
  if (named.length) {
    answer.findings = [...named, ...answer.findings.filter((f) => f.source === 'attribute' || f.source === 'variant' || f.source === 'offer')];
    answer.unknown = false;
    if (answer.topic === 'general' || answer.topic === 'overview') answer.topic = 'attribute';
  }
  if (YES_NO.test(question.trim())) {
    for (const f of answer.findings) {
      if (f.source === 'attribute' && (f.verdict === undefined || f.verdict === null) && f.key) f.verdict = valueVerdict(question, f.key, f.value, lang);
    }
  }
  return answer;
}

function readProductQuestion(product: Product, question: string, lang: Lang): ProductAnswer {
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
