/**
 * The demo shop's synthetic session log and its neighbour-data export:
 *
 *   public/demo-data/sessions-train.tsv, sessions-test.tsv   SessionId, ItemId, Time (the last day is the test set)
 *   public/demo-data/neighbours.json                         what the shop publishes (README, "Neighbour data")
 *
 * `npm run demo:sessions` writes them (generate.ts may call `writeSessionFiles` too). Then:
 * `npm run eval:recs -- --train public/demo-data/sessions-train.tsv --test public/demo-data/sessions-test.tsv`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSessionLog } from '../../src/recommend/eval/session-log.ts';
import { generateProducts, type DemoProduct } from './products.ts';
import { generateSessions, neighbourExport } from './sessions.ts';

export function writeSessionFiles(products: readonly DemoProduct[], outDir: string, shoppers = 4000): string {
  mkdirSync(outDir, { recursive: true });
  const sessions = generateSessions(products, { shoppers });
  const end = Math.max(...sessions.map((s) => s.times[s.times.length - 1]!));
  const cut = end - 86_400_000;
  const train = sessions.filter((s) => s.times[s.times.length - 1]! < cut);
  const test = sessions.filter((s) => s.times[s.times.length - 1]! >= cut);
  writeFileSync(join(outDir, 'sessions-train.tsv'), formatSessionLog(train));
  writeFileSync(join(outDir, 'sessions-test.tsv'), formatSessionLog(test));
  writeFileSync(join(outDir, 'neighbours.json'), JSON.stringify(neighbourExport(train)));
  return `synthetic log: ${train.length} training and ${test.length} test sessions, ${sessions.reduce((n, s) => n + s.items.length, 0)} clicks; neighbour data → ${outDir}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  console.log(writeSessionFiles(generateProducts(), join(root, 'public', 'demo-data'), Number(process.env.SHOPPERS) || 4000));
}
