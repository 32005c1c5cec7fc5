import type { CSSResultGroup, CSSResultOrNative } from './lit.ts';

/**
 * Adds a lazily loaded part's styles to a shadow root, after what is there (the first script's own
 * sheet, which stays). Lazy code only: the first script has no Lit.
 */
export function adoptStyles(root: ShadowRoot, styles: CSSResultGroup): void {
  const flat = (Array.isArray(styles) ? styles.flat(Infinity as 1) : [styles]) as CSSResultOrNative[];
  const sheets = flat.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet)).filter((s): s is CSSStyleSheet => !!s);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets.filter((s) => !root.adoptedStyleSheets.includes(s))];
}
