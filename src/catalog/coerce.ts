/**
 * Lenient readers for the loosely typed values shops publish: "$1,299.00", "29,90 €", "InStock",
 * "https://schema.org/InStock", { "@value": "…" }, single values where lists are expected.
 */
import type { Availability } from './types.ts';
import type { ProductIssues } from './issues.ts';
import { cleanText, normalizeKey } from './text.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Always an array: a single value becomes a one-element array; null/undefined become []. */
export function list(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** A scalar string from strings, numbers, JSON-LD value objects ({ "@value" }) or the first of a list. */
export function scalar(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = scalar(x);
      if (s !== undefined) return s;
    }
    return undefined;
  }
  if (isObject(v)) {
    if ('@value' in v) return scalar(v['@value']);
  }
  return undefined;
}

/** A name from a string, or an object's name ({ "@type": "Brand", "name": … }). */
export function nameOf(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = nameOf(x);
      if (s) return s;
    }
    return undefined;
  }
  if (isObject(v) && !('@value' in v)) return scalar(v.name) ?? scalar(v.alternateName) ?? scalar(v.legalName);
  return scalar(v);
}

/** A schema.org term without its prefix: "https://schema.org/InStock" and "schema:InStock" are "InStock". */
export function schemaName(s: string): string {
  return s.replace(/^https?:\/\/schema\.org\/|^schema:/i, '');
}

/** A node's @type values, as bare schema.org names. */
export function typesOf(node: JsonObject): string[] {
  return list(node['@type']).map((t) => schemaName(scalar(t) ?? ''));
}

export const LIMITS = { title: 300, name: 120, description: 5000, review: 4000, attribute: 300, id: 200, maxProducts: 250_000 };

/** Clean plain text (HTML stripped, length capped), reporting what it changed. */
export function text(v: unknown, issues: ProductIssues, max: number, multiline = false): string | undefined {
  if (v === undefined || v === null) return undefined;
  let raw: string | undefined;
  if (typeof v === 'string') raw = v;
  else if (typeof v === 'number' || typeof v === 'boolean') {
    raw = String(v);
    issues.repaired('wrong-type');
  } else {
    // JSON-LD value objects and language lists are normal; anything else is the wrong type.
    raw = scalar(v);
    if (raw === undefined) {
      issues.repaired('wrong-type');
      return undefined;
    }
  }
  const r = cleanText(raw, max, multiline);
  if (r.hadHtml) issues.repaired('html-in-text');
  if (r.truncated) issues.repaired('too-long');
  return r.text || undefined;
}

const CURRENCY_SIGNS: [RegExp, string][] = [
  [/US\$|\$/, 'USD'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/[¥￥元]|RMB/i, 'CNY'],
  [/₹/, 'INR'],
  [/₩/, 'KRW'],
];

/**
 * A number from numbers and price-like strings: "1,299.00", "1.299,00", "29,90 €", "¥ 499", "1 299".
 * Returns NaN when the value is present but unreadable, undefined when absent.
 */
export function parseNumber(v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  const s0 = scalar(v);
  if (s0 === undefined) return NaN;
  let s = s0.normalize('NFKC').replace(/[\s\u00a0']/g, '');
  s = s.replace(/^[^\d.,+-]+|[^\d.,]+$/g, '');
  if (!/^[+-]?[\d.,]+$/.test(s)) return NaN;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Whichever separator comes last is the decimal one.
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // "1,299" (thousands) vs "29,90" (decimal): a comma followed by exactly 3 digits is a thousands separator.
    const groups = s.split(',');
    s = groups.length > 2 || groups[groups.length - 1]!.length === 3 ? groups.join('') : s.replace(',', '.');
  } else if (lastDot >= 0 && s.split('.').length > 2) {
    s = s.replace(/\./g, '');
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : NaN;
}

/** A price: undefined when absent; reports and drops negative or unreadable values. */
export function price(v: unknown, issues: ProductIssues): number | undefined {
  const n = parseNumber(v);
  if (n === undefined) return undefined;
  if (Number.isNaN(n) || n < 0 || n > 1e12) {
    issues.repaired('bad-price');
    return undefined;
  }
  if (typeof v !== 'number' && typeof v !== 'string') issues.repaired('wrong-type');
  return Math.round(n * 100) / 100;
}

/** ISO 4217 code from a code or a currency sign found in the value (or in a price string). */
export function currency(v: unknown, issues: ProductIssues | null, priceText?: unknown): string | undefined {
  const s = scalar(v)?.trim();
  if (s) {
    if (/^[A-Za-z]{3}$/.test(s)) return s.toUpperCase();
    for (const [re, code] of CURRENCY_SIGNS) if (re.test(s)) return code;
    issues?.repaired('bad-currency');
    return undefined;
  }
  const p = typeof priceText === 'string' ? priceText : undefined;
  if (p) {
    const code = /\b([A-Z]{3})\b/.exec(p)?.[1];
    if (code) return code;
    for (const [re, c] of CURRENCY_SIGNS) if (re.test(p)) return c;
  }
  return undefined;
}

const AVAILABILITY: Record<string, Availability> = {
  instock: 'InStock',
  outofstock: 'OutOfStock',
  preorder: 'PreOrder',
  presale: 'PreOrder',
  backorder: 'BackOrder',
  limitedavailability: 'LimitedAvailability',
  onlineonly: 'OnlineOnly',
  instoreonly: 'InStoreOnly',
  soldout: 'SoldOut',
  discontinued: 'Discontinued',
  available: 'InStock',
  unavailable: 'OutOfStock',
  lowstock: 'LimitedAvailability',
  limited: 'LimitedAvailability',
  true: 'InStock',
  false: 'OutOfStock',
  yes: 'InStock',
  no: 'OutOfStock',
  oos: 'OutOfStock',
  availablefororder: 'InStock',
  pending: 'PreOrder',
  有货: 'InStock',
  现货: 'InStock',
  缺货: 'OutOfStock',
  无货: 'OutOfStock',
  售罄: 'SoldOut',
  预售: 'PreOrder',
  库存紧张: 'LimitedAvailability',
};

/** schema.org ItemAvailability from IRIs, bare names, "in stock", booleans or a stock count. */
export function availability(v: unknown, issues: ProductIssues): Availability | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return v > 0 ? 'InStock' : 'OutOfStock';
  const s = scalar(v);
  if (s === undefined) {
    issues.repaired('bad-availability');
    return 'Unknown';
  }
  const key = schemaName(s.trim())
    .replace(/[\s_-]+/g, '')
    .toLowerCase();
  const found = AVAILABILITY[key];
  if (found) return found;
  issues.repaired('bad-availability');
  return 'Unknown';
}

/** Whether shoppers can buy it now (what "in stock" filters mean). */
export function isAvailable(a: Availability | undefined): boolean {
  return a === 'InStock' || a === 'LimitedAvailability' || a === 'OnlineOnly' || a === 'InStoreOnly';
}

/** An absolute http(s) URL resolved against the page, or undefined (reported) for anything else. */
export function url(v: unknown, base: string, issues: ProductIssues): string | undefined {
  let s = scalar(v);
  if (s === undefined && isObject(v)) s = scalar(v.url) ?? scalar(v.contentUrl) ?? scalar(v['@id']);
  if (s === undefined) {
    if (v !== undefined && v !== null) issues.repaired('bad-url');
    return undefined;
  }
  s = s.trim();
  if (!s) return undefined;
  const fast = fastUrl(s, base);
  if (fast) return fast;
  try {
    const u = new URL(s, base);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // fall through
  }
  issues.repaired('bad-url');
  return undefined;
}

const SIMPLE_PATH = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/;
const SIMPLE_ABSOLUTE = /^https?:\/\/[a-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9\-._~!$&'()*+,;=:@/%?#]*)?$/;
const originCache = new Map<string, string>();

/** The common cases (already absolute, or root-relative) without a URL parse: catalogs have a URL per variant image. */
function fastUrl(s: string, base: string): string | undefined {
  if (s.includes('/.') || s.includes('//', 8)) return undefined;
  if (SIMPLE_ABSOLUTE.test(s)) return s.includes('/', 8) ? s : `${s}/`;
  if (s[0] === '/' && s[1] !== '/') {
    const path = s.split(/[?#]/, 1)[0]!;
    if (!SIMPLE_PATH.test(s) || path.includes('%2e') || path.includes('%2E')) return undefined;
    let origin = originCache.get(base);
    if (origin === undefined) {
      try {
        origin = new URL(base).origin;
      } catch {
        return undefined;
      }
      if (originCache.size > 20) originCache.clear();
      originCache.set(base, origin);
    }
    return origin === 'null' ? undefined : origin + s;
  }
  return undefined;
}

/** An id-like string: trimmed, no control characters, capped. */
export function idOf(v: unknown): string | undefined {
  const s = scalar(v);
  if (s === undefined) return undefined;
  const t = s.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return t ? t.slice(0, LIMITS.id) : undefined;
}

/** "Shoes > Running Shoes", "Shoes/Running" stays one level unless it uses >, ›, » or |. */
export function categoryPath(v: unknown, issues: ProductIssues): string[] {
  const parts: string[] = [];
  for (const item of list(v)) {
    const raw = isObject(item) ? nameOf(item) : scalar(item);
    if (raw === undefined) continue;
    // Markup goes first, so the ">" of a tag is never read as a path separator.
    const clean = text(raw, issues, LIMITS.attribute);
    if (!clean) continue;
    for (const piece of clean.split(/\s*(?:>|›|»|\|)\s*/)) {
      const t = piece.trim().slice(0, LIMITS.name);
      if (t && !/^\d+$/.test(t) && !/^https?:/i.test(t)) parts.push(t);
    }
  }
  return dedupe(parts);
}

export function dedupe<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** A 0–5 style rating normalised to `best` (default 5); undefined when unreadable. */
export function ratingValue(value: unknown, best: unknown, worst: unknown): { value: number; best: number; worst: number } | undefined {
  const v = parseNumber(value);
  if (v === undefined || Number.isNaN(v)) return undefined;
  const b = parseNumber(best);
  const w = parseNumber(worst);
  const bestN = b !== undefined && !Number.isNaN(b) && b > 0 ? b : v > 5 && v <= 10 ? 10 : v > 10 && v <= 100 ? 100 : 5;
  const worstN = w !== undefined && !Number.isNaN(w) && w < bestN ? w : bestN === 5 ? 1 : 0;
  if (v < Math.min(0, worstN) || v > bestN) return undefined;
  return { value: v, best: bestN, worst: worstN };
}

/** Rescales a rating to the 1–5 scale reviews use. */
export function toFivePoint(r: { value: number; best: number; worst: number }): number {
  if (r.best === 5 && r.worst >= 0) return Math.round(Math.min(5, Math.max(0, r.value)) * 10) / 10;
  const span = r.best - r.worst || 1;
  return Math.round((1 + ((r.value - r.worst) / span) * 4) * 10) / 10;
}

/** An ISO-ish date string when the value parses as a date. */
export function date(v: unknown): string | undefined {
  const s = scalar(v)?.trim();
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : s.slice(0, 40);
}

/** Attribute keys are lower-case; "colour" and "color" are one key. */
export function attributeKey(k: string): string {
  const key = normalizeKey(k);
  return key === 'colour' ? 'color' : key;
}
