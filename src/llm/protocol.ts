/**
 * Messages between the main thread (`worker-client.ts`) and the model worker (`worker-handler.ts`).
 * Our own small protocol around web-llm's MLCEngine rather than web-llm's WebWorkerMLCEngine: it
 * keeps typed errors across the boundary, pushes stream chunks instead of one round trip per token,
 * can cancel a download, reports GPU device loss, and answers liveness pings.
 *
 * Every message carries `p: PROTOCOL`; anything else posted to the worker is ignored, so test entries
 * can add their own control messages.
 */
import type { ModelRecord } from '@mlc-ai/web-llm';
import type { SerializedError } from './errors.ts';
import type { ChatMessage, FinishReason, Usage } from './engine.ts';

export const PROTOCOL = 'shop-guide-llm/1';

export interface WireGeneration {
  temperature?: number;
  max_tokens?: number;
  top_p?: number;
  stop?: string[];
  seed?: number;
}

interface Base {
  p: typeof PROTOCOL;
  id: number;
}

export type ClientMessage =
  /** Load models (downloading what is not cached). `records` may omit prebuilt models the worker knows. */
  | (Base & { kind: 'load'; modelIds: string[]; records: ModelRecord[] })
  | (Base & { kind: 'chat'; model: string; messages: ChatMessage[]; gen: WireGeneration; noThinking?: boolean })
  | (Base & { kind: 'json'; model: string; messages: ChatMessage[]; gen: WireGeneration; schema: string; noThinking?: boolean })
  | (Base & { kind: 'embed'; model: string; input: string[] })
  /** Stop request `target`: cancels a load, interrupts a generation, or drops a queued request. */
  | (Base & { kind: 'abort'; target: number })
  | (Base & { kind: 'unload' })
  | (Base & { kind: 'ping' });

export interface ProgressReport {
  progress: number;
  timeElapsed: number;
  text: string;
}

export interface ChatDone {
  text: string;
  finishReason: FinishReason;
  usage?: Usage;
}

export type WorkerMessage =
  /** The worker's modules (web-llm included) loaded and it is listening. */
  | { p: typeof PROTOCOL; kind: 'ready' }
  | { p: typeof PROTOCOL; kind: 'progress'; id: number; report: ProgressReport }
  | { p: typeof PROTOCOL; kind: 'chunk'; id: number; delta: string }
  | { p: typeof PROTOCOL; kind: 'done'; id: number; value: unknown }
  | { p: typeof PROTOCOL; kind: 'error'; id: number; error: SerializedError }
  /** The GPU device went away (not by our own unload); the engine is unusable. */
  | { p: typeof PROTOCOL; kind: 'device-lost'; message: string }
  | { p: typeof PROTOCOL; kind: 'pong'; id: number };

export function isWorkerMessage(data: unknown): data is WorkerMessage {
  return typeof data === 'object' && data !== null && (data as { p?: unknown }).p === PROTOCOL;
}

export function isClientMessage(data: unknown): data is ClientMessage {
  return typeof data === 'object' && data !== null && (data as { p?: unknown }).p === PROTOCOL;
}
