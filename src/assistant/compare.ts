/**
 * Side-by-side comparison of 2–4 catalog products: price, rating, availability, brand, then every attribute
 * any of them has (most widely present first). Values come from the catalog only.
 */
import type { Availability, Product } from '../catalog/types.ts';
import type { Lang } from '../i18n/types.ts';
import { attributeLabel } from '../understand/concepts.ts';
import { fiveStar } from './format.ts';
import { sanitizeUntrusted } from './untrusted.ts';

export type CompareCell =
  | { kind: 'price'; price?: number; listPrice?: number; currency?: string }
  | { kind: 'rating'; value?: number; count?: number }
  | { kind: 'availability'; value: Availability }
  | { kind: 'text'; value?: string };

export interface CompareRow {
  /** `price`, `rating`, `availability`, `brand`, or `attr:<key>`. */
  key: string;
  /** Shown as the row header; attribute rows use the translated attribute name. */
  label: string;
  cells: CompareCell[];
  /** Whether the products differ on this row (rows that do are worth pointing out). */
  differs: boolean;
  /** Index of the best cell (lowest price, highest rating), when there is a clear one. */
  best?: number;
}

export interface Comparison {
  ids: string[];
  rows: CompareRow[];
}

const MAX_ATTRIBUTE_ROWS = 12;

function attrText(v: string | string[] | undefined): string | undefined {
  if (v === undefined) return undefined;
  const s = Array.isArray(v) ? v.join(', ') : v;
  const clean = sanitizeUntrusted(s);
  return clean || undefined;
}

function bestIndex(values: (number | undefined)[], better: (a: number, b: number) => boolean): number | undefined {
  let best: number | undefined;
  let tie = false;
  values.forEach((v, i) => {
    if (v === undefined) return;
    if (best === undefined || better(v, values[best]!)) {
      best = i;
      tie = false;
    } else if (v === values[best]) tie = true;
  });
  return tie || values.filter((v) => v !== undefined).length < 2 ? undefined : best;
}

/** Rows are labelled with `labels` for the fixed rows and translated attribute names for the rest. */
export function buildComparison(
  products: Product[],
  lang: Lang,
  labels: { price: string; rating: string; availability: string; brand: string },
): Comparison {
  const ps = products.slice(0, 4);
  const rows: CompareRow[] = [];
  const sameCurrency = new Set(ps.map((p) => p.currency)).size <= 1;

  const prices = ps.map((p) => p.price);
  rows.push({
    key: 'price',
    label: labels.price,
    cells: ps.map((p) => ({ kind: 'price', price: p.price, listPrice: p.listPrice, currency: p.currency })),
    differs: new Set(prices).size > 1,
    best: sameCurrency ? bestIndex(prices, (a, b) => a < b) : undefined,
  });
  const ratings = ps.map((p) => (p.rating ? fiveStar(p.rating) : undefined));
  rows.push({
    key: 'rating',
    label: labels.rating,
    cells: ps.map((p, i) => ({ kind: 'rating', value: ratings[i], count: p.rating?.count })),
    differs: new Set(ratings).size > 1,
    best: bestIndex(ratings, (a, b) => a > b),
  });
  rows.push({
    key: 'availability',
    label: labels.availability,
    cells: ps.map((p) => ({ kind: 'availability', value: p.availability })),
    differs: new Set(ps.map((p) => p.availability)).size > 1,
  });
  if (ps.some((p) => p.brand)) {
    const brands = ps.map((p) => (p.brand ? sanitizeUntrusted(p.brand) : undefined));
    rows.push({ key: 'brand', label: labels.brand, cells: brands.map((value) => ({ kind: 'text', value })), differs: new Set(brands).size > 1 });
  }

  // Attributes: keys present in more of the products first; ties keep catalog order.
  const keyCount = new Map<string, number>();
  for (const p of ps) for (const k of Object.keys(p.attributes)) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
  const keys = [...keyCount.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k]) => k)
    .slice(0, MAX_ATTRIBUTE_ROWS);
  for (const k of keys) {
    const values = ps.map((p) => attrText(p.attributes[k]));
    rows.push({
      key: `attr:${k}`,
      label: attributeLabel(k, lang, ps.find((p) => p.attributeLabels?.[k])?.attributeLabels),
      cells: values.map((value) => ({ kind: 'text', value })),
      differs: new Set(values.map((v) => v?.toLowerCase())).size > 1,
    });
  }
  return { ids: ps.map((p) => p.id), rows };
}
