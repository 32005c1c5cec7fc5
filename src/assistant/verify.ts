/**
 * Checks a model's answer against the catalog before anyone sees it. The model may only:
 *  - refer to products as `[[id]]` with ids that exist in the catalog (others are dropped);
 *  - link to the catalog's own product pages (any other link or bare URL is removed);
 *  - quote amounts of money that appear in the facts it was given (others are replaced).
 * HTML is removed outright; the UI renders the rest as text through the safe markdown reader.
 */
import type { Product } from '../catalog/types.ts';
import { stripInvisible, stripTags } from './text.ts';
import { CatalogUrlIndex } from './catalog-urls.ts';
import { absolute } from './link-url.ts';
export { absolute };

export type RemovedKind = 'id' | 'link' | 'price' | 'html';

export interface Removed {
  kind: RemovedKind;
  value: string;
}

export interface VerifyContext {
  byId: ReadonlyMap<string, Product>;
  /** Amounts of money the facts contain (prices, list prices, shipping costs, the shopper's own numbers). */
  amounts: readonly number[];
  /** The page URL that relative catalog URLs resolve against. */
  baseUrl: string;
  /** Replaces an unverified price, e.g. "(price on the card)". */
  pricePlaceholder: string;
  /** The catalog's URLs → ids (a `CatalogUrlIndex`, or `catalogUrls(…)`), kept by callers that verify many chunks. */
  urls?: Pick<ReadonlyMap<string, string>, 'get' | 'has'>;
}

export interface Verified {
  /** Markdown safe to render: ids, links and prices all checked. */
  text: string;
  /** Catalog ids the answer refers to, in order of first mention. */
  ids: string[];
  removed: Removed[];
}

/** Catalog product URLs (and offer URLs), absolute, without hash. */
export function catalogUrls(products: Iterable<Product>, baseUrl: string): Map<string, string> {
  const urls = new Map<string, string>();
  for (const p of products) {
    for (const u of [p.url, ...p.offers.map((o) => o.url)]) {
      const abs = absolute(u, baseUrl);
      if (abs) urls.set(abs, p.id);
    }
  }
  return urls;
}

const ID_REF = /\[\[\s*([^\]\s]{1,80})\s*\]\]/g;
const MD_LINK = /\[([^\]\n]*)\]\(\s*((?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"]*")?\s*\)/g;
const BARE_URL = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>"'）)\]]*|\b(?:javascript|data|vbscript|file):[^\s<>"']*|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"'）)\]]*/gi;
/** An id-shaped token (letters, digits, dashes, with at least one digit and one dash): "TH-HE-001", "EVIL-999". */
const ID_LIKE = /(?<![\w/-])([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)(?![\w\]-])/g;
const MONEY = new RegExp(
  [
    /(?:US\$|CA\$|\$|USD\s?|EUR\s?|€|£|¥|￥|CNY\s?|RMB\s?)\s?(\d[\d,]*(?:\.\d+)?)/.source,
    /(\d[\d,]*(?:\.\d+)?)\s?(?:元|块钱|块|美元|人民币|dollars?\b|bucks\b|USD\b|CNY\b|RMB\b|EUR\b|euros?\b)/.source,
  ].join('|'),
  'gi',
);

export function verifyAnswer(raw: string, ctx: VerifyContext): Verified {
  const removed: Removed[] = [];
  const ids: string[] = [];
  const urls = ctx.urls ?? new CatalogUrlIndex([...ctx.byId.values()], ctx.baseUrl);
  const lookupId = (id: string): string | null => {
    if (ctx.byId.has(id)) return id;
    const upper = id.toUpperCase();
    return ctx.byId.has(upper) ? upper : null;
  };
  const noteId = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };

  // 1. HTML: never rendered; script/style bodies go with their tags.
  let text = stripInvisible(raw);
  const withoutTags = stripTags(text);
  if (withoutTags !== text) removed.push({ kind: 'html', value: text.match(/<[^>]*>?/)?.[0] ?? '<…>' });
  text = withoutTags;

  // 2. Markdown links: keep only those to catalog pages; `[[id]]`-style or text-only otherwise.
  text = text.replace(MD_LINK, (whole, label: string, href: string) => {
    if (whole.startsWith('[[')) return whole;
    const abs = absolute(href, ctx.baseUrl);
    if (abs && urls.has(abs)) return `[${label}](${abs})`;
    removed.push({ kind: 'link', value: href });
    return label;
  });

  // 3. Bare URLs: a catalog URL becomes a product reference, anything else is removed.
  text = text.replace(BARE_URL, (url, offset: number, whole: string) => {
    // Part of a markdown link step 2 approved (it rewrote those to the catalog URL's absolute form).
    // Anything else after "](" is not an approved link and is removed like any other URL.
    if (whole[offset - 1] === '(' && whole[offset - 2] === ']' && urls.has(url)) return url;
    const abs = absolute(url.replace(/[.,;:!?]+$/, ''), ctx.baseUrl);
    const id = abs ? urls.get(abs) : undefined;
    if (id) {
      noteId(id);
      return `[[${id}]]`;
    }
    removed.push({ kind: 'link', value: url });
    return '';
  });

  // 4. Product references: catalog ids only. Bare id-like tokens are checked too.
  text = text.replace(ID_REF, (_w, id: string) => {
    const known = lookupId(id);
    if (known) {
      noteId(known);
      return `[[${known}]]`;
    }
    removed.push({ kind: 'id', value: id });
    return '';
  });
  text = text.replace(ID_LIKE, (token: string, _id: string, offset: number, whole: string) => {
    // Already a checked reference.
    if (whole.slice(Math.max(0, offset - 2), offset) === '[[' && whole.slice(offset + token.length, offset + token.length + 2) === ']]') return token;
    const known = lookupId(token);
    if (known) {
      noteId(known);
      return `[[${known}]]`;
    }
    // Only treat it as an invented product id when it has a digit (so "USB-C" or "GORE-TEX" survive).
    if (!/\d/.test(token)) return token;
    removed.push({ kind: 'id', value: token });
    return '';
  });
  // Stray brackets of malformed references ("[[X]", "[[") go; checked references stay.
  text = text
    .split(/(\[\[[^\]\s]+\]\])/)
    .map((part, i) => (i % 2 ? part : part.replace(/\[\[|\]\]/g, '')))
    .join('');
  // Order of first mention across all three passes.
  ids.sort((a, b) => text.indexOf(`[[${a}]]`) - text.indexOf(`[[${b}]]`));

  // 5. Money: only amounts present in the facts.
  text = text.replace(MONEY, (whole: string, a?: string, b?: string) => {
    const amount = Number(String(a ?? b).replace(/,/g, ''));
    if (Number.isFinite(amount) && ctx.amounts.some((x) => Math.abs(x - amount) < 0.006 || (Number.isInteger(amount) && Math.abs(x - amount) < 1 && amount > 20))) {
      return whole;
    }
    removed.push({ kind: 'price', value: whole.trim() });
    return ctx.pricePlaceholder;
  });

  text = text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([.,;:!?。，；：！？])/g, '$1')
    .replace(/\(\s*\)|（\s*）/g, '')
    .trim();
  return { text, ids, removed };
}

/**
 * The part of a still-streaming answer that is safe to verify and show: a trailing fragment that may be
 * the start of an id reference, a link, a URL, a tag or an amount is held back until more text arrives.
 */
const TRAILING = [
  /(?:US\$|CA\$|\$|USD|EUR|€|£|¥|￥|CNY|RMB)?\s?\d[\d.,]*\s?$/,
  /[$¥￥€£]\s?$/,
  /\b(?:https?|ftp|javascript|data|vbscript|file|www)\S*$/i,
  /\b[a-z0-9-]+\.[a-z0-9./-]*$/i,
  /\b[A-Z][A-Z0-9]*-[A-Z0-9-]*$/,
];

export function stablePrefix(raw: string): string {
  let cut = raw.length;
  const holdFrom = (i: number) => {
    if (i >= 0 && i < cut) cut = i;
  };
  const lastRef = raw.lastIndexOf('[[');
  if (lastRef >= 0 && raw.indexOf(']]', lastRef) < 0) holdFrom(lastRef);
  const lastOpen = raw.lastIndexOf('[');
  if (lastOpen >= 0) {
    const tail = raw.slice(lastOpen);
    // "[text" or "[text](url" not yet closed, or "[[id" not closed.
    if (!/^\[[^\]]*\](?!\()/.test(tail) && !/^\[[^\]]*\]\([^)]*\)/.test(tail) && !/^\[\[[^\]]*\]\]/.test(raw.slice(Math.max(0, lastOpen - 1)))) {
      holdFrom(raw[lastOpen - 1] === '[' ? lastOpen - 1 : lastOpen);
    }
  }
  const lastLt = raw.lastIndexOf('<');
  if (lastLt >= 0 && raw.indexOf('>', lastLt) < 0) holdFrom(lastLt);
  // An unclosed <script>/<style> block: hold it all back until its end tag.
  const openScript = /<(script|style)\b[^>]*>(?![\s\S]*<\/\1)/i.exec(raw);
  if (openScript) holdFrom(openScript.index);
  for (const re of TRAILING) {
    const m = re.exec(raw);
    if (m) holdFrom(m.index);
  }
  return raw.slice(0, cut);
}
