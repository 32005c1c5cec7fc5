/** A tiny observable value: the current state plus listeners (engines and the manager use it). */
export class Observable<T> {
  private listeners = new Set<(value: T) => void>();

  constructor(private current: T) {}

  get value(): T {
    return this.current;
  }

  set(value: T): void {
    this.current = value;
    for (const l of [...this.listeners]) {
      try {
        l(value);
      } catch (e) {
        // A broken listener must not stop the others (or the engine).
        console.error('[shop-guide] status listener failed', e);
      }
    }
  }

  subscribe(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
