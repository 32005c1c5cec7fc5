/**
 * `npm run eval:recs -- --train TRAIN.tsv --test TEST.tsv` — offline evaluation of the recommender
 * (Node; see evaluate.ts for the protocol). Options:
 *
 *   --log ALL.tsv --test-days 1    one log, split by time instead of two files
 *   --max N                        evaluate at most N predictions per model (sample a big test set)
 *   --weights sessionKnn=0.6,itemKnn=0.3,popularity=0.1   blend weights to try (for-you mode)
 *   --k 100 --sample 1000          V-SKNN neighbours and sampled sessions (shipped settings otherwise)
 *   --only V-SKNN,blend            only the models whose names start so
 *   --json                         print the results as JSON
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { SIGNALS } from '../recommender.ts';
import type { BlendWeights } from '../types.ts';
import { alignTest, evaluate, formatResults, splitByTime, standardModels } from './evaluate.ts';
import { SessionLogReader, type LoggedSession } from './session-log.ts';

function args(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) out.set(a.slice(2), 'true');
    else out.set(a.slice(2), (i++, next));
  }
  return out;
}

async function read(path: string): Promise<LoggedSession[]> {
  const reader = new SessionLogReader();
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) reader.push(line);
  if (reader.skipped) console.error(`${path}: skipped ${reader.skipped} unreadable lines`);
  return reader.finish();
}

function parseWeights(s: string | undefined): Partial<BlendWeights> | undefined {
  if (!s) return undefined;
  const out: Partial<BlendWeights> = {};
  for (const pair of s.split(',')) {
    const [k, v] = pair.split('=');
    if (!SIGNALS.includes(k as never) || !Number.isFinite(Number(v))) throw new Error(`bad weight "${pair}" (signals: ${SIGNALS.join(', ')})`);
    out[k as keyof BlendWeights] = Number(v);
  }
  return out;
}

async function main(): Promise<void> {
  const a = args(process.argv.slice(2));
  let train: LoggedSession[];
  let test: LoggedSession[];
  if (a.has('log')) {
    ({ train, test } = splitByTime(await read(a.get('log')!), Number(a.get('test-days') ?? 1)));
  } else if (a.has('train') && a.has('test')) {
    [train, test] = await Promise.all([read(a.get('train')!), read(a.get('test')!)]);
  } else {
    console.error('usage: npm run eval:recs -- --train TRAIN.tsv --test TEST.tsv [--max N] [--weights k=v,…] [--json]');
    process.exit(2);
  }
  const aligned = alignTest(train, test);
  const clicks = train.reduce((n, s) => n + s.items.length, 0);
  const items = new Set(train.flatMap((s) => s.items)).size;
  const predictions = aligned.reduce((n, s) => n + s.items.length - 1, 0);
  console.error(
    `train: ${train.length} sessions, ${clicks} clicks, ${items} items; test: ${aligned.length} sessions (of ${test.length}), ${predictions} predictions`,
  );
  const k = a.has('k') ? Number(a.get('k')) : undefined;
  const sample = a.has('sample') ? Number(a.get('sample')) : undefined;
  const sessionKnn = k !== undefined || sample !== undefined ? { ...(k !== undefined && { k }), ...(sample !== undefined && { sample }) } : undefined;
  const only = a.get('only')?.split(',').map((x) => x.trim()).filter(Boolean);
  const models = standardModels(train, { weights: parseWeights(a.get('weights')), sessionKnn, only });
  const results = evaluate(aligned, models, {
    maxPredictions: a.has('max') ? Number(a.get('max')) : undefined,
    onProgress: (m, done, total) => console.error(`  ${m}: ${done}/${total}`),
  });
  if (a.has('json')) console.log(JSON.stringify(results, null, 2));
  else console.log(formatResults(results));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
