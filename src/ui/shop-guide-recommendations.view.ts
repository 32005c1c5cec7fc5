/**
 * The lazily loaded part of `<shop-guide-recommendations>`: asks the page services for recommendations,
 * renders them as product cards, keeps them current as the history changes (in this tab or another),
 * and handles "Not interested". Picks stay where they are while the page is open (a card never jumps
 * under the shopper's pointer); only recently-viewed re-sorts, newest first.
 */
import { html, nothing, render, repeat } from './lit.ts';
import { filled } from '../arrays.ts';
import type { Product } from '../catalog/types.ts';
import { SeenIndex } from '../history/price-memory.ts';
import { resolveLang } from '../i18n/index.ts';
import { priceMemoryStrings } from '../i18n/price-memory.ts';
import { recStrings, type RecStrings } from '../recommend/strings.ts';
import type { Recommendation, RecommendMode } from '../recommend/types.ts';
import type { Services } from '../runtime/services.ts';
import { emit } from './events.ts';
import './product-card.ts';
import type { ProductCard } from './product-card.component.ts';
import type { RecsView, ShopGuideRecommendations } from './shop-guide-recommendations.component.ts';
import { recsStyles } from './shop-guide-recommendations.styles.ts';
import { adoptStyles } from './adopt-styles.ts';

const MODES: readonly RecommendMode[] = ['for-you', 'similar', 'bought-together', 'recently-viewed'];
const CARD_PARTS = 'card, image, title, price, price-memory, rating, availability, back-in-stock, reason, actions, view-link, add-to-cart, dismiss';

/** The storage notice is shown once per page, by the first strip that can. */
let noticeClaimed = false;

/** For tests: the page services the strips use (default: the real ones). */
export const servicesLoader = {
  load: (): Promise<Services> => import('../runtime/services.ts').then((m) => m.getServices()),
  recordView: (): Promise<unknown> => import('../runtime/services.ts').then((m) => m.recordCurrentProductView()),
};

interface Item {
  product: Product;
  rec: Recommendation;
}

class RecsController implements RecsView {
  private services: Services | null = null;
  private items: Item[] = [];
  /** Price and stock the shopper saw at each view (their history), for "price dropped since you viewed it". */
  private seen: SeenIndex | null = null;
  private dismissed = new Set<string>();
  private unsubscribe: (() => void) | null = null;
  private run = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private replaceNext = false;
  private announcement = '';
  private notice = false;
  private failed = false;
  private connected = false;

  private drawn = false;

  constructor(private readonly host: ShopGuideRecommendations) {
    adoptStyles(host.renderRoot, recsStyles);
  }

  update(changed: ReadonlyMap<string, string | null>): void {
    // What the recommender is asked. lang, label and dismissible only change the words and buttons,
    // which render() reads on every update (reasons are data, worded there): the cards keep their places.
    if (this.drawn && ['mode', 'limit', 'product-id'].some((k) => changed.has(k))) this.changed();
    this.drawn = true;
    render(this.render(), this.host.renderRoot, { host: this.host });
  }

  private get mode(): RecommendMode {
    return MODES.includes(this.host.mode) ? this.host.mode : 'for-you';
  }

  private get strings(): RecStrings {
    return recStrings[resolveLang(this.host.lang, document.documentElement.lang)];
  }

  private get dismissible(): boolean {
    const v = this.host.dismissible?.trim().toLowerCase();
    if (v === undefined) return this.mode === 'for-you';
    return v !== 'off' && v !== 'false' && v !== 'no';
  }

  connect(): void {
    this.connected = true;
    if (this.services) {
      this.subscribe();
      this.schedule(0, true);
      return;
    }
    this.host.state = 'loading';
    this.host.requestUpdate();
    servicesLoader
      .load()
      .then((services) => {
        if (!this.connected) return;
        this.services = services;
        this.subscribe();
        // A page with strips but no <shop-guide> still learns from the product on screen.
        void servicesLoader.recordView().catch(() => {});
        return services.recommender.prepare().then(() => this.compute(true));
      })
      .catch((e) => {
        console.warn('[shop-guide] recommendations could not load', e);
        this.failed = true;
        this.host.state = 'error';
        this.host.requestUpdate();
      });
  }

  disconnect(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    clearTimeout(this.timer);
  }

  changed(): void {
    this.schedule(0, true);
  }

  private subscribe(): void {
    this.unsubscribe ??= this.services!.history.subscribe(() => this.schedule(150, false));
  }

  /** Coalesces bursts of changes into one recompute (a full refresh if any of them asked for one). */
  private schedule(delay: number, replace: boolean): void {
    clearTimeout(this.timer);
    this.replaceNext ||= replace;
    this.timer = setTimeout(() => {
      const full = this.replaceNext;
      this.replaceNext = false;
      void this.compute(full);
    }, delay);
  }

  private async compute(replace: boolean): Promise<void> {
    const services = this.services;
    if (!services || !this.connected) return;
    const id = ++this.run;
    const { catalog, history, recommender } = services;
    const events = await history.events();
    if (id !== this.run) return; // a newer computation started meanwhile
    this.seen = new SeenIndex(events, catalog.aliases);
    const mode = this.mode;
    const limit = Math.max(1, Math.min(48, Math.floor(Number(this.host.limit) || 8)));
    let recs: Recommendation[];
    try {
      // In slices: a strip that appears must not hold the page (for-you over 100k products was one 45-60 ms task).
      recs = await recommender.recommendInSlices({
        mode,
        productId: this.host.productId ?? undefined,
        limit,
        events,
        exclude: [...this.dismissed],
      });
    } catch (e) {
      console.warn('[shop-guide] could not compute recommendations', e);
      recs = [];
    }
    if (id !== this.run || !this.connected) return;
    const fresh = recs.flatMap((rec) => {
      const product = catalog.byId.get(rec.id);
      return product ? [{ product, rec }] : [];
    });
    const next = replace || mode === 'recently-viewed' ? fresh : keepPlaces(this.items, fresh, limit);
    const same = next.length === this.items.length && next.every((x, i) => x.product.id === this.items[i]!.product.id && sameReason(x, this.items[i]!));
    this.items = next;
    if (history.notice && !noticeClaimed && (mode === 'for-you' || mode === 'recently-viewed')) {
      noticeClaimed = true;
      this.notice = true;
    }
    this.host.state = next.length ? 'ready' : 'empty';
    this.host.requestUpdate();
    if (!same && next.length) emit(this.host, 'shop-guide-recommendations-render', { mode, productIds: next.map((x) => x.product.id) });
  }

  private onDismiss = (event: CustomEvent<{ productId: string }>): void => {
    const id = event.detail.productId;
    const index = this.items.findIndex((x) => x.product.id === id);
    if (index < 0) return;
    const title = this.items[index]!.product.title;
    this.dismissed.add(id);
    this.items = this.items.filter((x) => x.product.id !== id);
    this.announcement = this.strings.removed(title);
    this.host.requestUpdate();
    // Keep keyboard users in the list: focus the card that took its place (or the one before).
    void this.host.updateComplete.then(() => {
      const cards = [...(this.host.renderRoot as ShadowRoot).querySelectorAll<ProductCard>('shop-guide-product-card')];
      cards[Math.min(index, cards.length - 1)]?.focusAction();
    });
    this.schedule(50, false);
  };

  private render() {
    const s = this.strings;
    const mode = this.mode;
    const label = this.host.label || s.label[mode];
    const history = this.services?.history;
    const live = html`<p class="visually-hidden" role="status">${this.announcement}</p>`;
    const notice = this.notice
      ? html`<div class="notice" part="notice" role="status">
          <p>${s.storageNotice}</p>
          <button type="button" @click=${() => ((this.notice = false), this.host.requestUpdate())}>${s.dismissNotice}</button>
        </div>`
      : nothing;
    if (this.failed) return html`<p class="status" part="status" role="status">${s.failed}</p>`;
    if (!this.services || this.host.state === 'loading') {
      return html`<div class="skeleton" aria-busy="true" aria-label=${label} role="group">
          ${filled(Math.min(4, this.host.limit || 4), () => html`<span></span>`)}
        </div>
        <p class="visually-hidden" role="status">${s.loading}</p>`;
    }
    if (!this.items.length) {
      const off = history?.mode === 'off' && (mode === 'recently-viewed' || mode === 'for-you') ? history.offReason : null;
      return html`${notice}<p class="status" part="status">${off ? s.trackingOff[off] : s.empty[mode]}</p>${live}`;
    }
    const title = (id: string) => this.services?.catalog.byId.get(id)?.title;
    const now = Date.now();
    // Under a "Similar products" heading, "Similar to <this page's product>" on every card says nothing new.
    const anchor = this.host.productId ?? this.services?.catalog.currentProductId;
    const reasonOf = (r: Recommendation['reason']) =>
      (mode === 'similar' || mode === 'bought-together') && r.kind === mode && 'productId' in r && r.productId === anchor ? '' : s.reason(r, title, now);
    const memoryOf = (p: Product) => this.seen?.memoryOf(p) ?? null;
    const memoryWords = priceMemoryStrings[s.locale === 'zh-CN' ? 'zh-CN' : 'en'];
    // What changed since the shopper looked says more than why it is recommended.
    const lineOf = (x: Item, memory: ReturnType<typeof memoryOf>) =>
      memory?.drop ? memoryWords.stripDrop : memory?.backInStock ? memoryWords.stripBackInStock : reasonOf(x.rec.reason);
    return html`${notice}
      <ul class="list" part="list" aria-label=${label} @shop-guide-dismiss=${this.onDismiss}>
        ${repeat(
          this.items,
          (x) => x.product.id,
          (x) => {
            const memory = memoryOf(x.product);
            return html`<li part="item">
            <shop-guide-product-card
              .product=${x.product}
              .memory=${memory}
              .reason=${lineOf(x, memory)}
              lang=${s.locale}
              source=${`recommendations:${mode}`}
              ?dismissible=${this.dismissible}
              exportparts=${CARD_PARTS}
            ></shop-guide-product-card>
          </li>`;
          },
        )}
      </ul>
      ${live}`;
  }
}

function sameReason(a: Item, b: Item): boolean {
  return JSON.stringify(a.rec.reason) === JSON.stringify(b.rec.reason);
}

/** Cards already shown keep their places if still recommended; the gaps fill in rank order. */
function keepPlaces(current: Item[], fresh: Item[], limit: number): Item[] {
  if (!current.length) return fresh;
  const freshById = new Map(fresh.map((x) => [x.product.id, x]));
  const kept = current.map((x) => freshById.get(x.product.id) ?? null);
  const used = new Set(kept.filter((x): x is Item => !!x).map((x) => x.product.id));
  const fill = fresh.filter((x) => !used.has(x.product.id));
  const out: Item[] = [];
  for (const x of kept) {
    const item = x ?? fill.shift();
    if (item) out.push(item);
  }
  out.push(...fill);
  return out.slice(0, limit);
}

export function createRecsView(host: ShopGuideRecommendations): RecsView {
  return new RecsController(host);
}
