/**
 * `npm run bench:prepare`: the recommender's prepare at 100,000 products, its models built on the page
 * in slices and in the model worker. PREPARE_PRODUCTS=5000 for another size.
 */
import base from '../../web-test-runner.config.mjs';

const products = Number(process.env.PREPARE_PRODUCTS ?? 100_000);

export default {
  ...base,
  files: ['test/bench/host/prepare.run.ts'],
  concurrency: 1,
  groups: [],
  testFramework: { config: { timeout: 30 * 60 * 1000 } },
  testRunnerHtml: (testFramework) =>
    `<html><body><script>window.__PREPARE_PRODUCTS__ = ${products};</script><script type="module" src="${testFramework}"></script></body></html>`,
};
