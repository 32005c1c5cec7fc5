/**
 * Cooperative time slicing: long loops check `due()` and `await pause()` so the host page keeps
 * responding (no task much longer than the slice). Uses `scheduler.yield()` where the browser has it
 * (continuation keeps its priority), else a MessageChannel hop (no 4 ms timer clamping).
 */

type SchedulerLike = { yield?: () => Promise<void> };

function channelYield(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/**
 * Yields behind every task already queued (a MessageChannel hop), for background work that must not
 * go ahead of the browser's own tasks the way a scheduler.yield() continuation does.
 */
export function yieldToTasks(): Promise<void> {
  if (typeof MessageChannel !== 'undefined') return channelYield();
  return new Promise((r) => setTimeout(r, 0));
}

export function yieldToHost(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (s?.yield) return s.yield();
  if (typeof MessageChannel !== 'undefined') return channelYield();
  return new Promise((r) => setTimeout(r, 0));
}

export function abortError(signal?: AbortSignal): unknown {
  return signal?.reason ?? new DOMException('The catalog load was aborted', 'AbortError');
}

export class TimeSlicer {
  private start = performance.now();

  /** `budgetMs`: how long one slice may run before yielding; `onSlice` hears how long each one ran. */
  constructor(
    private readonly budgetMs = 8,
    private readonly signal?: AbortSignal,
    private readonly onSlice?: (ms: number) => void,
  ) {}

  due(): boolean {
    return performance.now() - this.start >= this.budgetMs;
  }

  /** Yields to the page, then starts a new slice. Rejects if aborted. */
  async pause(): Promise<void> {
    this.onSlice?.(performance.now() - this.start);
    if (this.signal?.aborted) throw abortError(this.signal);
    await yieldToHost();
    if (this.signal?.aborted) throw abortError(this.signal);
    this.start = performance.now();
  }

  /** Reports the last slice (call when the work is done). */
  finish(): void {
    this.onSlice?.(performance.now() - this.start);
  }

  /** Yields only when the slice is used up. */
  async maybePause(): Promise<void> {
    if (this.due()) await this.pause();
    else if (this.signal?.aborted) throw abortError(this.signal);
  }
}
