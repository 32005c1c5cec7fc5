/**
 * The words a catalog gives the query parser: its brands, category names and yes/no attributes, so
 * "Velox running shoes" becomes a brand and a category filter, and "waterproof" or "防水" an attribute
 * filter. Built once per catalog (a few ms for 100k products).
 */
import { normalizeKey } from '../catalog/text.ts';
import type { Catalog, Product } from '../catalog/types.ts';
import { NO_VALUES, YES_VALUES } from '../search/documents.ts';
import { conceptForKey } from './concepts.ts';

export interface QueryVocabulary {
  brands: string[];
  /** Category names at every level. */
  categories: string[];
  /** Attributes whose values are yes/no, with the words that name them (the key, the shop's labels, known translations). */
  booleanAttributes: { key: string; names: string[] }[];
  /** Attribute values shoppers may exclude by name ("memory foam", "记忆棉"); set by the lexicon. */
  values?: string[];
  /** The catalog's usual currency. */
  currency?: string;
}

export function buildVocabulary(catalog: Pick<Catalog, 'products' | 'store'>): QueryVocabulary {
  return vocabularyOf(catalog.products, catalog.store?.currency);
}

export function vocabularyOf(products: readonly Product[], currency?: string): QueryVocabulary {
  const v = new VocabularyBuilder();
  for (const p of products) v.add(p);
  return v.finish(currency);
}

/** The vocabulary gathered one product at a time, so a sliced build (the lexicon's) can yield between them. */
export class VocabularyBuilder {
  private readonly brands = new Map<string, string>();
  private readonly categories = new Map<string, string>();
  private readonly attrValues = new Map<string, { yes: number; no: number; other: number }>();
  private readonly labels = new Map<string, Set<string>>();
  private readonly currencies = new Map<string, number>();

  add(p: Product): void {
    if (p.brand) {
      const k = p.brand.toLowerCase();
      if (!this.brands.has(k)) this.brands.set(k, p.brand);
    }
    for (const c of p.categories) {
      const k = c.toLowerCase();
      if (!this.categories.has(k)) this.categories.set(k, c);
    }
    for (const [key, value] of Object.entries(p.attributes)) {
      let s = this.attrValues.get(key);
      if (!s) this.attrValues.set(key, (s = { yes: 0, no: 0, other: 0 }));
      for (const v of Array.isArray(value) ? value : [value]) {
        // The values the index and the engine's filters read as yes / no.
        const k = normalizeKey(String(v));
        if (YES_VALUES.has(k)) s.yes++;
        else if (NO_VALUES.has(k)) s.no++;
        else s.other++;
      }
    }
    if (p.attributeLabels) {
      for (const [key, label] of Object.entries(p.attributeLabels)) {
        let l = this.labels.get(key);
        if (!l) this.labels.set(key, (l = new Set()));
        if (l.size < 5) l.add(label.toLowerCase());
      }
    }
    if (p.currency) this.currencies.set(p.currency, (this.currencies.get(p.currency) ?? 0) + 1);
  }

  finish(currency?: string): QueryVocabulary {
    const booleanAttributes: QueryVocabulary['booleanAttributes'] = [];
    for (const [key, s] of this.attrValues) {
      if (s.yes === 0 || s.other > (s.yes + s.no) * 0.05) continue;
      // How shoppers name the feature: the key, our concept's phrases for it, the shop's labels.
      const names = new Set([key, ...(conceptForKey(key)?.names ?? []), ...(this.labels.get(key) ?? [])]);
      booleanAttributes.push({ key, names: [...names] });
    }
    return {
      brands: [...this.brands.values()],
      categories: [...this.categories.values()],
      booleanAttributes,
      currency: currency ?? [...this.currencies.entries()].sort((a, b) => b[1] - a[1])[0]?.[0],
    };
  }
}
