/**
 * First load: a custom element base without Lit (the launcher-only first script has a 5 KB budget).
 * It keeps Lit's small contract that the lazily loaded parts rely on — attribute-backed properties,
 * batched `requestUpdate()`, `updateComplete`, reactive controllers — and leaves drawing to the
 * subclass (plain DOM) and, once it has loaded on the shopper's intent, to the Lit-rendered part.
 */

export interface ReactiveController {
  hostConnected?(): void;
  hostDisconnected?(): void;
  hostUpdate?(): void;
  hostUpdated?(): void;
}

type Kind = 'string' | 'boolean' | 'number';
/** property name → [attribute, kind, default] */
export type PropTable = Record<string, [attribute: string, kind: Kind, fallback?: unknown]>;

/**
 * Defines attribute-backed accessors on `cls` (setting a property writes its attribute) and makes their
 * attributes, plus `lang` (the native property), the observed ones. Call before `customElements.define`.
 */
export function attributeProps(cls: { prototype: object }, table: PropTable): void {
  Object.defineProperty(cls, 'observedAttributes', { value: ['lang', ...Object.values(table).map((t) => t[0])] });
  for (const [name, [attr, kind, fallback]] of Object.entries(table)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        const v = this.getAttribute(attr);
        if (kind === 'boolean') return v !== null;
        if (v === null) return fallback ?? null;
        return kind === 'number' ? Number(v) : v;
      },
      set(this: HTMLElement, value: unknown) {
        if (kind === 'boolean' ? !value : value === null || value === undefined) this.removeAttribute(attr);
        else this.setAttribute(attr, kind === 'boolean' ? '' : String(value));
      },
    });
  }
}

export abstract class LazyElement extends HTMLElement {
  readonly renderRoot: ShadowRoot = this.attachShadow({ mode: 'open' });
  private readonly controllers = new Set<ReactiveController>();
  /** Attribute → value before the pending update (what changed since the last one). */
  protected changed = new Map<string, string | null>();
  private pending: Promise<void> | null = null;
  /** Lazily loaded parts in flight: `updateComplete` waits for them, so tests and callers see the result. */
  private readonly loads = new Set<Promise<unknown>>();

  addController(c: ReactiveController): void {
    this.controllers.add(c);
    if (this.isConnected) c.hostConnected?.();
  }

  removeController(c: ReactiveController): void {
    this.controllers.delete(c);
  }

  connectedCallback(): void {
    for (const c of this.controllers) c.hostConnected?.();
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value) return;
    if (!this.changed.has(name)) this.changed.set(name, old);
    this.requestUpdate();
  }

  /** Schedules one update for everything that changed in this task (a microtask later). */
  requestUpdate(): void {
    this.pending ??= Promise.resolve().then(() => {
      this.pending = null;
      const changed = this.changed;
      this.changed = new Map();
      for (const c of this.controllers) c.hostUpdate?.();
      this.update(changed);
      for (const c of this.controllers) c.hostUpdated?.();
    });
  }

  /** Resolves once no update is pending and no lazily loaded part is on its way. */
  get updateComplete(): Promise<boolean> {
    return (async () => {
      while (this.pending || this.loads.size) await Promise.all([this.pending, ...this.loads].map((p) => p?.catch(() => {})));
      return true;
    })();
  }

  /** Tracks a lazy part's load for `updateComplete`. */
  protected track<T>(p: Promise<T>): Promise<T> {
    this.loads.add(p);
    const done = () => this.loads.delete(p);
    p.then(done, done);
    return p;
  }

  /** Draws what changed (`changed`: attribute → old value). */
  protected abstract update(changed: ReadonlyMap<string, string | null>): void;
}

/** A stylesheet from text, adopted by every instance (one parse per page). */
export function sheet(cssText: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(cssText);
  return s;
}
