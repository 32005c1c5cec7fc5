import { LitElement, html, nothing, property, state } from './lit.ts';
import { cssProps } from './css-props.ts';
import type { Product } from '../catalog/types.ts';
import type { PriceMemory } from '../history/price-memory.ts';
import { track } from '../history/track.ts';
import { priceMemoryStrings } from '../i18n/price-memory.ts';
import { fiveStar, formatNumber, formatPrice } from '../assistant/format.ts';
import { absolute } from '../assistant/verify.ts';
import { resolveLang } from '../i18n/index.ts';
import { UNAVAILABLE } from '../recommend/unavailable.ts';
import { emit } from './events.ts';
import { cardStrings, type CardStrings } from './product-card.strings.ts';
import { productCardStyles } from './product-card.styles.ts';

let cardCount = 0;

/** Only http(s) links (relative ones resolved against the page): never `javascript:` or `data:`. */
const safeUrl = (url: string | undefined) => absolute(url, document.baseURI);

/**
 * One catalog product: image, title, price (sale price with the regular one struck through), rating,
 * availability, an optional reason line, and "View" / "Add to cart". Facts come only from the
 * `product` (a catalog `Product`), never from model text; all text is rendered as text.
 *
 * @csspart card - The card.
 * @csspart image - The product image.
 * @csspart title - The product title.
 * @csspart price - The price line.
 * @csspart rating - The stars and review count.
 * @csspart availability - The stock line.
 * @csspart price-memory - "down from $68 when you looked on 3 Nov" (with `memory`).
 * @csspart back-in-stock - "Back in stock" (with `memory`).
 * @csspart reason - Why it is shown ("Because you viewed …").
 * @csspart actions - The row of buttons.
 * @csspart view-link - The "View" link (the catalog URL).
 * @csspart add-to-cart - The "Add to cart" button.
 * @csspart dismiss - The "Not interested" button (with `dismissible`).
 *
 * @fires shop-guide-product-view - "View" was followed: `{ productId, source, url }`. Cancelable: preventDefault() stops the navigation.
 * @fires shop-guide-add-to-cart - "Add to cart" was pressed: `{ productId, source }`. Cancelable: preventDefault() means "not added".
 * @fires shop-guide-dismiss - "Not interested" was pressed: `{ productId, source }`.
 */
export class ProductCard extends LitElement {
  static override styles = productCardStyles;

  /** The catalog product to show. */
  @property({ attribute: false }) product: Product | null = null;
  /** A short line saying why the product is shown (already in the UI language). */
  @property() reason = '';
  /** `en` or `zh-CN`; defaults to the nearest `lang` on the page. */
  @property() override lang = '';
  /** Where the card lives, reported with its events and stored with history events. */
  @property() source = 'shop-guide';
  /** What changed since the shopper looked (price memory, from their history on this device). */
  @property({ attribute: false }) memory: PriceMemory | null = null;
  /** Shows a "Not interested" button. */
  @property({ type: Boolean }) dismissible = false;

  @state() private imageFailed = false;
  private readonly uid = `sg-card-${++cardCount}`;

  private get strings(): CardStrings {
    return cardStrings[resolveLang(this.lang, this.closest('[lang]')?.getAttribute('lang'), document.documentElement.lang)];
  }

  /** Moves focus to the card's first action (View, else Add to cart). */
  focusAction(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="view-link"], [part="add-to-cart"]')?.focus();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('product')) this.imageFailed = false;
  }

  private onView = (event: MouseEvent): void => {
    const p = this.product;
    if (!p) return;
    const url = safeUrl(p.url) ?? '';
    track({ type: 'click', productId: p.id, source: this.source });
    if (!emit(this, 'shop-guide-product-view', { productId: p.id, source: this.source, url }, { cancelable: true })) event.preventDefault();
  };

  private onAdd = (): void => {
    const p = this.product;
    if (!p) return;
    if (emit(this, 'shop-guide-add-to-cart', { productId: p.id, source: this.source }, { cancelable: true })) {
      track({ type: 'add-to-cart', productId: p.id, source: this.source });
    }
  };

  private onDismiss = (): void => {
    const p = this.product;
    if (!p) return;
    track({ type: 'dismiss', productId: p.id, source: this.source });
    emit(this, 'shop-guide-dismiss', { productId: p.id, source: this.source });
  };

  private renderPrice(p: Product, s: CardStrings) {
    if (p.price === undefined) return nothing;
    const currency = p.currency ?? p.offers[0]?.currency;
    const now = formatPrice(p.price, currency, s.locale);
    const drop = this.memory?.productId === p.id ? this.memory.drop : undefined;
    if (drop && drop.now === p.price) {
      // "$54 — down from $68 when you looked on 3 Nov": what the shopper saw, kept on this device.
      const m = priceMemoryStrings[s.locale === 'zh-CN' ? 'zh-CN' : 'en'];
      const was = formatPrice(drop.was, currency, s.locale);
      const date = m.date(drop.at);
      return html`<p class="price" part="price">
        <span class="visually-hidden">${m.cardDropLabel(now, was, date)}</span>
        <span class="sale" aria-hidden="true">${now}</span>
        <span class="price-memory" part="price-memory" aria-hidden="true">— ${m.cardDrop(was, date)}</span>
      </p>`;
    }
    if (p.listPrice !== undefined && p.listPrice > p.price) {
      const was = formatPrice(p.listPrice, currency, s.locale);
      return html`<p class="price" part="price">
        <span class="visually-hidden">${s.salePrice(now, was)}</span>
        <span class="sale" aria-hidden="true">${now}</span><del aria-hidden="true">${was}</del>
      </p>`;
    }
    return html`<p class="price" part="price">${now}</p>`;
  }

  private renderRating(p: Product, s: CardStrings) {
    const r = p.rating;
    if (!r || !(r.count > 0) || !(r.best > 0)) return nothing;
    // Shown out of 5 whatever scale the shop rates on.
    const five = Math.max(0, Math.min(5, fiveStar(r)));
    const shown = formatNumber(five, s.locale);
    return html`<span class="rating" part="rating">
      <span class="visually-hidden">${s.rating(shown, r.count)}</span>
      <span class="stars" aria-hidden="true"><span class="fill" style=${cssProps({ width: `${(five / 5) * 100}%` })}></span></span>
      <span aria-hidden="true">${shown} ${s.reviews(r.count)}</span>
    </span>`;
  }

  private renderStock(p: Product, s: CardStrings, availability: string, buyable: boolean) {
    const back = this.memory?.productId === p.id && buyable ? this.memory.backInStock : undefined;
    if (back) {
      const m = priceMemoryStrings[s.locale === 'zh-CN' ? 'zh-CN' : 'en'];
      return html`<span class="availability in back" part="availability back-in-stock" title=${m.cardBackInStockLabel(m.date(back.at))}
        ><span class="visually-hidden">${m.cardBackInStockLabel(m.date(back.at))}</span><span aria-hidden="true">${m.cardBackInStock}</span></span
      >`;
    }
    return availability ? html`<span class="availability ${buyable ? 'in' : 'out'}" part="availability">${availability}</span>` : nothing;
  }

  override render() {
    const p = this.product;
    if (!p) return nothing;
    const s = this.strings;
    const url = safeUrl(p.url);
    const image = this.imageFailed ? null : safeUrl(p.images[0] ?? p.variants.find((v) => v.image)?.image);
    // No badge where the catalog does not say.
    const availability = p.availability === 'Unknown' ? '' : (s.availability[p.availability] ?? '');
    const buyable = !UNAVAILABLE.includes(p.availability);
    const titleId = `${this.uid}-title`;
    const media = html`${image
      ? html`<img part="image" src=${image} alt="" loading="lazy" decoding="async" @error=${() => (this.imageFailed = true)} />`
      : nothing}`;
    return html`<article class="card" part="card" aria-labelledby=${titleId} lang=${s.locale}>
      ${url
        ? html`<a class="media" href=${url} tabindex="-1" aria-hidden="true" @click=${this.onView}>${media}</a>`
        : html`<div class="media">${media}</div>`}
      <div class="body">
        ${url
          ? html`<a class="title-link" href=${url} tabindex="-1" aria-hidden="true" @click=${this.onView}
              ><p class="title" part="title">${p.title}</p></a
            ><span id=${titleId} class="visually-hidden">${p.title}</span>`
          : html`<p class="title" part="title" id=${titleId}>${p.title}</p>`}
        ${this.renderPrice(p, s)}
        <p class="meta">
          ${this.renderRating(p, s)}
          ${this.renderStock(p, s, availability, buyable)}
        </p>
        ${this.reason ? html`<p class="reason" part="reason">${this.reason}</p>` : nothing}
        <div class="actions" part="actions">
          ${url
            ? html`<a part="view-link" href=${url} aria-label=${s.viewLabel(p.title)} @click=${this.onView}>${s.view}</a>`
            : nothing}
          <button type="button" class="add" part="add-to-cart" aria-describedby=${titleId} ?disabled=${!buyable} @click=${this.onAdd}>
            ${s.addToCart}
          </button>
        </div>
      </div>
      ${this.dismissible
        ? html`<button type="button" class="dismiss" part="dismiss" aria-label=${s.notInterestedLabel(p.title)} title=${s.notInterested} @click=${this.onDismiss}>
            <span aria-hidden="true">×</span>
          </button>`
        : nothing}
    </article>`;
  }
}
