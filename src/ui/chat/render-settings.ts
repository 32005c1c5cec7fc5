/** The settings view: the on-device model (the LLM layer's own panel) and the privacy panel. */
import { html, nothing, type TemplateResult } from '../lit.ts';
import type { AssistantRuntime } from '../../runtime/assistant.ts';
import type { Lang } from '../../i18n/types.ts';
import { priceMemoryStrings } from '../../i18n/price-memory.ts';
import { SettingsState } from './privacy-model.ts';

export { SettingsState };

export function renderSettings(state: SettingsState, rt: AssistantRuntime | null, lang: Lang): TemplateResult {
  if (!rt) return html`<div class="settings"><p class="pending"><span class="dots" aria-hidden="true"></span></p></div>`;
  const s = rt.strings.ui;
  const sum = state.summary;
  const pm = priceMemoryStrings[lang];
  const memory = state.priceMemory;
  return html`<div class="settings" part="settings">
    <section aria-labelledby="sg-model-title">
      <h3 id="sg-model-title" tabindex="-1">${s.modelTitle}</h3>
      ${rt.models ? html`<shop-guide-model-status .manager=${rt.models} lang=${lang} exportparts="model-status, model-progress, model-button"></shop-guide-model-status>` : html`<p class="muted">${rt.strings.modelFailed}</p>`}
    </section>
    <section aria-labelledby="sg-privacy-title">
      <h3 id="sg-privacy-title">${s.privacyTitle}</h3>
      <p class="muted">${s.privacyIntro}</p>
      ${!rt.history
        ? html`<p>${s.storageUnavailable}</p>`
        : html`
            ${sum?.notice === 'off' ? html`<p class="notice">${s.trackingOff}</p>` : nothing}
            ${sum?.notice === 'gpc' ? html`<p class="notice">${s.trackingGpc}</p>` : nothing}
            ${sum?.notice === 'memory' ? html`<p class="notice">${s.memoryOnly}</p>` : nothing}
            <p><strong>${s.storedEvents(sum?.total ?? 0)}</strong></p>
            ${sum && sum.byType.length
              ? html`<table class="stored">
                  <caption class="visually-hidden">${s.storedEvents(sum.total)}</caption>
                  <tbody>
                    ${sum.byType.map(([type, n]) => html`<tr><th scope="row">${s.eventType(type)}</th><td>${n}</td></tr>`)}
                  </tbody>
                </table>`
              : nothing}
            <h4>${pm.panelTitle}</h4>
            <p class="muted" part="price-memory-panel">${pm.panelBody(memory?.products ?? 0)}</p>
            ${memory?.products ? html`<p>${pm.panelChanges(memory.drops, memory.restocked)}</p>` : nothing}
            <h4>${s.profileTitle}</h4>
            ${sum?.profile.length
              ? html`<dl class="profile">${sum.profile.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`
              : html`<p class="muted">${s.profileEmpty}</p>`}
            <div class="actions">
              <button type="button" class="secondary" @click=${() => state.exportData()}>${s.exportData}</button>
              <button type="button" class="secondary" @click=${() => state.resetProfile()}>${s.resetProfile}</button>
              ${state.confirming
                ? nothing
                : html`<button type="button" class="danger" @click=${() => state.askClear()}>${s.clearData}</button>`}
            </div>
            ${state.confirming
              ? html`<div class="confirm" role="alertdialog" aria-labelledby="sg-confirm-text">
                  <p id="sg-confirm-text">${s.confirmClear}</p>
                  <button type="button" class="danger" ?disabled=${state.working} @click=${() => state.clear()}>${s.clearData}</button>
                  <button type="button" class="secondary" @click=${() => state.cancelClear()}>${s.cancel}</button>
                </div>`
              : nothing}
            <p class="muted" role="status">${state.message}</p>
          `}
    </section>
  </div>`;
}
