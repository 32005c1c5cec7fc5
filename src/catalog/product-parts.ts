/**
 * Product parts both readers share: ratings, reviews, images, attributes, variants, related ids, and
 * the final check that turns a draft into a valid `Product` (or drops it, saying why).
 */
import {
  attributeKey,
  availability,
  dedupe,
  idOf,
  isObject,
  LIMITS,
  list,
  nameOf,
  parseNumber,
  price,
  ratingValue,
  scalar,
  text,
  toFivePoint,
  url,
  type JsonObject,
} from './coerce.ts';
import type { ProductIssues } from './issues.ts';
import { bestAvailability, readOffers, summarizeOffers } from './offers.ts';
import type { Offer, Product, Rating, Review, Variant } from './types.ts';
import { optionsFromValues, splitVariantName } from './variant-options.ts';

/** Shopify variant option values: `option1`..`option3`, or the `.js` form's `options` list of strings. */
function shopifyOptionValues(node: JsonObject): string[] | null {
  const listed = Array.isArray(node.options) && node.options.every((x) => typeof x === 'string') ? (node.options as string[]) : null;
  const numbered = [node.option1, node.option2, node.option3].filter((x): x is string => typeof x === 'string' && x.trim() !== '');
  const values = (listed ?? numbered).map((x) => x.trim()).filter((x) => x && x.toLowerCase() !== 'default title');
  return values.length ? values : null;
}

/** AggregateRating, { value, count } or a bare number (with `ratingCount` beside it). */
export function readRating(v: unknown, issues: ProductIssues, countHint?: unknown): Rating | undefined {
  if (v === undefined || v === null) return undefined;
  const o = isObject(v) ? v : { value: v as never };
  const r = ratingValue(o.ratingValue ?? o.value ?? o.average, o.bestRating ?? o.best, o.worstRating ?? o.worst);
  if (!r) {
    issues.repaired('bad-rating');
    return undefined;
  }
  const c = parseNumber(o.ratingCount ?? o.reviewCount ?? o.count ?? countHint);
  const count = c !== undefined && !Number.isNaN(c) && c >= 0 ? Math.round(c) : 0;
  if (count === 0 && r.value === 0) return undefined;
  return { value: Math.round(r.value * 100) / 100, count, best: r.best, worst: r.worst };
}

/** schema.org Review or { author, rating, title, body, date }; empty reviews are skipped. */
export function readReviews(v: unknown, issues: ProductIssues): Review[] {
  const out: Review[] = [];
  if (v !== undefined && v !== null && !Array.isArray(v) && !isObject(v)) issues.repaired('wrong-type');
  for (const r of list(v)) {
    if (!isObject(r)) continue;
    const body = text(r.reviewBody ?? r.body ?? r.text ?? r.description ?? r.content, issues, LIMITS.review, true);
    const title = text(r.name ?? r.title ?? r.headline, issues, LIMITS.title);
    if (!body && !title) continue;
    const author = text(nameOf(r.author) ?? r.authorName, issues, LIMITS.name);
    const ratingNode = isObject(r.reviewRating) ? r.reviewRating : { ratingValue: r.rating ?? r.reviewRating } as JsonObject;
    const rv = ratingValue(ratingNode.ratingValue ?? ratingNode.value, ratingNode.bestRating, ratingNode.worstRating);
    if (!rv && (ratingNode.ratingValue ?? ratingNode.value) !== undefined) issues.repaired('bad-rating');
    const d = scalar(r.datePublished ?? r.date);
    out.push({
      body: body ?? '',
      ...(author ? { author } : {}),
      ...(rv ? { rating: toFivePoint(rv) } : {}),
      ...(title ? { title } : {}),
      ...(d ? { date: d.slice(0, 40) } : {}),
    });
  }
  return out;
}

export function readImages(v: unknown, base: string, issues: ProductIssues): string[] {
  const out: string[] = [];
  for (const img of list(v)) {
    // `contentURL` as some marketplaces spell it.
    const u = url(isObject(img) ? (img.contentUrl ?? img.contentURL ?? img.url ?? img['@id']) : img, base, issues);
    if (u) out.push(u);
  }
  return dedupe(out).slice(0, 20);
}

/** An attribute value as text ("yes" for true), or a list of such for multi-valued attributes. */
function attributeValue(v: unknown, issues: ProductIssues): string | string[] | undefined {
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) {
    const vals = v.map((x) => attributeValue(x, issues)).flat().filter((x): x is string => !!x);
    return vals.length === 0 ? undefined : vals.length === 1 ? vals[0] : dedupe(vals);
  }
  if (isObject(v) && !('@value' in v)) {
    // QuantitativeValue { value, unitText } or a named thing.
    const val = scalar(v.value);
    if (val !== undefined) {
      const unit = scalar(v.unitText) ?? scalar(v.unitCode);
      return text(unit ? `${val} ${unit}` : val, issues, LIMITS.attribute);
    }
    const n = nameOf(v);
    return n ? text(n, issues, LIMITS.attribute) : undefined;
  }
  return text(v, issues, LIMITS.attribute);
}

export interface AttributeSet {
  values: Record<string, string | string[]>;
  labels: Record<string, string>;
}

/** Adds `value` under `key` (lower-cased); a later value for a key already set is ignored. */
export function addAttribute(set: AttributeSet, rawKey: string, value: unknown, issues: ProductIssues, label?: string): void {
  const key = attributeKey(rawKey);
  if (!key || key.length > 80) return;
  const v = attributeValue(value, issues);
  if (v === undefined || (Array.isArray(v) && v.length === 0)) return;
  if (!(key in set.values)) set.values[key] = v;
  if (label && label.toLowerCase() !== key) set.labels[key] = label;
}

/** { key: value } or [{ name, value }] (the plain catalog) and schema.org additionalProperty. */
export function readAttributeMap(v: unknown, set: AttributeSet, issues: ProductIssues): void {
  if (v === undefined || v === null) return;
  if (Array.isArray(v)) {
    readPropertyValues(v, set, issues);
    return;
  }
  if (!isObject(v)) {
    issues.repaired('wrong-type');
    return;
  }
  for (const [k, val] of Object.entries(v)) addAttribute(set, k, val, issues);
}

/** schema.org PropertyValue list: `propertyID` (when it is a plain key) names the attribute, `name` labels it. */
export function readPropertyValues(v: unknown, set: AttributeSet, issues: ProductIssues): void {
  for (const pv of list(v)) {
    if (!isObject(pv)) continue;
    const name = text(pv.name, issues, LIMITS.name);
    const pid = scalar(pv.propertyID);
    const key = pid && /^[\p{L}\p{N} _.-]{1,60}$/u.test(pid) && !/^https?:/i.test(pid) ? pid : name;
    if (!key) continue;
    const unit = scalar(pv.unitText);
    const raw = pv.value ?? pv.values;
    const val = unit && raw !== undefined && !isObject(raw) ? `${scalar(raw) ?? ''} ${unit}`.trim() : raw;
    addAttribute(set, key, val, issues, name);
  }
}

/** Well-known schema.org Product properties that are attributes. */
export const SCHEMA_ATTRIBUTES = ['color', 'size', 'material', 'pattern', 'model', 'weight', 'width', 'height', 'depth', 'gender', 'suggestedGender', 'audience', 'ageGroup'];

export function readRefs(v: unknown): string[] {
  const out: string[] = [];
  for (const r of list(v)) {
    if (isObject(r)) {
      const id = idOf(r.sku ?? r.productID ?? r.id ?? r.productGroupID ?? r.mpn ?? r.url ?? r['@id']);
      if (id) out.push(id);
    } else {
      const id = idOf(r);
      if (id) out.push(id);
    }
  }
  return dedupe(out).slice(0, 200);
}

export function readCoCounts(v: unknown): { id: string; count: number }[] {
  const out = new Map<string, number>();
  for (const r of list(v)) {
    const id = isObject(r) ? idOf(r.id ?? r.sku) : idOf(r);
    if (!id) continue;
    const c = isObject(r) ? parseNumber(r.count ?? r.weight) : 1;
    out.set(id, (out.get(id) ?? 0) + (c !== undefined && !Number.isNaN(c) && c > 0 ? c : 1));
  }
  return [...out.entries()].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count).slice(0, 200);
}

/** Plain variants ({ id, attributes, price, availability, image }) and schema.org hasVariant Products. */
export interface VariantNaming {
  /** The group's title, which a variant's name may repeat before its option values ("Parka - Moss / S"). */
  groupTitle?: string;
  /** Option names in order (a ProductGroup's variesBy, Shopify's `options`). */
  optionNames?: string[];
}

export function readVariants(v: unknown, base: string, issues: ProductIssues, currencyHint?: string, offersOut?: Offer[], naming: VariantNaming = {}): Variant[] {
  const out: Variant[] = [];
  const seen = new Set<string>();
  for (const node of list(v)) {
    if (!isObject(node)) continue;
    const id = idOf(node.id ?? node.sku ?? node.productID ?? node.gtin13 ?? node.gtin ?? node['@id']);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const set: AttributeSet = { values: {}, labels: {} };
    readAttributeMap(node.attributes, set, issues);
    for (const k of SCHEMA_ATTRIBUTES) if (node[k] !== undefined) addAttribute(set, k, node[k], issues);
    readPropertyValues(node.additionalProperty, set, issues);
    const offers = readOffers(node.offers, base, issues, currencyHint);
    if (offersOut) addDistinctOffers(offersOut, offers);
    const summary = summarizeOffers(offers);
    const p = summary.price ?? price(node.price, issues);
    const avail = offers.length ? summary.availability : availability(node.availability, issues);
    const image = readImages(node.image, base, issues)[0];
    const vUrl = node.url !== undefined ? url(node.url, base, issues) : undefined;
    const title = text(node.title ?? node.name, issues, LIMITS.title);
    const sku = idOf(node.sku);
    const attributes: Record<string, string> = {};
    for (const [k, val] of Object.entries(set.values)) attributes[k] = Array.isArray(val) ? val.join(', ') : val;
    // Option values given only in the name ("Moss / S") or as Shopify's option1..3 / options list.
    const optionValues = shopifyOptionValues(node) ?? (title ? splitVariantName(title, naming.groupTitle) : null);
    if (optionValues) for (const [k, val] of Object.entries(optionsFromValues(optionValues, naming.optionNames))) if (!(k in attributes)) attributes[k] = val;
    out.push({
      id,
      attributes,
      ...(title ? { title } : {}),
      ...(sku ? { sku } : {}),
      ...(p !== undefined ? { price: p } : {}),
      ...(avail ? { availability: avail } : {}),
      ...(image ? { image } : {}),
      ...(vUrl ? { url: vUrl } : {}),
    });
  }
  return out.slice(0, 500);
}

/** Appends offers that differ in seller, price, currency, availability or terms (variants often repeat one). */
export function addDistinctOffers(into: Offer[], offers: Offer[]): void {
  const key = (o: Offer) => JSON.stringify([o.seller, o.price, o.currency, o.availability, o.listPrice, o.shipping, o.returns]);
  const seen = new Set(into.map(key));
  for (const o of offers) {
    const k = key(o);
    if (seen.has(k) || into.length >= 50) continue;
    seen.add(k);
    into.push(o);
  }
}

export interface Draft {
  id?: string;
  title?: string;
  description?: string;
  brand?: string;
  categories: string[];
  price?: number;
  listPrice?: number;
  currency?: string;
  availability?: Product['availability'];
  offers: Offer[];
  rating?: Rating;
  reviews: Review[];
  attributes: AttributeSet;
  images: string[];
  url?: string;
  sku?: string;
  gtin?: string;
  mpn?: string;
  variants: Variant[];
  releaseDate?: string;
  relatedTo: string[];
  similarTo: string[];
  alsoBought: { id: string; count: number }[];
  alsoViewed: { id: string; count: number }[];
}

export function emptyDraft(): Draft {
  return {
    categories: [],
    offers: [],
    reviews: [],
    attributes: { values: {}, labels: {} },
    images: [],
    variants: [],
    relatedTo: [],
    similarTo: [],
    alsoBought: [],
    alsoViewed: [],
  };
}

/**
 * A valid Product from a draft, or null (dropped, reported) without an id or a title.
 * Prices come from the offers when there are any: lowest in-stock price, else lowest.
 */
export function finishProduct(d: Draft, issues: ProductIssues, storeCurrency?: string): Product | null {
  if (!d.id) {
    issues.dropped('missing-id');
    return null;
  }
  if (!d.title) {
    issues.dropped('missing-title');
    return null;
  }
  const summary = summarizeOffers(d.offers);
  let p = summary.price ?? d.price;
  let listPrice = summary.price !== undefined ? (summary.listPrice ?? (d.listPrice !== undefined && d.listPrice > summary.price ? d.listPrice : undefined)) : d.listPrice;
  // Products sold as variants only: the cheapest buyable variant.
  if (p === undefined && d.variants.length) {
    const priced = d.variants.filter((v) => v.price !== undefined);
    const buyable = priced.filter((v) => v.availability === undefined || v.availability === 'InStock' || v.availability === 'LimitedAvailability');
    const pool = buyable.length ? buyable : priced;
    if (pool.length) p = Math.min(...pool.map((v) => v.price!));
  }
  if (listPrice !== undefined && (p === undefined || listPrice <= p)) listPrice = undefined;
  if (p === undefined) issues.repaired('missing-price');
  const cur = summary.currency || d.currency || storeCurrency;
  if (d.offers.length) for (const o of d.offers) if (!o.currency && cur) o.currency = cur;

  let avail: Product['availability'] = d.offers.length ? summary.availability : (d.availability ?? 'Unknown');
  if (d.variants.length) {
    const vs = d.variants.map((v) => v.availability).filter((a): a is Product['availability'] => !!a);
    if (vs.length) avail = bestAvailability([avail === 'Unknown' ? vs[0]! : avail, ...vs]);
  }
  if (avail === 'Unknown' && d.availability) avail = d.availability;

  const related = {
    relatedTo: d.relatedTo.filter((x) => x !== d.id),
    similarTo: d.similarTo.filter((x) => x !== d.id),
    alsoBought: d.alsoBought.filter((x) => x.id !== d.id),
    alsoViewed: d.alsoViewed.filter((x) => x.id !== d.id),
  };
  const labels = Object.keys(d.attributes.labels).length ? { attributeLabels: d.attributes.labels } : {};
  return {
    id: d.id,
    title: d.title,
    description: d.description ?? '',
    ...(d.brand ? { brand: d.brand } : {}),
    categories: d.categories,
    ...(p !== undefined ? { price: p } : {}),
    ...(listPrice !== undefined ? { listPrice } : {}),
    ...(cur ? { currency: cur } : {}),
    availability: avail,
    offers: d.offers,
    ...(d.rating ? { rating: d.rating } : {}),
    reviews: d.reviews,
    attributes: d.attributes.values,
    images: d.images,
    ...(d.url ? { url: d.url } : {}),
    ...(d.sku ? { sku: d.sku } : {}),
    ...(d.gtin ? { gtin: d.gtin } : {}),
    ...(d.mpn ? { mpn: d.mpn } : {}),
    variants: d.variants,
    ...labels,
    ...(d.releaseDate ? { releaseDate: d.releaseDate } : {}),
    related,
  };
}
