import { whenIdle } from '../when-idle.ts';
import { LazyElement, attributeProps, sheet } from './lazy-element.ts';

/** What the lazily loaded part (shop-guide-recommendations.view.ts) provides. */
export interface RecsView {
  /** Draws the strip; recomputes when `mode`, `limit` or `product-id` changed. */
  update(changed: ReadonlyMap<string, string | null>): void;
  connect(): void;
  disconnect(): void;
}

export type RecsState = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

let hostSheet: CSSStyleSheet | null = null;

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
export class ShopGuideRecommendations extends LazyElement {
  /** `for-you` (default), `similar`, `bought-together` or `recently-viewed`. */
  declare mode: 'for-you' | 'similar' | 'bought-together' | 'recently-viewed';
  /** How many products (default 8). */
  declare limit: number;
  /** The product for `similar` / `bought-together` (default: the page's product). */
  declare productId: string | null;
  /** Accessible name of the list (default: the mode's name, translated). */
  declare label: string | null;
  /** `grid`: cards wrap onto rows; default `row`: one scrollable row. */
  declare layout: 'row' | 'grid';
  /** "Not interested" buttons: on by default in for-you; `off` hides them, any other value shows them. */
  declare dismissible: string | null;
  /** A same-origin JSON/NDJSON catalog (when the page has no `<shop-guide catalog-src>`). */
  declare catalogSrc: string | null;
  /** The shop's anonymised neighbour data (README, "Neighbour data"). */
  declare neighboursSrc: string | null;
  /** `off`: record nothing on this page. */
  declare tracking: string | null;
  /** `loading`, `ready`, `empty` or `error` — style on it, e.g. hide the section when empty. */
  declare state: RecsState;

  private view: RecsView | null = null;
  private observer: IntersectionObserver | null = null;
  private loading: Promise<void> | null = null;

  constructor() {
    super();
    this.renderRoot.adoptedStyleSheets = [(hostSheet ??= sheet(':host{display:block}:host([hidden]){display:none}'))];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.view) {
      this.view.connect();
      return;
    }
    // Load when the shopper is about to see it (a margin ahead, so it is ready when it scrolls in).
    // A strip never seen costs the page nothing: no catalog, no feed, no recommender.
    if ('IntersectionObserver' in globalThis) {
      this.observer ??= new IntersectionObserver(
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
    return (this.loading ??= this.track(
      import('./shop-guide-recommendations.view.ts').then(
        (m) => {
          this.view = m.createRecsView(this);
          if (this.isConnected) this.view.connect();
          this.requestUpdate();
        },
        (e) => {
          console.warn('[shop-guide] recommendations could not load', e);
          this.state = 'error';
          this.loading = null;
        },
      ),
    ));
  }

  protected update(changed: ReadonlyMap<string, string | null>): void {
    this.view?.update(changed);
  }
}

attributeProps(ShopGuideRecommendations, {
  mode: ['mode', 'string', 'for-you'],
  limit: ['limit', 'number', 8],
  productId: ['product-id', 'string'],
  label: ['label', 'string'],
  layout: ['layout', 'string', 'row'],
  dismissible: ['dismissible', 'string'],
  catalogSrc: ['catalog-src', 'string'],
  neighboursSrc: ['neighbours-src', 'string'],
  tracking: ['tracking', 'string'],
  state: ['state', 'string', 'idle'],
});
