/**
 * A push-fed ChatStream: the producer pushes text deltas as they arrive (from the worker, the Prompt
 * API…) and the consumer iterates them. The producer starts at once — not at the first `next()` —
 * so the request reaches the engine without waiting for the caller to begin iterating.
 */
import type { ChatResult, ChatStream } from './engine.ts';
import { LlmAbortError, type LlmError } from './errors.ts';

export interface StreamSink {
  push(delta: string): void;
  end(result: ChatResult): void;
  fail(error: LlmError): void;
}

/** `start` begins producing and returns how to stop it (called when the consumer stops early). */
export function createChatStream(start: (sink: StreamSink) => { cancel(): void }): ChatStream {
  const queue: string[] = [];
  let finished: { result: ChatResult } | { error: LlmError } | null = null;
  let wake: (() => void) | null = null;
  let resolveResult!: (r: ChatResult) => void;
  let rejectResult!: (e: LlmError) => void;
  const result = new Promise<ChatResult>((res, rej) => {
    resolveResult = res;
    rejectResult = rej;
  });
  // Nobody has to await `result`; this keeps a failure from being reported as unhandled.
  result.catch(() => {});

  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const sink: StreamSink = {
    push(delta) {
      if (finished || !delta) return;
      queue.push(delta);
      notify();
    },
    end(r) {
      if (finished) return;
      finished = { result: r };
      resolveResult(r);
      notify();
    },
    fail(error) {
      if (finished) return;
      finished = { error };
      rejectResult(error);
      notify();
    },
  };
  const control = start(sink);
  let iterating = false;

  return {
    result,
    [Symbol.asyncIterator](): AsyncIterator<string> {
      if (iterating) throw new Error('A ChatStream can be iterated once');
      iterating = true;
      return {
        async next(): Promise<IteratorResult<string>> {
          for (;;) {
            if (queue.length) return { value: queue.splice(0).join(''), done: false };
            if (finished) {
              if ('error' in finished) throw finished.error;
              return { value: undefined, done: true };
            }
            await new Promise<void>((r) => (wake = r));
          }
        },
        async return(): Promise<IteratorResult<string>> {
          // The consumer stopped early (break / throw in the loop body): stop generating.
          if (!finished) {
            control.cancel();
            sink.fail(new LlmAbortError('Stopped by the caller'));
          }
          return { value: undefined, done: true };
        },
      };
    },
  };
}

/** A stream that fails at once (e.g. the engine is not ready). */
export function failedStream(error: LlmError): ChatStream {
  return createChatStream((sink) => {
    sink.fail(error);
    return { cancel() {} };
  });
}
