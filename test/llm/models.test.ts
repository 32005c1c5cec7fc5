import { expect } from '@open-wc/testing';
// Test code may import web-llm (only product main-thread code must not): it checks our copies.
import { modelLibURLPrefix, modelVersion, prebuiltAppConfig } from '@mlc-ai/web-llm';
import type { Capability } from '../../src/llm/capability.ts';
import { MODELS, MODEL_LIB_BASE, chooseModel, f32Twin, findModel, isThinkingModel, resolveConfig } from '../../src/llm/models.ts';

const capable: Capability = { ok: true, problem: null, detail: '', adapter: null, shaderF16: true, deviceMemoryGB: 8, vramBudgetMB: 2200 };

describe('model table', () => {
  it("matches web-llm 0.2.86's prebuilt records exactly", () => {
    expect(MODEL_LIB_BASE).to.equal(`${modelLibURLPrefix}${modelVersion}/`);
    for (const spec of MODELS) {
      const real = prebuiltAppConfig.model_list.find((r) => r.model_id === spec.record.model_id);
      expect(real, spec.record.model_id).to.exist;
      expect(spec.record, spec.record.model_id).to.deep.equal(real);
    }
  });

  it('every f16 model has its f32 twin in the table and vice versa', () => {
    for (const spec of MODELS.filter((m) => !m.embedding)) {
      expect(spec.twin, spec.record.model_id).to.be.a('string');
      expect(findModel(spec.twin!)?.twin).to.equal(spec.record.model_id);
      expect(spec.f16).to.equal(/q4f16/.test(spec.record.model_id));
    }
    expect(f32Twin('Llama-3.2-1B-Instruct-q4f16_1-MLC')).to.equal('Llama-3.2-1B-Instruct-q4f32_1-MLC');
    expect(f32Twin('Phi-3.5-mini-instruct-q4f16_1-MLC')).to.equal('Phi-3.5-mini-instruct-q4f32_1-MLC');
  });
});

describe('resolveConfig', () => {
  const base = 'https://shop.example/products/shoe.html';
  it('reads the model attribute', () => {
    expect(resolveConfig({}, base)).to.deep.equal({ mode: 'auto' });
    expect(resolveConfig({ model: 'auto' }, base)).to.deep.equal({ mode: 'auto' });
    expect(resolveConfig({ model: 'none' }, base)).to.deep.equal({ mode: 'none' });
    expect(resolveConfig({ model: 'prompt-api' }, base)).to.deep.equal({ mode: 'prompt-api' });
    expect(resolveConfig({ model: 'Qwen3-0.6B-q4f16_1-MLC' }, base)).to.deep.equal({ mode: 'explicit', modelId: 'Qwen3-0.6B-q4f16_1-MLC' });
  });

  it('self-hosted: takes the id from the folder name and web-llm metadata for a known model', () => {
    const r = resolveConfig({ modelUrl: '/llm/Qwen2.5-0.5B-Instruct-q4f16_1-MLC/', modelLibUrl: '/llm/qwen.wasm' }, base);
    expect(r.mode).to.equal('explicit');
    expect(r.modelId).to.equal('Qwen2.5-0.5B-Instruct-q4f16_1-MLC');
    expect(r.record).to.deep.include({ model: 'https://shop.example/llm/Qwen2.5-0.5B-Instruct-q4f16_1-MLC/', model_lib: 'https://shop.example/llm/qwen.wasm', vram_required_MB: 944.62 });
    expect(r.record?.overrides).to.deep.equal({ context_window_size: 4096 });
  });

  it('self-hosted weights of a known model may keep web-llm’s library URL', () => {
    const r = resolveConfig({ modelUrl: 'https://cdn.example/m/Llama-3.2-1B-Instruct-q4f16_1-MLC/resolve/main/' }, base);
    expect(r.modelId).to.equal('Llama-3.2-1B-Instruct-q4f16_1-MLC');
    expect(r.record?.model_lib).to.equal(findModel('Llama-3.2-1B-Instruct-q4f16_1-MLC')!.record.model_lib);
  });

  it('an unknown self-hosted model needs model-lib-url', () => {
    const r = resolveConfig({ modelUrl: '/llm/my-model/' }, base);
    expect(r.mode).to.equal('none');
    expect(r.error).to.contain('model-lib-url');
    const ok = resolveConfig({ modelUrl: '/llm/my-model-q4f16_1/', modelLibUrl: '/llm/my.wasm' }, base);
    expect(ok.record?.required_features).to.deep.equal(['shader-f16']);
  });
});

describe('chooseModel', () => {
  it('by language and memory', () => {
    const pick = (lang: 'en' | 'zh-CN', vramBudgetMB: number, shaderF16 = true) => {
      const r = chooseModel({ mode: 'auto' }, { ...capable, vramBudgetMB, shaderF16 }, lang);
      return r.ok ? r.choice.modelId : r.problem;
    };
    expect(pick('en', 2200)).to.equal('Llama-3.2-1B-Instruct-q4f16_1-MLC');
    expect(pick('en', 2200, false)).to.equal('Llama-3.2-1B-Instruct-q4f32_1-MLC');
    expect(pick('en', 600)).to.equal('SmolLM2-360M-Instruct-q4f16_1-MLC');
    expect(pick('en', 300)).to.equal('too-large');
    expect(pick('zh-CN', 2200)).to.equal('Qwen2.5-1.5B-Instruct-q4f16_1-MLC');
    expect(pick('zh-CN', 1800, false)).to.equal('Qwen2.5-0.5B-Instruct-q4f32_1-MLC');
    expect(pick('zh-CN', 1200)).to.equal('Qwen2.5-0.5B-Instruct-q4f16_1-MLC');
    expect(pick('zh-CN', 600)).to.equal('too-large');
  });

  it('skips models that already failed', () => {
    const r = chooseModel({ mode: 'auto' }, capable, 'en', ['Llama-3.2-1B-Instruct-q4f16_1-MLC']);
    expect(r.ok && r.choice.modelId).to.equal('Qwen2.5-0.5B-Instruct-q4f16_1-MLC');
  });

  it('an unlisted prebuilt id is passed on for the worker to resolve', () => {
    const r = chooseModel({ mode: 'explicit', modelId: 'Phi-3.5-mini-instruct-q4f16_1-MLC' }, capable, 'en');
    expect(r.ok && r.choice.record).to.equal(null);
    expect(r.ok && r.choice.downloadBytes).to.equal(null);
    expect(r.ok && r.choice.label).to.equal('Phi 3.5 mini instruct');
  });

  it('knows which models think aloud', () => {
    expect(isThinkingModel('Qwen3-0.6B-q4f16_1-MLC')).to.be.true;
    expect(isThinkingModel('Qwen2.5-0.5B-Instruct-q4f16_1-MLC')).to.be.false;
  });
});
