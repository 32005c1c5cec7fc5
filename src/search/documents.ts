/**
 * What the index needs of a product, flat and small: the text fields, the numbers filters compare,
 * and the facet values. It is what crosses to the search worker, so it carries no reviews, images or
 * offers.
 */
import { isAvailable } from '../catalog/coerce.ts';
import { normalizeKey } from '../catalog/text.ts';
import type { Product } from '../catalog/types.ts';
import { colorIds } from './colors.ts';

export interface SearchDoc {
  id: string;
  title: string;
  brand: string;
  categories: string[];
  description: string;
  price: number;
  listPrice: number;
  /** 1 when it can be bought now. */
  available: 0 | 1;
  rating: number;
  ratingCount: number;
  /** ms since epoch, NaN when unknown. */
  released: number;
  /**
   * Attribute pairs, flat: [key1, value1, key2, value2, …], colour excluded, normalised as the
   * engine's filters are (normalizeKey: NFKC, lower-case, single spaces). The index searches them as
   * text too: a yes/no attribute that is "yes" by its name, any other by its value.
   */
  attributes: string[];
  /** Colour ids (colors.ts) from the colour attribute and the variants. */
  colors: string[];
  /** The original colour names, for facet labels. */
  colorNames: string[];
}

/** Attribute values (after normalizeKey) that mean yes / no: the index, the engine's filters and the vocabulary all read them. */
export const YES_VALUES: ReadonlySet<string> = new Set(['yes', 'true', 'y', '1', '是', '有', '支持']);
export const NO_VALUES: ReadonlySet<string> = new Set(['no', 'false', 'n', '0', 'none', 'n/a', '否', '无', '不支持', '不适用']);

/** "2026-03-14" without Date.parse's cost (it runs per product); other formats fall back to it. */
export function parseDate(s: string): number {
  if (s.length >= 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && (s.length === 10 || s[10] === 'T' || s[10] === ' ')) {
    const y = +s.slice(0, 4);
    const m = +s.slice(5, 7);
    const d = +s.slice(8, 10);
    if (s.length === 10 && y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return Date.UTC(y, m - 1, d);
  }
  return Date.parse(s);
}

function isColorKey(k: string): boolean {
  return k === 'color' || k === 'colour' || k === '颜色';
}

/** Flat and allocation-light: this runs once per product on the page before indexing. */
export function toSearchDoc(p: Product): SearchDoc {
  const pairs: string[] = [];
  const colorNames: string[] = [];
  const attrs = p.attributes;
  for (const key in attrs) {
    const raw = attrs[key]!;
    const k = normalizeKey(key);
    const color = isColorKey(k);
    const list = typeof raw === 'string' ? null : raw;
    const count = list ? list.length : 1;
    for (let i = 0; i < count; i++) {
      const v = (list ? String(list[i]) : (raw as string)).trim();
      if (!v) continue;
      if (color) {
        if (!colorNames.includes(v)) colorNames.push(v);
      } else pairs.push(k, normalizeKey(v));
    }
  }
  for (const variant of p.variants) {
    const va = variant.attributes;
    for (const key in va) {
      const val = va[key];
      if (val && isColorKey(key.toLowerCase()) && !colorNames.includes(val)) colorNames.push(val);
    }
  }
  const colors: string[] = [];
  for (const name of colorNames) for (const id of colorIds(name)) if (!colors.includes(id)) colors.push(id);
  const r = p.rating;
  const rating = r ? (r.best && r.best !== 5 ? ((r.value - (r.worst ?? 0)) / (r.best - (r.worst ?? 0) || 1)) * 4 + 1 : r.value) : NaN;
  return {
    id: p.id,
    title: p.title,
    brand: p.brand ?? '',
    categories: p.categories,
    description: p.description,
    price: typeof p.price === 'number' ? p.price : NaN,
    listPrice: typeof p.listPrice === 'number' ? p.listPrice : NaN,
    available: isAvailable(p.availability) ? 1 : 0,
    rating,
    ratingCount: r?.count ?? 0,
    released: p.releaseDate ? parseDate(p.releaseDate) : NaN,
    attributes: pairs,
    colors,
    colorNames,
  };
}
