/** Injected `navigator.gpu` stand-ins for the capability branches real headless Chromium cannot show. */

export interface FakeAdapterOptions {
  f16?: boolean;
  fallback?: boolean;
  vendor?: string;
  architecture?: string;
  limits?: Partial<GPUSupportedLimits>;
}

const MB = 1024 * 1024;

export function fakeAdapter(o: FakeAdapterOptions = {}): GPUAdapter {
  const limits = {
    maxBufferSize: 2048 * MB,
    maxStorageBufferBindingSize: 2048 * MB,
    maxComputeWorkgroupStorageSize: 32 * 1024,
    maxStorageBuffersPerShaderStage: 10,
    maxComputeInvocationsPerWorkgroup: 1024,
    ...o.limits,
  };
  return {
    features: new Set(o.f16 === false ? [] : ['shader-f16']),
    limits,
    info: {
      vendor: o.vendor ?? 'nvidia',
      architecture: o.architecture ?? 'ampere',
      description: '',
      device: '',
      isFallbackAdapter: o.fallback ?? false,
    },
    requestDevice: async () => {
      throw new Error('fake adapter');
    },
  } as unknown as GPUAdapter;
}

/** `requestAdapter` resolving to `adapter`, or throwing / never answering. */
export function fakeGpu(adapter: GPUAdapter | null | 'throw' | 'hang'): Pick<GPU, 'requestAdapter'> {
  return {
    requestAdapter: () => {
      if (adapter === 'throw') return Promise.reject(new Error('adapter request failed'));
      if (adapter === 'hang') return new Promise(() => {});
      return Promise.resolve(adapter);
    },
  };
}
