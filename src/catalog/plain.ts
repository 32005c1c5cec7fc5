/**
 * The plain catalog format (`<script type="application/json" data-shop-guide-catalog>`, catalog-src
 * JSON and NDJSON) and the store-info block. Lenient on purpose: the documented field names plus the
 * common spellings of other feeds (name/title, sku/id, compare_at_price, "A > B" categories, prices
 * as strings…). A product written as schema.org JSON-LD is read as such.
 */
import {
  availability,
  categoryPath,
  currency,
  date,
  idOf,
  isObject,
  LIMITS,
  list,
  nameOf,
  parseNumber,
  price,
  scalar,
  text,
  typesOf,
  url,
  type JsonObject,
} from './coerce.ts';
import { ProductIssues, type IssueLog } from './issues.ts';
import { readProductNode } from './jsonld.ts';
import { readOffers, readReturns, readShipping } from './offers.ts';
import {
  addAttribute,
  emptyDraft,
  finishProduct,
  readAttributeMap,
  readCoCounts,
  readImages,
  readRating,
  readRefs,
  readReviews,
  readVariants,
} from './product-parts.ts';
import type { FaqEntry, Product, StoreInfo } from './types.ts';

export interface PlainContext {
  base: string;
  log: IssueLog;
  storeCurrency?: string;
}

const TOP_LEVEL_ATTRIBUTES = ['color', 'colour', 'size', 'material', 'gender', 'pattern', 'weight'];

/** One plain catalog entry → Product, or null (dropped, reported). */
export function readPlainProduct(raw: unknown, ctx: PlainContext, source: string): Product | null {
  const issues = new ProductIssues(ctx.log, source);
  if (!isObject(raw)) {
    issues.dropped('not-an-object');
    return null;
  }
  if (raw['@type'] !== undefined && typesOf(raw).some((t) => /^Product(Group|Model)?$|^IndividualProduct$/.test(t))) {
    return readProductNode(raw, { base: ctx.base, log: ctx.log, source }, issues);
  }
  const p = raw;
  const d = emptyDraft();
  d.id = idOf(p.id ?? p.sku ?? p.productId ?? p.product_id ?? p.productID ?? p.gtin ?? p.url);
  if (d.id) issues.source = `${source} (${d.id})`;
  d.title = text(p.title ?? p.name, issues, LIMITS.title);
  // body_html (Shopify, WooCommerce) is HTML by definition: stripping it is not worth a warning.
  const htmlBody = p.description === undefined && p.body_html !== undefined;
  if (htmlBody) issues.expected.add('html-in-text');
  d.description = text(p.description ?? p.body_html ?? p.desc, issues, LIMITS.description, true);
  if (htmlBody) issues.expected.delete('html-in-text');
  const brand = nameOf(p.brand ?? p.vendor ?? p.manufacturer);
  d.brand = brand ? text(brand, issues, LIMITS.name) : undefined;
  d.categories = categoryPath(p.category ?? p.categories ?? p.product_type ?? p.breadcrumb, issues);

  d.currency = currency(p.currency ?? p.priceCurrency, issues, p.price) ?? ctx.storeCurrency;
  let base = price(p.price, issues);
  let listPrice = price(p.listPrice ?? p.compareAtPrice ?? p.compare_at_price ?? p.regularPrice ?? p.originalPrice ?? p.msrp ?? p.wasPrice, issues);
  const sale = price(p.salePrice ?? p.sale_price, issues);
  if (sale !== undefined && (base === undefined || sale < base)) {
    listPrice = listPrice ?? base;
    base = sale;
  }
  d.price = base;
  d.listPrice = listPrice !== undefined && base !== undefined && listPrice > base ? listPrice : undefined;
  const stock = p.availability ?? p.stock ?? p.inStock ?? p.in_stock ?? p.quantity;
  d.availability = availability(stock, issues);

  d.offers = readOffers(p.offers, ctx.base, issues, d.currency);
  const shipping = readShipping(p.shipping ?? p.shippingDetails, issues);
  const returns = readReturns(p.returns ?? p.hasMerchantReturnPolicy, issues);
  if (d.offers.length === 0 && d.price !== undefined) {
    d.offers.push({
      price: d.price,
      currency: d.currency ?? '',
      availability: d.availability ?? 'Unknown',
      ...(d.listPrice !== undefined ? { listPrice: d.listPrice } : {}),
      ...(shipping.length ? { shipping } : {}),
      ...(returns ? { returns } : {}),
    });
  }

  d.rating = readRating(p.rating ?? p.aggregateRating, issues, p.ratingCount ?? p.reviewCount);
  d.reviews = readReviews(p.reviews ?? p.review, issues);
  readAttributeMap(p.attributes ?? p.specs ?? p.properties ?? p.additionalProperty, d.attributes, issues);
  for (const k of TOP_LEVEL_ATTRIBUTES) if (p[k] !== undefined) addAttribute(d.attributes, k, p[k], issues);
  d.images = readImages(p.images ?? p.image ?? p.imageUrl ?? p.image_url, ctx.base, issues);
  d.url = p.url !== undefined || p.link !== undefined ? url(p.url ?? p.link, ctx.base, issues) : undefined;
  d.sku = idOf(p.sku);
  d.gtin = idOf(p.gtin ?? p.gtin13 ?? p.ean ?? p.upc);
  d.mpn = idOf(p.mpn);
  d.variants = readVariants(p.variants ?? p.hasVariant, ctx.base, issues, d.currency, undefined, { groupTitle: d.title, optionNames: optionNames(p.options ?? p.variesBy) });
  if (d.variants.length) {
    for (const key of ['color', 'size']) {
      const vals = [...new Set(d.variants.map((v) => v.attributes[key]).filter((x): x is string => !!x))];
      const own = d.attributes.values[key];
      // One value per spelling: the product's "Blue" and a variant's "blue" are one colour.
      const seen = new Set<string>();
      const merged = [...(own === undefined ? [] : Array.isArray(own) ? own : [own]), ...vals].filter((v) => !seen.has(v.toLowerCase()) && !!seen.add(v.toLowerCase()));
      if (merged.length > 1) d.attributes.values[key] = merged;
      else if (merged.length === 1 && own === undefined) d.attributes.values[key] = merged[0]!;
    }
  }
  d.releaseDate = date(p.releaseDate ?? p.date ?? p.createdAt ?? p.created_at ?? p.publishedAt);
  d.similarTo = readRefs(p.similarTo ?? p.isSimilarTo ?? p.similar);
  d.relatedTo = readRefs(p.relatedTo ?? p.isRelatedTo ?? p.related);
  d.alsoBought = readCoCounts(p.alsoBought ?? p.boughtTogether);
  d.alsoViewed = readCoCounts(p.alsoViewed ?? p.viewedTogether);
  return finishProduct(d, issues, ctx.storeCurrency);
}

/** Option names: Shopify's `options` (["Color", "Size"] or [{ name, position }]) or a variesBy list. */
export function optionNames(v: unknown): string[] | undefined {
  const named = list(v)
    .map((o, i) => (isObject(o) ? { name: scalar(o.name), at: parseNumber(o.position) ?? i + 1 } : { name: scalar(o), at: i + 1 }))
    .filter((o): o is { name: string; at: number } => !!o.name);
  if (!named.length) return undefined;
  return named.sort((a, b) => a.at - b.at).map((o) => o.name);
}

function faqEntries(v: unknown, issues: ProductIssues): FaqEntry[] {
  const out: FaqEntry[] = [];
  // A schema.org FAQPage: mainEntity → Question { name, acceptedAnswer { text } }.
  const items = isObject(v) && v.mainEntity !== undefined ? list(v.mainEntity) : list(v);
  for (const q of items) {
    if (!isObject(q)) continue;
    const question = text(q.question ?? q.q ?? q.name, issues, LIMITS.title);
    const ans = isObject(q.acceptedAnswer) ? q.acceptedAnswer.text : (q.answer ?? q.a ?? q.text);
    const answer = text(isObject(ans) ? ans.text : ans, issues, LIMITS.review, true);
    if (question && answer) out.push({ question, answer });
  }
  return out.slice(0, 100);
}

/** The store-info block (or a catalog's `store`): shipping, returns, payment, FAQ. */
export function readStoreInfo(raw: unknown, log: IssueLog, source: string): Partial<StoreInfo> | null {
  const issues = new ProductIssues(log, source);
  if (!isObject(raw)) {
    issues.dropped('bad-store-info');
    return null;
  }
  const s = raw as JsonObject;
  const name = text(s.name, issues, LIMITS.name);
  const cur = s.currency !== undefined ? currency(s.currency, issues) : undefined;
  const shipping = readShipping(s.shipping ?? s.shippingDetails, issues);
  const returns = readReturns(s.returns ?? s.returnPolicy ?? s.hasMerchantReturnPolicy, issues);
  const payment = list(s.payment ?? s.paymentMethods ?? s.paymentAccepted)
    .flatMap((m) => (typeof m === 'string' ? m.split(/\s*,\s*/) : [nameOf(m) ?? '']))
    .map((m) => text(m, issues, LIMITS.name))
    .filter((m): m is string => !!m);
  const faq = faqEntries(s.faq ?? s.faqs, issues);
  return {
    ...(name ? { name } : {}),
    ...(cur ? { currency: cur } : {}),
    shipping,
    ...(returns ? { returns } : {}),
    payment: [...new Set(payment)],
    faq,
  };
}

/** Combines store facts: earlier sources win field by field; lists come from the first that has any. */
export function mergeStoreInfo(parts: (Partial<StoreInfo> | null | undefined)[]): StoreInfo {
  const out: StoreInfo = { shipping: [], payment: [], faq: [] };
  for (const p of parts) {
    if (!p) continue;
    out.name ??= p.name;
    out.currency ??= p.currency;
    out.returns ??= p.returns;
    if (!out.shipping.length && p.shipping?.length) out.shipping = p.shipping;
    if (!out.payment.length && p.payment?.length) out.payment = p.payment;
    if (!out.faq.length && p.faq?.length) out.faq = p.faq;
  }
  if (out.name === undefined) delete out.name;
  if (out.currency === undefined) delete out.currency;
  if (out.returns === undefined) delete out.returns;
  return out;
}
