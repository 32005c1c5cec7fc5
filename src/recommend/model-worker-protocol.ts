/** Messages between the page and the model worker (models.worker.ts). */
import type { ModelSource, PackedModels } from './model-transfer.ts';

export type ToModelWorker = { type: 'products'; products: ModelSource[] } | { type: 'build' };

export type FromModelWorker = { type: 'built'; models: PackedModels; ms: number } | { type: 'error'; message: string };
