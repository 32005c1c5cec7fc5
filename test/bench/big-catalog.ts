/** A large catalog for benchmarks: the demo shop's products copied with their own ids, prices and titles. */
import type { Catalog, Product } from '../../src/catalog/types.ts';
import { demoCatalog } from '../assistant/fixtures.ts';

/** The demo catalog grown to `n` products: copies with their own ids, prices and titles. */
export async function bigCatalog(n: number): Promise<Catalog> {
  const base = await demoCatalog();
  const adjectives = ['Pro', 'Lite', 'Max', 'Air', 'Plus', 'Trail', 'City', 'Eco', 'Sport', 'Classic'];
  const products: Product[] = [];
  for (let i = 0; products.length < n; i++) {
    const src = base.products[i % base.products.length]!;
    const k = Math.floor(i / base.products.length);
    const id = k === 0 ? src.id : `${src.id}-${k}`;
    const factor = 0.8 + ((i * 37) % 40) / 100;
    products.push({
      ...src,
      id,
      title: k === 0 ? src.title : `${src.title} ${adjectives[k % adjectives.length]} ${k}`,
      price: src.price === undefined ? undefined : Math.round(src.price * factor * 100) / 100,
      url: `${src.url?.replace(/\.html$/, '')}-${k}.html`,
    });
  }
  return { ...base, products, byId: new Map(products.map((p) => [p.id, p])) };
}

