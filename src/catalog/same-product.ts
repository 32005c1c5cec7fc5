/**
 * One product that two sources know by different ids: the page's JSON-LD by its sku or canonical URL,
 * the feed by a numeric id or its gtin. After everything is read, copies from different kinds of source
 * that share a gtin, a sku, an mpn or a product URL (origin + path) are folded into one product by the
 * usual merge rules, and reported (`same-product`).
 *
 * Never guessed: copies that disagree on a gtin, sku or mpn stay apart; so does a match that is not
 * one-to-one (two variants listed at the group's URL, two feed items with one gtin); and two ids within
 * one kind of source are two products — that source said so.
 *
 * The kept id is the more catalog-wide source's (the feed's, else the plain block's), else the first
 * seen: the feed names the product the same way on every page, so history and recommendations recorded
 * on one page find it on the next. The folded id stays an alias (Catalog.aliases).
 *
 * Linear: one pass per kind of source that has products, with maps. Only the copies read before that
 * kind are indexed — the page's few products, not a 100k-product feed.
 */
import { comparableUrl } from './current.ts';
import type { IssueLog } from './issues.ts';
import { CATALOG_WIDE, kindBit, SOURCE_KINDS, type MergedEntry, type ProductMerger } from './merge.ts';
import { normalizeKey } from './text.ts';
import type { TimeSlicer } from './time-slice.ts';
import type { Product } from './types.ts';


type KeyType = 'gtin' | 'sku' | 'mpn' | 'url';

/** A GTIN-8/12/13/14 as 14 digits, so a UPC and its EAN-13 spelling are one number; other codes as written. */
export function normalGtin(raw: string): string {
  const s = raw.replace(/[\s-]/g, '');
  return /^(?:\d{8}|\d{12,14})$/.test(s) ? s.padStart(14, '0') : s.toLowerCase();
}

/** Whether `s` (8, 12, 13 or 14 digits) ends in a valid GS1 check digit. */
function validGtin(s: string): boolean {
  if (!/^(?:\d{8}|\d{12,14})$/.test(s)) return false;
  let sum = 0;
  for (let i = s.length - 2, w = 3; i >= 0; i--, w = 4 - w) sum += (s.charCodeAt(i) - 48) * w;
  return (10 - (sum % 10)) % 10 === s.charCodeAt(s.length - 1) - 48;
}

/** The gtin a product gives, or its id when that is a well-formed GTIN (feeds keyed by barcode). */
function gtinOf(p: Product): string | undefined {
  if (p.gtin) return normalGtin(p.gtin);
  return validGtin(p.id) ? normalGtin(p.id) : undefined;
}

const code = (s: string | undefined, min: number) => {
  const t = s?.trim().toLowerCase();
  return t && t.length >= min ? t : undefined;
};

/** The product page a URL names: origin + path, without query, fragment, trailing slash or a Shopify collection prefix. */
export function productPageUrl(href: string): string {
  const u = comparableUrl(href);
  return u.includes('/collections/') ? u.replace(/\/collections\/[^/]+\/products\//, '/products/') : u;
}

/** What identifies a product besides its id, strongest first: `gtin:…`, `sku:…`, `mpn:…`, `url:…`. */
export function identityKeys(p: Product, only?: ReadonlySet<KeyType>): string[] {
  const out: string[] = [];
  const want = (t: KeyType) => !only || only.has(t);
  if (want('gtin')) {
    const g = gtinOf(p);
    if (g) out.push(`gtin:${g}`);
  }
  const sku = want('sku') ? code(p.sku, 2) : undefined;
  if (sku) out.push(`sku:${sku}`);
  // Part numbers are short and reused across brands: only longer ones, and only with agreeing brands (below).
  const mpn = want('mpn') ? code(p.mpn, 4) : undefined;
  if (mpn) out.push(`mpn:${mpn}`);
  if (want('url') && p.url && /^https?:/i.test(p.url)) out.push(`url:${productPageUrl(p.url)}`);
  return out;
}

/** The two copies say they are different products: another gtin, sku or (for the same brand) mpn. */
function conflicts(a: Product, b: Product, by: KeyType): boolean {
  const ga = gtinOf(a);
  const gb = gtinOf(b);
  if (ga && gb && ga !== gb) return true;
  if (a.sku && b.sku && code(a.sku, 1) !== code(b.sku, 1)) return true;
  if (a.mpn && b.mpn && code(a.mpn, 1) !== code(b.mpn, 1)) return true;
  return by === 'mpn' && !!a.brand && !!b.brand && normalizeKey(a.brand) !== normalizeKey(b.brand);
}

const kindNames = (bits: number) => SOURCE_KINDS.filter((k) => bits & kindBit(k)).join('+');
const typeOf = (key: string) => key.slice(0, key.indexOf(':')) as KeyType;
/** The highest kind bit set: a copy is a resident of pass k when all its kinds come before k. */
const highestKind = (bits: number) => 31 - Math.clz32(bits);

export interface FoldOptions {
  /** An id folded without a warning: the page's own product that had no id but the page URL (documented). */
  expected?: string;
}

export async function foldSameProducts(merger: ProductMerger, log: IssueLog, slicer: TimeSlicer, options: FoldOptions = {}): Promise<void> {
  // Which passes can fold anything: kind k needs copies of kind k and copies of earlier kinds only.
  let present = 0;
  let earliestHigh: number = SOURCE_KINDS.length;
  let n = 0;
  for (const e of merger.records()) {
    present |= e.kinds;
    if (e.kinds) earliestHigh = Math.min(earliestHigh, highestKind(e.kinds));
    if ((++n & 4095) === 0) await slicer.maybePause();
  }
  for (let k = earliestHigh + 1; k < SOURCE_KINDS.length; k++) {
    if (present & (1 << k)) await foldPass(merger, k, log, slicer, options);
  }
}

interface Choice {
  newcomer: MergedEntry;
  resident: MergedEntry;
  by: KeyType;
}

/** Copies of kind `k` against the copies read before any of kind `k`. */
async function foldPass(merger: ProductMerger, k: number, log: IssueLog, slicer: TimeSlicer, options: FoldOptions): Promise<void> {
  const bit = 1 << k;
  // key → the one resident holding it; null when several do (then it identifies nothing).
  const residents = new Map<string, MergedEntry | null>();
  const types = new Set<KeyType>();
  let n = 0;
  for (const e of merger.records()) {
    if (e.kinds && e.kinds >>> k === 0) {
      for (const key of identityKeys(e.product)) {
        const held = residents.get(key);
        residents.set(key, held === undefined || held === e ? e : null);
        types.add(typeOf(key));
      }
    }
    if ((++n & 1023) === 0) await slicer.maybePause();
  }
  if (!residents.size) return;

  const choices: Choice[] = [];
  const strongHits = new Map<MergedEntry, number>();
  const urlHits = new Map<MergedEntry, number>();
  n = 0;
  for (const e of merger.records()) {
    if ((++n & 255) === 0) await slicer.maybePause();
    if (!(e.kinds & bit)) continue;
    let strong: Choice | undefined;
    let several = false;
    let byUrl: MergedEntry | undefined;
    for (const key of identityKeys(e.product, types)) {
      const r = residents.get(key);
      const by = typeOf(key);
      // A source that gave both copies under two ids says they are two products.
      if (!r || r.kinds & e.kinds || conflicts(r.product, e.product, by)) continue;
      if (by === 'url') byUrl = r;
      else if (!strong) strong = { newcomer: e, resident: r, by };
      else if (strong.resident !== r) several = true;
    }
    if (several) continue;
    if (strong) {
      choices.push(strong);
      strongHits.set(strong.resident, (strongHits.get(strong.resident) ?? 0) + 1);
    } else if (byUrl) {
      choices.push({ newcomer: e, resident: byUrl, by: 'url' });
      urlHits.set(byUrl, (urlHits.get(byUrl) ?? 0) + 1);
    }
  }

  // One-to-one only: a resident several newcomers point at (variants listed at one URL) stays apart.
  n = 0;
  for (const { newcomer, resident, by } of choices) {
    if ((++n & 255) === 0) await slicer.maybePause();
    const unique = by === 'url' ? !strongHits.has(resident) && urlHits.get(resident) === 1 : strongHits.get(resident) === 1;
    if (!unique) continue;
    const keepNewcomer = (bit & CATALOG_WIDE) !== 0;
    const [from, into] = keepNewcomer ? [resident, newcomer] : [newcomer, resident];
    const fromId = from.product.id;
    const fromKinds = from.kinds;
    merger.fold(fromId, into.product.id);
    if (fromId !== options.expected) log.add('same-product', `${into.product.id} = ${fromId} (${kindNames(fromKinds)}), same ${by}`, 'repaired');
  }
}
