/**
 * Validates every labelled dialogue against the shops' catalogs (run by .ci/run, and by
 * `npm run check:dialogue`): predicates name real categories, brands, attributes, values and colours;
 * pages exist; a turn that expects results has at least one catalog product satisfying them; a
 * "not sold" label really is not sold; an "unsatisfiable" label really is. Also checks the sets' size
 * and coverage (issue 14: ≥ 400 turns, ≥ 80 multi-turn dialogues, ≥ 1/3 on product pages, every class).
 *
 *   npx tsx test/dialogue/check-labels.ts     (after `npm run demo:data`)
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { colorsOf, evaluate, leadingNumber, pageProduct, satisfies, ShopCatalog, type Feed } from './checks.ts';
import { DEV, HOLDOUT, SHOPS } from './sets.ts';
import { CLASSES, type Dialogue, type Pred } from './types.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const catalogs = new Map<string, ShopCatalog>();
function catalogFor(d: Dialogue): ShopCatalog {
  const key = `${d.shop}.${d.lang}`;
  let c = catalogs.get(key);
  if (!c) {
    const path = join(root, 'public', SHOPS[d.shop][d.lang].feed);
    c = new ShopCatalog(JSON.parse(readFileSync(path, 'utf8')) as Feed);
    catalogs.set(key, c);
  }
  return c;
}

const problems: string[] = [];

function checkPred(pred: Pred, c: ShopCatalog, where: string): void {
  const bad = (msg: string) => problems.push(`${where}: ${msg}`);
  const cats = c.categories();
  for (const x of pred.category === undefined ? [] : Array.isArray(pred.category) ? pred.category : [pred.category])
    if (!cats.has(x.toLowerCase())) bad(`no category "${x}"`);
  const brands = new Set(c.brands.map((b) => b.toLowerCase()));
  for (const x of [...(pred.brand === undefined ? [] : Array.isArray(pred.brand) ? pred.brand : [pred.brand]), ...(pred.notBrand ?? [])])
    if (!brands.has(x.toLowerCase())) bad(`no brand "${x}"`);
  const colors = new Set(c.products.flatMap(colorsOf));
  for (const x of pred.color === undefined ? [] : Array.isArray(pred.color) ? pred.color : [pred.color]) if (!colors.has(x.toLowerCase())) bad(`no colour "${x}"`);
  for (const a of pred.attr === undefined ? [] : Array.isArray(pred.attr) ? pred.attr : [pred.attr]) {
    const values = c.products.map((p) => p.attributes[a.key]).filter((v): v is string => v !== undefined);
    if (!values.length) {
      bad(`no attribute "${a.key}"`);
      continue;
    }
    const lowerValues = new Set(values.map((v) => v.toLowerCase()));
    for (const x of a.eq === undefined ? [] : Array.isArray(a.eq) ? a.eq : [a.eq]) if (!lowerValues.has(x.toLowerCase())) bad(`attribute "${a.key}" never has the value "${x}"`);
    if ((a.min !== undefined || a.max !== undefined) && !values.some((v) => leadingNumber(v) !== undefined)) bad(`attribute "${a.key}" has no numbers`);
  }
  for (const id of [...(pred.ids ?? []), ...(pred.notIds ?? [])]) if (!c.byId.has(id)) bad(`no product ${id}`);
  for (const q of pred.any ?? []) checkPred(q, c, where);
  if (pred.not) checkPred(pred.not, c, where);
}

function checkSet(name: string, set: Dialogue[]): void {
  const ids = new Set<string>();
  for (const d of set) {
    if (ids.has(d.id)) problems.push(`${d.id}: duplicate dialogue id`);
    ids.add(d.id);
    const c = catalogFor(d);
    if (!d.turns.length) problems.push(`${d.id}: no turns`);
    const page = pageProduct(d, c);
    if (d.page !== undefined && !page) problems.push(`${d.id}: no page product for ${JSON.stringify(d.page)}`);
    if (d.page !== undefined && typeof d.page === 'object') checkPred(d.page, c, `${d.id} page`);
    const ctx = { catalog: c, page };
    d.turns.forEach((t, i) => {
      const where = `${d.id}#${i + 1} “${t.say}”`;
      const e = t.expect;
      if (!t.say.trim()) problems.push(`${where}: empty question`);
      if (!(CLASSES as readonly string[]).includes(t.class)) problems.push(`${where}: unknown class ${t.class}`);
      for (const pred of [e.all, e.some, e.alternatives, e.verdict, e.unsat]) if (pred) checkPred(pred, c, where);
      // A price mention is about the page's product unless the turn names another subject ("第二个多少钱").
      if ((e.subject === 'page' || e.notPage || (e.mentionsPrice && !e.subject)) && !page) problems.push(`${where}: about the page's product, but the dialogue has no page`);
      if (e.verdict && e.subject === 'page' && page && evaluate(e.verdict, page, ctx) === undefined) problems.push(`${where}: verdict cannot be computed`);
      const expectsResults = (e.all || e.some) && !e.none && !(Array.isArray(e.status) ? e.status : [e.status]).some((s) => s === 'empty' || s === 'not-sold');
      if (expectsResults) {
        const pool = c.products.filter((p) => (!e.all || satisfies(e.all, p, ctx)) && (!e.notPage || p.id !== page?.id));
        if (!pool.length) problems.push(`${where}: no catalog product satisfies the expected results`);
        else if (e.some && !pool.some((p) => satisfies(e.some!, p, ctx))) problems.push(`${where}: no catalog product satisfies "some"`);
      }
      if (e.absentType) {
        const word = e.absentType.toLowerCase().replace(/s$/, '');
        const hit = c.products.find((p) => p.category.some((x) => x.toLowerCase().includes(word)));
        if (hit) problems.push(`${where}: "${e.absentType}" is sold here (${hit.category.join(' > ')})`);
      }
      if (e.unsat) {
        const hit = c.products.find((p) => satisfies(e.unsat!, p, ctx));
        if (hit) problems.push(`${where}: ${hit.id} satisfies the "unsatisfiable" request`);
      }
      if (e.subject && typeof e.subject === 'object' && 'id' in e.subject && !c.byId.has(e.subject.id)) problems.push(`${where}: no product ${e.subject.id}`);
      if (e.mentions && page && e.subject === 'page' && page.attributes[e.mentions] === undefined) problems.push(`${where}: the page's product has no ${e.mentions}`);
      if (e.compared && 'ids' in e.compared) for (const id of e.compared.ids) if (!c.byId.has(id)) problems.push(`${where}: no product ${id}`);
    });
  }
  const turns = set.flatMap((d) => d.turns.map((t) => ({ d, t })));
  const onPages = turns.filter(({ d }) => d.page !== undefined).length;
  const multi = set.filter((d) => d.turns.length > 1).length;
  const by = (f: (x: { d: Dialogue; t: (typeof turns)[number]['t'] }) => string) => {
    const m = new Map<string, number>();
    for (const x of turns) m.set(f(x), (m.get(f(x)) ?? 0) + 1);
    return [...m].sort().map(([k, n]) => `${k} ${n}`).join(', ');
  };
  console.log(`${name}: ${set.length} dialogues (${multi} multi-turn), ${turns.length} turns, ${onPages} on product pages (${Math.round((onPages / Math.max(1, turns.length)) * 100)}%)`);
  console.log(`  by shop/language: ${by(({ d }) => `${d.shop}.${d.lang}`)}`);
  console.log(`  by class: ${by(({ t }) => t.class)}`);
  if (name === 'dev') {
    if (turns.length < 400) problems.push(`dev: ${turns.length} turns, at least 400 wanted`);
    if (multi < 80) problems.push(`dev: ${multi} multi-turn dialogues, at least 80 wanted`);
    if (onPages * 3 < turns.length) problems.push(`dev: ${onPages} of ${turns.length} turns on product pages, at least a third wanted`);
    for (const k of CLASSES) if (!turns.some(({ t }) => t.class === k)) problems.push(`dev: no turn of class ${k}`);
  }
}

checkSet('dev', DEV);
checkSet('held-out', HOLDOUT);
const devIds = new Set(DEV.map((d) => d.id));
for (const d of HOLDOUT) if (devIds.has(d.id)) problems.push(`${d.id}: in both the dev and the held-out set`);
const devQuestions = new Set(DEV.flatMap((d) => d.turns.map((t) => `${d.shop}.${d.lang}:${t.say.trim().toLowerCase()}`)));
for (const d of HOLDOUT) for (const t of d.turns) if (devQuestions.has(`${d.shop}.${d.lang}:${t.say.trim().toLowerCase()}`)) problems.push(`${d.id}: “${t.say}” is also in the dev set`);

if (problems.length) {
  console.error(`\n${problems.length} label problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('dialogue labels: all valid');
