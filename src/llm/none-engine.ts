/**
 * The `none` engine: retrieval-only mode. It never produces text — the assistant composes answers
 * from catalog facts with its own templates when `engine.ready` is false.
 */
import type { ChatEngine, ChatRequest, ChatStream, EmbedOptions, EngineStatus, JsonRequest } from './engine.ts';
import { NoModelError } from './errors.ts';
import { failedStream } from './stream.ts';

export class NoModelEngine implements ChatEngine {
  readonly kind = 'none' as const;
  readonly modelId = null;
  readonly ready = false;
  readonly supportsEmbeddings = false;
  readonly status: EngineStatus = { state: 'unloaded' };

  constructor(private readonly reason = 'No language model is loaded (retrieval-only mode)') {}

  chat(_request: ChatRequest): ChatStream {
    return failedStream(new NoModelError(this.reason));
  }

  async json<T>(_request: JsonRequest): Promise<T> {
    throw new NoModelError(this.reason);
  }

  async embed(_texts: string[], _options?: EmbedOptions): Promise<Float32Array[]> {
    throw new NoModelError(this.reason);
  }

  subscribe(_listener: (status: EngineStatus) => void): () => void {
    return () => {};
  }

  async unload(): Promise<void> {}
}
