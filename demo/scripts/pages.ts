/**
 * Renders the demo shop's pages the way real shops do: visible HTML for people, schema.org JSON-LD for
 * machines (Product, ProductGroup with variants, ItemList, @graph, offers from several sellers,
 * shippingDetails, hasMerchantReturnPolicy, aggregateRating, reviews), and the owner's store-info block.
 */
import { CATEGORIES, COLORS, STORE } from './categories.ts';
import { price, type DemoProduct, type Lang } from './products.ts';

const SCHEMA = 'https://schema.org';
/** The shop's anonymised co-visit export (export-sessions.ts), shared by both languages: ids are the same. */
const NEIGHBOURS_SRC = '/demo-data/neighbours.json';

export interface ShopPaths {
  /** URL path of the shop's root, e.g. "/demo/" or "/demo/zh/". */
  base: string;
  /** URL of the catalog feed the widget streams, e.g. "/demo-data/catalog.json". */
  catalogSrc: string;
}

const UI = {
  en: {
    shop: STORE.en.name,
    tagline: 'Gear for trails, roads and everything between',
    all: 'All products',
    addToCart: 'Add to cart',
    cart: 'Cart',
    inStock: 'In stock',
    outOfStock: 'Out of stock',
    limited: 'Only a few left',
    preorder: 'Pre-order',
    reviews: 'Reviews',
    specs: 'Specifications',
    noReviews: 'No reviews yet.',
    color: 'Colour',
    size: 'Size',
    forYou: 'Recommended for you',
    similar: 'Similar products',
    together: 'Frequently bought together',
    recent: 'Recently viewed',
    other: '中文',
    fullCatalog: 'Full catalog (plain JSON)',
    privacy: 'The shopping assistant runs entirely in your browser. Nothing you ask or view leaves this device.',
    ratingOf: (v: number, n: number) => `${v.toFixed(1)} out of 5 (${n} ratings)`,
    was: 'was',
  },
  zh: {
    shop: STORE.zh.name,
    tagline: '山路、公路和城市之间的好装备',
    all: '全部商品',
    addToCart: '加入购物车',
    cart: '购物车',
    inStock: '有货',
    outOfStock: '缺货',
    limited: '库存紧张',
    preorder: '预售',
    reviews: '用户评价',
    specs: '规格参数',
    noReviews: '暂无评价。',
    color: '颜色',
    size: '尺码',
    forYou: '为你推荐',
    similar: '相似商品',
    together: '经常一起购买',
    recent: '最近浏览',
    other: 'English',
    fullCatalog: '完整商品目录（JSON）',
    privacy: '购物助手完全在你的浏览器中运行，你的提问和浏览记录不会离开本设备。',
    ratingOf: (v: number, n: number) => `${v.toFixed(1)} 分（${n} 条评分）`,
    was: '原价',
  },
};

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON inside <script>: `<` escaped so a review containing "</script>" cannot end the block. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/</g, '\\u003c');
}

export function formatPrice(amount: number, currency: string, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', { style: 'currency', currency }).format(amount);
}

function availabilityText(a: string, lang: Lang): string {
  const t = UI[lang];
  return a === 'InStock' ? t.inStock : a === 'OutOfStock' ? t.outOfStock : a === 'PreOrder' ? t.preorder : t.limited;
}

export function imageUrl(p: DemoProduct, color = p.color): string {
  return `/demo-images/${p.category.key}-${color}.svg`;
}

export function productUrl(p: DemoProduct, paths: ShopPaths): string {
  return `${paths.base}products/${p.id}.html`;
}

function categoryText(p: DemoProduct, lang: Lang): string {
  return p.category.path.map((c) => c[lang]).join(' > ');
}

// ---------- JSON-LD ----------

function shippingDetails(lang: Lang) {
  return STORE[lang].shipping.map((s) => ({
    '@type': 'OfferShippingDetails',
    shippingLabel: s.note,
    shippingRate: { '@type': 'MonetaryAmount', value: s.cost, currency: s.currency },
    shippingDestination: { '@type': 'DefinedRegion', addressCountry: s.regions[0] },
    ...('freeOver' in s && s.freeOver
      ? { freeShippingThreshold: { '@type': 'MonetaryAmount', value: s.freeOver, currency: s.currency } }
      : {}),
    deliveryTime: {
      '@type': 'ShippingDeliveryTime',
      handlingTime: { '@type': 'QuantitativeValue', minValue: 0, maxValue: 1, unitCode: 'DAY' },
      transitTime: { '@type': 'QuantitativeValue', minValue: s.minDays, maxValue: s.maxDays, unitCode: 'DAY' },
    },
  }));
}

function returnPolicy(lang: Lang) {
  const r = STORE[lang].returns;
  return {
    '@type': 'MerchantReturnPolicy',
    applicableCountry: lang === 'en' ? 'US' : 'CN',
    returnPolicyCategory: `${SCHEMA}/MerchantReturnFiniteReturnWindow`,
    merchantReturnDays: r.days,
    returnMethod: `${SCHEMA}/ReturnByMail`,
    returnFees: `${SCHEMA}/FreeReturn`,
  };
}

function offer(p: DemoProduct, lang: Lang, paths: ShopPaths, availability = p.availability) {
  const { price: amount, listPrice, currency } = price(p, lang);
  return {
    '@type': 'Offer',
    url: productUrl(p, paths),
    price: amount.toFixed(2),
    priceCurrency: currency,
    availability: `${SCHEMA}/${availability}`,
    itemCondition: `${SCHEMA}/NewCondition`,
    seller: { '@type': 'Organization', name: STORE[lang].name },
    ...(listPrice
      ? {
          priceSpecification: [
            { '@type': 'UnitPriceSpecification', price: amount.toFixed(2), priceCurrency: currency },
            {
              '@type': 'UnitPriceSpecification',
              priceType: `${SCHEMA}/StrikethroughPrice`,
              price: listPrice.toFixed(2),
              priceCurrency: currency,
            },
          ],
        }
      : {}),
    shippingDetails: shippingDetails(lang),
    hasMerchantReturnPolicy: returnPolicy(lang),
  };
}

function productJsonLd(p: DemoProduct, lang: Lang, paths: ShopPaths, index: number): Record<string, unknown> {
  const base = {
    name: p.title[lang],
    description: p.description[lang],
    sku: p.id,
    brand: index % 4 === 0 ? p.brand : { '@type': 'Brand', name: p.brand },
    category: categoryText(p, lang),
    image: [imageUrl(p)],
    url: productUrl(p, paths),
    color: COLORS[p.color]![lang],
    additionalProperty: p.attributes
      .filter((a) => a.key !== 'color')
      .map((a) => ({ '@type': 'PropertyValue', name: a.label[lang], value: a.value[lang], propertyID: a.key })),
    ...(p.rating
      ? {
          aggregateRating: {
            '@type': 'AggregateRating',
            ratingValue: p.rating.value,
            reviewCount: p.rating.count,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
    review: p.reviews.map((r) => ({
      '@type': 'Review',
      author: { '@type': 'Person', name: r.author[lang] },
      datePublished: r.date,
      name: r.title[lang],
      reviewBody: r.body[lang],
      reviewRating: { '@type': 'Rating', ratingValue: r.rating, bestRating: 5, worstRating: 1 },
    })),
    isSimilarTo: p.similarTo.map((id) => ({ '@type': 'Product', sku: id })),
    isRelatedTo: p.relatedTo.map((id) => ({ '@type': 'Product', sku: id })),
  };

  if (p.variants.length > 0) {
    return {
      '@context': SCHEMA,
      '@type': 'ProductGroup',
      productGroupID: p.id,
      variesBy: [`${SCHEMA}/color`, `${SCHEMA}/size`],
      ...base,
      hasVariant: p.variants.map((v) => ({
        '@type': 'Product',
        sku: v.id,
        name: `${p.title[lang]} – ${COLORS[v.color]![lang]}, ${v.size}`,
        color: COLORS[v.color]![lang],
        size: v.size,
        image: imageUrl(p, v.color),
        offers: offer(p, lang, paths, v.availability),
      })),
    };
  }

  // Every seventh product is also sold by a marketplace partner: an array of offers from two sellers.
  const offers: unknown =
    index % 7 === 3
      ? [
          offer(p, lang, paths),
          {
            '@type': 'Offer',
            price: (price(p, lang).price * 1.06).toFixed(2),
            priceCurrency: price(p, lang).currency,
            availability: `${SCHEMA}/InStock`,
            seller: { '@type': 'Organization', name: lang === 'en' ? 'Peak Marketplace' : '峰顶商城' },
          },
        ]
      : offer(p, lang, paths);
  return { '@context': SCHEMA, '@type': 'Product', ...base, offers };
}

/** Some shops wrap everything in an @graph with breadcrumbs and the organisation. */
function pageJsonLd(p: DemoProduct, lang: Lang, paths: ShopPaths, index: number): unknown {
  const product = productJsonLd(p, lang, paths, index);
  if (index % 5 !== 1) return product;
  const { '@context': _drop, ...node } = product;
  return {
    '@context': SCHEMA,
    '@graph': [
      { '@type': 'Organization', name: STORE[lang].name, url: paths.base },
      {
        '@type': 'BreadcrumbList',
        itemListElement: p.category.path.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c[lang] })),
      },
      node,
    ],
  };
}

// ---------- HTML ----------

function storeBlock(lang: Lang): string {
  const s = STORE[lang];
  return `<script type="application/json" data-shop-guide-store>${scriptJson({
    name: s.name,
    currency: s.currency,
    shipping: s.shipping,
    returns: s.returns,
    payment: s.payment,
    faq: s.faq,
  })}</script>`;
}

function stars(value: number): string {
  const full = Math.round(value);
  return '★'.repeat(full) + '☆'.repeat(5 - full);
}

function priceHtml(p: DemoProduct, lang: Lang): string {
  const { price: amount, listPrice, currency } = price(p, lang);
  return `<span class="price">${esc(formatPrice(amount, currency, lang))}</span>${
    listPrice
      ? ` <s class="list-price" aria-label="${UI[lang].was}">${esc(formatPrice(listPrice, currency, lang))}</s>`
      : ''
  }`;
}

function layout(opts: {
  lang: Lang;
  title: string;
  paths: ShopPaths;
  head?: string;
  body: string;
  widget: string;
  otherLangUrl: string;
}): string {
  const t = UI[opts.lang];
  const nav = CATEGORIES.map(
    (c) => `<a href="${opts.paths.base}index.html#${c.key}">${esc(c.path[1]![opts.lang])}</a>`,
  ).join('');
  return `<!doctype html>
<html lang="${opts.lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(opts.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/demo/shop.css">
${opts.head ?? ''}
${storeBlock(opts.lang)}
</head>
<body>
<header class="site-header">
  <a class="logo" href="${opts.paths.base}index.html">${esc(t.shop)}</a>
  <nav aria-label="Categories">${nav}</nav>
  <a class="lang-switch" href="${opts.otherLangUrl}" hreflang="${opts.lang === 'en' ? 'zh-CN' : 'en'}">${t.other}</a>
  <a class="cart-link" href="#cart" aria-live="polite">${t.cart} <span class="cart-count" data-cart-count>0</span></a>
</header>
<main>
${opts.body}
</main>
<footer class="site-footer">
  <p>${esc(t.privacy)}</p>
  <p><a href="${opts.paths.base}catalog.html">${esc(t.fullCatalog)}</a></p>
</footer>
${opts.widget}
<script type="module" src="/demo/shop.js"></script>
<script type="module" src="/src/index.ts"></script>
</body>
</html>
`;
}

function card(p: DemoProduct, lang: Lang, paths: ShopPaths): string {
  return `<li class="card" data-product-id="${esc(p.id)}">
  <a href="${productUrl(p, paths)}">
    <img src="${imageUrl(p)}" alt="" width="240" height="240" loading="lazy">
    <span class="card-title">${esc(p.title[lang])}</span>
  </a>
  <span class="card-meta">${priceHtml(p, lang)}${
    p.rating ? ` <span class="stars" aria-label="${esc(UI[lang].ratingOf(p.rating.value, p.rating.count))}">${stars(p.rating.value)}</span>` : ''
  }</span>
  ${p.availability !== 'InStock' ? `<span class="badge">${esc(availabilityText(p.availability, lang))}</span>` : ''}
</li>`;
}

function widget(paths: ShopPaths): string {
  return `<shop-guide catalog-src="${paths.catalogSrc}" neighbours-src="${NEIGHBOURS_SRC}"></shop-guide>`;
}

export function listingPage(products: DemoProduct[], lang: Lang, paths: ShopPaths, otherBase: string): string {
  const t = UI[lang];
  const itemList = {
    '@context': SCHEMA,
    '@type': 'ItemList',
    name: t.all,
    itemListElement: products.map((p, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      item: {
        '@type': 'Product',
        sku: p.id,
        name: p.title[lang],
        url: productUrl(p, paths),
        image: imageUrl(p),
        brand: { '@type': 'Brand', name: p.brand },
        category: categoryText(p, lang),
        offers: {
          '@type': 'Offer',
          price: price(p, lang).price.toFixed(2),
          priceCurrency: price(p, lang).currency,
          availability: `${SCHEMA}/${p.availability}`,
        },
      },
    })),
  };
  const sections = CATEGORIES.map((c) => {
    const items = products.filter((p) => p.category === c);
    return `<section id="${c.key}" class="category">
  <h2>${esc(c.path[1]![lang])}</h2>
  <ul class="grid">${items.map((p) => card(p, lang, paths)).join('\n')}</ul>
</section>`;
  }).join('\n');
  return layout({
    lang,
    paths,
    title: `${t.shop} – ${t.tagline}`,
    head: `<script type="application/ld+json">${scriptJson(itemList)}</script>`,
    otherLangUrl: `${otherBase}index.html`,
    widget: widget(paths),
    body: `<section class="hero"><h1>${esc(t.shop)}</h1><p>${esc(t.tagline)}</p></section>
<section class="recs"><h2>${esc(t.forYou)}</h2><shop-guide-recommendations mode="for-you" limit="8"></shop-guide-recommendations></section>
<section class="recs"><h2>${esc(t.recent)}</h2><shop-guide-recommendations mode="recently-viewed" limit="8"></shop-guide-recommendations></section>
${sections}`,
  });
}

export function productPage(p: DemoProduct, index: number, lang: Lang, paths: ShopPaths, otherBase: string): string {
  const t = UI[lang];
  const { currency } = price(p, lang);
  const colors = [...new Set(p.variants.map((v) => v.color))];
  const sizes = [...new Set(p.variants.map((v) => v.size))];
  const variantPickers = p.variants.length
    ? `<div class="variants">
  <label>${t.color} <select name="color">${colors.map((c) => `<option value="${c}">${esc(COLORS[c]![lang])}</option>`).join('')}</select></label>
  <label>${t.size} <select name="size">${sizes.map((s) => `<option>${esc(s)}</option>`).join('')}</select></label>
</div>`
    : '';
  const specs = p.attributes
    .map((a) => `<tr><th scope="row">${esc(a.label[lang])}</th><td>${esc(a.value[lang])}</td></tr>`)
    .join('');
  // Reviews are shown escaped here; the widget must treat them as untrusted text too.
  const reviews = p.reviews.length
    ? p.reviews
        .map(
          (r) => `<article class="review"><h3><span class="stars" aria-label="${r.rating}/5">${stars(r.rating)}</span> ${esc(r.title[lang])}</h3>
<p>${esc(r.body[lang])}</p><p class="byline">${esc(r.author[lang])} · ${r.date}</p></article>`,
        )
        .join('\n')
    : `<p>${t.noReviews}</p>`;

  return layout({
    lang,
    paths,
    title: `${p.title[lang]} | ${t.shop}`,
    head: `<script type="application/ld+json">${scriptJson(pageJsonLd(p, lang, paths, index))}</script>`,
    otherLangUrl: `${otherBase}products/${p.id}.html`,
    widget: widget(paths),
    body: `<nav class="breadcrumb" aria-label="Breadcrumb"><a href="${paths.base}index.html">${esc(t.all)}</a> › <a href="${paths.base}index.html#${p.category.key}">${esc(p.category.path[1]![lang])}</a></nav>
<article class="product" data-product-id="${esc(p.id)}" data-currency="${currency}">
  <img class="product-image" src="${imageUrl(p)}" alt="${esc(p.title[lang])}" width="480" height="480">
  <div class="product-info">
    <p class="brand">${esc(p.brand)}</p>
    <h1>${esc(p.title[lang])}</h1>
    ${p.rating ? `<p class="rating"><span class="stars" aria-hidden="true">${stars(p.rating.value)}</span> ${esc(t.ratingOf(p.rating.value, p.rating.count))}</p>` : ''}
    <p class="price-line">${priceHtml(p, lang)}</p>
    <p class="availability ${p.availability}">${esc(availabilityText(p.availability, lang))}</p>
    ${variantPickers}
    <button class="add-to-cart" type="button" data-add-to-cart="${esc(p.id)}" ${p.availability === 'OutOfStock' ? 'disabled' : ''}>${t.addToCart}</button>
    <p class="description">${esc(p.description[lang].replace(/<[^>]*>/g, ''))}</p>
    <h2>${t.specs}</h2>
    <table class="specs">${specs}</table>
  </div>
</article>
<section class="recs"><h2>${esc(t.together)}</h2><shop-guide-recommendations mode="bought-together" limit="4"></shop-guide-recommendations></section>
<section class="recs"><h2>${esc(t.similar)}</h2><shop-guide-recommendations mode="similar" limit="6"></shop-guide-recommendations></section>
<section class="reviews"><h2>${t.reviews}</h2>${reviews}</section>`,
  });
}

/** The plain catalog JSON format documented in README ("Catalog JSON"). */
export function catalogJson(products: DemoProduct[], lang: Lang, paths: ShopPaths) {
  const s = STORE[lang];
  return {
    version: 1,
    store: { name: s.name, currency: s.currency, shipping: s.shipping, returns: s.returns, payment: s.payment, faq: s.faq },
    products: products.map((p) => catalogProduct(p, lang, paths)),
  };
}

export function catalogProduct(p: DemoProduct, lang: Lang, paths: ShopPaths) {
  const { price: amount, listPrice, currency } = price(p, lang);
  return {
    id: p.id,
    title: p.title[lang],
    description: p.description[lang],
    brand: p.brand,
    category: p.category.path.map((c) => c[lang]),
    price: amount,
    ...(listPrice ? { listPrice } : {}),
    currency,
    availability: p.availability,
    ...(p.rating ? { rating: { value: p.rating.value, count: p.rating.count } } : {}),
    reviews: p.reviews.map((r) => ({
      author: r.author[lang],
      rating: r.rating,
      title: r.title[lang],
      body: r.body[lang],
      date: r.date,
    })),
    attributes: Object.fromEntries(p.attributes.map((a) => [a.key, a.value[lang]])),
    images: [imageUrl(p)],
    url: productUrl(p, paths),
    variants: p.variants.map((v) => ({
      id: v.id,
      attributes: { color: COLORS[v.color]![lang], size: v.size },
      availability: v.availability,
      image: imageUrl(p, v.color),
    })),
    similarTo: p.similarTo,
    relatedTo: p.relatedTo,
    alsoBought: p.alsoBought,
    alsoViewed: p.alsoViewed,
  };
}

export function catalogPage(products: DemoProduct[], lang: Lang, paths: ShopPaths, otherBase: string): string {
  const t = UI[lang];
  const rows = products
    .map(
      (p) =>
        `<tr><td><a href="${productUrl(p, paths)}">${esc(p.id)}</a></td><td>${esc(p.title[lang])}</td><td>${priceHtml(p, lang)}</td><td>${esc(availabilityText(p.availability, lang))}</td></tr>`,
    )
    .join('\n');
  return layout({
    lang,
    paths,
    title: `${t.fullCatalog} | ${t.shop}`,
    head: `<script type="application/json" data-shop-guide-catalog>${scriptJson(catalogJson(products, lang, paths))}</script>`,
    otherLangUrl: `${otherBase}catalog.html`,
    // The whole catalog is on the page already, so the widget needs no catalog-src here.
    widget: `<shop-guide neighbours-src="${NEIGHBOURS_SRC}"></shop-guide>`,
    body: `<h1>${esc(t.fullCatalog)}</h1><table class="catalog-table">${rows}</table>`,
  });
}

export function svgImage(categoryKey: string, color: string): string {
  const c = COLORS[color]!;
  const cat = CATEGORIES.find((x) => x.key === categoryKey)!;
  const glyph: Record<string, string> = {
    'running-shoes': 'M40 150 Q60 110 100 112 L130 90 Q150 100 160 128 Q200 136 204 160 L40 162 Z',
    'hiking-boots': 'M70 60 L120 60 L124 130 Q190 134 200 166 L60 168 Z',
    jackets: 'M80 50 L110 60 L130 60 L160 50 L196 90 L176 108 L166 100 L166 190 L74 190 L74 100 L64 108 L44 90 Z',
    'running-apparel': 'M84 56 L104 64 L136 64 L156 56 L186 86 L168 100 L160 94 L160 184 L80 184 L80 94 L72 100 L54 86 Z',
    'sports-socks': 'M96 40 L140 40 L140 130 Q150 170 110 180 L70 180 Q56 160 80 150 L96 140 Z',
    headphones: 'M60 130 Q60 50 120 50 Q180 50 180 130 L164 130 Q164 66 120 66 Q76 66 76 130 Z M56 124 h28 v50 h-28 Z M156 124 h28 v50 h-28 Z',
    speakers: 'M70 60 h100 a10 10 0 0 1 10 10 v110 a10 10 0 0 1 -10 10 h-100 a10 10 0 0 1 -10 -10 v-110 a10 10 0 0 1 10 -10 Z',
    smartwatches: 'M96 30 h48 v40 h10 a10 10 0 0 1 10 10 v80 a10 10 0 0 1 -10 10 h-10 v40 h-48 v-40 h-10 a10 10 0 0 1 -10 -10 v-80 a10 10 0 0 1 10 -10 h10 Z',
    backpacks: 'M80 60 Q80 40 120 40 Q160 40 160 60 L172 80 L172 190 L68 190 L68 80 Z',
    coffee: 'M70 60 h100 v30 h-20 v80 h20 v20 h-100 v-20 h20 v-80 h-20 Z',
    yoga: 'M50 160 L190 160 Q206 160 206 144 Q206 128 190 128 L64 128 Q40 128 40 146 Q40 160 50 160 Z',
    tents: 'M30 180 L120 50 L210 180 Z',
  };
  const fg = color === 'white' || color === 'beige' || color === 'yellow' || color === 'silver' ? '#1f2937' : '#ffffff';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240" role="img" aria-label="${esc(`${cat.noun.en}, ${c.en}`)}">
<rect width="240" height="240" fill="#f4f1ea"/>
<circle cx="120" cy="120" r="96" fill="${c.hex}" opacity="0.18"/>
<path d="${glyph[categoryKey] ?? glyph['backpacks']}" fill="${c.hex}" stroke="${fg === '#ffffff' ? '#0f172a' : '#475569'}" stroke-width="3" stroke-linejoin="round"/>
<text x="120" y="222" font-family="system-ui, sans-serif" font-size="14" text-anchor="middle" fill="#475569">${esc(cat.noun.en)}</text>
</svg>
`;
}
