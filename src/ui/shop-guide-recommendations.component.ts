import { LitElement, css, nothing, type CSSResultGroup, type PropertyValues } from 'lit';
import { whenIdle } from '../when-idle.ts';
import { adoptLazyStyles } from './adopt-lazy-styles.ts';
import { property, state } from 'lit/decorators.js';

/** What the lazily loaded part (shop-guide-recommendations.view.ts) provides. */
export interface RecsView {
  readonly styles: CSSResultGroup;
  render(): unknown;
  /** Attributes changed: recompute. */
  changed(): void;
  connect(): void;
  disconnect(): void;
}

export type RecsState = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/**
 * Product recommendations a shop can place anywhere: `<shop-guide-recommendations mode="for-you">`.
 * This class is all the first load carries; the rest (catalog, history, recommender, cards) loads
 * when the element comes near the viewport, and never for a strip the shopper does not scroll to.
 *
 * @csspart list - The list of cards.
 * @csspart item - One list item.
 * @csspart card - (and image, title, price, rating, availability, reason, actions, view-link, add-to-cart, dismiss) of each card.
 * @csspart status - Loading, empty and error messages.
 * @csspart notice - The one-time "history kept for this page only" notice.
 *
 * @fires shop-guide-recommendations-render - Products were shown: `{ mode, productIds }`.
 * @fires shop-guide-add-to-cart - From a card: `{ productId, source }`.
 * @fires shop-guide-product-view - From a card: `{ productId, source, url }`.
 * @fires shop-guide-dismiss - From a card: `{ productId, source }`.
 */
export class ShopGuideRecommendations extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** `for-you` (default), `similar`, `bought-together` or `recently-viewed`. */
  @property({ reflect: true }) mode: 'for-you' | 'similar' | 'bought-together' | 'recently-viewed' = 'for-you';
  /** How many products (default 8). */
  @property({ type: Number }) limit = 8;
  /** The product for `similar` / `bought-together` (default: the page's product). */
  @property({ attribute: 'product-id' }) productId: string | null = null;
  /** `en` or `zh-CN`; defaults to the page's `<html lang>`. */
  @property() override lang = '';
  /** Accessible name of the list (default: the mode's name, translated). */
  @property() label: string | null = null;
  /** `grid`: cards wrap onto rows; default `row`: one scrollable row. */
  @property({ reflect: true }) layout: 'row' | 'grid' = 'row';
  /** "Not interested" buttons: on by default in for-you; `off` hides them, any other value shows them. */
  @property() dismissible: string | null = null;
  /** A same-origin JSON/NDJSON catalog (when the page has no `<shop-guide catalog-src>`). */
  @property({ attribute: 'catalog-src' }) catalogSrc: string | null = null;
  /** The shop's anonymised neighbour data (README, "Neighbour data"). */
  @property({ attribute: 'neighbours-src' }) neighboursSrc: string | null = null;
  /** `off`: record nothing on this page. */
  @property() tracking: string | null = null;
  /** `loading`, `ready`, `empty` or `error` — style on it, e.g. hide the section when empty. */
  @property({ reflect: true }) state: RecsState = 'idle';

  @state() protected view: RecsView | null = null;

  private observer: IntersectionObserver | null = null;
  private loading: Promise<void> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.view) {
      this.view.connect();
      return;
    }
    // Load when the shopper is about to see it (a margin ahead, so it is ready when it scrolls in).
    // A strip never seen costs the page nothing: no catalog, no feed, no recommender.
    if ('IntersectionObserver' in globalThis) {
      this.observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) void this.load();
        },
        { rootMargin: '400px' },
      );
      this.observer.observe(this);
    } else {
      whenIdle(() => this.isConnected && void this.load());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = null;
    this.view?.disconnect();
  }

  /** Loads the recommendations now (normally done when the element nears the viewport). */
  load(): Promise<void> {
    this.observer?.disconnect();
    this.observer = null;
    return (this.loading ??= import('./shop-guide-recommendations.view.ts')
      .then((m) => {
        const view = m.createRecsView(this);
        adoptLazyStyles(this, view.styles);
        this.view = view;
        if (this.isConnected) view.connect();
      })
      .catch((e) => {
        console.warn('[shop-guide] recommendations could not load', e);
        this.state = 'error';
        this.loading = null;
      }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    // What the recommender is asked. lang, label and dismissible only change the words and buttons,
    // which render() reads on every update (reasons are data, worded there): the cards keep their places.
    const keys = ['mode', 'limit', 'productId'] as const;
    if (this.view && keys.some((k) => (changed as Map<string, unknown>).has(k))) {
      this.view.changed();
    }
  }

  override render() {
    return this.view ? this.view.render() : nothing;
  }
}
