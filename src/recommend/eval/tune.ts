/**
 * `npm run tune:recs -- --train TRAIN_TR.tsv --valid TRAIN_VALID.tsv [--write] [--max N] [--stages methods,blend,joint] [--rounds 2]` — chooses the
 * recommender's defaults on a validation split only (session-rec's train_tr → train_valid; the test
 * split is never read here), then, with --write, rewrites src/recommend/tuned.ts.
 *
 *   1. Each neighbour method on its own (V-SKNN, V-STAN, SR): coordinate ascent over session-rec's
 *      parameter grids (conf/example_opt.yml and the STAN/V-STAN papers' ranges), from session-rec's
 *      published settings.
 *   2. The for-you blend of the real recommender (createRecommender, diversity off, as eval:recs
 *      measures it) over the tuned methods: coordinate ascent over the signal weights, then popularity's
 *      half-life and the item embedding's window and dimensions.
 *   3. (`joint`) The blend's weights and the methods' settings together, through the blend.
 *
 * `--stages blend` tunes the blend alone, over the methods' settings in tuned.ts (written by an earlier
 * `--stages methods --write`); `--stages joint` then tunes the blend's weights and the methods' settings
 * together (3. above), from tuned.ts. Objective: HR@20 + MRR@20 (the issue asks for both). Progress goes to stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ItemEmbeddingOptions } from '../item-embedding.ts';
import type { SequentialRulesOptions } from '../sequential-rules.ts';
import type { SessionNeighboursOptions } from '../session-neighbours.ts';
import { TUNED } from '../tuned.ts';
import type { BlendWeights } from '../types.ts';
import { alignTest, evaluate, REFERENCE_SETTINGS, standardModels, type ModelOptions } from './evaluate.ts';
import { parseSessionLog, type LoggedSession } from './session-log.ts';

type Params = Record<string, unknown>;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : (process.argv[i + 1] ?? 'true');
}

const read = (path: string) => parseSessionLog(readFileSync(path, 'utf8'));

/** Coordinate ascent: each parameter in turn over its grid, keeping any improvement; until a round changes nothing. */
function ascend<T extends Params>(label: string, start: T, grid: Partial<Record<keyof T, readonly unknown[]>>, score: (p: T) => number, rounds: number): { best: T; value: number } {
  let best = start;
  let value = score(best);
  console.error(`${label}: start ${value.toFixed(4)} ${JSON.stringify(best)}`);
  for (let r = 0; r < rounds; r++) {
    let changed = false;
    for (const key of Object.keys(grid) as (keyof T)[]) {
      for (const v of grid[key]!) {
        if (best[key] === v) continue;
        const trial = { ...best, [key]: v };
        const s = score(trial);
        if (s > value + 1e-5) {
          value = s;
          best = trial;
          changed = true;
          console.error(`${label}: ${String(key)}=${String(v)} → ${value.toFixed(4)}`);
        }
      }
    }
    if (!changed) break;
  }
  return { best, value };
}

function main(): void {
  const trainPath = arg('train');
  const validPath = arg('valid');
  if (!trainPath || !validPath) {
    console.error('usage: npm run tune:recs -- --train TRAIN_TR.tsv --valid TRAIN_VALID.tsv [--write] [--max N] [--stages methods,blend,joint] [--rounds N]');
    process.exit(2);
  }
  const train: LoggedSession[] = read(trainPath);
  const valid = alignTest(train, read(validPath));
  const max = arg('max') ? Number(arg('max')) : undefined;
  const stages = (arg('stages') ?? 'methods,blend').split(',');
  const rounds = Number(arg('rounds') ?? 2);
  console.error(`validation: ${train.length} training sessions, ${valid.length} validation sessions`);

  const run = (only: string, options: ModelOptions) => {
    const [r] = evaluate(valid, standardModels(train, { ...options, only: [only] }), { maxPredictions: max });
    return r!.metrics;
  };
  const objective = (m: { hr20: number; mrr20: number }) => m.hr20 + m.mrr20;

  const tuneMethods = () => {
    const sknn = ascend<SessionNeighboursOptions & Params>(
      'V-SKNN',
      { ...REFERENCE_SETTINGS.vsknn },
      {
        k: [50, 100, 200, 500, 1000, 1500],
        sample: [500, 1000, 2500, 5000, 10000],
        weighting: ['same', 'div', 'linear', 'quadratic', 'log'],
        weightingScore: ['same', 'div', 'linear', 'quadratic', 'log'],
        idf: [0, 1, 2, 5, 10],
      },
      (p) => objective(run('V-SKNN (shipped', { sessionKnn: p })),
      rounds,
    ).best;

    const stan = ascend<SessionNeighboursOptions & Params>(
      'V-STAN',
      { ...REFERENCE_SETTINGS['vstan-hr'] },
      {
        k: [100, 200, 500, 1000, 2000],
        sample: [1000, 2500, 5000, 10000],
        spw: [0.5, 1, 2, 4, 8],
        snh: [0, 1, 2.5, 5, 10, 20, 40],
        inh: [0.5, 1, 2, 4, 8],
        ipw: [0.00001, 0.5, 1, 2, 4, 8],
        idfBoost: [0, 0.5, 1, 2, 5],
      },
      (p) => objective(run('V-STAN (shipped', { sessionStan: p })),
      rounds,
    ).best;

    const sr = ascend<SequentialRulesOptions & Params>(
      'SR',
      { ...REFERENCE_SETTINGS.sr, pruning: 20 },
      { steps: [1, 2, 3, 5, 8, 10, 15, 20], weighting: ['same', 'div', 'linear', 'quadratic', 'log'], pruning: [10, 20, 50, 0] },
      (p) => objective(run('SR (shipped', { sequentialRules: p })),
      rounds,
    ).best;

    return { sessionKnn: sknn, sessionStan: stan, sequentialRules: sr, itemEmbedding: TUNED.itemEmbedding };
  };
  const methods = stages.includes('methods') ? tuneMethods() : { sessionKnn: TUNED.sessionKnn, sessionStan: TUNED.sessionStan, sequentialRules: TUNED.sequentialRules, itemEmbedding: TUNED.itemEmbedding };
  if (stages.includes('methods')) write({ ...methods, trendHalfLifeDays: TUNED.trendHalfLifeDays, weights: TUNED.weights });
  const grid = [0, 0.05, 0.1, 0.2, 0.35, 0.5, 1];
  // V-STAN's weight stays 1: only the ratios matter.
  const weights = stages.includes('blend')
    ? ascend<Partial<BlendWeights> & Params>(
        'blend',
        { sessionKnn: 0.5, sessionStan: 1, sequentialRules: 0.2, contextTree: 0, embedding: 0, itemKnn: 0.1, reminder: 0, popularity: 0.03, ...TUNED.weights },
        // The embedding first (a signal the earlier weights were not tuned with), then the others around it.
        { embedding: [0, 0.05, 0.1, 0.15, 0.2, 0.35], reminder: grid, sessionKnn: grid, sequentialRules: grid, contextTree: grid, itemKnn: grid, popularity: [0, 0.01, 0.03, 0.1] },
        (w) => objective(run('blend (shop-guide for-you, diversity off)', { ...methods, weights: w })),
        rounds,
      ).best
    : TUNED.weights;

  // Popularity's recency: a handful of half-lives, at the blend's weights.
  const trend = stages.includes('blend')
    ? ascend<{ trendHalfLifeDays: number } & Params>(
        'trend',
        { trendHalfLifeDays: TUNED.trendHalfLifeDays },
        { trendHalfLifeDays: [0.25, 0.5, 1, 2, 7, 1e6] },
        (t) => objective(run('blend (shop-guide for-you, diversity off)', { ...methods, ...t, weights })),
        1,
      ).best.trendHalfLifeDays
    : TUNED.trendHalfLifeDays;
  // The embedding's shape (dimensions, co-occurrence window), through the blend, when the blend uses it.
  const itemEmbedding =
    stages.includes('blend') && weights.embedding
      ? ascend<ItemEmbeddingOptions & Params>(
          'embedding',
          { ...methods.itemEmbedding },
          { window: [1, 2, 3], dim: [32, 64, 128] },
          (e) => objective(run('blend (shop-guide for-you, diversity off)', { ...methods, itemEmbedding: e, trendHalfLifeDays: trend, weights })),
          1,
        ).best
      : methods.itemEmbedding;
  let tuned: typeof TUNED = { ...methods, itemEmbedding, trendHalfLifeDays: trend, weights };
  if (stages.includes('joint')) tuned = tuneJointly(tuned, (t) => objective(run('blend (shop-guide for-you, diversity off)', t)), rounds);
  console.log(JSON.stringify(tuned, null, 2));
  write(tuned);
}

/**
 * 3. Everything at once, through the blend: the methods were tuned alone, but in the blend each only
 *    has to add what the others miss (V-STAN, say, needs less position weighting when SR follows the
 *    last click). Coordinate ascent over the blend's weights, V-STAN's and V-SKNN's settings and
 *    popularity's half-life, each grid around the values the earlier stages chose.
 */
function tuneJointly(start: typeof TUNED, score: (t: typeof TUNED) => number, rounds: number): typeof TUNED {
  const grid: Record<string, readonly unknown[]> = {
    'weights.sessionKnn': [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5],
    'weights.sequentialRules': [0, 0.05, 0.1, 0.15, 0.2, 0.3],
    'weights.contextTree': [0, 0.05, 0.1, 0.2, 0.35, 0.5],
    'weights.embedding': [0, 0.05, 0.1, 0.15, 0.2, 0.3],
    'weights.itemKnn': [0, 0.1, 0.15, 0.2, 0.3, 0.5],
    'weights.reminder': [0.2, 0.3, 0.35, 0.4, 0.5, 0.7],
    'weights.popularity': [0, 0.01, 0.03, 0.05],
    'sessionStan.k': [500, 1000, 2000, 3000],
    'sessionStan.sample': [1000, 2500, 5000, 10000],
    'sessionStan.spw': [1, 1.5, 2, 3, 4, 8, 16],
    'sessionStan.snh': [5, 7, 10, 14, 20, 40],
    'sessionStan.inh': [2, 4, 6, 8, 12, 16],
    'sessionStan.ipw': [0.00001, 0.25, 0.5, 0.75, 1],
    'sessionStan.idfBoost': [0, 0.5, 1, 2],
    'sessionKnn.k': [200, 500, 1000, 2000],
    'sessionKnn.idf': [0, 1, 2, 5],
    'sessionKnn.weighting': ['same', 'div', 'linear', 'quadratic', 'log'],
    trendHalfLifeDays: [0.25, 0.5, 1, 2],
  };
  // The settings as one flat object ("weights.sessionKnn": 0.1, …), so the same ascent as the other stages walks them.
  const flat = (t: typeof TUNED): Params => Object.fromEntries(Object.keys(grid).map((k) => [k, k.split('.').reduce<unknown>((o, part) => (o as Params)[part], t)]));
  const nested = (p: Params): typeof TUNED => {
    let t: Params = start;
    for (const [k, v] of Object.entries(p)) {
      const [section, key] = k.split('.') as [string, string | undefined];
      t = key ? { ...t, [section]: { ...(t[section] as Params), [key]: v } } : { ...t, [section]: v };
    }
    return t as typeof TUNED;
  };
  // A signal tuned.ts has no weight for yet starts at 0 (off).
  const from = flat(start);
  for (const k of Object.keys(from)) if (k.startsWith('weights.')) from[k] ??= 0;
  return nested(ascend('joint', from, grid, (p) => score(nested(p)), rounds).best);
}

/** Rewrites the TUNED object in src/recommend/tuned.ts (with --write). */
function write(tuned: typeof TUNED): void {
  if (!arg('write')) return;
  const file = fileURLToPath(new URL('../tuned.ts', import.meta.url));
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('} = {');
  const body = (Object.keys(tuned) as (keyof typeof tuned)[]).map((k) => `  ${k}: ${JSON.stringify(tuned[k]).replace(/"([a-zA-Z]+)":/g, '$1: ').replace(/"/g, "'").replace(/,/g, ', ').replace(/^\{(.*)\}$/, '{ $1 }')},`);
  writeFileSync(file, `${text.slice(0, start)}} = {\n${body.join('\n')}\n};\n`);
  console.error(`wrote ${file}`);
}

main();
