import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summaryReporter } from './summary-reporter.mjs';
import { tabsPlugin } from './history/tabs-plugin.mjs';

/** Debian's Chromium (test tools cannot download browsers here); override with CHROME_PATH. */
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags measured to work offline and headless (../shared/notes/platform-facts.md). */
const baseArgs = [
  '--headless=new',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * A launcher with a fresh user-data-dir; `extraArgs` e.g. turn on software WebGPU.
 * Each page (one per concurrently running test file) gets its own browser context, so its own
 * localStorage and IndexedDB: events that track() parks in localStorage are drained by whichever tab
 * flushes first (right for a shop's tabs, which share one history), so two files running at once
 * wrote each other's events into their own test databases — a dismissal recorded in another file's
 * history, a stranger's clicks reordering a strip.
 */
export function chromium(extraArgs = []) {
  return chromeLauncher({
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    launchOptions: {
      executablePath,
      headless: true,
      userDataDir: mkdtempSync(join(tmpdir(), 'shop-guide-chrome-')),
      args: [...baseArgs, ...extraArgs],
    },
  });
}

/**
 * WebGPU through SwiftShader (a real software adapter without shader-f16) for the model layer's
 * `*.webgpu-test.ts` files. Part of whole-suite runs (`npm test`); run alone with
 * `--group webgpu-swiftshader` (`npm run test:webgpu`). Runs that name their own test files leave it
 * out (the benchmark config drops it too).
 */
const swiftShaderArgs = ['--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-webgpu-adapter=swiftshader', '--use-vulkan=swiftshader'];
const namesFiles = process.argv.slice(2).some((a) => !a.startsWith('-') && /\.ts$|\*/.test(a));

/** Serves public/ at the root as Vite does, so demo pages (catalog-src, images) work in e2e tests. */
function publicDir(ctx, next) {
  if (/^\/demo-(?:data|images)\//.test(ctx.url)) ctx.url = `/public${ctx.url}`;
  return next();
}

/**
 * `executeServerCommand('bring-to-front')`: makes the test's tab the visible one. Test files run two at
 * a time in tabs of one browser; the hidden tab gets no rendering, so no IntersectionObserver callbacks
 * (what a recommendation strip loads on).
 */
const bringToFront = {
  name: 'shop-guide-bring-to-front',
  async executeCommand({ command, session }) {
    if (command !== 'bring-to-front') return undefined;
    const page = session.browser.getPage?.(session.id);
    if (!page) return false;
    await page.bringToFront();
    return true;
  },
};

export default {
  rootDir: '.',
  middleware: [publicDir],
  files: ['test/**/*.test.ts', '!test/bench/**'],
  nodeResolve: { exportConditions: ['browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), tabsPlugin(), bringToFront],
  browsers: [chromium()],
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 120000,
  reporters: [defaultReporter(), summaryReporter()],
  groups: !namesFiles ? [{ name: 'webgpu-swiftshader', files: ['test/**/*.webgpu-test.ts'], browsers: [chromium(swiftShaderArgs)] }] : [],
};
