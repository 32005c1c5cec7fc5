/**
 * `npm run bench:host`: what shop-guide costs the shop's page, measured side by side in headless
 * Chromium — the same product page with and without the widget, at 5k and 100k products in the
 * `catalog-src` feed — for a page view with no interaction, a second page view, opening the panel, the
 * first question, the first "recommend something", "what goes with this" and a recommendation strip
 * scrolled into view.
 *
 * Per step: main-thread busy time (CDP Performance.getMetrics TaskDuration), long tasks (a
 * PerformanceObserver on the page, buffered) and JS heap after a forced GC, each as "with − without".
 * The page is served by a small server here (dist/ from `vite build`, the feed with ETag and
 * Last-Modified, answering conditional requests with 304). Prints the table and fails on a missed target:
 *   page view, no interaction, 100k: ≤ 100 ms added main-thread time and ≤ 10 MB added heap;
 *   no long task over 50 ms on any step, at any size.
 *
 * Options: --sizes=5000,100000  --rounds=N (paired rounds, median; default 1)  --keep-going (no failure exit)
 *   --profile=<step> (sampled self time of one step)  --trace=<step>[+<step>…] (each long task of those steps, from a
 *   Chromium trace: build with SHOP_GUIDE_NO_MINIFY=1 for names)  --until=<step> (stop after that step; the ones
 *   before it still run, since each step starts where the last left off)  --no-baseline (skip the page
 *   without the widget: faster, for looking at long tasks; "busy added" is then the whole busy time)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { feedText } from './feed-text.ts';
import { startTrace } from './trace.ts';

const args = new Map<string, string | undefined>(process.argv.slice(2).map((a) => { const [k, v] = a.replace(/^--/, '').split('='); return [k!, v]; }));
const PROFILE = args.get('profile'); // a step name: print where its main-thread time went
const SIZES = (args.get('sizes') ?? '5000,100000').split(',').map(Number);
const ROUNDS = Math.max(1, Number(args.get('rounds') ?? 1));
const KEEP_GOING = args.has('keep-going');
const TRACE = new Set((args.get('trace') ?? '').split('+').filter(Boolean)); // step names: print their long tasks from a Chromium trace
const UNTIL = args.get('until'); // a step name: the last one run
const BASELINE = !args.has('no-baseline');
const DIST = 'dist';
const TARGET_IDLE_BUSY_MS = 100;
const TARGET_IDLE_HEAP_MB = 10;
const LONG_TASK_MS = 50;

if (!existsSync(join(DIST, 'shop-guide.js'))) {
  console.error('dist/shop-guide.js is missing: run `npx vite build` first (npm run bench:host does).');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------- feed

/** The demo shop's products, grown to `n` (feed-text.ts; the heap bench reads the same feed). */
function feedTextOf(n: number): string {
  return feedText(readFileSync('public/demo-data/catalog.ndjson', 'utf8'), readFileSync('public/demo-data/catalog.json', 'utf8'), n);
}

const feeds = new Map<number, { body: Buffer; etag: string; modified: string; first: Record<string, unknown> }>();
function feed(n: number) {
  let f = feeds.get(n);
  if (!f) {
    const text = feedTextOf(n);
    const first = JSON.parse(text.split('\n')[1]!) as Record<string, unknown>;
    f = { body: Buffer.from(text), etag: `"bench-${n}-v1"`, modified: new Date(Date.UTC(2026, 10, 1)).toUTCString(), first };
    feeds.set(n, f);
  }
  return f;
}

// ---------------------------------------------------------------------------------------------- page

/** A product page: the shop's own markup and JSON-LD for its product, a strip far below the fold. */
function pageHtml(n: number, widget: boolean): string {
  const p = feed(n).first as { id: string; title: string; description?: string; price?: number; currency?: string; brand?: string; category?: string[] };
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    sku: p.id,
    productID: p.id,
    name: p.title,
    description: p.description,
    brand: { '@type': 'Brand', name: p.brand },
    category: (p.category ?? []).join(' > '),
    offers: { '@type': 'Offer', price: p.price, priceCurrency: p.currency ?? 'USD', availability: 'https://schema.org/InStock' },
  };
  const filler = Array.from({ length: 40 }, (_, i) => `<p>Section ${i}: ${p.description ?? ''}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${p.title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
${widget ? '<script type="module" src="/dist/shop-guide.js"></script>' : ''}
</head><body>
<header><h1>${p.title}</h1><p>${p.price} ${p.currency ?? 'USD'}</p><button>Add to cart</button></header>
<main>${filler}</main>
<div style="height: 4000px"></div>
${widget ? `<shop-guide-recommendations mode="similar" limit="6"></shop-guide-recommendations>\n<shop-guide catalog-src="/feed-${n}.ndjson"></shop-guide>` : '<section class="related"></section>'}
</body></html>`;
}

// ---------------------------------------------------------------------------------------------- server

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };

function serve(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const feedMatch = /^\/feed-(\d+)\.ndjson$/.exec(url.pathname);
  const pageMatch = /^\/page-(\d+)\.html$/.exec(url.pathname);
  if (feedMatch) {
    const f = feed(Number(feedMatch[1]));
    const headers = { ETag: f.etag, 'Last-Modified': f.modified, 'Cache-Control': 'no-cache', 'Content-Type': 'application/x-ndjson' };
    if (req.headers['if-none-match'] === f.etag || (!req.headers['if-none-match'] && req.headers['if-modified-since'] === f.modified)) {
      res.writeHead(304, headers).end();
      stats.notModified++;
      return;
    }
    stats.feedBytes += f.body.length;
    res.writeHead(200, { ...headers, 'Content-Length': f.body.length }).end(f.body);
    return;
  }
  if (pageMatch) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }).end(pageHtml(Number(pageMatch[1]), url.searchParams.get('widget') === '1'));
    return;
  }
  if (url.pathname.startsWith('/dist/')) {
    const file = normalize(join(DIST, url.pathname.slice('/dist/'.length)));
    if (file.startsWith(DIST) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' }).end(readFileSync(file));
      return;
    }
  }
  res.writeHead(404).end();
}

const stats = { feedBytes: 0, notModified: 0 };

// ---------------------------------------------------------------------------------------------- measuring

interface Sample {
  busyMs: number;
  heapMb: number;
  longTasks: number[];
  wallMs: number;
}

const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
`;

async function metrics(cdp: CDPSession): Promise<{ busyMs: number; heapMb: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map((x) => [x.name, x.value]));
  return { busyMs: (m.TaskDuration ?? 0) * 1000, heapMb: (m.JSHeapUsedSize ?? 0) / 1024 / 1024 };
}

async function busyNow(cdp: CDPSession): Promise<number> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return (list.find((x) => x.name === 'TaskDuration')?.value ?? 0) * 1000;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits at least `minMs`, then until the main thread has been (nearly) idle for 1.5 s, at most `maxMs`. */
async function settle(cdp: CDPSession, minMs: number, maxMs = 180_000): Promise<void> {
  const start = Date.now();
  await sleep(minMs);
  let last = await busyNow(cdp);
  let quietSince = Date.now();
  while (Date.now() - start < maxMs) {
    await sleep(250);
    const now = await busyNow(cdp);
    if (now - last > 15) quietSince = Date.now();
    last = now;
    if (Date.now() - quietSince >= 1500) return;
  }
}

async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => ((window as unknown as { __longTasks?: number[] }).__longTasks ?? []).slice());
}

/** Runs one step and measures it: busy time and long tasks during it, heap after it. */
async function step(page: Page, cdp: CDPSession, action: () => Promise<unknown>, minSettleMs: number, wallMs?: number, profile = false, trace: string | null = null): Promise<Sample> {
  const stopTrace = trace ? await startTrace(cdp, trace) : null;
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const before = await metrics(cdp);
  const ltBefore = (await longTasks(page)).length;
  const t0 = Date.now();
  await action();
  if (wallMs !== undefined) await sleep(Math.max(0, wallMs - (Date.now() - t0)));
  else await settle(cdp, minSettleMs);
  const after = await metrics(cdp);
  const lts = (await longTasks(page)).slice(ltBefore);
  if (profile) printProfile((await cdp.send('Profiler.stop')).profile);
  await stopTrace?.();
  return { busyMs: after.busyMs - before.busyMs, heapMb: after.heapMb, longTasks: lts, wallMs: Date.now() - t0 };
}

/** A page view from navigation: everything the page did from the start, measured once it settled. */
async function pageView(page: Page, cdp: CDPSession, url: string, wallMs?: number, profile = false, trace: string | null = null): Promise<Sample> {
  const stopTrace = trace ? await startTrace(cdp, trace) : null;
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  // Idle work (requestIdleCallback, 4 s timeout) and its IndexedDB writes come within this window.
  if (wallMs !== undefined) await sleep(Math.max(0, wallMs - (Date.now() - t0)));
  else await settle(cdp, 6000);
  const m = await metrics(cdp);
  if (profile) printProfile((await cdp.send('Profiler.stop')).profile);
  await stopTrace?.();
  return { busyMs: m.busyMs, heapMb: m.heapMb, longTasks: await longTasks(page), wallMs: Date.now() - t0 };
}

type StepName = 'page view' | 'second page view' | 'panel open' | 'first question' | 'first recommendation' | 'what goes with this' | 'strip render' | 'panel open, next page view';
const STEPS: StepName[] = ['page view', 'second page view', 'panel open', 'first question', 'first recommendation', 'what goes with this', 'strip render', 'panel open, next page view'];

const ask = (q: string) => (page: Page) =>
  page.evaluate(async (question) => {
    const guide = document.querySelector('shop-guide') as HTMLElement & { ask(q: string): Promise<unknown> };
    await guide.ask(question);
  }, q);

async function openPanel(page: Page): Promise<void> {
  await page.hover('shop-guide >> .launcher');
  await page.click('shop-guide >> .launcher');
  // Ready when the conversation's text box shows and the assistant is loaded (catalog, search index).
  await page.waitForSelector('shop-guide >> textarea', { timeout: 60_000 });
}

const interactions: Record<Exclude<StepName, 'page view' | 'second page view' | 'panel open, next page view'>, (page: Page) => Promise<unknown>> = {
  'panel open': openPanel,
  'first question': ask('waterproof jacket under $150'),
  'first recommendation': ask('recommend something for me'),
  'what goes with this': ask('what goes with this?'),
  'strip render': async (page) => {
    await page.evaluate(() => document.querySelector('shop-guide-recommendations')!.scrollIntoView());
    await page.waitForFunction(() => /ready|empty|error/.test(document.querySelector('shop-guide-recommendations')!.getAttribute('state') ?? ''), null, { timeout: 120_000 });
  },
};

async function session(browser: Browser, origin: string, n: number, widget: boolean, walls?: Map<StepName, number>): Promise<Map<StepName, Sample>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(LONG_TASK_OBSERVER);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.warn(`  [page error] ${e.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const url = `${origin}/page-${n}.html?widget=${widget ? 1 : 0}`;
  const out = new Map<StepName, Sample>();
  out.set('page view', await pageView(page, cdp, url, walls?.get('page view'), widget && PROFILE === 'page view', widget && TRACE.has('page view') ? 'page view' : null));
  out.set('second page view', await pageView(page, cdp, url, walls?.get('second page view'), widget && PROFILE === 'second page view', widget && TRACE.has('second page view') ? 'second page view' : null));
  for (const name of STEPS.slice(2, -1) as (keyof typeof interactions)[]) {
    if (UNTIL && STEPS.indexOf(name) > STEPS.indexOf(UNTIL as StepName)) break;
    const wall = walls?.get(name);
    out.set(name, await step(page, cdp, widget ? () => interactions[name](page) : async () => {}, 1500, widget ? undefined : wall, widget && PROFILE === name, widget && TRACE.has(name) ? name : null));
  }
  if (UNTIL && UNTIL !== 'panel open, next page view') {
    await context.close();
    return out;
  }
  // A returning shopper opens the assistant on the next page: the feed is revalidated (304) and read from IndexedDB.
  const next: StepName = 'panel open, next page view';
  await pageView(page, cdp, url, 8000);
  out.set(next, await step(page, cdp, widget ? () => openPanel(page) : async () => {}, 1500, widget ? undefined : walls?.get(next), widget && PROFILE === next, widget && TRACE.has(next) ? next : null));
  await context.close();
  return out;
}

/** Top functions by self time (and the ones they were called from) of a CPU profile. */
function printProfile(profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const label = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  };
  // Busy stretches between idle samples approximate tasks: show what filled the long ones.
  let task = new Map<string, number>();
  let taskMs = 0;
  const long: { ms: number; top: [string, number][] }[] = [];
  const close = () => {
    if (taskMs > 50) long.push({ ms: taskMs, top: [...task].sort((x, y) => y[1] - x[1]).slice(0, 4) });
    task = new Map();
    taskMs = 0;
  };
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    const f = byId.get(id)!.callFrame;
    const ms = (deltas[i] ?? 0) / 1000;
    if (f.functionName === '(idle)') {
      close();
      continue;
    }
    taskMs += ms;
    if (f.functionName === '(program)' || f.functionName === '(garbage collector)') {
      self.set(f.functionName, (self.get(f.functionName) ?? 0) + ms);
      task.set(f.functionName, (task.get(f.functionName) ?? 0) + ms);
      continue;
    }
    // Attribute to the first frames of the stack so callers show.
    let chain = label(id);
    let p = parent.get(id);
    for (let k = 0; k < 3 && p !== undefined && byId.get(p)!.callFrame.functionName !== '(root)'; k++, p = parent.get(p)) chain += ' < ' + label(p);
    self.set(chain, (self.get(chain) ?? 0) + ms);
    task.set(chain, (task.get(chain) ?? 0) + ms);
  }
  close();
  console.log('  profile (self ms, with callers):');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${v.toFixed(0).padStart(6)}  ${k}`);
  console.log(`  busy stretches over 50 ms: ${long.length}`);
  for (const t of long.sort((x, y) => y.ms - x.ms).slice(0, 12)) {
    console.log(`    ${t.ms.toFixed(0)} ms`);
    for (const [k, v] of t.top) console.log(`      ${v.toFixed(0).padStart(5)}  ${k}`);
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
}

async function main(): Promise<void> {
  const server = createServer(serve);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const rows: Record<string, string>[] = [];
  const failures: string[] = [];
  try {
    for (const n of SIZES) {
      feed(n); // generate before timing anything
      const withRuns: Map<StepName, Sample>[] = [];
      const withoutRuns: Map<StepName, Sample>[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const bytesBefore = stats.feedBytes;
        const w = await session(browser, origin, n, true);
        withRuns.push(w);
        console.log(`  ${n} products, round ${r + 1}: feed downloaded ${((stats.feedBytes - bytesBefore) / 1e6).toFixed(1)} MB, 304s so far ${stats.notModified}`);
        // The page without the widget, for the same wall time per step (so timers and idle work compare).
        withoutRuns.push(BASELINE ? await session(browser, origin, n, false, new Map([...w].map(([k, v]) => [k, v.wallMs]))) : new Map([...w].map(([k, v]) => [k, { ...v, busyMs: 0, heapMb: 0 }])));
      }
      for (const name of STEPS) {
        if (!withRuns[0]!.has(name)) continue;
        const w = withRuns.map((m) => m.get(name)!);
        const wo = withoutRuns.map((m) => m.get(name)!);
        const busy = median(w.map((s, i) => s.busyMs - wo[i]!.busyMs));
        const heap = median(w.map((s, i) => s.heapMb - wo[i]!.heapMb));
        const lts = w.flatMap((s) => s.longTasks);
        const maxLt = lts.length ? Math.max(...lts) : 0;
        rows.push({
          products: n.toLocaleString('en'),
          step: name,
          'busy added': `${busy.toFixed(0)} ms`,
          'long tasks (>50 ms)': lts.length ? `${lts.length} (max ${maxLt.toFixed(0)} ms)` : '0',
          'heap added': `${heap.toFixed(1)} MB`,
          'wall': `${(median(w.map((s) => s.wallMs)) / 1000).toFixed(1)} s`,
        });
        if (lts.some((d) => d > LONG_TASK_MS)) failures.push(`${n} ${name}: ${lts.length} long task(s), max ${maxLt.toFixed(0)} ms`);
        if (name === 'page view' && n >= 100_000) {
          if (busy > TARGET_IDLE_BUSY_MS) failures.push(`${n} page view: ${busy.toFixed(0)} ms added main-thread time (target ≤ ${TARGET_IDLE_BUSY_MS})`);
          if (heap > TARGET_IDLE_HEAP_MB) failures.push(`${n} page view: ${heap.toFixed(1)} MB added heap (target ≤ ${TARGET_IDLE_HEAP_MB})`);
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const cols = Object.keys(rows[0] ?? {});
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((s, i) => s.padEnd(widths[i]!)).join(' | ') + ' |';
  console.log(`\nHost page with vs without shop-guide (headless Chromium, ${ROUNDS} paired round(s), median)`);
  console.log(line(cols));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => r[c]!)));
  if (failures.length) {
    console.log(`\nMissed targets:\n  ${failures.join('\n  ')}`);
    if (!KEEP_GOING) process.exitCode = 1;
  } else console.log('\nAll targets met.');
}

await main();
