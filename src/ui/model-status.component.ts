import { LitElement, html, nothing, type PropertyValues, type TemplateResult, property, state } from './lit.ts';
import { cssProps } from './css-props.ts';
import { resolveLang, stringsFor } from '../i18n/index.ts';
import type { ModelManager, ModelStatus } from '../llm/model-manager.ts';
import { PROMPT_API_CHOICE } from '../llm/model-manager.ts';
import { StorageQuotaError } from '../llm/errors.ts';
import { formatBytes, formatPercent, modelStrings, type ModelStrings } from '../llm/strings.ts';
import { modelStatusStyles } from './model-status.styles.ts';

let count = 0;

/**
 * The model panel the chat embeds: why a model can or cannot run here, the opt-in with its download
 * size, a progress bar with cancel, remove / turn off, and failures with the way out. It renders
 * `manager.status` and calls the manager; it holds no logic of its own.
 *
 * Starts the manager's device check (no download) when connected, if nobody has yet.
 *
 * @csspart model-status - The card.
 * @csspart model-progress - The progress bar track.
 * @csspart model-button - Every button.
 * @cssproperty --shop-guide-accent - Buttons and the progress bar.
 */
export class ShopGuideModelStatus extends LitElement {
  static override styles = modelStatusStyles;

  /** The manager `<shop-guide>` created. */
  @property({ attribute: false }) manager: ModelManager | null = null;
  /** UI language (`en`, `zh-CN`); defaults to the manager's, then `<html lang>`. */
  @property() override lang = '';

  @state() private status: ModelStatus | null = null;

  private unsubscribe: (() => void) | null = null;
  private attached: ModelManager | null = null;
  private refocus = false;
  private readonly uid = `shop-guide-model-${++count}`;

  private get s(): ModelStrings {
    return modelStrings[resolveLang(this.lang, this.manager?.lang, document.documentElement.lang)];
  }

  private get locale(): string {
    return stringsFor(resolveLang(this.lang, this.manager?.lang, document.documentElement.lang)).locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('manager') && this.isConnected) this.attach();
  }

  protected override updated(): void {
    if (!this.refocus) return;
    // The clicked button may be gone after a phase change (Download → Cancel): keep focus in the card,
    // but never take it from wherever the shopper has moved on to.
    const root = this.getRootNode() as Document | ShadowRoot;
    const lost = !root.activeElement || root.activeElement === document.body;
    if (this.shadowRoot?.activeElement) return;
    this.refocus = false;
    if (!lost && root.activeElement !== this) return;
    const target = this.renderRoot.querySelector<HTMLElement>('.actions button') ?? this.renderRoot.querySelector<HTMLElement>('.main');
    target?.focus();
  }

  private attach(): void {
    // connectedCallback and the first willUpdate both get here for a manager set before connection.
    if (this.unsubscribe && this.attached === this.manager) return;
    this.detach();
    if (!this.manager) return;
    this.attached = this.manager;
    this.status = this.manager.status;
    this.unsubscribe = this.manager.subscribe((s) => (this.status = s));
    // The check is local and cheap (no download, no worker); usually the runtime has started it already.
    void this.manager.start();
  }

  private detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.attached = null;
  }

  /** Runs a manager action from a button. The manager's methods are idempotent, so no busy lock:
   * a download takes minutes and Cancel must stay usable throughout. */
  private act(action: () => Promise<void> | void): () => void {
    return () => {
      this.refocus = true;
      void action();
    };
  }

  private size(bytes: number | null | undefined): string | null {
    return bytes ? formatBytes(bytes, this.locale) : null;
  }

  protected override render() {
    const st = this.status;
    if (!st || st.phase === 'disabled') return nothing;
    const s = this.s;
    const body = this.body(st, s);
    if (!body) return nothing;
    const compact = st.phase === 'ready' || st.phase === 'declined' || st.phase === 'checking' || st.phase === 'idle';
    return html`
      <section
        class="card ${compact ? 'compact' : ''} ${st.phase === 'error' ? 'error' : ''}"
        part="model-status"
        aria-labelledby="${this.uid}-heading"
        aria-busy=${st.phase === 'loading' || st.phase === 'checking' ? 'true' : 'false'}
      >
        <h3 id="${this.uid}-heading" class="visually-hidden">${s.heading}</h3>
        ${body}
      </section>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement(st, s)}</div>
    `;
  }

  /** Short text for screen readers on phase changes (not every progress tick). */
  private announcement(st: ModelStatus, s: ModelStrings): string {
    switch (st.phase) {
      case 'loading':
        return st.progress?.stage === 'downloading' ? s.downloadStarted : s.preparing;
      case 'ready':
        return readyText(st, s);
      case 'error':
        return this.errorText(st, s);
      case 'unsupported':
        return st.problem ? s.problems[st.problem] : '';
      default:
        return '';
    }
  }

  private errorText(st: ModelStatus, s: ModelStrings): string {
    const e = st.error;
    if (e instanceof StorageQuotaError && e.neededBytes && e.freeBytes !== null) return s.quota(formatBytes(e.neededBytes, this.locale), formatBytes(e.freeBytes, this.locale));
    return (e && s.errors[e.kind]) || s.errors.unknown;
  }

  private main(text: string): TemplateResult {
    return html`<p class="main" tabindex="-1">${text}</p>`;
  }

  private button(label: string, onClick: () => unknown, kind: 'primary' | 'secondary' | 'link' = 'secondary'): TemplateResult {
    return html`<button type="button" part="model-button" class=${kind} @click=${onClick}>${label}</button>`;
  }

  private body(st: ModelStatus, s: ModelStrings): TemplateResult | null {
    const m = this.manager!;
    const choice = st.choice;
    const stored = this.size(st.storedBytes);
    const removeButton = st.storedBytes > 0 ? this.button(stored ? s.remove(stored) : s.removeNoSize, this.act(() => m.remove()), 'link') : nothing;
    switch (st.phase) {
      case 'idle':
      case 'checking':
        return html`<p class="main note">${s.checking}</p>`;

      case 'unsupported':
        return html`${this.main(st.problem ? s.problems[st.problem] : s.errors.unknown)}<p class="note">${s.fallback}</p>`;

      case 'available': {
        if (!choice) return null;
        const actions = (primary: TemplateResult) => html`<div class="actions">${primary}${this.button(s.notNow, this.act(() => m.decline()))}${removeButton}</div>`;
        if (choice === PROMPT_API_CHOICE) {
          return html`${this.main(s.offerPromptApi)}<p class="note">${s.privacy}</p>${actions(this.button(s.turnOn, this.act(() => m.enable()), 'primary'))}`;
        }
        if (st.cached) {
          return html`${this.main(s.cachedOffer(choice.label))}<p class="note">${s.privacy}</p>${actions(this.button(s.turnOn, this.act(() => m.enable()), 'primary'))}`;
        }
        const size = this.size(choice.downloadBytes);
        return html`
          ${st.evicted ? html`<p class="note">${s.evicted}</p>` : nothing}
          ${this.main(size ? s.offer(choice.label, size) : s.offerUnknownSize(choice.label))}
          <p class="note">${s.privacy}${choice.selfHosted ? html` ${s.selfHosted}` : nothing}</p>
          ${actions(this.button(size ? s.download(size) : s.downloadUnknownSize, this.act(() => m.enable()), 'primary'))}
        `;
      }

      case 'declined':
        return html`${this.main(st.cached ? s.declinedCached : s.declined)}
          <div class="actions">${this.button(s.turnOn, this.act(() => m.enable()), 'link')}${removeButton}</div>`;

      case 'loading':
        return html`${this.progress(st, s)}<div class="actions">${this.button(s.cancel, this.act(() => m.cancel()))}</div>`;

      case 'ready':
        return html`${this.main(readyText(st, s))}
          <div class="actions">${this.button(s.turnOff, this.act(() => m.decline()), 'link')}${removeButton}</div>`;

      case 'error': {
        const kind = st.error?.kind;
        let primary: TemplateResult | typeof nothing = this.button(s.retry, this.act(() => m.retry()), 'primary');
        if (kind === 'cache-corrupted') primary = this.button(s.downloadAgain, this.act(() => m.retry()), 'primary');
        else if (kind === 'device-lost' || kind === 'worker-crashed') primary = this.button(s.restart, this.act(() => m.retry()), 'primary');
        else if (kind === 'out-of-memory') {
          const smaller = st.smaller;
          const size = this.size(smaller?.downloadBytes);
          primary = smaller ? this.button(s.trySmaller(smaller.label, size ?? '?'), this.act(() => m.retry()), 'primary') : nothing;
        }
        return html`${this.main(this.errorText(st, s))}<p class="note">${s.fallback}</p>
          <div class="actions">${primary}${this.button(s.notNow, this.act(() => m.decline()))}${removeButton}</div>`;
      }
      default:
        return null;
    }
  }

  private progress(st: ModelStatus, s: ModelStrings): TemplateResult {
    const p = st.progress;
    const locale = this.locale;
    let label = s.preparing;
    let fraction: number | null = null;
    if (p?.stage === 'downloading') {
      fraction = p.fraction;
      if (p.loadedBytes !== undefined && p.totalBytes) label = s.downloading(formatBytes(p.loadedBytes, locale), formatBytes(p.totalBytes, locale));
      else if (p.loadedBytes) label = s.downloadingNoTotal(formatBytes(p.loadedBytes, locale));
      else if (p.fraction !== null) label = s.downloadingFraction(formatPercent(p.fraction, locale));
    } else if (p?.stage === 'loading') {
      label = s.loadingFromCache;
      fraction = p.fraction;
    } else if (p?.stage === 'compiling' || p?.stage === 'ready') {
      label = s.compiling;
      fraction = p.fraction;
    }
    const percent = fraction === null ? null : Math.round(fraction * 100);
    return html`
      <p class="main" id="${this.uid}-progress-label" tabindex="-1">${label}</p>
      <div
        class="bar ${percent === null ? 'indeterminate' : ''}"
        part="model-progress"
        role="progressbar"
        aria-labelledby="${this.uid}-progress-label"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${percent === null ? nothing : percent}
        aria-valuetext=${percent === null ? nothing : `${label} (${formatPercent(fraction!, locale)})`}
      >
        <div class="fill" style=${cssProps(percent === null ? {} : { width: `${percent}%` })}></div>
      </div>
    `;
  }
}

/** web-llm's `ModelType.embedding`: a model that embeds and cannot chat (`engine.canChat` false). */
const EMBEDDING_MODEL_TYPE = 1;

function readyText(st: ModelStatus, s: ModelStrings): string {
  const choice = st.choice;
  if (choice === PROMPT_API_CHOICE) return s.readyPromptApi;
  if (choice?.record?.model_type === EMBEDDING_MODEL_TYPE) return s.readyEmbedding(choice.label);
  return s.ready(choice?.label ?? '');
}
