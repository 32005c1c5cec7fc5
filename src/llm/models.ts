/**
 * Which model to load: the shop's attributes (`model`, `model-url`, `model-lib-url`), the UI language
 * and the device's capability. The candidates are copies of records from web-llm 0.2.86's
 * `prebuiltAppConfig` (the main thread cannot import web-llm; test/llm/models.test.ts checks the
 * copies against the package so they cannot drift), plus an approximate download size.
 */
import type { ModelRecord } from '@mlc-ai/web-llm';
import type { Lang } from '../i18n/index.ts';
import { needsShaderF16, type Capability } from './capability.ts';

/** web-llm's `modelLibURLPrefix` + `modelVersion` for 0.2.86. */
export const MODEL_LIB_BASE = 'https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_86/base/';

export interface ModelSpec {
  /** The web-llm record, exactly as in `prebuiltAppConfig`. */
  record: ModelRecord;
  /** Shown to the shopper, e.g. "Llama 3.2 1B". */
  label: string;
  /**
   * Approximate download in MB (weights + tokenizer + model library). Estimated from parameter
   * count and quantisation (q4f16 ≈ 4.5 bits, q4f32 ≈ 5 bits per weight); the exact figure shows
   * in the progress bar once the download starts.
   */
  approxDownloadMB: number;
  /** Needs the WebGPU `shader-f16` feature (web-llm's record does not always say so). */
  f16: boolean;
  /** The same model in the other precision (q4f16 ↔ q4f32). */
  twin?: string;
  embedding?: boolean;
}

function spec(
  id: string,
  lib: string,
  vram: number,
  label: string,
  approxDownloadMB: number,
  extra: Partial<ModelRecord> & { twin?: string; embedding?: boolean } = {},
): ModelSpec {
  const { twin, embedding, ...recordExtra } = extra;
  const model = `https://huggingface.co/mlc-ai/${id.replace(/-MLC-b\d+$/, '-MLC')}`;
  const record: ModelRecord = {
    model,
    model_id: id,
    model_lib: MODEL_LIB_BASE + lib,
    vram_required_MB: vram,
    ...(embedding ? {} : { low_resource_required: true, overrides: { context_window_size: 4096 } }),
    ...recordExtra,
  };
  return { record, label, approxDownloadMB, f16: /q[04]f16/.test(id), ...(twin ? { twin } : {}), ...(embedding ? { embedding } : {}) };
}

export const MODELS: readonly ModelSpec[] = [
  spec('Llama-3.2-1B-Instruct-q4f16_1-MLC', 'Llama-3.2-1B-Instruct-q4f16_1_cs1k-webgpu.wasm', 879.04, 'Llama 3.2 1B', 710, { twin: 'Llama-3.2-1B-Instruct-q4f32_1-MLC' }),
  spec('Llama-3.2-1B-Instruct-q4f32_1-MLC', 'Llama-3.2-1B-Instruct-q4f32_1_cs1k-webgpu.wasm', 1128.82, 'Llama 3.2 1B', 790, { twin: 'Llama-3.2-1B-Instruct-q4f16_1-MLC' }),
  spec('Qwen2.5-1.5B-Instruct-q4f16_1-MLC', 'Qwen2-1.5B-Instruct-q4f16_1_cs1k-webgpu.wasm', 1629.75, 'Qwen2.5 1.5B', 880, { twin: 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC' }),
  spec('Qwen2.5-1.5B-Instruct-q4f32_1-MLC', 'Qwen2-1.5B-Instruct-q4f32_1_cs1k-webgpu.wasm', 1888.97, 'Qwen2.5 1.5B', 980, { twin: 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC' }),
  spec('Qwen2.5-0.5B-Instruct-q4f16_1-MLC', 'Qwen2-0.5B-Instruct-q4f16_1_cs1k-webgpu.wasm', 944.62, 'Qwen2.5 0.5B', 290, { twin: 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC' }),
  spec('Qwen2.5-0.5B-Instruct-q4f32_1-MLC', 'Qwen2-0.5B-Instruct-q4f32_1_cs1k-webgpu.wasm', 1060.2, 'Qwen2.5 0.5B', 320, { twin: 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC' }),
  spec('SmolLM2-360M-Instruct-q4f16_1-MLC', 'SmolLM2-360M-Instruct-q4f16_1_cs1k-webgpu.wasm', 376.06, 'SmolLM2 360M', 215, {
    twin: 'SmolLM2-360M-Instruct-q4f32_1-MLC',
    required_features: ['shader-f16'],
  }),
  spec('SmolLM2-360M-Instruct-q4f32_1-MLC', 'SmolLM2-360M-Instruct-q4f32_1_cs1k-webgpu.wasm', 579.61, 'SmolLM2 360M', 235, { twin: 'SmolLM2-360M-Instruct-q4f16_1-MLC' }),
  spec('Qwen3-0.6B-q4f16_1-MLC', 'Qwen3-0.6B-q4f16_1_cs1k-webgpu.wasm', 1403.34, 'Qwen3 0.6B', 350, { twin: 'Qwen3-0.6B-q4f32_1-MLC' }),
  spec('Qwen3-0.6B-q4f32_1-MLC', 'Qwen3-0.6B-q4f32_1_cs1k-webgpu.wasm', 1924.98, 'Qwen3 0.6B', 390, { twin: 'Qwen3-0.6B-q4f16_1-MLC' }),
  spec('Qwen3-1.7B-q4f16_1-MLC', 'Qwen3-1.7B-q4f16_1_cs1k-webgpu.wasm', 2036.66, 'Qwen3 1.7B', 980, { twin: 'Qwen3-1.7B-q4f32_1-MLC' }),
  spec('Qwen3-1.7B-q4f32_1-MLC', 'Qwen3-1.7B-q4f32_1_cs1k-webgpu.wasm', 2635.44, 'Qwen3 1.7B', 1090, { twin: 'Qwen3-1.7B-q4f16_1-MLC' }),
  spec('snowflake-arctic-embed-s-q0f32-MLC-b4', 'snowflake-arctic-embed-s-q0f32-ctx512_cs512_batch4-webgpu.wasm', 238.71, 'Arctic Embed S', 135, {
    model_type: 1,
    embedding: true,
  }),
  spec('snowflake-arctic-embed-m-q0f32-MLC-b4', 'snowflake-arctic-embed-m-q0f32-ctx512_cs512_batch4-webgpu.wasm', 539.4, 'Arctic Embed M', 440, {
    model_type: 1,
    embedding: true,
  }),
];

/** Preference order per UI language, best first (each entry names the f16 variant). */
const PREFERENCE: Record<Lang, string[]> = {
  // Llama 3.2 1B follows instructions and JSON well for its size; SmolLM2 360M for small devices.
  en: ['Llama-3.2-1B-Instruct-q4f16_1-MLC', 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC', 'SmolLM2-360M-Instruct-q4f16_1-MLC'],
  // Llama / SmolLM are English-first; Qwen handles Chinese.
  'zh-CN': ['Qwen2.5-1.5B-Instruct-q4f16_1-MLC', 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC'],
};

export function findModel(id: string): ModelSpec | undefined {
  return MODELS.find((m) => m.record.model_id === id);
}

/** The model the worker will load, with what the shopper is told about it. */
export interface ModelChoice {
  modelId: string;
  /** Null: a prebuilt id we do not list; the worker takes it from web-llm's own list. */
  record: ModelRecord | null;
  label: string;
  /** Approximate bytes to download; null when unknown (an unlisted or self-hosted model). */
  downloadBytes: number | null;
  vramMB: number | null;
  f16: boolean;
  /** Weights come from the shop's own server (`model-url`). */
  selfHosted: boolean;
}

/** How the shop configured the model (`<shop-guide>` attributes). */
export interface ModelAttributes {
  /** `auto` (default), `none`, `prompt-api`, or a web-llm model id. */
  model?: string | null;
  /** Self-hosted weights: the folder with mlc-chat-config.json and tensor-cache.json. */
  modelUrl?: string | null;
  /** Self-hosted model library (.wasm). */
  modelLibUrl?: string | null;
}

export type ModelMode = 'auto' | 'none' | 'prompt-api' | 'explicit';

export interface ResolvedConfig {
  mode: ModelMode;
  /** For `explicit`: the model id (possibly from the model-url's last folder name). */
  modelId?: string;
  /** For self-hosted weights: the record with absolute URLs. */
  record?: ModelRecord;
  /** A configuration mistake, for the shop owner's console. */
  error?: string;
}

/** Reads the attributes. Relative URLs resolve against `baseUri` (web-llm needs absolute ones). */
export function resolveConfig(attrs: ModelAttributes, baseUri: string): ResolvedConfig {
  const model = attrs.model?.trim() ?? '';
  const lower = model.toLowerCase();
  if (lower === 'none' || lower === 'off') return { mode: 'none' };
  if (lower === 'prompt-api' || lower === 'browser') return { mode: 'prompt-api' };

  const modelUrl = attrs.modelUrl?.trim();
  if (!modelUrl) {
    if (!model || lower === 'auto') return { mode: 'auto' };
    return { mode: 'explicit', modelId: model };
  }

  let url: string;
  let lib: string | undefined;
  try {
    url = new URL(modelUrl, baseUri).href;
    lib = attrs.modelLibUrl?.trim() ? new URL(attrs.modelLibUrl.trim(), baseUri).href : undefined;
  } catch {
    return { mode: 'none', error: `model-url / model-lib-url is not a valid URL: "${modelUrl}"` };
  }
  const id = model && lower !== 'auto' ? model : lastSegment(url);
  const known = findModel(id)?.record;
  const model_lib = lib ?? known?.model_lib;
  if (!model_lib) {
    return { mode: 'none', error: `model-url is set but model-lib-url is missing, and "${id}" is not a model web-llm ships a library for` };
  }
  const record: ModelRecord = { ...(known ?? {}), model: url, model_id: id, model_lib };
  if (!known && /q[04]f16/.test(id)) record.required_features = ['shader-f16'];
  return { mode: 'explicit', modelId: id, record };
}

function lastSegment(url: string): string {
  const path = new URL(url).pathname.replace(/\/resolve\/[^/]+\/?$/, '').replace(/\/+$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** The other-precision id by web-llm's naming (q4f16_1 ↔ q4f32_1, q0f16 ↔ q0f32). */
export function f32Twin(id: string): string {
  if (!/q[04]f16/.test(id)) return id;
  return findModel(id)?.twin ?? id.replace(/q([04])f16/, 'q$1f32');
}

export type ChoiceResult = { ok: true; choice: ModelChoice } | { ok: false; problem: 'needs-f16' | 'too-large' | 'config'; detail: string };

/**
 * Picks the model for this device and language. Without `shader-f16` a q4f16 model is swapped for
 * its q4f32 twin (self-hosted weights cannot be swapped: that is a `needs-f16` problem).
 * `exclude` skips models that already failed (e.g. out of memory), so the next call offers a smaller one.
 */
export function chooseModel(config: ResolvedConfig, capability: Capability, lang: Lang, exclude: string[] = []): ChoiceResult {
  if (config.mode === 'explicit' && config.modelId) {
    if (config.record) {
      if (needsShaderF16(config.record) && !capability.shaderF16) {
        return { ok: false, problem: 'needs-f16', detail: `The self-hosted model "${config.modelId}" needs the WebGPU shader-f16 feature, which this GPU lacks; host its q4f32 variant too.` };
      }
      return { ok: true, choice: toChoice(config.modelId, config.record, true) };
    }
    const id = capability.shaderF16 ? config.modelId : f32Twin(config.modelId);
    return { ok: true, choice: toChoice(id, findModel(id)?.record ?? null, false) };
  }

  for (const preferred of PREFERENCE[lang]) {
    const id = capability.shaderF16 ? preferred : f32Twin(preferred);
    const spec = findModel(id);
    if (!spec || exclude.includes(id)) continue;
    if ((spec.record.vram_required_MB ?? Infinity) <= capability.vramBudgetMB) return { ok: true, choice: toChoice(id, spec.record, false) };
  }
  return {
    ok: false,
    problem: 'too-large',
    detail: `No ${lang} model fits this device (memory budget about ${capability.vramBudgetMB} MB${exclude.length ? `; already failed: ${exclude.join(', ')}` : ''}).`,
  };
}

function toChoice(modelId: string, record: ModelRecord | null, selfHosted: boolean): ModelChoice {
  const spec = findModel(modelId);
  return {
    modelId,
    record,
    label: spec?.label ?? modelId.replace(/-MLC.*$/, '').replace(/-q\d+f\d+(_\d+)?$/, '').replace(/-/g, ' '),
    downloadBytes: spec ? spec.approxDownloadMB * 1024 * 1024 : null,
    vramMB: record?.vram_required_MB ?? null,
    f16: /q[04]f16/.test(modelId),
    selfHosted,
  };
}

/** Qwen3 models think aloud unless told not to; web-llm's `enable_thinking: false` turns it off. */
export function isThinkingModel(modelId: string): boolean {
  return /^Qwen3-/i.test(modelId);
}
