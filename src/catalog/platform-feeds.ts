/**
 * Shop platforms' own product feeds → the plain catalog shape `readPlainProduct` reads. Each mapping
 * is documented in the README ("catalog-src formats"); the field names are the platforms' documented
 * ones. Prices keep the platform's meaning: Shopify's `.js` endpoint and WooCommerce's Store API give
 * minor units (cents), `products.json` and Merchant feeds give decimal strings.
 */
import { isObject, list, parseNumber, scalar, type JsonObject } from './coerce.ts';
import type { XmlFields } from './xml-feed.ts';

export type JsonDialect = 'shopify' | 'shopify-js' | 'woocommerce' | 'plain';

type Plain = Record<string, unknown>;

/** Which platform a JSON product record comes from, by its documented shape. */
export function jsonDialect(raw: unknown): JsonDialect {
  if (!isObject(raw)) return 'plain';
  if (isObject(raw.prices) && (raw.permalink !== undefined || raw.is_in_stock !== undefined)) return 'woocommerce';
  if (typeof raw.handle === 'string' && Array.isArray(raw.variants)) {
    // The `.js` endpoint: prices in cents as numbers, `price_min` / `price_varies` beside them.
    if (raw.price_min !== undefined || raw.price_varies !== undefined || typeof raw.price === 'number') return 'shopify-js';
    return 'shopify';
  }
  return 'plain';
}

export function mapJsonRecord(raw: unknown, dialect: JsonDialect, origin: string): unknown {
  if (!isObject(raw)) return raw;
  switch (dialect) {
    case 'shopify':
      return fromShopify(raw, false, origin);
    case 'shopify-js':
      return fromShopify(raw, true, origin);
    case 'woocommerce':
      return fromWooStore(raw);
    default:
      return raw;
  }
}

const cents = (v: unknown): number | undefined => {
  const n = parseNumber(v);
  return n === undefined || Number.isNaN(n) ? undefined : n / 100;
};

function shopifyImage(v: unknown, origin: string): string | undefined {
  const src = isObject(v) ? scalar(v.src) : scalar(v);
  if (!src) return undefined;
  return src.startsWith('//') ? `${new URL(origin).protocol}${src}` : src;
}

/**
 * Shopify `/products.json` (and `/collections/<c>/products.json`) and `/products/<handle>.js`:
 * id, title, body_html|description, vendor, product_type|type, tags, handle → url, images, options,
 * variants (option1..3, price, compare_at_price, available, sku, featured_image).
 */
export function fromShopify(p: JsonObject, inCents: boolean, origin: string): Plain {
  const money = (v: unknown) => (inCents ? cents(v) : v === null ? undefined : v);
  const variants = list(p.variants).filter(isObject);
  const handle = scalar(p.handle);
  const options = list(p.options).map((o) => (isObject(o) ? scalar(o.name) : scalar(o))).filter((x): x is string => !!x && x !== 'Title');
  const buyable = variants.filter((v) => v.available !== false);
  const pool = buyable.length ? buyable : variants;
  let best: JsonObject | undefined;
  for (const v of pool) if (!best || (parseNumber(money(v.price)) ?? Infinity) < (parseNumber(money(best.price)) ?? Infinity)) best = v;
  const tags = Array.isArray(p.tags) ? p.tags : typeof p.tags === 'string' ? p.tags.split(',').map((t) => t.trim()).filter(Boolean) : [];
  const type = scalar(p.product_type ?? p.type);
  return {
    id: scalar(p.id) ?? handle,
    title: p.title,
    body_html: p.body_html ?? p.description,
    brand: p.vendor,
    ...(type ? { category: type } : {}),
    ...(tags.length ? { attributes: { tags } } : {}),
    url: handle ? `${origin}/products/${handle}` : p.url,
    images: list(p.images).map((i) => shopifyImage(i, origin)).filter(Boolean),
    ...(best ? { price: money(best.price), ...(best.compare_at_price != null ? { listPrice: money(best.compare_at_price) } : {}) } : { price: money(p.price) }),
    ...(variants.length ? { availability: variants.some((v) => v.available !== false) ? 'InStock' : 'OutOfStock' } : p.available !== undefined ? { availability: p.available } : {}),
    ...(variants.length === 1 && scalar(variants[0]!.sku) ? { sku: variants[0]!.sku } : {}),
    ...(variants.length === 1 && scalar(variants[0]!.barcode) ? { gtin: variants[0]!.barcode } : {}),
    ...(options.length ? { options } : {}),
    variants:
      variants.length > 1 || options.length
        ? variants.map((v) => ({
            id: scalar(v.id),
            title: v.public_title ?? v.title,
            ...(scalar(v.sku) ? { sku: v.sku } : {}),
            price: money(v.price),
            availability: v.available === false ? 'OutOfStock' : 'InStock',
            ...(v.option1 !== undefined ? { option1: v.option1, option2: v.option2, option3: v.option3 } : {}),
            ...(Array.isArray(v.options) ? { options: v.options } : {}),
            ...(shopifyImage(v.featured_image, origin) ? { image: shopifyImage(v.featured_image, origin) } : {}),
            ...(handle ? { url: `${origin}/products/${handle}?variant=${scalar(v.id)}` } : {}),
          }))
        : [],
    ...(scalar(p.published_at ?? p.created_at) ? { releaseDate: p.published_at ?? p.created_at } : {}),
  };
}

/**
 * WooCommerce Store API (`/wp-json/wc/store/v1/products`): id, name, sku, permalink, description |
 * short_description, prices { price, regular_price, sale_price, currency_code, currency_minor_unit },
 * is_in_stock / stock_availability, average_rating + review_count, images, categories, brands,
 * attributes (terms), variations.
 */
export function fromWooStore(w: JsonObject): Plain {
  const prices = isObject(w.prices) ? w.prices : {};
  const unit = parseNumber(prices.currency_minor_unit);
  const scale = 10 ** (unit !== undefined && !Number.isNaN(unit) && unit >= 0 && unit <= 4 ? unit : 2);
  const minor = (v: unknown) => {
    const n = parseNumber(v);
    return n === undefined || Number.isNaN(n) ? undefined : n / scale;
  };
  const price = minor(prices.price);
  const regular = minor(prices.regular_price);
  const attributes: Record<string, string[]> = {};
  for (const a of list(w.attributes)) {
    if (!isObject(a)) continue;
    const name = scalar(a.name);
    const terms = list(a.terms).map((t) => (isObject(t) ? scalar(t.name) : scalar(t))).filter((x): x is string => !!x);
    if (name && terms.length) attributes[name.replace(/^pa_/, '')] = terms;
  }
  const stockClass = isObject(w.stock_availability) ? scalar(w.stock_availability.class) : undefined;
  const availability =
    stockClass === 'available-on-backorder' ? 'BackOrder' : stockClass === 'out-of-stock' || w.is_in_stock === false ? 'OutOfStock' : w.is_in_stock === true || stockClass === 'in-stock' ? 'InStock' : undefined;
  const rating = parseNumber(w.average_rating);
  const count = parseNumber(w.review_count);
  const brand = list(w.brands).map((b) => (isObject(b) ? scalar(b.name) : scalar(b))).find(Boolean);
  return {
    id: scalar(w.id) ?? w.sku,
    ...(scalar(w.sku) ? { sku: w.sku } : {}),
    title: w.name,
    body_html: scalar(w.description) ? w.description : w.short_description,
    url: w.permalink,
    ...(price !== undefined ? { price } : {}),
    ...(regular !== undefined && price !== undefined && regular > price ? { listPrice: regular } : {}),
    ...(scalar(prices.currency_code) ? { currency: prices.currency_code } : {}),
    ...(availability ? { availability } : {}),
    ...(rating && rating > 0 ? { rating: { value: rating, count: count ?? 0 } } : {}),
    images: list(w.images).map((i) => (isObject(i) ? scalar(i.src) : scalar(i))).filter(Boolean),
    category: list(w.categories).map((c) => (isObject(c) ? scalar(c.name) : scalar(c))).filter(Boolean).slice(0, 1),
    ...(brand ? { brand } : {}),
    ...(Object.keys(attributes).length ? { attributes } : {}),
    variants: list(w.variations)
      .filter(isObject)
      .map((v) => ({
        id: scalar(v.id),
        attributes: Object.fromEntries(list(v.attributes).filter(isObject).map((a) => [scalar(a.name)?.replace(/^pa_/, '') ?? '', scalar(a.value) ?? ''])),
      })),
  };
}

/** "15.00 USD", "USD 15.00" → amount and currency. */
function merchantPrice(v: unknown): { amount?: number; currency?: string } {
  const s = scalar(v)?.trim();
  if (!s) return {};
  const code = /\b([A-Z]{3})\b/.exec(s)?.[1];
  const n = parseNumber(s.replace(/\b[A-Z]{3}\b/, '').trim());
  return { ...(n !== undefined && !Number.isNaN(n) ? { amount: n } : {}), ...(code ? { currency: code } : {}) };
}

const firstOf = (v: unknown): string | undefined => (Array.isArray(v) ? scalar(v.find((x) => typeof x === 'string')) : scalar(v));

/**
 * A Google Merchant Center item (XML fields or TSV columns, same names): id, title, description, link,
 * image_link + additional_image_link, availability, price, sale_price, brand, gtin, mpn,
 * product_type (else google_product_category when it is a path), item_group_id, color, size, material,
 * pattern, gender, age_group, product_detail, shipping (country, price).
 */
export function fromMerchant(f: XmlFields | Record<string, string>): Plain {
  const regular = merchantPrice(firstOf(f.price));
  const sale = merchantPrice(firstOf(f.sale_price));
  const price = sale.amount ?? regular.amount;
  const currency = sale.currency ?? regular.currency;
  const category = firstOf(f.product_type) ?? (/[>›]/.test(firstOf(f.google_product_category) ?? '') ? firstOf(f.google_product_category) : undefined);
  const images = [...list(f.image_link), ...list(f.additional_image_link).flatMap((x) => (typeof x === 'string' ? x.split(',') : []))]
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.trim())
    .filter(Boolean);
  const attributes: Record<string, unknown> = {};
  for (const k of ['color', 'size', 'material', 'pattern', 'gender', 'age_group', 'condition', 'size_type']) {
    const v = firstOf(f[k]);
    if (v) attributes[k === 'age_group' ? 'age group' : k] = k === 'color' && v.includes('/') ? v.split('/').map((c) => c.trim()) : v;
  }
  const group = firstOf(f.item_group_id);
  if (group) attributes.group = group;
  for (const d of list(f.product_detail)) {
    if (isObject(d) && scalar(d.attribute_name) && scalar(d.attribute_value)) attributes[scalar(d.attribute_name)!] = scalar(d.attribute_value);
  }
  const shipping = list(f.shipping)
    .filter(isObject)
    .map((s) => {
      const cost = merchantPrice(s.price);
      return { ...(scalar(s.country) ? { regions: [scalar(s.country)] } : {}), ...(cost.amount !== undefined ? { cost: cost.amount } : {}), ...(cost.currency ? { currency: cost.currency } : {}) };
    });
  return {
    id: firstOf(f.id),
    title: firstOf(f.title),
    description: firstOf(f.description),
    url: firstOf(f.link),
    images,
    ...(price !== undefined ? { price } : {}),
    ...(sale.amount !== undefined && regular.amount !== undefined && regular.amount > sale.amount ? { listPrice: regular.amount } : {}),
    ...(currency ? { currency } : {}),
    ...(firstOf(f.availability) ? { availability: firstOf(f.availability) } : {}),
    ...(firstOf(f.brand) ? { brand: firstOf(f.brand) } : {}),
    ...(firstOf(f.gtin) ? { gtin: firstOf(f.gtin) } : {}),
    ...(firstOf(f.mpn) ? { mpn: firstOf(f.mpn) } : {}),
    ...(category ? { category } : {}),
    ...(Object.keys(attributes).length ? { attributes } : {}),
    ...(shipping.length ? { shipping } : {}),
  };
}

/** Column names of the Merchant Center TSV/CSV form: a file with these is read as a Merchant feed. */
export function isMerchantHeader(columns: string[]): boolean {
  const set = new Set(columns.map((c) => c.trim().toLowerCase()));
  return set.has('id') && set.has('title') && (set.has('image_link') || set.has('link')) && set.has('price');
}

const CSV_ALIASES: Record<string, string> = {
  handle: 'id', 'product id': 'id', product_id: 'id', 'variant sku': 'sku',
  name: 'title', 'product name': 'title', 'body (html)': 'description', body_html: 'description', 'short description': 'description',
  vendor: 'brand', manufacturer: 'brand', type: 'category', product_type: 'category', categories: 'category', 'product category': 'category',
  'variant price': 'price', 'regular price': 'listPrice', 'sale price': 'salePrice', sale_price: 'salePrice', 'variant compare at price': 'listPrice',
  'compare at price': 'listPrice', compare_at_price: 'listPrice', list_price: 'listPrice', msrp: 'listPrice',
  'image src': 'image', image_link: 'image', images: 'images', 'image url': 'image', link: 'url', permalink: 'url', 'product url': 'url',
  stock: 'availability', 'in stock?': 'availability', 'stock status': 'availability', quantity: 'availability', 'variant inventory qty': 'availability',
  barcode: 'gtin', 'variant barcode': 'gtin', ean: 'gtin', upc: 'gtin', 'rating count': 'ratingCount', 'review count': 'ratingCount', 'average rating': 'rating',
};

/** A generic CSV row with a header: common column names (and Shopify's CSV export names) → plain fields. */
export function fromCsvRow(row: Record<string, string>): Plain {
  const out: Plain = {};
  const attributes: Record<string, string> = {};
  for (const [rawKey, value] of Object.entries(row)) {
    const key = rawKey.trim().toLowerCase();
    const v = value.trim();
    if (!v) continue;
    const mapped = CSV_ALIASES[key] ?? key;
    if (['id', 'sku', 'title', 'description', 'brand', 'category', 'price', 'listPrice', 'salePrice', 'currency', 'availability', 'url', 'gtin', 'mpn', 'rating', 'ratingCount', 'releaseDate'].includes(mapped)) {
      if (out[mapped] === undefined) out[mapped] = mapped === 'availability' && /^\d+$/.test(v) ? Number(v) : v;
    } else if (mapped === 'image' || mapped === 'images') {
      out.images = [...((out.images as string[] | undefined) ?? []), ...v.split(/\s*[,|]\s*(?=https?:|\/)/)];
    } else if (/^(?:option\d (?:name|value)|variant |seo |google shopping |gift card|published|status|tags?)/.test(key)) {
      if (key === 'tags' || key === 'tag') attributes.tags = v;
    } else attributes[rawKey.trim()] = v;
  }
  if (out.category && typeof out.category === 'string' && !/[>›|]/.test(out.category) && out.category.includes(',')) out.category = out.category.split(',')[0]!.trim();
  if (Object.keys(attributes).length) out.attributes = attributes;
  return out;
}
