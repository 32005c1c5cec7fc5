import { adoptStyles, type CSSResultGroup, type CSSResultOrNative, type LitElement } from 'lit';

/** Adds the styles of a lazily loaded part to the element's own styles in its shadow root. */
export function adoptLazyStyles(element: LitElement, styles: CSSResultGroup): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const own = (element.constructor as typeof LitElement).elementStyles;
  adoptStyles(root, [...own, ...flatten(styles)]);
}

function flatten(styles: CSSResultGroup): CSSResultOrNative[] {
  return Array.isArray(styles) ? (styles.flat(Infinity as 1) as CSSResultOrNative[]) : [styles as CSSResultOrNative];
}
