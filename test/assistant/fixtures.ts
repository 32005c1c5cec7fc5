/**
 * Test fixtures: the demo shop's catalog feed (public/demo-data), read by the real catalog reader, and
 * the real search index over it.
 */
import { loadCatalog } from '../../src/catalog/load.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import { createSearch, type ProductSearch } from '../../src/search/index.ts';

const cache = new Map<string, Promise<Catalog>>();
const searches = new WeakMap<Catalog['products'], Promise<ProductSearch>>();

export function demoCatalog(lang: 'en' | 'zh' = 'en', currentProductId?: string): Promise<Catalog> {
  let c = cache.get(lang);
  if (!c) {
    c = loadCatalog({
      root: document.implementation.createHTMLDocument('fixture'),
      src: `/public/demo-data/catalog${lang === 'zh' ? '.zh' : ''}.json`,
      logger: { warn: () => {} },
    });
    cache.set(lang, c);
  }
  return currentProductId ? c.then((cat) => ({ ...cat, currentProductId })) : c;
}

/** The second demo shop (Hearthside Home: deep category paths, messy titles, brands only in titles). */
export function homeCatalog(lang: 'en' | 'zh' = 'en'): Promise<Catalog> {
  const key = `home-${lang}`;
  let c = cache.get(key);
  if (!c) {
    c = loadCatalog({
      root: document.implementation.createHTMLDocument('fixture'),
      src: `/public/demo-data/home${lang === 'zh' ? '.zh' : ''}.json`,
      logger: { warn: () => {} },
    });
    cache.set(key, c);
  }
  return c;
}

/** The real search index over a catalog (built once per catalog object). */
export function searchFor(catalog: Catalog): Promise<ProductSearch> {
  let s = searches.get(catalog.products);
  if (!s) {
    s = createSearch(catalog, { worker: false });
    searches.set(catalog.products, s);
  }
  return s;
}
