/**
 * Writes the second demo shop, Hearthside Home / 好物居家旗舰店 (called from ../generate.ts):
 *
 *   demo/home/index.html, demo/home/products/*.html        English shop (USD)
 *   demo/home/zh/index.html, demo/home/zh/products/*.html  Chinese shop (CNY)
 *   public/demo-data/home{,.zh}.json                       catalog feeds for `catalog-src`
 *   public/demo-images/home-*.svg                          product images
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../products.ts';
import { homeCatalogJson, homeListingPage, homeProductPage, homeSvg, type HomePaths } from './pages.ts';
import { generateHomeProducts } from './products.ts';
import { HOME_CATEGORIES } from './spec.ts';

export function writeHomeShop(root: string, write: (path: string, content: string) => void): string {
  const products = generateHomeProducts();
  const shops: { lang: Lang; dir: string; paths: HomePaths; otherBase: string; suffix: string }[] = [
    { lang: 'en', dir: 'demo/home', paths: { base: '/demo/home/', catalogSrc: '/demo-data/home.json' }, otherBase: '/demo/home/zh/', suffix: '' },
    { lang: 'zh', dir: 'demo/home/zh', paths: { base: '/demo/home/zh/', catalogSrc: '/demo-data/home.zh.json' }, otherBase: '/demo/home/', suffix: '.zh' },
  ];
  for (const shop of shops) {
    const dir = join(root, shop.dir);
    rmSync(join(dir, 'products'), { recursive: true, force: true });
    write(join(dir, 'index.html'), homeListingPage(products, shop.lang, shop.paths, shop.otherBase));
    for (const p of products) write(join(dir, 'products', `${p.id}.html`), homeProductPage(p, shop.lang, shop.paths, shop.otherBase));
    write(join(root, 'public', 'demo-data', `home${shop.suffix}.json`), JSON.stringify(homeCatalogJson(products, shop.lang, shop.paths)));
  }
  for (const cat of HOME_CATEGORIES) for (const color of cat.colors) write(join(root, 'public', 'demo-images', `home-${cat.key}-${color}.svg`), homeSvg(cat.key, color));
  return `home shop generated: ${products.length} products × 2 languages`;
}
