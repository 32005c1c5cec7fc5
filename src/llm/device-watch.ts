/**
 * Notices WebGPU device loss in the worker. web-llm creates its GPUDevice internally and, when the
 * device is lost mid-answer, only logs and unloads — a generation in flight may then never end. So
 * every device requested through `GPUAdapter.prototype.requestDevice` gets a `lost` watcher that
 * reports losses other than our own `destroy()` (reason `destroyed`, which web-llm's unload causes).
 */

type RequestDevice = (this: GPUAdapter, descriptor?: GPUDeviceDescriptor) => Promise<GPUDevice>;

/** Patches `proto.requestDevice`; returns a function that restores it. */
export function watchDeviceLoss(
  proto: { requestDevice: RequestDevice } | undefined | null,
  onLost: (message: string) => void,
): () => void {
  if (!proto || typeof proto.requestDevice !== 'function') return () => {};
  const original = proto.requestDevice;
  proto.requestDevice = async function (this: GPUAdapter, descriptor?: GPUDeviceDescriptor) {
    const device = await original.call(this, descriptor);
    void device.lost.then((info) => {
      if (info.reason !== 'destroyed') onLost(info.message || `GPU device lost (${info.reason})`);
    });
    return device;
  };
  return () => {
    proto.requestDevice = original;
  };
}
