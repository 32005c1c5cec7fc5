/**
 * `npm run bench`: every test/bench/**\/*.bench.ts runs in headless Chromium, one file at a time (stable
 * timings). A bench is a mocha file: it prints its figures with console.log (shown below the file's
 * name) and asserts the issue's targets, so a missed target fails the run.
 */
import base, { chromium } from '../web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/bench/**/*.bench.ts'],
  concurrency: 1,
  // Precise performance.memory: the catalog-formats bench tells slices that held a garbage collection;
  // gc(): it starts each format on a collected heap, as a page of its own would.
  browsers: [chromium(['--enable-precise-memory-info', '--js-flags=--expose-gc'])],
  groups: [],
  testFramework: { config: { timeout: 10 * 60 * 1000 } },
};
