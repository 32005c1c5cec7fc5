/**
 * The downloaded model files, read straight from the Cache API on the main thread — no worker and
 * no web-llm needed to know whether a model is already here, how big it is, or to remove it.
 * Mirrors web-llm's layout for `cacheBackend: "cache"` (cache_util.ts, ArtifactCache):
 *   "webllm/model":  <model>/resolve/main/tensor-cache.json, its shards, tokenizer files
 *   "webllm/config": <model>/resolve/main/mlc-chat-config.json
 *   "webllm/wasm":   the model library URL
 * test/llm/model-cache.test.ts checks this against web-llm's own `hasModelInCache`.
 */
import type { ModelRecord } from '@mlc-ai/web-llm';

export const CACHE_SCOPES = { model: 'webllm/model', config: 'webllm/config', wasm: 'webllm/wasm' } as const;

/** web-llm's cleanModelUrl: a Hugging Face-style folder URL ending in `/resolve/<branch>/`. */
export function modelBaseUrl(modelUrl: string): string {
  let url = modelUrl.endsWith('/') ? modelUrl : `${modelUrl}/`;
  if (!/.+\/resolve\/.+\//.test(url)) url += 'resolve/main/';
  return new URL(url).href;
}

/** Where web-llm fetches a prebuilt model when we do not list its record. */
export function guessRecord(modelId: string): Pick<ModelRecord, 'model' | 'model_id'> {
  return { model: `https://huggingface.co/mlc-ai/${modelId}`, model_id: modelId };
}

export interface CacheInfo {
  /** tensor-cache.json and every shard it lists are cached (web-llm will not download). */
  complete: boolean;
  /** Bytes of weights listed in tensor-cache.json (known once that file is cached). */
  totalBytes: number | null;
  /** Bytes of those shards already cached (a download interrupted half-way keeps them). */
  cachedBytes: number;
}

interface TensorCacheJson {
  records: { dataPath: string; nbytes: number }[];
}

type Storage = Pick<CacheStorage, 'open' | 'has'>;

function cacheStorage(): Storage | null {
  return (globalThis as { caches?: CacheStorage }).caches ?? null;
}

export async function inspectModelCache(record: Pick<ModelRecord, 'model'>, storage: Storage | null = cacheStorage()): Promise<CacheInfo> {
  const none: CacheInfo = { complete: false, totalBytes: null, cachedBytes: 0 };
  if (!storage || !(await storage.has(CACHE_SCOPES.model))) return none;
  const base = modelBaseUrl(record.model);
  const cache = await storage.open(CACHE_SCOPES.model);
  const json = await cache.match(new URL('tensor-cache.json', base).href);
  if (!json) return none;
  let list: TensorCacheJson;
  try {
    list = (await json.json()) as TensorCacheJson;
    if (!Array.isArray(list.records)) throw new Error('no records');
  } catch {
    // Unreadable index: treat as not cached (loading would hit the damaged file; the manager
    // removes it before downloading again).
    return { complete: false, totalBytes: null, cachedBytes: 0 };
  }
  const keys = new Set((await cache.keys()).map((r) => r.url));
  let totalBytes = 0;
  let cachedBytes = 0;
  let complete = true;
  for (const rec of list.records) {
    totalBytes += rec.nbytes;
    if (keys.has(new URL(rec.dataPath, base).href)) cachedBytes += rec.nbytes;
    else complete = false;
  }
  return { complete, totalBytes, cachedBytes };
}

/** Deletes every cached file of the model (weights, tokenizer, config, library). */
export async function removeModelFromCache(record: Pick<ModelRecord, 'model'> & Partial<Pick<ModelRecord, 'model_lib'>>, storage: Storage | null = cacheStorage()): Promise<number> {
  if (!storage) return 0;
  const base = modelBaseUrl(record.model);
  let removed = 0;
  for (const scope of [CACHE_SCOPES.model, CACHE_SCOPES.config, CACHE_SCOPES.wasm]) {
    if (!(await storage.has(scope))) continue;
    const cache = await storage.open(scope);
    for (const request of await cache.keys()) {
      if (request.url.startsWith(base) || (record.model_lib && request.url === record.model_lib)) {
        if (await cache.delete(request)) removed++;
      }
    }
  }
  return removed;
}

/** Free storage for this origin in bytes, or null when the browser does not say. */
export async function freeStorageBytes(storage: Pick<StorageManager, 'estimate'> | null = navigator.storage ?? null): Promise<number | null> {
  try {
    const { quota, usage } = (await storage?.estimate()) ?? {};
    return typeof quota === 'number' && typeof usage === 'number' ? Math.max(0, quota - usage) : null;
  } catch {
    return null;
  }
}
