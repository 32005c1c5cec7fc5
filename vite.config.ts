import { defineConfig, type Plugin } from 'vite';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page of the generated demo shop, for the multi-page demo build. */
function demoPages(dir = 'demo'): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'scripts') Object.assign(pages, demoPages(path));
    } else if (name.endsWith('.html')) {
      pages[relative('demo', path).replace(/\.html$/, '').replace(/[\\/]/g, '-')] = path;
    }
  }
  return pages;
}

/** The dev server's root is the repo; send `/` to the demo shop. */
const demoRedirect: Plugin = {
  name: 'shop-guide-demo-redirect',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      } else next();
    });
  },
};

export default defineConfig(({ mode }) => {
  const shared = {
    // Chunk and worker URLs resolve against the script itself, not the host page's root:
    // the widget is loaded from wherever the shop puts it.
    base: './',
    worker: { format: 'es' as const },
    server: { open: '/demo/' },
    // Pre-bundle every dependency up front: the dev server otherwise finds the ones only lazy chunks
    // and the model worker import on first use, and reloads the page in the middle of a conversation.
    optimizeDeps: {
      include: ['lit', 'lit/decorators.js', 'lit/directives/repeat.js', 'lit/directive.js', 'idb', '@mlc-ai/web-llm'],
    },
    plugins: [demoRedirect],
  };

  if (mode === 'demo') {
    // The demo shop as a static site (dist-demo/), e.g. to host it or run e2e tests against a build.
    return {
      ...shared,
      base: '/',
      build: {
        outDir: 'dist-demo',
        emptyOutDir: true,
        rollupOptions: { input: demoPages() },
      },
    };
  }

  // The embeddable library: dist/shop-guide.js plus lazily loaded chunks and the model worker.
  return {
    ...shared,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      copyPublicDir: false,
      // SHOP_GUIDE_NO_MINIFY=1: readable names in CPU profiles (npm run bench:host -- --profile=…).
      minify: !process.env.SHOP_GUIDE_NO_MINIFY,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: 'src/index.ts',
        formats: ['es'],
        fileName: () => 'shop-guide.js',
      },
      rollupOptions: {
        // Code the first script shares with lazy chunks (strings, the element base, events) stays in
        // shop-guide.js, which lazy chunks then import from: one request on first load, not five.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Vite leaves whitespace in ES-format library builds; the first-load budget wants it gone.
          minify: !process.env.SHOP_GUIDE_NO_MINIFY,
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
});
