/**
 * schema.org JSON-LD → products and store facts. Understands Product, ProductGroup (hasVariant,
 * isVariantOf), ItemList / ListItem, @graph, WebPage.mainEntity, Offer / AggregateOffer / several
 * sellers, shippingDetails, hasMerchantReturnPolicy, AggregateRating, Review, brand as text or object,
 * isRelatedTo / isSimilarTo, and Organization-level return and shipping policies.
 */
import {
  availability,
  categoryPath,
  date,
  idOf,
  isObject,
  LIMITS,
  list,
  nameOf,
  scalar,
  text,
  typesOf,
  url,
  type JsonObject,
} from './coerce.ts';
import { crumbsFromJsonLd, type Crumb } from './breadcrumbs.ts';
import { ProductIssues, type IssueLog } from './issues.ts';
import { overlay } from './merge.ts';
import { readOffers, readReturns, readShipping } from './offers.ts';
import {
  addAttribute,
  emptyDraft,
  finishProduct,
  readImages,
  readPropertyValues,
  readRating,
  readRefs,
  readReviews,
  readVariants,
  SCHEMA_ATTRIBUTES,
  type Draft,
} from './product-parts.ts';
import type { PageIdentity } from './page-identity.ts';
import type { Product, ReturnPolicy, ShippingPolicy, Variant } from './types.ts';

const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'IndividualProduct', 'ProductModel', 'SomeProducts', 'Vehicle', 'Car']);
const LIST_TYPES = new Set(['ItemList', 'OfferCatalog', 'BreadcrumbList']);
const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'ProductPage', 'CollectionPage', 'SearchResultsPage', 'WebSite']);
const ORG_TYPES = new Set(['Organization', 'OnlineStore', 'OnlineBusiness', 'Store', 'LocalBusiness', 'Corporation']);

/** How a product appeared on the page: the page's own subject, or one entry of a list / reference. */
export type JsonLdRole = 'main' | 'primary' | 'listed';

export interface JsonLdProduct {
  product: Product;
  role: JsonLdRole;
}

/**
 * A product read from a variant's own page (isVariantOf / inProductGroupWithID) whose group the page
 * does not list in full: the feed's group may bring the rest (variant-pages.ts folds it in).
 */
export interface VariantOf {
  /** What the page calls the group: its productGroupID / inProductGroupWithID, its @id or url. */
  groupRefs: string[];
  /** The page's variant, as one variant of the group. */
  variant: Variant;
  /** The group's name, when the page gives it (then the product is the group, with this one variant). */
  groupTitle?: string;
}

export interface JsonLdResult {
  products: JsonLdProduct[];
  /** Products that are a variant's page (by product id). */
  variantPages: Map<string, VariantOf>;
  /** BreadcrumbList trails, for the page product's category when it names none. */
  breadcrumbs: Crumb[][];
  /** Variants naming a group this script does not have (it may be in another script on the page). */
  pendingVariants: PendingVariant[];
  storeName?: string;
  storeReturns?: ReturnPolicy;
  storeShipping: ShippingPolicy[];
}

export interface PendingVariant {
  /** Every id the variant gives its group, the first as it names it (isVariantOf, else inProductGroupWithID). */
  groupRefs: string[];
  node: JsonObject;
  role: JsonLdRole;
}

export interface JsonLdContext {
  base: string;
  log: IssueLog;
  /** "json-ld #2" */
  source: string;
  /** The identity (canonical URL) the page's own product takes when its markup names none. */
  page?: PageIdentity;
}

export interface ReadNodeOptions {
  /** The node is the page's subject (not an entry of a list): it may take the page's identity. */
  pageSubject?: boolean;
}

function isProduct(node: JsonObject): boolean {
  return typesOf(node).some((t) => PRODUCT_TYPES.has(t));
}

/** The id a product node is known by: sku, group id, productID, mpn, gtin, @id, url — first present. */
export function jsonLdId(node: JsonObject, base: string): string | undefined {
  const direct = idOf(node.sku ?? node.productGroupID ?? node.productID ?? node.mpn ?? node.gtin13 ?? node.gtin12 ?? node.gtin14 ?? node.gtin8 ?? node.gtin);
  if (direct) return direct;
  const ref = scalar(node['@id']) ?? scalar(node.url);
  if (!ref) return undefined;
  try {
    return new URL(ref, base).href.slice(0, LIMITS.id);
  } catch {
    return idOf(ref);
  }
}

export function readJsonLd(data: unknown, ctx: JsonLdContext): JsonLdResult {
  const out: JsonLdResult = { products: [], variantPages: new Map(), breadcrumbs: [], pendingVariants: [], storeShipping: [] };
  const byId = new Map<string, JsonLdProduct>();
  const pendingVariants: PendingVariant[] = [];
  let count = 0;

  const add = (node: JsonObject, role: JsonLdRole) => {
    count++;
    const issues = new ProductIssues(ctx.log, `${ctx.source} product ${count}`);
    // A variant published on its own page that names its group: attach it to the group when we have one.
    const parent = node.isVariantOf ?? node.inProductGroupWithID;
    if (parent !== undefined && !typesOf(node).includes('ProductGroup')) {
      const parentNode = list(parent).find(isObject);
      const ref = parentNode ? jsonLdId(parentNode, ctx.base) : idOf(parent);
      const groupRefs = [...new Set([ref, idOf(node.inProductGroupWithID)].filter((r): r is string => !!r))];
      if (parentNode && (scalar(parentNode.name) !== undefined)) {
        const group = readProductNode({ ...parentNode, '@type': 'ProductGroup', hasVariant: [...list(parentNode.hasVariant), node] } as JsonObject, ctx, issues, { pageSubject: role !== 'listed' });
        if (group) {
          keep(group, role);
          // The group as this one variant's page tells it: a feed may list the rest.
          const variant = list(parentNode.hasVariant).length ? undefined : readVariants([node], ctx.base, issues, group.currency)[0];
          if (variant && groupRefs.length) out.variantPages.set(group.id, { groupRefs, variant, groupTitle: group.title });
        }
        return;
      }
      if (groupRefs.length) {
        pendingVariants.push({ groupRefs, node, role });
        return;
      }
    }
    const p = readProductNode(node, ctx, issues, { pageSubject: role !== 'listed' });
    if (p) keep(p, role);
    // Related products that carry their own name are products the page shows: keep them as listed.
    for (const rel of [...list(node.isRelatedTo), ...list(node.isSimilarTo)]) {
      if (isObject(rel) && scalar(rel.name) !== undefined) {
        count++;
        const rp = readProductNode(rel, ctx, new ProductIssues(ctx.log, `${ctx.source} product ${count}`));
        if (rp) keep(rp, 'listed');
      }
    }
  };

  const keep = (product: Product, role: JsonLdRole) => {
    const existing = byId.get(product.id);
    if (existing) {
      // The page's product also in its own list is one product; two nodes of one kind with one id are not.
      if (role === existing.role) ctx.log.add('duplicate-id', `${ctx.source} product ${product.id}`, 'repaired');
      // The same product twice in one script (e.g. in the list and as the main entity): the richer wins,
      // and the other copy fills its gaps (a list price or rating only one of them gave survives).
      if (rank(role) < rank(existing.role) || (role === existing.role && richness(product) > richness(existing.product))) {
        existing.product = overlay(existing.product, product);
      } else existing.product = overlay(product, existing.product);
      if (rank(role) < rank(existing.role)) existing.role = role;
      return;
    }
    const entry = { product, role };
    byId.set(product.id, entry);
    out.products.push(entry);
  };

  let tooDeep = false;
  const visit = (v: unknown, role: JsonLdRole, depth: number): void => {
    if (depth > 12) {
      // Said once per block: whatever sits deeper is not read.
      if (!tooDeep) ctx.log.add('json-ld-too-deep', ctx.source, 'dropped');
      tooDeep = true;
      return;
    }
    if (Array.isArray(v)) {
      for (const x of v) visit(x, role, depth + 1);
      return;
    }
    if (!isObject(v)) return;
    if (Array.isArray(v['@graph'])) visit(v['@graph'], role, depth + 1);
    const types = typesOf(v);
    if (isProduct(v)) {
      add(v, role);
      return;
    }
    if (types.some((t) => LIST_TYPES.has(t))) {
      if (types.includes('BreadcrumbList')) {
        const trail = crumbsFromJsonLd(v, ctx.base);
        if (trail.length) out.breadcrumbs.push(trail);
        return;
      }
      for (const el of list(v.itemListElement)) {
        if (!isObject(el)) continue;
        const item = isObject(el.item) ? el.item : el;
        if (isProduct(item)) add(item, 'listed');
        else if (isObject(item) && typesOf(item).some((t) => LIST_TYPES.has(t))) visit(item, 'listed', depth + 1);
      }
      return;
    }
    if (types.some((t) => PAGE_TYPES.has(t))) {
      visit(v.mainEntity, role === 'listed' ? 'listed' : 'main', depth + 1);
      visit(v.about, 'listed', depth + 1);
      visit(v.hasPart, 'listed', depth + 1);
      if (isObject(v.breadcrumb)) visit(v.breadcrumb, role, depth + 1);
      return;
    }
    if (types.some((t) => ORG_TYPES.has(t))) {
      const issues = new ProductIssues(ctx.log, `${ctx.source} ${types[0]}`);
      out.storeName ??= text(v.name ?? v.legalName, issues, LIMITS.name);
      out.storeReturns ??= readReturns(v.hasMerchantReturnPolicy, issues);
      out.storeShipping.push(...readShipping(v.shippingDetails ?? v.hasShippingService, issues));
      visit(v.makesOffer, 'listed', depth + 1);
      return;
    }
    if (types.includes('MerchantReturnPolicy')) {
      out.storeReturns ??= readReturns(v, new ProductIssues(ctx.log, `${ctx.source} MerchantReturnPolicy`));
      return;
    }
    if (types.includes('OfferShippingDetails')) {
      out.storeShipping.push(...readShipping(v, new ProductIssues(ctx.log, `${ctx.source} OfferShippingDetails`)));
      return;
    }
    if (types.includes('Offer') && isObject(v.itemOffered) && isProduct(v.itemOffered)) {
      add({ ...v.itemOffered, offers: v.itemOffered.offers ?? { ...v, itemOffered: null } } as JsonObject, role);
    }
  };

  visit(data, 'primary', 0);

  for (const pv of pendingVariants) {
    const group = pv.groupRefs.map((r) => byId.get(r)).find((g) => !!g);
    const issues = new ProductIssues(ctx.log, `${ctx.source} variant of ${pv.groupRefs[0]}`);
    if (group) attachVariant(group.product, pv.node, ctx.base, issues);
    else out.pendingVariants.push(pv);
  }
  return out;
}

/** A variant published apart from its group (isVariantOf) onto the group, unless it has one with that id. */
export function attachVariant(group: Product, node: JsonObject, base: string, issues: ProductIssues): void {
  for (const v of readVariants([node], base, issues, group.currency)) if (!group.variants.some((x) => x.id === v.id)) group.variants.push(v);
}

function rank(role: JsonLdRole): number {
  return role === 'main' ? 0 : role === 'primary' ? 1 : 2;
}

/** How much a record tells: used to choose between two copies of one product. */
export function richness(p: Product): number {
  return (
    (p.description ? 2 : 0) +
    p.offers.length +
    (p.rating ? 1 : 0) +
    p.reviews.length +
    Object.keys(p.attributes).length +
    p.variants.length +
    (p.categories.length ? 1 : 0)
  );
}

/** One Product / ProductGroup node → Product (or null, reported). */
export function readProductNode(node: JsonObject, ctx: JsonLdContext, issues: ProductIssues, opts: ReadNodeOptions = {}): Product | null {
  const d: Draft = emptyDraft();
  d.id = jsonLdId(node, ctx.base);
  d.title = text(node.name ?? node.headline ?? node.title, issues, LIMITS.title);
  // No identifier of its own: the page's product is known by the page's canonical URL.
  const pageId = !d.id && opts.pageSubject ? ctx.page?.claim(d.title) : undefined;
  if (pageId) d.id = pageId;
  if (d.id) issues.source = `${issues.source} (${d.id})`;
  // A variant read on its own inherits what its group says for all variants (category, brand, description).
  const group = list(node.isVariantOf).find(isObject);
  d.description = text(node.description ?? group?.description, issues, LIMITS.description, true);
  const brand = nameOf(node.brand ?? node.manufacturer ?? group?.brand);
  d.brand = brand ? text(brand, issues, LIMITS.name) : undefined;
  d.categories = categoryPath(node.category, issues);
  if (!d.categories.length && group) d.categories = categoryPath(group.category, issues);
  d.offers = readOffers(node.offers, ctx.base, issues);
  // Stock stated beside the offers (microdata themes, OpenGraph tags without a price).
  const stock = node.availability ?? (isObject(node.offers) && d.offers.length === 0 ? node.offers.availability : undefined);
  if (stock !== undefined) d.availability = availability(stock, issues);
  const optionNames = list(node.variesBy).map((x) => (isObject(x) ? (scalar(x.name) ?? scalar(x['@id'])) : scalar(x))).filter((x): x is string => !!x);
  d.variants = readVariants(node.hasVariant, ctx.base, issues, d.offers[0]?.currency, d.offers, {
    ...(d.title ? { groupTitle: d.title } : {}),
    ...(optionNames.length ? { optionNames } : {}),
  });
  d.rating = readRating(node.aggregateRating, issues);
  d.reviews = readReviews(node.review ?? node.reviews, issues);
  for (const k of SCHEMA_ATTRIBUTES) if (node[k] !== undefined) addAttribute(d.attributes, k, node[k], issues);
  readPropertyValues(node.additionalProperty, d.attributes, issues);
  // A group's own colour is one of its variants' colours; list them all so "in blue" finds it.
  if (d.variants.length) {
    for (const key of ['color', 'size', 'material', 'pattern']) {
      const vals = [...new Set(d.variants.map((v) => v.attributes[key]).filter((x): x is string => !!x))];
      const own = d.attributes.values[key];
      if (vals.length > 1) {
        d.attributes.values[key] = [...new Set([...(own === undefined ? [] : Array.isArray(own) ? own : [own]), ...vals])];
      } else if (vals.length === 1 && own === undefined) d.attributes.values[key] = vals[0]!;
    }
  }
  d.images = readImages(node.image, ctx.base, issues);
  d.url = node.url !== undefined ? url(node.url, ctx.base, issues) : undefined;
  if (pageId && !d.url && pageId === ctx.page?.url) d.url = pageId;
  d.sku = idOf(node.sku);
  d.gtin = idOf(node.gtin13 ?? node.gtin12 ?? node.gtin14 ?? node.gtin8 ?? node.gtin);
  d.mpn = idOf(node.mpn);
  d.releaseDate = date(node.releaseDate);
  d.relatedTo = readRefs(node.isRelatedTo).map((r) => absolutize(r, ctx.base));
  d.similarTo = readRefs(node.isSimilarTo).map((r) => absolutize(r, ctx.base));
  return finishProduct(d, issues);
}

/** Relative URL references become absolute so they can match products' urls later. */
function absolutize(ref: string, base: string): string {
  if (!/^(?:\/|\.\.?\/|https?:)/i.test(ref)) return ref;
  try {
    return new URL(ref, base).href;
  } catch {
    return ref;
  }
}
