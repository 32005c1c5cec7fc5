/**
 * What this browser can run, found before anything is downloaded: WebGPU, the adapter, `shader-f16`,
 * buffer limits and rough memory. Plain TS that runs on the main thread and in the worker.
 * The limits checked are the ones web-llm's runtime requests when it creates its GPU device.
 */
import type { ModelRecord } from '@mlc-ai/web-llm';

/** Whether a model needs the WebGPU `shader-f16` feature: by web-llm's naming (q4f16/q0f16) or its record. */
export function needsShaderF16(record: Pick<ModelRecord, 'model_id' | 'required_features'>): boolean {
  return /q[04]f16/.test(record.model_id) || (record.required_features ?? []).includes('shader-f16');
}

export type CapabilityProblem =
  /** The browser has no WebGPU (`navigator.gpu` missing). */
  | 'no-webgpu'
  /** WebGPU exists but no adapter (blocklisted GPU, disabled, headless without GPU). */
  | 'no-adapter'
  /** Asking for an adapter threw or never answered. */
  | 'adapter-error'
  /** Only a software (CPU) adapter such as SwiftShader: far too slow for a language model. */
  | 'software-adapter'
  /** The adapter's limits are below what web-llm needs. */
  | 'limits'
  /** The device reports too little memory for the smallest model. */
  | 'low-memory';

export interface AdapterSummary {
  vendor: string;
  architecture: string;
  description: string;
  isFallback: boolean;
  features: string[];
  limits: {
    maxBufferSize: number;
    maxStorageBufferBindingSize: number;
    maxComputeWorkgroupStorageSize: number;
    maxStorageBuffersPerShaderStage: number;
    maxComputeInvocationsPerWorkgroup: number;
  };
}

export interface Capability {
  /** A web-llm model can be tried here. */
  ok: boolean;
  problem: CapabilityProblem | null;
  /** The reason in words, for the shop owner's console (the shopper sees translated text). */
  detail: string;
  adapter: AdapterSummary | null;
  shaderF16: boolean;
  /** `navigator.deviceMemory` in GB (Chrome only; capped at 8), or null. */
  deviceMemoryGB: number | null;
  /** Rough GPU memory budget in MB for picking a model (see `vramBudget`). */
  vramBudgetMB: number;
}

/** Injectable environment: tests pass fake GPUs; production reads `navigator`. */
export interface CapabilityEnv {
  gpu?: Pick<GPU, 'requestAdapter'> | null;
  deviceMemory?: number | null;
  /** How long to wait for `requestAdapter` (some broken drivers never answer). */
  timeoutMs?: number;
}

const MB = 1024 * 1024;

/** web-llm's runtime minimums (detectGPUDevice in @mlc-ai/web-runtime). */
const MIN = {
  maxBufferSize: 256 * MB,
  maxStorageBufferBindingSize: 128 * MB,
  maxComputeWorkgroupStorageSize: 32 * 1024,
  maxStorageBuffersPerShaderStage: 10,
};

export function defaultCapabilityEnv(): CapabilityEnv {
  const nav = (globalThis as { navigator?: Navigator & { deviceMemory?: number } }).navigator;
  return { gpu: nav?.gpu ?? null, deviceMemory: nav?.deviceMemory ?? null };
}

export async function detectCapabilities(env: CapabilityEnv = defaultCapabilityEnv()): Promise<Capability> {
  const deviceMemoryGB = typeof env.deviceMemory === 'number' && env.deviceMemory > 0 ? env.deviceMemory : null;
  const base = { adapter: null, shaderF16: false, deviceMemoryGB, vramBudgetMB: 0 };
  if (!env.gpu) {
    return { ...base, ok: false, problem: 'no-webgpu', detail: 'This browser has no WebGPU (navigator.gpu is missing).' };
  }

  let adapter: GPUAdapter | null;
  try {
    adapter = await withTimeout(env.gpu.requestAdapter({ powerPreference: 'high-performance' }), env.timeoutMs ?? 5000);
  } catch (e) {
    return { ...base, ok: false, problem: 'adapter-error', detail: `Requesting a WebGPU adapter failed: ${(e as Error)?.message ?? e}` };
  }
  if (!adapter) {
    return { ...base, ok: false, problem: 'no-adapter', detail: 'WebGPU is present but offers no adapter (no usable GPU, or WebGPU is disabled).' };
  }

  const summary = summarize(adapter);
  const shaderF16 = summary.features.includes('shader-f16');
  const withAdapter = { ...base, adapter: summary, shaderF16 };

  if (summary.isFallback) {
    return {
      ...withAdapter,
      ok: false,
      problem: 'software-adapter',
      detail: `Only a software WebGPU adapter is available (${summary.architecture || summary.vendor || 'fallback'}); a language model would be far too slow.`,
    };
  }
  const low = (Object.keys(MIN) as (keyof typeof MIN)[]).filter((k) => summary.limits[k] < MIN[k]);
  if (low.length) {
    return {
      ...withAdapter,
      ok: false,
      problem: 'limits',
      detail: `The GPU's limits are below what the model runtime needs: ${low.map((k) => `${k}=${summary.limits[k]} (needs ${MIN[k]})`).join(', ')}.`,
    };
  }
  const vramBudgetMB = vramBudget(summary, deviceMemoryGB);
  if (vramBudgetMB < 300) {
    return {
      ...withAdapter,
      vramBudgetMB,
      ok: false,
      problem: 'low-memory',
      detail: `The device reports ${deviceMemoryGB} GB of memory; even the smallest model needs more.`,
    };
  }
  return { ...withAdapter, vramBudgetMB, ok: true, problem: null, detail: `WebGPU adapter ${summary.vendor} ${summary.architecture}`.trim() };
}

/**
 * A rough GPU-memory budget. Browsers do not expose VRAM, so: device memory (Chrome rounds it and
 * caps it at 8 GB) and the storage-buffer binding limit (phones and integrated GPUs often report
 * 128 MB–1 GB, the cases web-llm's `low_resource_required` models are made for).
 */
export function vramBudget(adapter: AdapterSummary, deviceMemoryGB: number | null): number {
  let budget = deviceMemoryGB === null ? 1800 : deviceMemoryGB >= 8 ? 2200 : deviceMemoryGB >= 4 ? 1200 : deviceMemoryGB >= 2 ? 600 : 200;
  if (adapter.limits.maxStorageBufferBindingSize < 1024 * MB) budget = Math.min(budget, 1200);
  return budget;
}

function summarize(adapter: GPUAdapter): AdapterSummary {
  // `info` is the current API; `isFallbackAdapter` moved from the adapter into `info`.
  const info = (adapter as GPUAdapter & { info?: GPUAdapterInfo & { isFallbackAdapter?: boolean } }).info;
  const architecture = info?.architecture ?? '';
  const description = info?.description ?? '';
  const isFallback = Boolean(
    info?.isFallbackAdapter ?? (adapter as { isFallbackAdapter?: boolean }).isFallbackAdapter ?? false,
  ) || /swiftshader|llvmpipe|software|warp/i.test(`${architecture} ${description}`);
  const l = adapter.limits;
  return {
    vendor: info?.vendor ?? '',
    architecture,
    description,
    isFallback,
    features: [...adapter.features].map(String).sort(),
    limits: {
      maxBufferSize: l.maxBufferSize,
      maxStorageBufferBindingSize: l.maxStorageBufferBindingSize,
      maxComputeWorkgroupStorageSize: l.maxComputeWorkgroupStorageSize,
      maxStorageBuffersPerShaderStage: l.maxStorageBuffersPerShaderStage,
      maxComputeInvocationsPerWorkgroup: l.maxComputeInvocationsPerWorkgroup,
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
