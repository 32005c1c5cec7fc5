/**
 * The model worker (a module Web Worker, its own chunk). The only file that imports web-llm values:
 * the ~2.3 MB gzip library loads when this worker starts — after the shopper opts in, or with
 * `model-preload` — and never in the page's own script.
 */
import { MLCEngine, prebuiltAppConfig, type ModelRecord } from '@mlc-ai/web-llm';
import { detectCapabilities, needsShaderF16 } from './capability.ts';
import { watchDeviceLoss } from './device-watch.ts';
import { WebGpuUnavailableError } from './errors.ts';
import { startWorker } from './worker-handler.ts';

startWorker({
  createEngine: () => new MLCEngine({ logLevel: 'WARN' }),
  resolveRecord: (modelId) => prebuiltAppConfig.model_list.find((r) => r.model_id === modelId),
  // Checked again here, where the model will run, before anything is fetched: a worker started by
  // `model-preload` on a device without a usable GPU must not download hundreds of MB first.
  async preflight(records: ModelRecord[]) {
    const capability = await detectCapabilities();
    if (!capability.ok) throw new WebGpuUnavailableError(capability.detail);
    if (records.some(needsShaderF16) && !capability.shaderF16) throw new WebGpuUnavailableError('The model needs the WebGPU shader-f16 feature, which this GPU lacks');
  },
  watchDeviceLoss: (onLost) => {
    watchDeviceLoss((globalThis as { GPUAdapter?: { prototype: Parameters<typeof watchDeviceLoss>[0] } }).GPUAdapter?.prototype, onLost);
  },
});
