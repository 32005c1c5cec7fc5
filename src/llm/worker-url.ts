/**
 * Starts the model worker. Vite turns `new Worker(new URL('./llm.worker.ts', import.meta.url))` into
 * a separate chunk (web-llm lands only there) whose URL resolves next to the widget's script.
 *
 * Module workers must be same-origin with the page. When the widget is served from another origin
 * (a CDN), `Worker` below — a local class shadowing the global one, so Vite still recognises the
 * pattern — starts a same-origin blob worker that imports the real one instead. That needs CORS
 * headers on the CDN and, under a Content-Security-Policy, `worker-src blob:`. Self-hosting the
 * widget next to the shop's pages avoids both.
 */
const NativeWorker = globalThis.Worker;

class Worker extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(startableWorkerUrl(String(url)), options);
  }
}

/** `href` itself when the page may start it as a module worker, else a same-origin shim that imports it. */
export function startableWorkerUrl(href: string): string {
  const url = new URL(href, location.href);
  if (url.origin === location.origin || url.protocol === 'blob:' || url.protocol === 'data:') return url.href;
  return moduleShimUrl(url.href);
}

/** A blob: module that only imports `href` (revoked after a minute; the worker has fetched it by then). */
export function moduleShimUrl(href: string): string {
  const shim = URL.createObjectURL(new Blob([`import ${JSON.stringify(href)};\n`], { type: 'text/javascript' }));
  setTimeout(() => URL.revokeObjectURL(shim), 60_000);
  return shim;
}

export function createLlmWorker(): globalThis.Worker {
  return new Worker(new URL('./llm.worker.ts', import.meta.url), { type: 'module', name: 'shop-guide-llm' });
}
