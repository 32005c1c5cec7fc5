/**
 * What the real web-llm 0.2.86 does that the fake engine (test/llm/fake-engine.ts) copies, checked
 * on web-llm's own MLCEngine in the page (the shims go first, as in the worker). Aborted
 * downloads are cheap here: no shaders get compiled.
 */
import './install-shims.ts';
import { expect } from '@open-wc/testing';
import { MLCEngine, type InitProgressReport } from '@mlc-ai/web-llm';
import { clearWebLlmCaches, server } from './harness.ts';

describe('web-llm 0.2.86 facts the fake engine copies', function () {
  this.timeout(120000);

  it('unload() during the download: reload() resolves quietly, then nothing is loaded', async () => {
    await clearWebLlmCaches();
    await server.reset();
    const info = await server.info();
    await server.fault(info.shards.at(-1)!, 'stall');
    const record = {
      model: new URL(`/llm/${info.modelId}/resolve/main/`, location.href).href,
      model_id: info.modelId,
      model_lib: new URL(`/llm/${info.libFile}`, location.href).href,
      model_type: 1,
    };
    const engine = new MLCEngine({ appConfig: { model_list: [record] }, logLevel: 'ERROR' });
    const texts: string[] = [];
    let downloading!: () => void;
    const started = new Promise<void>((resolve) => (downloading = resolve));
    engine.setInitProgressCallback((r: InitProgressReport) => {
      texts.push(r.text);
      if (r.text.startsWith('Fetching param cache')) downloading();
    });
    const reload = engine.reload(info.modelId).then(() => 'resolved', (e: unknown) => e);
    await started;
    await engine.unload();
    expect(await reload).to.equal('resolved');
    expect(texts[0]).to.equal('Start to fetch params');
    const after = await engine.embeddings.create({ input: ['boots'] }).catch((e: Error) => e);
    expect((after as Error).name).to.equal('ModelNotLoadedError');
  });
});
