/**
 * OpenGraph product tags (`og:type=product`, `product:price:amount`, Shopify's `og:price:amount`,
 * Facebook's `product:retailer_item_id`, `product:availability` …) → one JSON-LD-shaped Product node
 * for the page's own product, read by the JSON-LD rules. OpenGraph describes one product per page.
 */
import type { JsonObject } from './coerce.ts';

type Tags = Map<string, string[]>;

function metaTags(doc: Document): Tags {
  const tags: Tags = new Map();
  for (const m of doc.querySelectorAll('meta[property], meta[name]')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').trim().toLowerCase();
    if (!/^(?:og|product):/.test(key)) continue;
    const content = m.getAttribute('content');
    if (content === null || !content.trim()) continue;
    const list = tags.get(key);
    if (list) list.push(content.trim());
    else tags.set(key, [content.trim()]);
  }
  return tags;
}

const first = (tags: Tags, ...keys: string[]): string | undefined => {
  for (const k of keys) {
    const v = tags.get(k)?.[0];
    if (v !== undefined) return v;
  }
  return undefined;
};

/** The page's OpenGraph product, or null when the tags describe no product. */
export function readOpenGraph(doc: Document): JsonObject | null {
  const tags = metaTags(doc);
  const type = first(tags, 'og:type')?.toLowerCase() ?? '';
  const amount = first(tags, 'product:price:amount', 'og:price:amount');
  const isProduct = /^(?:og:)?product(?:\.item|\.group)?$/.test(type) || (amount !== undefined && !type);
  const title = first(tags, 'og:title');
  if (!isProduct || !title) return null;

  const node: JsonObject = { '@type': 'Product', name: title };
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined) node[key] = value;
  };
  set('description', first(tags, 'og:description'));
  set('url', first(tags, 'og:url', 'product:product_link'));
  const images = [...(tags.get('og:image:secure_url') ?? []), ...(tags.get('og:image') ?? []), ...(tags.get('og:image:url') ?? [])];
  if (images.length) node.image = [...new Set(images)];
  set('sku', first(tags, 'product:retailer_item_id', 'product:retailer_part_no', 'product:sku'));
  set('gtin', first(tags, 'product:ean', 'product:upc', 'product:gtin', 'product:isbn'));
  set('mpn', first(tags, 'product:mfr_part_no'));
  set('brand', first(tags, 'product:brand', 'og:brand'));
  set('category', first(tags, 'product:category', 'og:category'));
  for (const k of ['color', 'size', 'material', 'pattern']) set(k, first(tags, `product:${k}`));
  const gender = first(tags, 'product:gender', 'product:target_gender');
  if (gender) node.suggestedGender = gender;
  const age = first(tags, 'product:age_group');
  if (age) node.ageGroup = age;

  const sale = first(tags, 'product:sale_price:amount');
  const regular = first(tags, 'product:original_price:amount', 'og:price:standard_amount', 'product:price:standard_amount');
  const currency = first(tags, 'product:price:currency', 'og:price:currency', 'product:sale_price:currency', 'product:original_price:currency');
  const price = sale ?? amount;
  if (price !== undefined) {
    const listPrice = sale !== undefined ? (regular ?? amount) : regular;
    node.offers = {
      '@type': 'Offer',
      price,
      ...(currency ? { priceCurrency: currency } : {}),
      ...(listPrice !== undefined && listPrice !== price ? { listPrice } : {}),
      ...(first(tags, 'product:availability', 'og:availability') ? { availability: first(tags, 'product:availability', 'og:availability')! } : {}),
    };
  } else {
    const availability = first(tags, 'product:availability', 'og:availability');
    if (availability) node.offers = { '@type': 'Offer', availability };
  }
  return node;
}
