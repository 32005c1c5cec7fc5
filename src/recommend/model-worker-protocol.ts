/** Messages between the page and the model worker (models.worker.ts). */
import type { ModelSource, PackedModels } from './model-transfer.ts';

/** `cache`: look the models up in, and store them to, this IndexedDB database (model-cache.ts). */
export type ToModelWorker = { type: 'products'; products: ModelSource[] } | { type: 'build'; cache?: string };

/** `cached`: read from IndexedDB, not built. */
export type FromModelWorker = { type: 'built'; models: PackedModels; ms: number; cached: boolean } | { type: 'error'; message: string };
