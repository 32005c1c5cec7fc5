/** The demo shop's catalog, read by the real catalog reader from its JSON feed (public/demo-data). */
import { loadCatalog } from '../../src/catalog/load.ts';
import type { Catalog, Product } from '../../src/catalog/types.ts';
import type { RecEvent } from '../../src/recommend/types.ts';

const cache = new Map<string, Promise<Catalog>>();

export function demoCatalog(lang: 'en' | 'zh' = 'en'): Promise<Catalog> {
  let c = cache.get(lang);
  if (!c) {
    const root = document.implementation.createHTMLDocument('');
    c = loadCatalog({ root, src: `/public/demo-data/catalog${lang === 'zh' ? '.zh' : ''}.json`, logger: { warn: () => {} } });
    cache.set(lang, c);
  }
  return c;
}

export const leaf = (p: Product | undefined) => p?.categories.at(-1);

const T0 = Date.UTC(2026, 10, 20, 12);

/** Hand-made history: one event per entry, a minute apart, one session unless given. */
export function history(entries: (readonly [type: string, productIdOrQuery: string, session?: string])[], start = T0): RecEvent[] {
  return entries.map(([type, x, session], i) => ({
    type,
    ...(type === 'search' ? { query: x } : { productId: x }),
    at: start + i * 60_000,
    session: session ?? 'a',
  }));
}
