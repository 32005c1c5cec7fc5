/**
 * `npm run eval:dialogue`: the labelled dialogues (test/dialogue/dev, test/dialogue/holdout) run through
 * the real widget on the shops' real pages in headless Chromium, retrieval-only. Prints pass rates per
 * class, per shop/language and overall (held-out separately), writes the dev failures to
 * test/.tmp/dialogue-report.txt, and fails when the dev pass rate is below the threshold.
 *
 *   DIALOGUE_THRESHOLD=0.97   minimum dev pass rate (default 0.97); DIALOGUE_HOLDOUT_THRESHOLD likewise (default: none)
 *   DIALOGUE_ONLY=regex       run only the dialogues whose id matches (no threshold then)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import base from '../web-test-runner.config.mjs';

const only = process.env.DIALOGUE_ONLY || '';
const options = {
  threshold: only ? 0 : Number(process.env.DIALOGUE_THRESHOLD ?? 0.97),
  holdoutThreshold: only ? 0 : Number(process.env.DIALOGUE_HOLDOUT_THRESHOLD ?? 0),
  only,
};

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');

function table(title, rows) {
  const width = Math.max(...rows.map(([k]) => k.length), title.length);
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

/** Server side: the options for the browser, and the report (printed here so it is not lost in the browser log). */
function dialoguePlugin() {
  return {
    name: 'dialogue-benchmark',
    async executeCommand({ command, payload }) {
      if (command === 'dialogue-options') return options;
      if (command !== 'dialogue-report') return undefined;
      const { dev, holdout, seconds, time } = payload;
      const lines = [];
      const sum = (rs) => [rs.filter((r) => r.pass).length, rs.length];
      lines.push(`\nDialogue benchmark (retrieval-only, ${seconds.toFixed(0)} s: pages ${(time.pagesMs / 1000).toFixed(0)} s, first answer of a dialogue ${time.firstAskMeanMs.toFixed(0)} ms, later answers ${time.askMeanMs.toFixed(0)} ms on average)${only ? ` — only ${only}` : ''}`);
      lines.push(table('dev, by class', group(dev, (r) => r.class)));
      lines.push(table('dev, by shop/language', group(dev, (r) => `${r.shop}.${r.lang}`)));
      lines.push(table('dev, on product pages / listing pages', group(dev, (r) => (r.onPage ? 'product page' : 'listing page'))));
      const [dp, dt] = sum(dev);
      lines.push(`DEV OVERALL: ${dp}/${dt} = ${pct(dp, dt)} (threshold ${(options.threshold * 100).toFixed(0)}%)`);
      if (holdout.length) {
        lines.push(table('held-out, by class', group(holdout, (r) => r.class)));
        const [hp, ht] = sum(holdout);
        lines.push(`HELD-OUT OVERALL: ${hp}/${ht} = ${pct(hp, ht)}`);
      }
      const report = dev
        .filter((r) => !r.pass)
        .map((r) => `${r.dialogue}#${r.turn} [${r.class}] ${r.shop}.${r.lang}${r.onPage ? ` on ${r.page}` : ''}\n  asked: ${r.say}\n  expected: ${r.expect}\n  got: ${r.got}\n  why: ${r.fails.join('; ')}\n`)
        .join('\n');
      mkdirSync('test/.tmp', { recursive: true });
      writeFileSync('test/.tmp/dialogue-report.txt', `${lines.join('\n')}\n\nFailures (dev set)\n\n${report || 'none\n'}`);
      lines.push('failures: test/.tmp/dialogue-report.txt');
      console.log(lines.join('\n'));
      return true;
    },
  };
}

export default {
  ...base,
  files: ['test/dialogue/eval.dialogue.ts'],
  concurrency: 1,
  groups: [],
  plugins: [...base.plugins, dialoguePlugin()],
  testFramework: { config: { timeout: 30 * 60 * 1000 } },
  testsFinishTimeout: 30 * 60 * 1000,
};
