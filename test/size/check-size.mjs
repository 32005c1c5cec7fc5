/**
 * `npm run size`: builds the library and prints the gzip size of what a shop's page downloads before
 * anyone touches the widget: dist/shop-guide.js plus every chunk it imports statically (lazy chunks,
 * web-llm and workers are listed apart and excluded). Fails above the budget.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 5 * 1024;
const entry = 'dist/shop-guide.js';

if (!process.argv.includes('--no-build')) execSync('npx vite build --logLevel error', { stdio: 'inherit' });

/** Static `import … from "./x.js"` and bare `import "./x.js"` — not `import("./x.js")`. */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const specs = new Set();
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) specs.add(m[1]);
  return [...specs].filter((s) => s.startsWith('.')).map((s) => join(dirname(file), s));
}

const firstLoad = new Set();
const queue = [entry];
while (queue.length) {
  const file = queue.pop();
  if (firstLoad.has(file)) continue;
  firstLoad.add(file);
  queue.push(...staticImports(file));
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

let total = 0;
console.log('First load (what every page of the shop downloads):');
for (const file of firstLoad) {
  const size = gz(file);
  total += size;
  console.log(`  ${relative('dist', file).padEnd(48)} ${kb(statSync(file).size).padStart(10)} raw ${kb(size).padStart(10)} gzip`);
}

const lazy = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.js') && !firstLoad.has(path)) lazy.push(path);
  }
})('dist');
if (lazy.length) {
  console.log('Loaded later, on demand:');
  for (const file of lazy.sort()) console.log(`  ${relative('dist', file).padEnd(48)} ${kb(gz(file)).padStart(10)} gzip`);
}

const ok = total <= BUDGET;
console.log(`first-load: ${kb(total)} gzip of ${kb(BUDGET)} budget — ${ok ? 'OK' : 'OVER BUDGET'}`);
process.exit(ok ? 0 : 1);
