/**
 * Models built step by step: a builder is a generator that yields after each bounded piece of work
 * (a few hundred products), so a caller can spread it over many short tasks (`Sliced.run`), or run
 * it to the end at once when a request needs the model now (`finish`).
 */
import { yieldToHost } from '../catalog/time-slice.ts';

export type Steps<T> = Generator<void, T>;

/** Runs a builder to its end in this task. */
export function finish<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** A builder that does its work in one step (for models small enough not to need slicing). */
export function* once<T>(make: () => T): Steps<T> {
  return make();
}

/** How long one slice may run before yielding to the page. */
export const SLICE_MS = 8;

/**
 * A model built step by step: `get()` finishes it at once (a request needs it now), `run()` builds it
 * in slices of ~8 ms, yielding to the page in between. Either continues where the other stopped.
 */
export class Sliced<T> {
  private value: T | undefined;
  private done = false;
  private steps: Steps<T> | null = null;

  constructor(
    private readonly make: () => Steps<T>,
    /** Yields to the page (tests pass a counter). */
    private readonly pause: () => Promise<void> = yieldToHost,
  ) {}

  get ready(): boolean {
    return this.done;
  }

  get(): T {
    if (!this.done) {
      this.steps ??= this.make();
      this.finish(finish(this.steps));
    }
    return this.value as T;
  }

  /** Takes a model built elsewhere (a worker), unless this one is already built. */
  provide(value: T): void {
    if (!this.done) this.finish(value);
  }

  /** Builds in slices; stops early (unfinished, resumable) when `signal` aborts. */
  async run(signal?: AbortSignal): Promise<void> {
    let start = performance.now();
    while (!this.done) {
      this.steps ??= this.make();
      const step = this.steps.next();
      if (step.done) this.finish(step.value);
      else if (performance.now() - start > SLICE_MS) {
        await this.pause();
        if (signal?.aborted) return;
        start = performance.now();
      }
    }
  }

  private finish(value: T): void {
    this.value = value;
    this.done = true;
    this.steps = null;
  }
}
