/**
 * Dev tool: how the understanding layer reads messages on a demo catalog (node, no browser).
 *   npx tsx test/understand/inspect.ts demo-en [--page ID] "message" …
 */
import { readFileSync } from 'node:fs';
import { readPlainProduct } from '../../src/catalog/plain.ts';
import type { Product } from '../../src/catalog/types.ts';
import { buildLexicon } from '../../src/understand/lexicon.ts';
import { parseQuery } from '../../src/understand/filters.ts';
import { readMessage } from '../../src/understand/read.ts';

const FILES: Record<string, string> = { 'demo-en': 'catalog.json', 'demo-zh': 'catalog.zh.json', 'home-en': 'home.json', 'home-zh': 'home.zh.json' };
const [shop = 'demo-en', ...rest] = process.argv.slice(2);
let page: string | undefined;
const messages: string[] = [];
for (let i = 0; i < rest.length; i++) if (rest[i] === '--page') page = rest[++i];
else messages.push(rest[i]!);
const raw = JSON.parse(readFileSync(`public/demo-data/${FILES[shop]}`, 'utf8'));
const log = { warn() {}, issue() {}, add() {} } as never;
const products = (raw.products as unknown[]).map((r) => readPlainProduct(r, { base: 'http://x/', log }, 'inspect')).filter((p): p is Product => !!p);
const byId = new Map(products.map((p) => [p.id, p]));
const lexicon = await buildLexicon(products);
const lang = shop.endsWith('zh') ? 'zh-CN' : 'en';
for (const m of messages) {
  const r = readMessage(m, {
    lang: lang as never, byId, currentProductId: page, lastResultIds: process.env.LAST ? process.env.LAST.split(",") : [], hasPreviousSearch: !!process.env.LAST, lexicon,
    parse: (t) => parseQuery(t, lang as never, lexicon.vocabulary),
  });
  const f = { ...r.query.filters, ...(r.query.filters.ids ? { ids: `${r.query.filters.ids.length} ids` } : {}) };
  console.log(JSON.stringify({ m, kind: r.intent.kind, refine: r.intent.refine, types: r.types.map((t) => t.key), notSold: r.notSold, text: r.query.text, filters: f, sort: r.query.sort, q: r.quantities.length, pick: r.pick, gift: r.gift, about: r.aboutFocus }));
}
