/**
 * Google Merchant variants: the items of one `item_group_id` (one item per colour / size, each with its
 * own id, price, stock and link) become one product with those variants — the shape a JSON-LD
 * ProductGroup or a Shopify product has — under the group's id (a shop's item_group_id is usually the
 * product's own id, what its ProductGroup JSON-LD gives as `productGroupID`, so page and feed meet).
 *
 * Streamed and bounded: a group is held until the window below fills, then the group heard from least
 * recently is read. A feed lists a group's items together (Google's own examples, the platform exports),
 * so a group is whole long before that; an item of a group already read (over 2,000 items or 8 M
 * characters later, or past 500 items, the most variants a product keeps) stays a product of its own and
 * is reported (`variant-group-split`). A group of one item is that item, as before.
 */
import { isObject, list } from './coerce.ts';
import type { IssueLog } from './issues.ts';

type Plain = Record<string, unknown>;

/** At most this many items (and characters) wait for the rest of their group. */
export const GROUP_WINDOW = { items: 2000, chars: 8_000_000, perGroup: 500 };

/** Attributes a Merchant variant differs by (Google's variant attributes). */
const VARIANT_KEYS = ['color', 'size', 'material', 'pattern', 'age group', 'gender', 'size_type'];

interface OpenGroup {
  items: Plain[];
  source: string;
  chars: number;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const groupOf = (item: Plain): string | undefined => (isObject(item.attributes) ? str(item.attributes.group) : undefined);

export class MerchantGrouper {
  private readonly open = new Map<string, OpenGroup>();
  /** Groups already read: a later item of one is a product of its own. */
  private readonly done = new Set<string>();
  private items = 0;
  private chars = 0;

  constructor(
    private readonly emit: (value: Plain, source: string) => void,
    private readonly log: IssueLog,
    private readonly window = GROUP_WINDOW,
  ) {}

  /** One Merchant item (fromMerchant's record); `chars`: its size in the feed. */
  push(item: Plain, source: string, chars: number): void {
    const group = groupOf(item);
    if (!group) return this.emit(item, source);
    if (this.done.has(group)) {
      this.log.add('variant-group-split', `${source} (${String(item.id ?? '')}, item_group_id ${group})`, 'repaired');
      return this.emit(item, source);
    }
    let g = this.open.get(group);
    if (g) this.open.delete(group); // re-inserted below: the map's order is least recently heard first
    else g = { items: [], source, chars: 0 };
    g.items.push(item);
    g.chars += chars;
    this.open.set(group, g);
    this.items++;
    this.chars += chars;
    if (g.items.length >= this.window.perGroup) this.flush(group);
    while (this.open.size && (this.items > this.window.items || this.chars > this.window.chars)) this.flush(this.open.keys().next().value!);
  }

  /** The feed ended: every open group is read. */
  end(): void {
    while (this.flushNext());
  }

  /** Reads the open group heard from least recently; false when none is open (the feed's end, one group at a time). */
  flushNext(): boolean {
    const group = this.open.keys().next();
    if (group.done) return false;
    this.flush(group.value);
    return true;
  }

  private flush(group: string): void {
    const g = this.open.get(group)!;
    this.open.delete(group);
    this.done.add(group);
    this.items -= g.items.length;
    this.chars -= g.chars;
    this.emit(g.items.length === 1 ? g.items[0]! : combineGroup(group, g.items), g.source);
  }
}

const values = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : Infinity);
const inStock = (item: Plain) => /^(?:in[\s_]?stock|instock|limited)/i.test(String(item.availability ?? ''));

/** The group's items (plain records from fromMerchant) → one plain product with variants. */
export function combineGroup(group: string, items: Plain[]): Plain {
  // The item sold at the lowest price (in stock first) gives the product's price, list price and currency.
  const pool = items.some(inStock) ? items.filter(inStock) : items;
  const best = pool.reduce((a, b) => (num(b.price) < num(a.price) ? b : a));
  const attrs = items.map((i) => (isObject(i.attributes) ? i.attributes : {}));
  const attributes: Record<string, unknown> = {};
  const keys = new Set(attrs.flatMap((a) => Object.keys(a)));
  keys.delete('group');
  for (const key of keys) {
    const seen = new Map<string, string>();
    for (const a of attrs) for (const v of values(a[key])) if (!seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
    if (seen.size) attributes[key] = seen.size === 1 ? [...seen.values()][0] : [...seen.values()];
  }
  const varying = VARIANT_KEYS.filter((k) => Array.isArray(attributes[k]));
  const variants = items.map((item, i) => {
    const own: Record<string, string> = {};
    for (const k of varying) {
      const v = values(attrs[i]![k]);
      if (v.length) own[k] = v.join('/');
    }
    return {
      id: item.id,
      ...(str(item.title) ? { title: item.title } : {}),
      attributes: own,
      ...(item.price !== undefined ? { price: item.price } : {}),
      ...(item.availability !== undefined ? { availability: item.availability } : {}),
      ...(list(item.images)[0] !== undefined ? { image: list(item.images)[0] } : {}),
      ...(str(item.url) ? { url: item.url } : {}),
    };
  });
  const images = [...new Set(items.flatMap((i) => values(i.images)))].slice(0, 20);
  const url = groupUrl(items.map((i) => str(i.url)).filter((u): u is string => !!u));
  const pick = (k: string) => items.map((i) => i[k]).find((v) => v !== undefined && v !== '');
  return {
    id: group,
    title: groupTitle(items.map((i) => str(i.title) ?? ''), items.map((_, i) => varying.flatMap((k) => values(attrs[i]![k])))),
    ...(pick('description') !== undefined ? { description: pick('description') } : {}),
    ...(url ? { url } : {}),
    images,
    ...(best.price !== undefined ? { price: best.price } : {}),
    ...(best.listPrice !== undefined ? { listPrice: best.listPrice } : {}),
    ...(pick('currency') !== undefined ? { currency: best.currency ?? pick('currency') } : {}),
    ...(best.availability !== undefined ? { availability: best.availability } : {}),
    ...(pick('brand') !== undefined ? { brand: pick('brand') } : {}),
    ...(pick('category') !== undefined ? { category: pick('category') } : {}),
    ...(Object.keys(attributes).length ? { attributes } : {}),
    ...(pick('shipping') !== undefined ? { shipping: pick('shipping') } : {}),
    variants,
  };
}

const SEPARATORS = /[\s,;:|/(–—-]+$/;

/**
 * The group's name: the words its items' titles start with ("Moss Parka – Waxed Cotton, M" and "…, L"
 * → "Moss Parka – Waxed Cotton"); when the titles differ from the first word on ("Moss Parka", "Sand
 * Parka"), the first title without its variant values; else the first title.
 */
export function groupTitle(titles: string[], variantValues: string[][]): string {
  const words = titles.map((t) => t.trim().split(/\s+/));
  const firstWords = words[0] ?? [];
  let n = 0;
  while (n < firstWords.length && words.every((w) => w[n] === firstWords[n])) n++;
  const prefix = firstWords.slice(0, n).join(' ').replace(SEPARATORS, '').trim();
  // Whole words the titles share: the whole title, two words or more, or one word that is not a short article-like one.
  if (prefix.length >= 3 && (n === firstWords.length || n >= 2 || prefix.length >= 5)) return prefix;
  let t = titles[0] ?? '';
  for (const v of variantValues[0] ?? []) {
    const escaped = v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`(^|[\\s,(/–—-])${escaped}(?=$|[\\s,)/–—-])`, 'giu'), '$1');
  }
  t = t.replace(/\s{2,}/g, ' ').replace(/^[\s,;:|/–—-]+/, '').replace(SEPARATORS, '').replace(/\(\s*\)/g, '').trim();
  return t.length >= 3 ? t : (titles[0] ?? '');
}

/**
 * One link for the group: the items' common link, else their common page with the query pairs they all
 * share ("…/tee?variant=101", "…/tee?variant=102" → "…/tee"). Plain string work, not URL objects: each
 * string read off a URL is a browser-owned string with a weak handle, and at 20,000 groups those made a
 * garbage collection pause of 60–120 ms. The links are absolute already (coerce.url resolved them).
 */
function groupUrl(urls: string[]): string | undefined {
  if (!urls.length) return undefined;
  if (urls.every((u) => u === urls[0])) return urls[0];
  const parts = urls.map(splitUrl);
  const first = parts[0]!;
  if (!parts.every((p) => p.page === first.page)) return urls[0];
  const shared = first.pairs.filter((pair, i) => first.pairs.indexOf(pair) === i && parts.every((p) => p.pairs.includes(pair)));
  return shared.length ? `${first.page}?${shared.join('&')}` : first.page;
}

/** A link's page (everything before ? and #) and its query's key=value pairs as written. */
function splitUrl(u: string): { page: string; pairs: string[] } {
  const hash = u.indexOf('#');
  const noHash = hash < 0 ? u : u.slice(0, hash);
  const q = noHash.indexOf('?');
  if (q < 0) return { page: noHash, pairs: [] };
  return { page: noHash.slice(0, q), pairs: noHash.slice(q + 1).split('&').filter((p) => p !== '') };
}
