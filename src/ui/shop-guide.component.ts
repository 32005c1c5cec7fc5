import type { AnswerSummary } from '../assistant/summary.ts';
import { launcherLabels, resolveLang } from '../i18n/lang.ts';
import type { Lang } from '../i18n/types.ts';
import { whenIdle } from '../when-idle.ts';
import type { ChatHost } from './chat-host.ts';
import { emit } from './events.ts';
import { LazyElement, attributeProps, sheet } from './lazy-element.ts';
import { launcherCss } from './shop-guide.launcher-css.ts';

let panelCount = 0;
let launcherSheet: CSSStyleSheet | null = null;

/** What the lazily loaded panel (shop-guide.panel.ts) does for the shell. */
export interface GuidePanel {
  /** Draws the panel's contents into `panelSection` (called on every update of the element). */
  update(changed: ReadonlyMap<string, string | null>): void;
  ask(text: string): Promise<AnswerSummary | null>;
  openSettings(): Promise<void>;
  focusInput(): void;
  /** Loads the chat module and the assistant runtime without sending anything. */
  warm(): void;
}

/** The launcher's icon, built with DOM calls: innerHTML is a Trusted Types sink (blocked under `require-trusted-types-for`). */
function launcherIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  for (const [k, v] of [['viewBox', '0 0 24 24'], ['fill', 'none'], ['stroke', 'currentColor'], ['stroke-width', '2'], ['aria-hidden', 'true']]) svg.setAttribute(k!, v!);
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}

/**
 * The shopping assistant: a launcher button and a chat panel.
 *
 * This shell is all the first script carries (no Lit, no other dependency): it draws the launcher and
 * keeps the element's attributes. The panel (header, conversation, text box, settings) is a separate
 * module loaded on the shopper's intent — pointer on or focus in the launcher, the panel opened,
 * `ask()` — or in idle time when the shop set `model-preload`; the catalog, search index and model
 * load with it, never before. Idle time only records the page's own product (no feed download).
 *
 * @csspart launcher - The round button that opens the panel.
 * @csspart panel - The chat panel.
 * @csspart header - The panel's title bar.
 * @csspart close-button - The close button in the header.
 * @csspart settings-button - The header button that opens privacy and model settings.
 * @csspart messages - The scrolling conversation.
 * @csspart message - One message bubble.
 * @csspart input-form - The form around the text box.
 * @csspart input - The text box.
 * @csspart send-button - The send button (it becomes the stop button while an answer streams).
 * @csspart model-bar - The line above the conversation about the on-device model (offer, download progress).
 * @csspart suggestions - A row of suggested questions; @csspart suggestion - one of them.
 * @csspart cards - The product cards of an answer; the cards' own parts as `product-card`, `product-title`, `product-price`…
 * @csspart compare-table - A comparison table.
 * @csspart review-summary - A review summary (rating chart, pros and cons).
 * @csspart notice - A note under an answer (removed unverified content, model fallback, stopped).
 * @csspart retry-button - "Try again" under the last answer.
 * @csspart settings - The privacy and model settings view.
 *
 * @cssproperty --shop-guide-accent - Brand colour (launcher, header, your messages).
 * @cssproperty --shop-guide-font - Font family.
 * @cssproperty --shop-guide-radius - Panel corner radius.
 *
 * @fires shop-guide-open - The panel opened.
 * @fires shop-guide-close - The panel closed.
 * @fires shop-guide-add-to-cart - A product card's "Add to cart" was pressed: `{ productId, source }`.
 */
export class ShopGuide extends LazyElement implements ChatHost {
  /** `bottom-right` (default), `bottom-left` or `inline` (panel always shown, in the page flow). */
  declare position: 'bottom-right' | 'bottom-left' | 'inline';
  /** First message the assistant shows. Defaults to a translated greeting. */
  declare greeting: string;
  /** Whether the panel is open. */
  declare open: boolean;
  /** `auto` (default), `none` (retrieval-only), `prompt-api`, or a web-llm model id. */
  declare model: string | null;
  /** Self-hosted model weights (folder URL). */
  declare modelUrl: string | null;
  /** Self-hosted model library (.wasm URL). */
  declare modelLibUrl: string | null;
  /** Start loading the model without waiting for the shopper to opt in. */
  declare modelPreload: boolean;
  /** Same-origin catalog feed for large shops (JSON, NDJSON, Merchant XML/TSV, Shopify, WooCommerce, CSV). */
  declare catalogSrc: string | null;
  /** Shop owners: shows the catalog check (what was read, what is missing, every warning) on the page. */
  declare debug: boolean;

  readonly panelId = `shop-guide-panel-${++panelCount}`;
  /** Where the panel draws (hidden until it has loaded and the panel is open). */
  readonly panelSection: HTMLElement;
  private launcher: HTMLButtonElement | null = null;
  private panel: GuidePanel | null = null;
  private panelLoad: Promise<GuidePanel | null> | null = null;
  private panelFailed = false;
  private hasUpdated = false;
  /** Focus to move once the panel has drawn (after opening) or closed. */
  private focusNext: 'input' | 'launcher' | null = null;
  private idleHandle: unknown = null;

  constructor() {
    super();
    this.renderRoot.adoptedStyleSheets = [(launcherSheet ??= sheet(launcherCss))];
    const section = document.createElement('section');
    section.id = this.panelId;
    section.className = 'panel';
    section.setAttribute('part', 'panel');
    section.hidden = true;
    this.panelSection = section;
    this.renderRoot.append(section);
  }

  get uiLang(): Lang {
    return resolveLang(this.lang, document.documentElement.lang);
  }

  get modelAttributes() {
    return { model: this.model, modelUrl: this.modelUrl, modelLibUrl: this.modelLibUrl, preload: this.modelPreload };
  }

  /** Opens the panel and moves focus to the text box. */
  show(): void {
    this.open = true;
  }

  /** Closes the panel and returns focus to the launcher. */
  hide(): void {
    this.open = false;
  }

  toggle(): void {
    this.open = !this.open;
  }

  /**
   * Opens the panel and asks a question, as if the shopper had typed it. Resolves to the answer's summary
   * (text, products shown, comparison, status: see README "guide.ask()"), or null for an empty question or
   * when the chat could not load.
   */
  async ask(question: string): Promise<AnswerSummary | null> {
    const text = question.trim();
    if (!text) return null;
    this.show();
    const panel = await this.loadPanel();
    return panel ? panel.ask(text) : null;
  }

  focusInput(): void {
    this.panel?.focusInput();
  }

  /** The catalog check for shop owners: products by source, fields missing for good answers, every warning (README, "Catalog check"). */
  diagnostics(): Promise<import('../catalog/diagnostics.ts').CatalogReport> {
    return import('../runtime/diagnostics.ts').then((m) => m.catalogDiagnostics());
  }

  private debugView: HTMLElement | null = null;

  /** The `debug` attribute: draw the catalog check (loaded only then) or take it away. */
  private syncDebug(): void {
    if (!this.debug) {
      this.debugView?.remove();
      this.debugView = null;
      return;
    }
    if (this.debugView) return;
    this.debugView = this.renderRoot.appendChild(document.createElement('div'));
    void this.track(
      Promise.all([this.diagnostics(), import('./catalog-debug.ts')]).then(
        ([report, view]) => {
          console.info('[shop-guide] catalog check', report);
          if (!this.debug || !this.debugView) return;
          const box = view.renderCatalogDebug(this.renderRoot, report, () => (this.debug = false));
          this.debugView.replaceWith(box);
          this.debugView = box;
        },
        (e) => console.warn('[shop-guide] the catalog check could not run', e),
      ),
    );
  }

  openSettings = async (): Promise<void> => {
    this.show();
    const panel = await this.loadPanel();
    await panel?.openSettings();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Idle time on the host page: note the product being viewed (for recommendations), from the page's
    // own products only. The panel stays unloaded until the shopper shows interest, unless the shop
    // asked for the model to be preloaded: then the chat starts now and its model manager begins loading.
    this.idleHandle ??= whenIdle(() => {
      if (this.modelPreload) this.warm();
      import('../runtime/assistant-idle.ts')
        .then((m) => m.onIdle(this))
        .catch((e) => console.warn('[shop-guide] could not start in the background', e));
    }, 4000, 1500);
  }

  /** Loads the panel module (once). Never throws: a failure leaves the launcher and a console warning. */
  private loadPanel(): Promise<GuidePanel | null> {
    return (this.panelLoad ??= this.track(
      import('./shop-guide.panel.ts').then(
        (m) => {
          this.panel = m.createPanel(this);
          this.requestUpdate();
          return this.panel;
        },
        (e) => {
          console.warn('[shop-guide] the chat could not load', e);
          this.panelLoad = null;
          this.panelFailed = true;
          this.requestUpdate();
          return null;
        },
      ),
    ));
  }

  /** The shopper is about to use the widget: fetch the panel, the chat and the assistant runtime. */
  private warm = (): void => {
    void this.loadPanel().then((p) => p?.warm());
  };

  private onLauncherKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.hide();
    }
  };

  protected update(changed: ReadonlyMap<string, string | null>): void {
    const inline = this.position === 'inline';
    if (inline && !this.open) {
      this.open = true; // comes back as another update
      return;
    }
    const first = !this.hasUpdated;
    this.hasUpdated = true;
    if (changed.has('open') && !first) {
      emit(this, this.open ? 'shop-guide-open' : 'shop-guide-close', {});
      this.focusNext = this.open ? (inline ? null : 'input') : 'launcher';
    }
    if (this.open && !this.panelLoad && !this.panelFailed) this.warm();

    if (inline) {
      this.launcher?.remove();
      this.launcher = null;
    } else if (!this.launcher) {
      const b = document.createElement('button');
      b.className = 'launcher';
      b.type = 'button';
      b.setAttribute('part', 'launcher');
      b.setAttribute('aria-controls', this.panelId);
      b.append(launcherIcon());
      b.onclick = () => this.toggle();
      b.onkeydown = this.onLauncherKeydown;
      b.onpointerenter = b.onfocus = this.warm;
      this.renderRoot.prepend(b);
      this.launcher = b;
    }
    if (this.launcher) {
      this.launcher.setAttribute('aria-label', launcherLabels[this.uiLang]);
      this.launcher.setAttribute('aria-expanded', String(this.open));
    }

    if (changed.has('debug')) this.syncDebug();
    this.panel?.update(changed);
    this.panelSection.hidden = !this.open || !this.panel;
    if (this.focusNext === 'launcher') {
      this.launcher?.focus();
      this.focusNext = null;
    } else if (this.focusNext === 'input' && this.panel) {
      this.panel.focusInput();
      this.focusNext = null;
    }
  }
}

attributeProps(ShopGuide, {
  position: ['position', 'string', 'bottom-right'],
  greeting: ['greeting', 'string', ''],
  open: ['open', 'boolean'],
  model: ['model', 'string'],
  modelUrl: ['model-url', 'string'],
  modelLibUrl: ['model-lib-url', 'string'],
  modelPreload: ['model-preload', 'boolean'],
  catalogSrc: ['catalog-src', 'string'],
  debug: ['debug', 'boolean'],
});
