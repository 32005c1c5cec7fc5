/**
 * Test-only shims that let the real web-llm 0.2.86 run this test model on SwiftShader. None of this
 * is product code; each one works around a property of the test setup, not of shop-guide:
 *
 * 1. `presentAsHardware`: shop-guide refuses a software adapter on purpose (a chat model would be far
 *    too slow on a CPU). SwiftShader is the only WebGPU adapter on these machines, and the embedding
 *    model runs on it in seconds, so the tests make the adapter look like a hardware one to the
 *    product's capability checks (main thread and worker). web-llm itself does not look at this.
 * 2. `linkV080Library`: the only model library available offline was built for web-llm v0_2_80. It
 *    imports two TVM runtime functions (`threading::ResetThreadPool`, `threading::NumThreads`) that
 *    web-llm ≤ 0.2.82 supplied as stubs that abort when called and 0.2.86 no longer supplies, so
 *    instantiating it fails with "LinkError: function import requires a callable". The same aborting
 *    stubs are added to the import object; the embedding path never calls them.
 * 3. `skipSamplingShader`: SwiftShader does not finish compiling the sampling kernel
 *    `argsort1_kernel_2` (a 96 KB shader) within 13 minutes. Only chat sampling dispatches it, never
 *    the embedding path, so it is given an empty compute function with the same entry point.
 */

const MISSING_RUNTIME_IMPORTS = ['_ZN3tvm7runtime9threading15ResetThreadPoolEv', '_ZN3tvm7runtime9threading10NumThreadsEv'];
const UNCOMPILABLE_ENTRY = 'argsort1_kernel_2';

export function presentAsHardware(adapter: GPUAdapter): GPUAdapter {
  const info = adapter.info;
  const hardwareInfo = { vendor: info.vendor, architecture: '', device: info.device, description: '', isFallbackAdapter: false };
  return new Proxy(adapter, {
    get(target, prop) {
      if (prop === 'info') return hardwareInfo;
      if (prop === 'isFallbackAdapter') return false;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A `navigator.gpu` stand-in whose adapters pass for hardware (for ModelManager's `capabilityEnv`). */
export function hardwareLookingGpu(): Pick<GPU, 'requestAdapter'> {
  return {
    async requestAdapter(options?: GPURequestAdapterOptions) {
      const adapter = await navigator.gpu.requestAdapter(options);
      return adapter && presentAsHardware(adapter);
    },
  };
}

/** Inside the worker: the product's preflight reads `GPUAdapter.prototype.info` of a real adapter. */
function patchAdapterInfo(): void {
  const proto = GPUAdapter.prototype;
  const desc = Object.getOwnPropertyDescriptor(proto, 'info');
  if (!desc?.get) throw new Error('GPUAdapter.prototype.info is not an accessor: the shim needs updating');
  const get = desc.get;
  Object.defineProperty(proto, 'info', {
    ...desc,
    get(this: GPUAdapter) {
      const info = get.call(this) as GPUAdapterInfo;
      return { vendor: info.vendor, architecture: '', device: info.device, description: '', isFallbackAdapter: false };
    },
  });
}

function linkV080Library(): void {
  const instantiate = WebAssembly.instantiate;
  const withStubs = (imports?: WebAssembly.Imports): WebAssembly.Imports | undefined => {
    const env = imports?.env as WebAssembly.ModuleImports | undefined;
    if (!env) return imports;
    const extra: Record<string, WebAssembly.ImportValue> = {};
    for (const name of MISSING_RUNTIME_IMPORTS) {
      if (!(name in env)) extra[name] = () => { throw new Error(`${name} is not provided by this web-llm runtime`); };
    }
    return Object.keys(extra).length ? { ...imports, env: { ...env, ...extra } } : imports;
  };
  WebAssembly.instantiate = ((source: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports) =>
    instantiate(source as BufferSource, withStubs(imports))) as typeof WebAssembly.instantiate;
}

function skipSamplingShader(): void {
  const create = GPUDevice.prototype.createShaderModule;
  GPUDevice.prototype.createShaderModule = function (this: GPUDevice, descriptor: GPUShaderModuleDescriptor) {
    if (new RegExp(`\\bfn ${UNCOMPILABLE_ENTRY}\\s*\\(`).test(descriptor.code)) {
      return create.call(this, { ...descriptor, code: `@compute @workgroup_size(1) fn ${UNCOMPILABLE_ENTRY}() {}` });
    }
    return create.call(this, descriptor);
  };
}

/** Installs all three inside the model worker, before web-llm loads. */
export function installWorkerShims(): void {
  patchAdapterInfo();
  linkV080Library();
  skipSamplingShader();
}
