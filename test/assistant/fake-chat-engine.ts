/**
 * A scripted ChatEngine (the interface of src/llm/engine.ts) for assistant tests and the pipeline bench:
 * streams a reply in chunks, answers JSON requests, can fail mid-stream, and records every request
 * with the time it arrived. It stands in for a loaded model; no weights exist here.
 */
import type { ChatEngine, ChatMessage, ChatRequest, ChatStream, EngineStatus, JsonRequest } from '../../src/llm/engine.ts';
import { DeviceLostError, LlmAbortError } from '../../src/llm/errors.ts';
import { createChatStream } from '../../src/llm/stream.ts';

export interface FakeChatScript {
  /** The streamed answer, or a function of the request's messages. */
  reply?: string | ((messages: ChatMessage[]) => string);
  /** What `json()` returns, or a function of the messages; throwing makes the call fail. */
  json?: unknown | ((messages: ChatMessage[]) => unknown);
  /** Characters per chunk. */
  chunk?: number;
  tokenDelayMs?: number;
  /** Fail with a device-lost error after this many chunks. */
  failAfterChunks?: number;
  ready?: boolean;
}

export interface RecordedRequest {
  kind: 'chat' | 'json';
  messages: ChatMessage[];
  at: number;
  schema?: unknown;
}

export class FakeChatEngine implements ChatEngine {
  readonly kind = 'web-llm' as const;
  readonly modelId = 'fake-model';
  readonly supportsEmbeddings = false;
  readonly requests: RecordedRequest[] = [];
  ready: boolean;
  onRequest?: (r: RecordedRequest) => void;

  constructor(public script: FakeChatScript = {}) {
    this.ready = script.ready ?? true;
  }

  get status(): EngineStatus {
    return { state: this.ready ? 'ready' : 'unloaded' };
  }

  chat(request: ChatRequest): ChatStream {
    const rec: RecordedRequest = { kind: 'chat', messages: request.messages, at: performance.now() };
    this.requests.push(rec);
    this.onRequest?.(rec);
    const reply = typeof this.script.reply === 'function' ? this.script.reply(request.messages) : (this.script.reply ?? 'This is a fake answer.');
    const size = this.script.chunk ?? 4;
    const delay = this.script.tokenDelayMs ?? 0;
    return createChatStream((sink) => {
      let stopped = false;
      const onAbort = () => {
        stopped = true;
        sink.fail(new LlmAbortError());
      };
      request.signal?.addEventListener('abort', onAbort, { once: true });
      void (async () => {
        let n = 0;
        for (let i = 0; i < reply.length && !stopped; i += size) {
          if (this.script.failAfterChunks !== undefined && n >= this.script.failAfterChunks) {
            sink.fail(new DeviceLostError('fake device lost'));
            return;
          }
          await new Promise((r) => setTimeout(r, delay));
          if (stopped) return;
          sink.push(reply.slice(i, i + size));
          n++;
        }
        if (!stopped) sink.end({ text: reply, finishReason: 'stop' });
      })();
      return { cancel: () => (stopped = true) };
    });
  }

  async json<T>(request: JsonRequest): Promise<T> {
    const rec: RecordedRequest = { kind: 'json', messages: request.messages, at: performance.now(), schema: request.schema };
    this.requests.push(rec);
    this.onRequest?.(rec);
    if (request.signal?.aborted) throw new LlmAbortError();
    const j = this.script.json;
    return (typeof j === 'function' ? (j as (m: ChatMessage[]) => unknown)(request.messages) : j) as T;
  }

  async embed(): Promise<Float32Array[]> {
    return [];
  }

  subscribe(): () => void {
    return () => {};
  }

  async unload(): Promise<void> {
    this.ready = false;
  }
}
