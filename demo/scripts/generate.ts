/**
 * Generates the demo shop (seeded, reproducible): `npm run demo:data`.
 *
 *   demo/index.html, demo/products/*.html, demo/catalog.html        English shop (USD)
 *   demo/zh/index.html, demo/zh/products/*.html, demo/zh/catalog.html  Chinese shop (CNY)
 *   public/demo-data/catalog{,.zh}.json and .ndjson                  catalog feeds for `catalog-src`
 *   public/demo-images/*.svg                                        product images
 *   public/demo-data/neighbours.json, sessions-*.tsv                 anonymised co-visit data, session log
 *   demo/home/…, public/demo-data/home{,.zh}.json                    the second shop, Hearthside Home (home/)
 *
 * Skips the work when the outputs are newer than the generator's sources.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from './categories.ts';
import { generateProducts, type Lang } from './products.ts';
import { writeSessionFiles } from './export-sessions.ts';
import { writeHomeShop } from './home/generate-home.ts';
import { catalogJson, catalogPage, catalogProduct, listingPage, productPage, svgImage, type ShopPaths } from './pages.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const stamp = join(root, 'public', 'demo-data', '.generated');

/** Newest mtime among the generator's sources, one folder deep (home/ holds the second shop). */
function newestSource(dir = here, depth = 0): number {
  return Math.max(
    ...readdirSync(dir).map((f) => {
      const path = join(dir, f);
      const st = statSync(path);
      return st.isDirectory() && depth === 0 ? newestSource(path, 1) : st.mtimeMs;
    }),
  );
}

if (!process.argv.includes('--force') && existsSync(stamp) && statSync(stamp).mtimeMs > newestSource()) {
  console.log('demo data is up to date (use --force to regenerate)');
  process.exit(0);
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const products = generateProducts();
const shops: { lang: Lang; dir: string; paths: ShopPaths; otherBase: string; suffix: string }[] = [
  { lang: 'en', dir: 'demo', paths: { base: '/demo/', catalogSrc: '/demo-data/catalog.json' }, otherBase: '/demo/zh/', suffix: '' },
  { lang: 'zh', dir: 'demo/zh', paths: { base: '/demo/zh/', catalogSrc: '/demo-data/catalog.zh.json' }, otherBase: '/demo/', suffix: '.zh' },
];

for (const shop of shops) {
  const dir = join(root, shop.dir);
  rmSync(join(dir, 'products'), { recursive: true, force: true });
  write(join(dir, 'index.html'), listingPage(products, shop.lang, shop.paths, shop.otherBase));
  write(join(dir, 'catalog.html'), catalogPage(products, shop.lang, shop.paths, shop.otherBase));
  products.forEach((p, i) => write(join(dir, 'products', `${p.id}.html`), productPage(p, i, shop.lang, shop.paths, shop.otherBase)));

  const catalog = catalogJson(products, shop.lang, shop.paths);
  write(join(root, 'public', 'demo-data', `catalog${shop.suffix}.json`), JSON.stringify(catalog));
  write(
    join(root, 'public', 'demo-data', `catalog${shop.suffix}.ndjson`),
    products.map((p) => JSON.stringify(catalogProduct(p, shop.lang, shop.paths))).join('\n') + '\n',
  );
}

for (const cat of CATEGORIES)
  for (const color of cat.colors) write(join(root, 'public', 'demo-images', `${cat.key}-${color}.svg`), svgImage(cat.key, color));

console.log(writeSessionFiles(products, join(root, 'public', 'demo-data')));
console.log(writeHomeShop(root, write));
write(stamp, new Date().toISOString());
console.log(`demo shop generated: ${products.length} products × 2 languages`);
