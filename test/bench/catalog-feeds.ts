/**
 * The catalog-formats bench's feeds (test/bench/catalog-formats.bench.ts): 100k synthetic products as
 * each catalog-src format, generated piece by piece. Run in a worker (catalog-feed.worker.ts), so the
 * page only receives bytes, as from the network.
 */
import type { Product } from '../../src/catalog/types.ts';
import { syntheticProductStream } from '../fixtures/catalog/synthetic.ts';

/**
 * The bench's products, generated as the feed is read and dropped once written: the page's heap then
 * holds only what the loader keeps, as a shop's page would (a 100k array of the bench's own made its
 * garbage collections walk some 70 MB more). Read in order; the last 1,000 stay for look-backs.
 */
export class ProductSource {
  private readonly stream: Iterator<Product>;
  private readonly recent = new Map<number, Product>();
  private next = 0;

  constructor(readonly length: number) {
    this.stream = syntheticProductStream(length, 'en');
  }

  at(i: number): Product {
    while (this.next <= i) {
      this.recent.set(this.next, this.stream.next().value as Product);
      this.recent.delete(this.next - 1000);
      this.next++;
    }
    const p = this.recent.get(i);
    if (!p) throw new Error(`product ${i} is too far back`);
    return p;
  }

  *[Symbol.iterator](): Iterator<Product> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const tsv = (s: string) => s.replace(/[\t\n\r]+/g, ' ');
const csv = (s: string) => `"${s.replace(/"/g, '""')}"`;

function* merchantXml(ps: ProductSource): Generator<string> {
  yield '<?xml version="1.0"?><rss xmlns:g="http://base.google.com/ns/1.0" version="2.0"><channel><title>Bench</title>';
  for (const p of ps) {
    yield `<item><g:id>${esc(p.id)}</g:id><g:title>${esc(p.title)}</g:title><g:description>${esc(p.description)}</g:description><g:link>https://shop.example/p/${p.id}</g:link><g:image_link>https://cdn.example/${p.id}.jpg</g:image_link><g:availability>${p.availability === 'InStock' ? 'in_stock' : 'out_of_stock'}</g:availability><g:price>${p.price ?? 10} USD</g:price><g:brand>${esc(p.brand ?? '')}</g:brand><g:product_type>${esc(p.categories.join(' > '))}</g:product_type></item>\n`;
  }
  yield '</channel></rss>';
}

/** Five items a group (one colour × size each), a group's items spread over blocks of 500 items. */
function* merchantXmlVariants(ps: ProductSource): Generator<string> {
  yield '<?xml version="1.0"?><rss xmlns:g="http://base.google.com/ns/1.0" version="2.0"><channel><title>Bench</title>';
  const colors = ['Red', 'Blue', 'Green', 'Black', 'White'];
  for (let block = 0; block < ps.length; block += 500) {
    const end = Math.min(ps.length, block + 500);
    for (let k = 0; k < 5; k++) {
      for (let i = block + k; i < end; i += 5) {
        const p = ps.at(i);
        const g = ps.at(i - (i % 5));
        yield `<item><g:id>${esc(p.id)}</g:id><g:title>${esc(g.title)} ${colors[k]}</g:title><g:description>${esc(g.description)}</g:description><g:link>https://shop.example/p/${g.id}?variant=${k}</g:link><g:image_link>https://cdn.example/${p.id}.jpg</g:image_link><g:availability>${p.availability === 'InStock' ? 'in_stock' : 'out_of_stock'}</g:availability><g:price>${p.price ?? 10} USD</g:price><g:brand>${esc(g.brand ?? '')}</g:brand><g:product_type>${esc(g.categories.join(' > '))}</g:product_type><g:item_group_id>${esc(g.id)}</g:item_group_id><g:color>${colors[k]}</g:color><g:size>M</g:size></item>\n`;
      }
    }
  }
  yield '</channel></rss>';
}

/** NDJSON keyed by numeric ids, each product's own id as its sku. */
function* ndjsonNumericIds(ps: ProductSource): Generator<string> {
  for (let i = 0; i < ps.length; i++) yield `${JSON.stringify({ ...ps.at(i), id: 1e9 + i, sku: ps.at(i).id })}\n`;
}

function* merchantTsv(ps: ProductSource): Generator<string> {
  yield 'id\ttitle\tdescription\tlink\timage_link\tavailability\tprice\tbrand\tproduct_type\n';
  for (const p of ps) yield `${p.id}\t${tsv(p.title)}\t${tsv(p.description)}\thttps://shop.example/p/${p.id}\thttps://cdn.example/${p.id}.jpg\tin stock\t${p.price ?? 10} USD\t${tsv(p.brand ?? '')}\t${tsv(p.categories.join(' > '))}\n`;
}

function* plainCsv(ps: ProductSource): Generator<string> {
  yield 'sku,name,description,price,currency,stock,brand,category\n';
  for (const p of ps) yield `${p.id},${csv(p.title)},${csv(p.description)},${p.price ?? 10},USD,5,${csv(p.brand ?? '')},${csv(p.categories.join(' > '))}\n`;
}

function* shopifyJson(ps: ProductSource): Generator<string> {
  yield '{"products":[';
  for (let i = 0; i < ps.length; i++) {
    const p = ps.at(i);
    const variants = (p.variants.length ? p.variants : [{ id: `${p.id}-v`, attributes: {} }]).map((v, j) => ({ id: j + 1000 * i, title: Object.values(v.attributes).join(' / ') || 'Default Title', option1: v.attributes.color ?? 'Default Title', option2: v.attributes.size ?? null, option3: null, sku: v.id, available: true, price: String(p.price ?? 10), compare_at_price: p.listPrice ? String(p.listPrice) : null }));
    yield `${i ? ',' : ''}${JSON.stringify({ id: 1e9 + i, title: p.title, handle: p.id.toLowerCase(), body_html: `<p>${p.description}</p>`, vendor: p.brand, product_type: p.categories.at(-1) ?? '', tags: [], variants, images: p.images.map((src) => ({ src })), options: [{ name: 'Color', position: 1 }, { name: 'Size', position: 2 }] })}`;
  }
  yield ']}';
}

function* wooJson(ps: ProductSource): Generator<string> {
  yield '[';
  for (let i = 0; i < ps.length; i++) {
    const p = ps.at(i);
    yield `${i ? ',' : ''}${JSON.stringify({ id: i + 1, name: p.title, sku: p.id, permalink: `https://woo.example/product/${p.id}/`, description: `<p>${p.description}</p>`, prices: { price: String(Math.round((p.price ?? 10) * 100)), regular_price: String(Math.round((p.listPrice ?? p.price ?? 10) * 100)), currency_code: 'USD', currency_minor_unit: 2 }, average_rating: String(p.rating?.value ?? 0), review_count: p.rating?.count ?? 0, images: p.images.map((src) => ({ src })), categories: [{ name: p.categories.at(-1) ?? 'Misc' }], attributes: [], variations: [], is_in_stock: true })}`;
  }
  yield ']';
}

function* ndjson(ps: ProductSource): Generator<string> {
  for (const p of ps) yield `${JSON.stringify(p)}\n`;
}

/** ~50 MB of NDJSON with one 10 MB line in the middle (over the record cap: skipped and reported). */
function* ndjsonWithLongLine(ps: ProductSource): Generator<string> {
  for (let i = 0; i < ps.length; i++) {
    if (i === ps.length >> 1) {
      yield '{"id":"HUGE","title":"One very long line","description":"';
      for (let k = 0; k < 10 * 16; k++) yield 'x'.repeat(64 * 1024);
      yield '"}\n';
    }
    yield `${JSON.stringify(ps.at(i))}\n`;
  }
}

export const FEEDS = { merchantXml, merchantXmlVariants, ndjsonNumericIds, merchantTsv, plainCsv, shopifyJson, wooJson, ndjson, ndjsonWithLongLine };
export type FeedName = keyof typeof FEEDS;
