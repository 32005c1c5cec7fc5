/**
 * Category paths from breadcrumbs (schema.org BreadcrumbList, as Yoast, RankMath and most themes emit
 * it in JSON-LD or microdata): "Home › Clothing › Hoodies › Hoodie with Logo" is the category
 * ["Clothing", "Hoodies"] of the page's product. The home link and the page's own entry are dropped.
 */
import { isObject, list, parseNumber, scalar, type JsonObject } from './coerce.ts';
import { comparableUrl } from './current.ts';
import { cleanText, normalizeKey } from './text.ts';

export interface Crumb {
  name: string;
  url?: string;
  position?: number;
}

const HOME = /^(?:home|homepage|home page|start|startseite|accueil|inicio|início|casa|首页|主页|首頁|トップ|ホーム|商城首页|网站首页)$/i;

/** A BreadcrumbList node's entries, in position order. */
export function crumbsFromJsonLd(node: JsonObject, base: string): Crumb[] {
  const out: Crumb[] = [];
  for (const el of list(node.itemListElement)) {
    if (!isObject(el)) continue;
    const item = el.item;
    const rawName = scalar(el.name) ?? (isObject(item) ? scalar(item.name) : undefined);
    const name = rawName ? cleanText(rawName, 120).text : '';
    if (!name) continue;
    const href = typeof item === 'string' ? item : isObject(item) ? (scalar(item['@id']) ?? scalar(item.url)) : undefined;
    const pos = parseNumber(el.position);
    out.push({ name, ...(href ? { url: absolute(href, base) } : {}), ...(pos !== undefined && !Number.isNaN(pos) ? { position: pos } : {}) });
  }
  return sortCrumbs(out);
}

export function sortCrumbs(crumbs: Crumb[]): Crumb[] {
  return crumbs.map((c, i) => ({ c, i })).sort((a, b) => (a.c.position ?? a.i + 1) - (b.c.position ?? b.i + 1) || a.i - b.i).map((x) => x.c);
}

function absolute(href: string, base: string): string | undefined {
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function isHome(c: Crumb): boolean {
  if (HOME.test(c.name.trim())) return true;
  if (!c.url) return false;
  try {
    const u = new URL(c.url);
    return (u.pathname === '/' || u.pathname === '') && !u.search;
  } catch {
    return false;
  }
}

/**
 * The category path a trail gives the product titled `title` shown on the page at `pageUrls`
 * (comparable URLs): without the home entry and without the entry for the product itself.
 */
export function categoryFromCrumbs(crumbs: Crumb[], product: { title?: string; url?: string }, pageUrls: string[]): string[] {
  const trail = [...crumbs];
  if (trail.length && isHome(trail[0]!)) trail.shift();
  const last = trail.at(-1);
  if (last) {
    const title = normalizeKey(product.title ?? '');
    const lastName = normalizeKey(last.name);
    const own = [...pageUrls, ...(product.url ? [comparableUrl(product.url)] : [])];
    // The page's own entry: no link (Yoast, RankMath), a link to this page, or the product's name.
    if (!last.url || own.includes(comparableUrl(last.url)) || (title && lastName === title)) trail.pop();
  }
  return [...new Set(trail.map((c) => c.name))].filter((n) => !/^\d+$/.test(n));
}
