/**
 * A stand-in for Chrome's `LanguageModel` (the Prompt API) with its observable behaviour: language
 * checks in availability(), download progress through `monitor`, streaming deltas, `signal` aborts
 * with an AbortError, system prompts only through `initialPrompts`, QuotaExceededError for input
 * that does not fit.
 */
import type { PromptApi, PromptApiAvailability, PromptApiCreateOptions, PromptApiSession } from '../../src/llm/prompt-api-engine.ts';

export interface FakePromptApiOptions {
  availability?: PromptApiAvailability;
  /** Languages the built-in model supports (default: en, ja, es like Gemini Nano). */
  languages?: string[];
  reply?: string;
  json?: unknown;
  tokenDelayMs?: number;
  /** Longest prompt accepted, in characters. */
  maxInputChars?: number;
}

export class FakePromptApi implements PromptApi {
  readonly created: PromptApiCreateOptions[] = [];
  readonly prompts: { input: string; responseConstraint?: object }[] = [];
  destroyed = 0;
  private state: PromptApiAvailability;

  constructor(private readonly o: FakePromptApiOptions = {}) {
    this.state = o.availability ?? 'available';
  }

  async availability(options?: Omit<PromptApiCreateOptions, 'initialPrompts' | 'signal' | 'monitor'>): Promise<PromptApiAvailability> {
    const supported = this.o.languages ?? ['en', 'ja', 'es'];
    const wanted = [...(options?.expectedInputs ?? []), ...(options?.expectedOutputs ?? [])].flatMap((e) => e.languages ?? []);
    if (wanted.some((l) => !supported.includes(l))) return 'unavailable';
    return this.state;
  }

  async create(options: PromptApiCreateOptions = {}): Promise<PromptApiSession> {
    this.created.push(options);
    if (options.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    if (options.initialPrompts?.slice(1).some((p) => p.role === 'system')) throw new TypeError('system prompts must come first');
    if (this.state === 'unavailable') throw new DOMException('The model is not available', 'NotSupportedError');
    if (this.state !== 'available') {
      const monitor = new EventTarget();
      options.monitor?.(monitor);
      for (const loaded of [0, 0.5, 1]) {
        await new Promise((r) => setTimeout(r, 5));
        monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
      }
      this.state = 'available';
    }
    return this.session();
  }

  private session(): PromptApiSession {
    const api = this;
    const check = (input: string) => {
      if (this.o.maxInputChars !== undefined && input.length > this.o.maxInputChars) throw new DOMException('The input is too large.', 'QuotaExceededError');
    };
    return {
      async prompt(input, options = {}) {
        check(input);
        api.prompts.push({ input, ...(options.responseConstraint ? { responseConstraint: options.responseConstraint } : {}) });
        if (options.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
        return options.responseConstraint ? JSON.stringify(api.o.json ?? {}) : (api.o.reply ?? 'Built-in answer.');
      },
      promptStreaming(input, options = {}) {
        check(input);
        api.prompts.push({ input });
        const tokens = (api.o.reply ?? 'Built-in answer.').match(/\s*\S+/g) ?? [];
        let i = 0;
        return new ReadableStream<string>({
          async pull(controller) {
            if (options.signal?.aborted) return controller.error(new DOMException('Aborted', 'AbortError'));
            if (i > 0 && api.o.tokenDelayMs) await new Promise((r) => setTimeout(r, api.o.tokenDelayMs));
            if (options.signal?.aborted) return controller.error(new DOMException('Aborted', 'AbortError'));
            if (i < tokens.length) controller.enqueue(tokens[i++]!);
            else controller.close();
          },
        });
      },
      destroy() {
        api.destroyed++;
      },
    };
  }
}
