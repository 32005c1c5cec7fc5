import { expect } from '@open-wc/testing';
import { watchDeviceLoss } from '../../src/llm/device-watch.ts';

function fakeProto(lost: Promise<GPUDeviceLostInfo>) {
  const device = { lost } as unknown as GPUDevice;
  return { requestDevice: async function (this: GPUAdapter) { return device; } as (this: GPUAdapter) => Promise<GPUDevice> };
}

describe('watchDeviceLoss', () => {
  it('reports a device lost for a reason other than destroy()', async () => {
    let resolve!: (i: GPUDeviceLostInfo) => void;
    const proto = fakeProto(new Promise((r) => (resolve = r)));
    const seen: string[] = [];
    const restore = watchDeviceLoss(proto, (m) => seen.push(m));
    await proto.requestDevice.call({} as GPUAdapter);
    resolve({ reason: 'unknown', message: 'D3D12 device removed' } as GPUDeviceLostInfo);
    await new Promise((r) => setTimeout(r));
    expect(seen).to.deep.equal(['D3D12 device removed']);
    restore();
  });

  it('ignores our own destroy() (web-llm unload)', async () => {
    const proto = fakeProto(Promise.resolve({ reason: 'destroyed', message: '' } as GPUDeviceLostInfo));
    const seen: string[] = [];
    watchDeviceLoss(proto, (m) => seen.push(m));
    await proto.requestDevice.call({} as GPUAdapter);
    await new Promise((r) => setTimeout(r));
    expect(seen).to.deep.equal([]);
  });

  it('restores the original requestDevice; tolerates a missing GPUAdapter', () => {
    const proto = fakeProto(new Promise(() => {}));
    const original = proto.requestDevice;
    const restore = watchDeviceLoss(proto, () => {});
    expect(proto.requestDevice).to.not.equal(original);
    restore();
    expect(proto.requestDevice).to.equal(original);
    expect(() => watchDeviceLoss(undefined, () => {})()).to.not.throw();
  });
});
