/**
 * `npm run test:real-engine`: the real @mlc-ai/web-llm engine, in the product's model worker, on
 * Chromium's software WebGPU adapter (SwiftShader), loading an embedding model whose weights are
 * generated at test time (model-files.mjs) and served by this test server (model-server.mjs).
 *
 * The page runs on 127.0.0.1, not localhost: web-llm never caches a model library whose URL contains
 * "localhost", and the tests check that a second load fetches nothing.
 * One browser, one file at a time: each load compiles ~40 GPU shaders on the 2 CPU cores.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromium } from '../web-test-runner.config.mjs';
import { summaryReporter } from '../summary-reporter.mjs';
import { modelServer } from './model-server.mjs';

/** public/ at the root as Vite serves it: the demo catalog's product images in the widget's answers. */
function publicDir(ctx, next) {
  if (/^\/demo-(?:data|images)\//.test(ctx.url)) ctx.url = `/public${ctx.url}`;
  return next();
}

export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  middleware: [modelServer(), publicDir],
  // `.real-test.ts`, so the main suite's `test/**/*.test.ts` leaves them out.
  files: ['test/real-engine/**/*.real-test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [chromium(['--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-webgpu-adapter=swiftshader', '--use-vulkan=swiftshader'])],
  concurrency: 1,
  testFramework: { config: { timeout: 120000 } },
  testsFinishTimeout: 15 * 60 * 1000,
  browserStartTimeout: 120000,
  reporters: [defaultReporter(), summaryReporter()],
};
