/**
 * A slim line above the conversation about the on-device model: an opt-in hint while one is available,
 * download progress while it loads, and a notice when it failed. The full controls live in settings
 * (the model layer's own `<shop-guide-model-status>`).
 */
import { html, nothing, type TemplateResult } from '../lit.ts';
import type { AssistantRuntime } from '../../runtime/assistant.ts';

export function renderModelBar(rt: AssistantRuntime, openSettings: () => void): TemplateResult | typeof nothing {
  const m = rt.models;
  if (!m) return nothing;
  const st = m.status;
  const s = rt.strings.ui;
  if (st.phase === 'loading') {
    // The percentage is the download's; web-llm's later steps (reading the cache, compiling shaders)
    // restart at 0 and download nothing, so they show as "getting ready" (a load from the cache too).
    const f = st.progress?.stage === 'downloading' ? st.progress.fraction : null;
    const pct = typeof f === 'number' ? Math.round(f * 100) : null;
    return html`<div class="model-bar" part="model-bar">
      <span>${s.modelLoading(pct)}</span>
      ${pct === null
        ? html`<progress aria-label=${s.modelLoading(pct)}></progress>`
        : html`<progress max="100" .value=${pct} aria-label=${s.modelLoading(pct)}></progress>`}
      <button type="button" class="link" @click=${openSettings}>${s.modelDetails}</button>
    </div>`;
  }
  if (st.phase === 'available' && !st.cached) {
    return html`<div class="model-bar" part="model-bar">
      <span>${s.modelOffer}</span>
      <button type="button" class="link" @click=${openSettings}>${s.modelSetUp}</button>
    </div>`;
  }
  if (st.phase === 'error') {
    return html`<div class="model-bar warn" part="model-bar" role="status">
      <span>${s.modelFailed}</span>
      <button type="button" class="link" @click=${openSettings}>${s.modelDetails}</button>
    </div>`;
  }
  return nothing;
}
