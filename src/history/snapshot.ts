/** The few product facts kept with a history event (see ProductSnapshot in schema.ts). */
import type { Product } from '../catalog/types.ts';
import type { ProductSnapshot } from './schema.ts';

const MAX_ATTRIBUTES = 8;

export function snapshotOf(p: Product): ProductSnapshot {
  const s: ProductSnapshot = { title: p.title.slice(0, 200) };
  if (p.brand) s.brand = p.brand;
  if (p.categories.length) s.categories = p.categories.slice(0, 6);
  if (p.price !== undefined) s.price = p.price;
  const currency = p.currency ?? p.offers[0]?.currency;
  if (currency) s.currency = currency;
  // Price and stock as seen at this view: price memory (price-memory.ts) compares them with later ones.
  if (p.availability && p.availability !== 'Unknown') s.availability = p.availability;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(p.attributes).slice(0, MAX_ATTRIBUTES)) {
    const value = (Array.isArray(v) ? v.join(', ') : v).slice(0, 60);
    if (value) attrs[k] = value;
  }
  if (Object.keys(attrs).length) s.attributes = attrs;
  return s;
}
