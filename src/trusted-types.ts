/**
 * Trusted Types: under `require-trusted-types-for 'script'` a page may start a worker only from a
 * TrustedScriptURL, and may set innerHTML only to TrustedHTML. shop-guide creates one policy, named
 * `shop-guide`, with two rules: worker scripts of its own (next to the widget's files, or the
 * same-origin blob: shim that imports them), and the HTML of the widget's Lit templates (handed to
 * Lit instead of Lit's own `lit-html` policy, by ui/lit-policy.ts). So a shop's CSP needs only
 * `trusted-types shop-guide` (README, "Content-Security-Policy"); a list naming `lit-html` too still works.
 */
interface Policy {
  createScriptURL(url: string): unknown;
  createHTML(html: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string; createHTML(html: string): string }): Policy;
}

export const POLICY_NAME = 'shop-guide';

let policy: Policy | null | undefined;

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

/** The `shop-guide` policy, created once; null where the page's trusted-types list refuses it. */
function shopGuidePolicy(factory: PolicyFactory): Policy | null {
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(POLICY_NAME, {
        createScriptURL: (url) => {
          if (!allowed(url)) throw new TypeError(`[shop-guide] refused to start a worker from ${url}`);
          return url;
        },
        // What Lit's own policy does: identity. Lit passes only HTML it built from a template's static
        // strings (checked to be a real template strings array), before any value is bound.
        createHTML: (html) => html,
      });
    } catch (e) {
      policy = null; // the page's trusted-types list does not name us: Worker then throws (enforced) or warns (report-only)
      console.warn(`[shop-guide] could not create the Trusted Types policy "${POLICY_NAME}": add it to the page's trusted-types directive (README, "Content-Security-Policy").`, e);
    }
  }
  return policy;
}

function factory(): PolicyFactory | undefined {
  return (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
}

/** `href` as the page's worker constructor accepts it: a TrustedScriptURL where Trusted Types are on. */
export function workerScriptUrl(href: string): string {
  const f = factory();
  const p = f && shopGuidePolicy(f);
  // A TrustedScriptURL, typed as the string the Worker constructor is declared with.
  return p ? (p.createScriptURL(href) as string) : href;
}

/**
 * The policy Lit's templates use: `createHTML` of the `shop-guide` policy and nothing else; null where
 * there are no Trusted Types or the page refuses `shop-guide` (Lit then asks for `lit-html` itself).
 * For ui/lit-policy.ts only.
 */
export function litTemplatePolicy(): { createHTML(html: string): unknown } | null {
  const f = factory();
  const p = f ? shopGuidePolicy(f) : null;
  return p && { createHTML: (html: string) => p.createHTML(html) };
}
