/**
 * `npm run eval:dialogue`: the labelled dialogues (test/dialogue/dev, test/dialogue/holdout) run through
 * the real widget on the shops' real pages in headless Chromium, retrieval-only. Prints pass rates per
 * class, per shop/language and overall (held-out separately), writes the dev failures to
 * test/.tmp/dialogue-report.txt, and fails when the dev pass rate is below the threshold.
 *
 *   DIALOGUE_THRESHOLD=0.97   minimum dev pass rate (default 0.97); DIALOGUE_HOLDOUT_THRESHOLD likewise (default: none)
 *   DIALOGUE_ONLY=regex       run only the dialogues whose id matches (no threshold then)
 *
 * One test file per shop and language (shards/), two at a time in their own browser pages; the plugin
 * below collects their results, prints the report once all are in and hands the last shard the verdict.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import base from '../web-test-runner.config.mjs';

const SHARDS = ['demo.en', 'demo.zh', 'home.en', 'home.zh'];
const only = process.env.DIALOGUE_ONLY || '';
const options = {
  threshold: only ? 0 : Number(process.env.DIALOGUE_THRESHOLD ?? 0.97),
  holdoutThreshold: only ? 0 : Number(process.env.DIALOGUE_HOLDOUT_THRESHOLD ?? 0),
  only,
};

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');

function table(title, rows) {
  const width = Math.max(...rows.map(([k]) => k.length), 14);
  return [title, ...rows.map(([k, pass, total]) => `  ${k.padEnd(width)}  ${String(pass).padStart(4)}/${String(total).padEnd(4)} ${pct(pass, total).padStart(6)}`)].join('\n');
}

function group(results, key) {
  const m = new Map();
  for (const r of results) {
    const k = key(r);
    const g = m.get(k) ?? [0, 0];
    g[0] += r.pass ? 1 : 0;
    g[1] += 1;
    m.set(k, g);
  }
  return [...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, [p, t]]) => [k, p, t]);
}

const rate = (rs) => (rs.length ? rs.filter((r) => r.pass).length / rs.length : 1);

function report(shards, seconds) {
  const dev = SHARDS.flatMap((k) => shards.get(k).dev);
  const holdout = SHARDS.flatMap((k) => shards.get(k).holdout);
  const sum = (rs) => [rs.filter((r) => r.pass).length, rs.length];
  const time = [...shards.values()].map((s) => s.time);
  const mean = (f) => time.reduce((a, t) => a + f(t), 0) / Math.max(1, time.length);
  const lines = [];
  lines.push(
    `\nDialogue benchmark (retrieval-only, ${seconds.toFixed(0)} s; per dialogue: page ${mean((t) => t.pageMeanMs).toFixed(0)} ms, first answer ${mean((t) => t.firstAskMeanMs).toFixed(0)} ms; later answers ${mean((t) => t.askMeanMs).toFixed(0)} ms)${only ? ` — only ${only}` : ''}`,
  );
  lines.push(table('dev, by class', group(dev, (r) => r.class)));
  lines.push(table('dev, by shop/language', group(dev, (r) => `${r.shop}.${r.lang}`)));
  lines.push(table('dev, by page', group(dev, (r) => (r.onPage ? 'product page' : 'listing page'))));
  const [dp, dt] = sum(dev);
  lines.push(`DEV OVERALL: ${dp}/${dt} = ${pct(dp, dt)} (threshold ${(options.threshold * 100).toFixed(0)}%)`);
  if (holdout.length) {
    lines.push(table('held-out, by class', group(holdout, (r) => r.class)));
    lines.push(table('held-out, by shop/language', group(holdout, (r) => `${r.shop}.${r.lang}`)));
    const [hp, ht] = sum(holdout);
    lines.push(`HELD-OUT OVERALL: ${hp}/${ht} = ${pct(hp, ht)}`);
  }
  const failures = dev
    .filter((r) => !r.pass)
    .map((r) => `${r.dialogue}#${r.turn} [${r.class}] ${r.shop}.${r.lang}${r.onPage ? ` on ${r.page}` : ''}\n  asked: ${r.say}\n  expected: ${r.expect}\n  got: ${r.got}\n  why: ${r.fails.join('; ')}\n`)
    .join('\n');
  mkdirSync('test/.tmp', { recursive: true });
  writeFileSync('test/.tmp/dialogue-report.txt', `${lines.join('\n')}\n\nFailures (dev set)\n\n${failures || 'none\n'}`);
  lines.push('failures: test/.tmp/dialogue-report.txt');
  console.log(lines.join('\n'));
  return { devRate: rate(dev), holdoutRate: rate(holdout) };
}

/** Server side: options for the shards, their results, and the one report once all are in. */
function dialoguePlugin() {
  const shards = new Map();
  const started = Date.now();
  return {
    name: 'dialogue-benchmark',
    async executeCommand({ command, payload }) {
      if (command === 'dialogue-options') return options;
      if (command === 'dialogue-report') {
        shards.set(payload.shard, payload);
        // The last shard gets the whole run's pass rates (and asserts them); the others just go on
        // (a command answered with null would read as "no plugin handles it").
        return SHARDS.every((k) => shards.has(k)) ? { done: true, ...report(shards, (Date.now() - started) / 1000) } : { done: false };
      }
      return undefined;
    },
  };
}

/**
 * Each dialogue's page gets its own history database: the page is served with one line that sets the
 * widget's test hook (services.ts `serviceConfig.dbName`) before the widget loads. Nothing else differs
 * from the page `npm run demo` serves.
 */
function ownHistory(ctx, next) {
  const db = ctx.query?.['sg-db'];
  if (!db || !/^\/demo\/.*\.html$/.test(ctx.path)) return next();
  const html = readFileSync(join(process.cwd(), ctx.path), 'utf8');
  const hook = `<script type="module">import { serviceConfig } from '/src/runtime/services.ts'; serviceConfig.dbName = ${JSON.stringify(String(db))};</script>\n`;
  ctx.type = 'html';
  ctx.body = html.replace('<script type="module" src="/src/index.ts"></script>', `${hook}<script type="module" src="/src/index.ts"></script>`);
  return undefined;
}

export default {
  ...base,
  files: SHARDS.map((k) => `test/dialogue/shards/${k}.dialogue.ts`),
  middleware: [ownHistory, ...base.middleware],
  concurrency: 2,
  groups: [],
  plugins: [...base.plugins, dialoguePlugin()],
  testFramework: { config: { timeout: 30 * 60 * 1000 } },
  testsFinishTimeout: 40 * 60 * 1000,
};
