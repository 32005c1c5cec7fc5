/** Registers a custom element once: a shop may load the script twice (or two versions of it). */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
