import { expect } from '@open-wc/testing';
import {
  ContextLengthError,
  DeviceLostError,
  InvalidJsonError,
  LlmAbortError,
  LlmError,
  ModelCacheError,
  ModelConfigError,
  ModelDownloadError,
  OutOfMemoryError,
  StorageQuotaError,
  WebGpuUnavailableError,
  WorkerCrashedError,
  classifyError,
  deserializeError,
  isAbortError,
  serializeError,
} from '../../src/llm/errors.ts';

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('classifyError', () => {
  const load = { step: 'load' as const };
  const gen = { step: 'generate' as const };

  it('web-llm errors by name', () => {
    expect(classifyError(named('WebGPUNotAvailableError', 'WebGPU is not supported'), load)).to.be.instanceOf(WebGpuUnavailableError);
    expect(classifyError(named('ShaderF16SupportError', 'This model requires WebGPU extension shader-f16'), load)).to.be.instanceOf(WebGpuUnavailableError);
    expect(classifyError(named('ContextWindowSizeExceededError', 'Prompt tokens exceed context window size'), gen)).to.be.instanceOf(ContextLengthError);
    expect(classifyError(named('ModelNotFoundError', 'Cannot find model record'), load)).to.be.instanceOf(ModelConfigError);
  });

  it('device loss: out of memory while loading, device lost while answering', () => {
    const e = named('DeviceLostError', 'The WebGPU device was lost while loading the model.');
    expect(classifyError(e, load)).to.be.instanceOf(OutOfMemoryError);
    expect(classifyError(e, gen)).to.be.instanceOf(DeviceLostError);
  });

  it('browser storage and network errors', () => {
    expect(classifyError(new DOMException('Quota exceeded.', 'QuotaExceededError'), load)).to.be.instanceOf(StorageQuotaError);
    expect(classifyError(new TypeError("Failed to execute 'add' on 'Cache': Request failed"), load)).to.be.instanceOf(ModelDownloadError);
    expect(classifyError(new TypeError('Failed to fetch'), load)).to.be.instanceOf(ModelDownloadError);
    expect(classifyError(new Error('anything'), { step: 'load', online: false })).to.be.instanceOf(ModelDownloadError);
  });

  it('damaged cached files', () => {
    expect(classifyError(new SyntaxError('Unexpected end of JSON input'), load)).to.be.instanceOf(ModelCacheError);
    expect(classifyError(new RangeError('Offset is outside the bounds of the DataView'), load)).to.be.instanceOf(ModelCacheError);
    expect(classifyError(new Error('weird'), { step: 'load', readingCache: true })).to.be.instanceOf(ModelCacheError);
    expect(classifyError(named('IntegrityError', 'Integrity verification failed'), load)).to.be.instanceOf(ModelCacheError);
  });

  it('memory errors', () => {
    expect(classifyError(new RangeError('WebAssembly.Memory(): could not allocate memory'), load)).to.be.instanceOf(OutOfMemoryError);
    expect(classifyError(new RangeError('Array buffer allocation failed'), gen)).to.be.instanceOf(OutOfMemoryError);
  });

  it('aborts', () => {
    const e = classifyError(new DOMException('The user aborted a request.', 'AbortError'), gen);
    expect(e).to.be.instanceOf(LlmAbortError);
    expect(isAbortError(e)).to.be.true;
    expect(isAbortError(new DOMException('x', 'AbortError'))).to.be.true;
    expect(isAbortError(new Error('x'))).to.be.false;
  });

  it('unknown errors keep their message', () => {
    const e = classifyError('something odd', gen);
    expect(e.kind).to.equal('unknown');
    expect(e.message).to.equal('something odd');
    expect(e.fatal).to.be.false;
  });
});

describe('error serialization across the worker boundary', () => {
  it('rebuilds the same class, kind and details', () => {
    const cases: LlmError[] = [
      new WebGpuUnavailableError('no gpu'),
      new ModelDownloadError('net', new TypeError('Failed to fetch')),
      new StorageQuotaError('full', 500, 100),
      new ModelCacheError('bad'),
      new DeviceLostError('lost'),
      new OutOfMemoryError('oom'),
      new WorkerCrashedError('gone'),
      new LlmAbortError('stop'),
      new ContextLengthError('long'),
      new InvalidJsonError('{"a":'),
      new ModelConfigError('bad attr'),
    ];
    for (const original of cases) {
      const copy = deserializeError(structuredClone(serializeError(original)));
      expect(copy.constructor).to.equal(original.constructor);
      expect(copy.kind).to.equal(original.kind);
      expect(copy.message).to.equal(original.message);
      expect(copy.fatal).to.equal(original.fatal);
    }
    const q = deserializeError(serializeError(new StorageQuotaError('full', 500, 100))) as StorageQuotaError;
    expect([q.neededBytes, q.freeBytes]).to.deep.equal([500, 100]);
    expect((deserializeError(serializeError(new InvalidJsonError('{"a":'))) as InvalidJsonError).raw).to.equal('{"a":');
    const withCause = deserializeError(serializeError(new ModelDownloadError('net', new TypeError('Failed to fetch'))));
    expect((withCause.cause as Error).name).to.equal('TypeError');
  });
});
