/**
 * What the content index reads of a product: its words (title, brand, the start of the description,
 * categories, attribute values — the search tokenizer's terms) and its structured features (category
 * path, brand, attribute values, price band within its leaf category), each with a field weight. One
 * definition: the index builder (content-builder.ts) and a query's vector (ContentIndex.vectorOf)
 * both compose these blocks, in this order.
 */
import { indexTerms } from '../search/tokenize.ts';

/** Structured terms start with this (never produced by the tokenizer). */
const S = '\u0001';
export const BRAND = `${S}b:`;
export const CATEGORY = `${S}c:`;
export const ATTRIBUTE = `${S}a:`;
export const PRICE = `${S}p:`;

export const FIELD = { title: 3, brandText: 1, categoryText: 1, attributeText: 1, description: 0.5, brand: 2.5, category: 1.5, attribute: 1, price: 1.5 };
export const DESCRIPTION_CHARS = 500;
/** Price bands per leaf category (quintiles). */
export const BANDS = 5;

export interface ContentSource {
  title?: string;
  description?: string;
  brand?: string;
  categories?: readonly string[];
  attributes?: Readonly<Record<string, string | readonly string[]>>;
  price?: number;
}

export type AddTerm = (term: string, weight: number) => void;

/** The key of a category path (a product's leaf category for its full path): levels joined, lowercase. */
export function leafKey(categories: readonly string[]): string {
  return categories.join('›').toLowerCase();
}

/** The words of a text, each with `weight`. */
export function textFeatures(text: string | undefined, weight: number, add: AddTerm): void {
  if (text) indexTerms(text, (t) => add(t, weight));
}

/** The category path's words and one term per level (deeper levels are more specific, so they count more). */
export function categoryFeatures(cats: readonly string[], add: AddTerm): void {
  cats.forEach((c, i) => {
    textFeatures(c, FIELD.categoryText, add);
    add(CATEGORY + leafKey(cats.slice(0, i + 1)), FIELD.category * (1 + i));
  });
}

/** The brand's own term (its words come earlier, with the title's). */
export function brandTerm(brand: string): string {
  return BRAND + brand.trim().toLowerCase();
}

/** One attribute's values: each value's words and a key=value term (values over 40 characters are no feature). */
export function attributeFeatures(key: string, raw: string | readonly string[], add: AddTerm): void {
  for (const value of Array.isArray(raw) ? raw : [raw]) {
    const v = String(value).trim().toLowerCase();
    if (!v || v.length > 40) continue;
    textFeatures(v, FIELD.attributeText, add);
    add(`${ATTRIBUTE}${key}=${v}`, FIELD.attribute);
  }
}

/** The price band's terms, and the half-overlapping bands either side (products one band apart share one). */
export function bandFeatures(leaf: string, band: number, add: AddTerm): void {
  add(`${PRICE}${leaf}:${band}`, FIELD.price);
  add(`${PRICE}${leaf}:${band - 1}|${band}`, FIELD.price / 2);
  add(`${PRICE}${leaf}:${band}|${band + 1}`, FIELD.price / 2);
}

/** The band of `price` between a leaf category's quintile edges. */
export function bandIn(edges: readonly number[], price: number): number {
  let b = 0;
  while (b < edges.length && price >= edges[b]!) b++;
  return b;
}

/** The band of a product's price in its leaf category, or null (no price, no category, or a leaf the index has no prices for). */
export function bandOf(edges: ReadonlyMap<string, readonly number[]>, categories: readonly string[], price: number | undefined): number | null {
  if (price === undefined || !categories.length) return null;
  const e = edges.get(leafKey(categories));
  return e ? bandIn(e, price) : null;
}

/** Every (term, weight) feature of one product, in the fixed order (a term named twice has its weights summed in that order). */
export function eachFeature(p: ContentSource, band: number | null, add: AddTerm): void {
  textFeatures(p.title, FIELD.title, add);
  textFeatures(p.brand, FIELD.brandText, add);
  textFeatures(p.description?.slice(0, DESCRIPTION_CHARS), FIELD.description, add);
  const cats = p.categories ?? [];
  categoryFeatures(cats, add);
  if (p.brand) add(brandTerm(p.brand), FIELD.brand);
  for (const [key, raw] of Object.entries(p.attributes ?? {})) attributeFeatures(key, raw, add);
  if (band !== null && cats.length) bandFeatures(leafKey(cats), band, add);
}

/** Raw (term → weight) features of one product. */
export function features(p: ContentSource, band: number | null): Map<string, number> {
  const f = new Map<string, number>();
  eachFeature(p, band, (t, w) => f.set(t, (f.get(t) ?? 0) + w));
  return f;
}
