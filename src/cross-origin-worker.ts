/**
 * Module workers must be same-origin with the page. When the widget is served from another origin
 * (a CDN), a worker is started through a same-origin blob module that imports the real one. That
 * needs CORS headers on the CDN and, under a Content-Security-Policy, `worker-src blob:` plus the CDN's
 * origin (the shim's import is a worker fetch too). Self-hosting the widget next to the shop's pages
 * avoids both. Shared by the search and model workers. Under Trusted Types the URL goes through the
 * `shop-guide` policy (trusted-types.ts).
 */
import { workerScriptUrl } from './trusted-types.ts';

/** The page's Worker; where there is none, a stand-in that only keeps importing modules loadable (nothing starts one). */
export const NativeWorker: typeof globalThis.Worker = globalThis.Worker ?? (class {} as unknown as typeof globalThis.Worker);

/** `href` itself when the page may start it as a module worker, else a same-origin shim that imports it. */
export function startableWorkerUrl(href: string): string {
  const url = new URL(href, location.href);
  if (url.origin === location.origin || url.protocol === 'blob:' || url.protocol === 'data:') return url.href;
  return moduleShimUrl(url.href);
}

/** What a shop-guide worker is constructed with: startable, and a TrustedScriptURL under Trusted Types. */
export function workerConstructorUrl(href: string): string {
  return workerScriptUrl(startableWorkerUrl(href));
}

/** A blob: module that only imports `href` (revoked after a minute; the worker has fetched it by then). */
export function moduleShimUrl(href: string): string {
  const shim = URL.createObjectURL(new Blob([`import ${JSON.stringify(href)};\n`], { type: 'text/javascript' }));
  setTimeout(() => URL.revokeObjectURL(shim), 60_000);
  return shim;
}
