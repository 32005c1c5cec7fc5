/** Messages between the page and a model worker (models.worker.ts): one worker per heavy model. */
import type { CoCountParts } from './cocounts.ts';
import type { ModelKind, PackedContent } from './model-transfer.ts';
import type { PackedBatch } from './source-packing.ts';

/**
 * `begin`: the first message, saying whether to read the batches as they come (`ahead`) and whether
 * the page keeps the models in `cache` (then the worker may wait for the last batch before reading
 * any). `sources`: the next batch of the model's product fields, packed (source-packing.ts). `build`:
 * build `model` from them; with `cache`, look it up in and store it to this IndexedDB database
 * (model-cache.ts).
 */
export type ToModelWorker =
  | { type: 'begin'; model: ModelKind; ahead: boolean; cache?: string }
  | { type: 'sources'; model: ModelKind; batch: PackedBatch }
  | { type: 'build'; model: ModelKind; cache?: string };

/** `cached`: read from IndexedDB, not built. */
export type FromModelWorker =
  | ({ type: 'built'; ms: number; cached: boolean } & ({ model: 'content'; parts: PackedContent } | { model: 'graph'; parts: CoCountParts }))
  | { type: 'error'; message: string };
