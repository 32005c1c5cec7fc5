/**
 * Trusted Types: under `require-trusted-types-for 'script'` a page may start a worker only from a
 * TrustedScriptURL. shop-guide creates one policy, named `shop-guide`, and uses it only for its own
 * worker scripts (next to the widget's files, or the same-origin blob: shim that imports them). Lit
 * creates its own policy, `lit-html`, for its templates. A shop's CSP lists both:
 * `trusted-types shop-guide lit-html` (README, "Content-Security-Policy").
 */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

export const POLICY_NAME = 'shop-guide';

let policy: ScriptUrlPolicy | null | undefined;

/** Only worker scripts shop-guide serves: same origin as the widget's own files, or a blob: of this page. */
function allowed(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'blob:') return u.pathname.startsWith(`${location.origin}/`);
    return u.origin === new URL(import.meta.url).origin && /\.[cm]?[jt]s$/.test(u.pathname);
  } catch {
    return false;
  }
}

/** `href` as the page's worker constructor accepts it: a TrustedScriptURL where Trusted Types are on. */
export function workerScriptUrl(href: string): string {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return href;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(POLICY_NAME, {
        createScriptURL: (url) => {
          if (!allowed(url)) throw new TypeError(`[shop-guide] refused to start a worker from ${url}`);
          return url;
        },
      });
    } catch (e) {
      policy = null; // the page's trusted-types list does not name us: Worker then throws (enforced) or warns (report-only)
      console.warn(`[shop-guide] could not create the Trusted Types policy "${POLICY_NAME}": add it to the page's trusted-types directive (README, "Content-Security-Policy").`, e);
    }
  }
  // A TrustedScriptURL, typed as the string the Worker constructor is declared with.
  return policy ? (policy.createScriptURL(href) as string) : href;
}
