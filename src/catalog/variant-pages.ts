/**
 * A variant's own page (JSON-LD Product with isVariantOf / inProductGroupWithID, its ProductGroup not on
 * the page) is read as a product of its own; when the feed (or the plain block) brings the group, it is
 * one variant of that group:
 *
 *   - the group the page names: same id (productGroupID, inProductGroupWithID, the group's @id), or the
 *     group's page (a URL the page gives as the group's, or its own page without the query);
 *   - else the group one of whose variants has the page's id, sku or gtin as its id or sku, or the
 *     page's exact link (`?variant=…` included) — reported (`same-product`): the ids differ.
 *
 * The page's variant goes onto its twin in the group (the page is fresher: price, stock, image), else it
 * becomes one more variant. What the page says of the whole product (description, brand, category,
 * rating, reviews, images, related products) follows the usual merge rules (merge.ts overlay); what is the
 * variant's alone (its title, price, sku, gtin, url, colour / size) never replaces the group's. The
 * group keeps its id; the page's id becomes an alias (Catalog.aliases). The group's price and stock state
 * follow its variants when they did before.
 *
 * Linear and bounded: only the page's few variant pages are looked for; the feed's products are read
 * once, in slices, and only when a page's group is not found by id.
 */
import type { VariantOf } from './jsonld.ts';
import type { IssueLog } from './issues.ts';
import { CATALOG_WIDE, overlay, overlayVariant, SOURCE_KINDS, type MergedEntry, type ProductMerger } from './merge.ts';
import { normalGtin, productPageUrl } from './same-product.ts';
import type { TimeSlicer } from './time-slice.ts';
import type { Availability, Product, Variant } from './types.ts';

const NOT_BUYABLE = new Set<Availability>(['OutOfStock', 'SoldOut', 'Discontinued']);
const known = (a: Availability | undefined): a is Availability => a !== undefined && a !== 'Unknown';
const buyable = (a: Availability | undefined) => known(a) && !NOT_BUYABLE.has(a);
const lower = (s: string | undefined) => s?.trim().toLowerCase() || undefined;

/** A link as it names one variant: without the fragment or a trailing slash, its query kept. */
export function variantUrlKey(href: string): string {
  const h = href.indexOf('#');
  const s = h >= 0 ? href.slice(0, h) : href;
  const q = s.indexOf('?');
  const path = (q >= 0 ? s.slice(0, q) : s).replace(/\/$/, '');
  return q >= 0 ? path + s.slice(q) : path;
}

/** The cheapest price among variants in stock (all variants when none is). */
function cheapest(variants: readonly Variant[]): number | undefined {
  const pool = variants.some((v) => buyable(v.availability)) ? variants.filter((v) => buyable(v.availability)) : variants;
  let best: number | undefined;
  for (const v of pool) if (v.price !== undefined && (best === undefined || v.price < best)) best = v.price;
  return best;
}

/** Whether `w` (a variant of the group) is the variant the page is about. */
function isTwin(w: Variant, v: Variant, page: Product): boolean {
  if (w.id === v.id) return true;
  const codes = [v.id, v.sku, page.id, page.sku].map(lower).filter(Boolean);
  if (codes.includes(lower(w.id)) || (w.sku && codes.includes(lower(w.sku)))) return true;
  if (page.gtin && normalGtin(page.gtin) === normalGtin(w.id)) return true;
  return !!v.url && !!w.url && variantUrlKey(v.url) === variantUrlKey(w.url);
}

/** The variant's options (all of them) are the page's: same values, case aside. */
function sameOptions(w: Variant, v: Variant): boolean {
  const keys = Object.keys(w.attributes);
  return keys.length > 0 && keys.every((k) => v.attributes[k] !== undefined && lower(v.attributes[k]) === lower(w.attributes[k]));
}

/** The group product with the page's variant in it (see the module comment). */
export function joinVariantPage(group: Product, page: Product, info: VariantOf): Product {
  const v = info.variant;
  // What the page says of the whole product: not its variant's name, price, codes, link or options.
  const options = new Set(Object.keys(v.attributes));
  const attributes: Product['attributes'] = {};
  for (const [k, val] of Object.entries(page.attributes)) {
    if (options.has(k) || Array.isArray(group.attributes[k])) continue;
    attributes[k] = val;
  }
  const view: Product = {
    id: group.id,
    title: info.groupTitle ?? '',
    description: page.description,
    ...(page.brand ? { brand: page.brand } : {}),
    categories: page.categories,
    availability: 'Unknown',
    offers: [],
    ...(page.rating ? { rating: page.rating } : {}),
    reviews: page.reviews,
    attributes,
    images: [],
    variants: [],
    ...(page.attributeLabels ? { attributeLabels: page.attributeLabels } : {}),
    related: page.related,
  };
  const out = overlay(group, view);
  // The group's pictures first; the page's (its variant's) after them.
  out.images = [...new Set([...group.images, ...page.images])].slice(0, 20);

  // The page's variant onto its twin (the page is fresher), else one more variant. A price in another currency is not taken.
  const sameCurrency = !page.currency || !group.currency || page.currency === group.currency;
  const fresh: Variant = sameCurrency || v.price === undefined ? v : (({ price: _, ...rest }) => rest)(v);
  let at = group.variants.findIndex((w) => isTwin(w, v, page));
  if (at < 0) {
    // No code or link in common (WooCommerce's Store API lists a variation by its options only): the one variant with the page's options.
    const same = group.variants.flatMap((w, i) => (sameOptions(w, v) ? [i] : []));
    if (same.length === 1) at = same[0]!;
  }
  out.variants = [...group.variants];
  if (at >= 0) {
    const twin = group.variants[at]!;
    // The twin's option values are the group's spelling of them ("Light Blue" in its colour list), and
    // what the group has as one value for all (material: wool) is not the variant's.
    const attributes: Record<string, string> = {};
    for (const [k, val] of Object.entries(v.attributes)) if (!(k in twin.attributes) && Array.isArray(group.attributes[k])) attributes[k] = val;
    out.variants[at] = overlayVariant(twin, { ...fresh, attributes });
  } else out.variants.push(fresh);

  // The group's price and stock state followed its variants: they still do.
  const offer = out.offers.length === 1 ? out.offers[0]! : undefined;
  const before = cheapest(group.variants);
  if (group.price !== undefined && before === group.price && group.variants.every((w) => w.price !== undefined)) {
    const now = cheapest(out.variants);
    if (now !== undefined && now !== group.price) {
      out.price = now;
      if (out.listPrice !== undefined && !(out.listPrice > now)) delete out.listPrice;
      if (offer && offer.price === group.price) {
        const { listPrice, ...rest } = offer;
        out.offers = [{ ...rest, price: now, ...(listPrice !== undefined && listPrice > now ? { listPrice } : {}) }];
      }
    }
  }
  if (out.variants.every((w) => known(w.availability))) {
    const anyBuyable = out.variants.some((w) => buyable(w.availability));
    const state: Availability | undefined = anyBuyable && !buyable(out.availability) ? 'InStock' : !anyBuyable && buyable(out.availability) ? 'OutOfStock' : undefined;
    if (state) {
      out.availability = state;
      if (out.offers.length === 1) out.offers = [{ ...out.offers[0]!, availability: state }];
    }
  }
  return out;
}

type MatchBy = 'group page' | 'variant id' | 'variant sku' | 'variant link' | 'page';
/** Strongest first; the first kind of match that names one group decides. */
const ORDER: MatchBy[] = ['group page', 'variant id', 'variant sku', 'variant link', 'page'];

const isUrl = (s: string) => /^https?:/i.test(s);
const kindNames = (bits: number) => SOURCE_KINDS.filter((_, k) => bits & (1 << k)).join('+');

/** Folds each variant's page into the catalog-wide group it belongs to (see the module comment). */
export async function foldVariantPages(merger: ProductMerger, log: IssueLog, slicer: TimeSlicer): Promise<void> {
  const pages = merger.pendingVariantPages();
  if (!pages.length) return;
  const left: [string, VariantOf][] = [];
  // 1. The group under the id the page gives it.
  for (const [id, info] of pages) {
    const target = info.groupRefs.map((r) => merger.resolve(r)).find((r) => r !== id && merger.kindsOf(r) & CATALOG_WIDE);
    if (target) merger.foldVariantPage(id, target, info.variant.id !== id ? info.variant.id : undefined);
    else left.push([id, info]);
  }
  if (!left.length) return;

  // 2. The keys the remaining pages give, then one read of the catalog-wide groups for them.
  const wanted = new Map<string, { page: string; by: MatchBy }[]>();
  const want = (key: string | undefined, page: string, by: MatchBy) => {
    if (!key) return;
    const list = wanted.get(key) ?? [];
    if (!list.length) wanted.set(key, list);
    list.push({ page, by });
  };
  for (const [id, info] of left) {
    const p = merger.get(id)!;
    const v = info.variant;
    for (const r of info.groupRefs) if (isUrl(r)) want(`page:${productPageUrl(r)}`, id, 'group page');
    for (const c of new Set([v.id, p.id, p.sku, p.gtin].map(lower))) if (c) want(`code:${c}`, id, 'variant id');
    if (p.gtin) want(`code:${normalGtin(p.gtin)}`, id, 'variant id');
    for (const u of new Set([v.url, p.url].filter((x): x is string => !!x && isUrl(x)))) {
      want(`link:${variantUrlKey(u)}`, id, 'variant link');
      want(`page:${productPageUrl(u)}`, id, 'page');
    }
  }
  const hits = new Map<string, Map<MatchBy, Set<MergedEntry>>>();
  const hit = (key: string, e: MergedEntry, sku = false) => {
    for (const { page, by } of wanted.get(key) ?? []) {
      const kind: MatchBy = by === 'variant id' && sku ? 'variant sku' : by;
      const byKind = hits.get(page) ?? new Map<MatchBy, Set<MergedEntry>>();
      hits.set(page, byKind);
      (byKind.get(kind) ?? byKind.set(kind, new Set()).get(kind)!).add(e);
    }
  };
  let n = 0;
  for (const e of merger.records()) {
    if ((++n & 255) === 0) await slicer.maybePause();
    const g = e.product;
    if (!(e.kinds & CATALOG_WIDE) || !g.variants.length) continue;
    if (g.url && isUrl(g.url)) hit(`page:${productPageUrl(g.url)}`, e);
    for (const w of g.variants) {
      hit(`code:${lower(w.id)}`, e);
      if (/^\d{8}$|^\d{12,14}$/.test(w.id)) hit(`code:${normalGtin(w.id)}`, e);
      if (w.sku) hit(`code:${lower(w.sku)}`, e, true);
      if (w.url && isUrl(w.url)) hit(`link:${variantUrlKey(w.url)}`, e);
    }
  }

  for (const [id] of left) {
    const byKind = hits.get(id);
    if (!byKind) continue;
    // A group page the page named may also be where other groups' items link: a kind of match that names two groups decides nothing.
    const by = ORDER.find((k) => byKind.get(k)?.size === 1);
    if (!by) continue;
    const group = [...byKind.get(by)!][0]!;
    const pageKinds = merger.kindsOf(id);
    const info = left.find(([x]) => x === id)![1];
    merger.foldVariantPage(id, group.product.id, info.variant.id !== id ? info.variant.id : undefined);
    // The page named its group by a link: the ids agree as far as the page could say. Otherwise they differ.
    if (by !== 'group page') log.add('same-product', `${group.product.id} = ${id} (${kindNames(pageKinds)}), a variant by ${by}`, 'repaired');
  }
}
