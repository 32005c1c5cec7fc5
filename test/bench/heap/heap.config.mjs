/**
 * `npm run bench:heap`: the heap bench alone, in a Chromium that lets the page force a GC and read
 * exact heap sizes. HEAP_PRODUCTS=5000 for another size.
 */
import base, { chromium } from '../../web-test-runner.config.mjs';

const products = Number(process.env.HEAP_PRODUCTS ?? 100_000);

export default {
  ...base,
  files: ['test/bench/heap/heap.run.ts'],
  concurrency: 1,
  groups: [],
  browsers: [chromium(['--js-flags=--expose-gc', '--enable-precise-memory-info'])],
  testFramework: { config: { timeout: 30 * 60 * 1000 } },
  testRunnerHtml: (testFramework) =>
    `<html><body><script>window.__HEAP_PRODUCTS__ = ${products};</script><script type="module" src="${testFramework}"></script></body></html>`,
};
