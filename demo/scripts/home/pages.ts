/**
 * Hearthside Home's pages and feeds: a listing page, one page per product (schema.org Product or
 * ProductGroup JSON-LD; a brand only where the feed has one; the category as one "A > B > C" string, as
 * marketplaces export it), and the plain catalog JSON for `catalog-src` (same shape as the outdoor shop's).
 */
import { COLORS } from '../categories.ts';
import { esc, formatPrice, scriptJson } from '../pages.ts';
import type { Lang } from '../products.ts';
import { homePrice, type HomeProduct } from './products.ts';
import { HOME_CATEGORIES, HOME_STORE } from './spec.ts';

const SCHEMA = 'https://schema.org';

export interface HomePaths {
  base: string;
  catalogSrc: string;
}

const UI = {
  en: {
    tagline: 'Kitchen, bedding and everyday home essentials',
    all: 'All products',
    addToCart: 'Add to cart',
    cart: 'Cart',
    stock: { InStock: 'In stock', OutOfStock: 'Currently unavailable', LimitedAvailability: 'Only a few left', PreOrder: 'Pre-order', BackOrder: 'Ships in 2–3 weeks' } as Record<string, string>,
    reviews: 'Customer reviews',
    noReviews: 'No written reviews yet.',
    specs: 'Product details',
    other: '中文',
    was: 'List price',
    ratings: (v: number, n: number) => `${v.toFixed(1)} out of 5 stars · ${n.toLocaleString('en-US')} ratings`,
    privacy: 'The shopping assistant runs entirely in your browser. Nothing you ask or view leaves this device.',
  },
  zh: {
    tagline: '厨房、床品和居家好物',
    all: '全部商品',
    addToCart: '加入购物车',
    cart: '购物车',
    stock: { InStock: '现货', OutOfStock: '暂时缺货', LimitedAvailability: '库存紧张', PreOrder: '预售', BackOrder: '预计 2–3 周发货' } as Record<string, string>,
    reviews: '商品评价',
    noReviews: '暂无文字评价。',
    specs: '商品参数',
    other: 'English',
    was: '原价',
    ratings: (v: number, n: number) => `${v.toFixed(1)} 分 · ${n} 人评分`,
    privacy: '购物助手完全在你的浏览器中运行，你的提问和浏览记录不会离开本设备。',
  },
};

export function homeImage(p: HomeProduct, color = p.color): string {
  return `/demo-images/home-${p.category.key}-${color}.svg`;
}

function url(p: HomeProduct, paths: HomePaths): string {
  return `${paths.base}products/${p.id}.html`;
}

function categoryPath(p: HomeProduct, lang: Lang): string[] {
  return p.category.path.map((c) => c[lang]);
}

function sizeLabel(p: HomeProduct, index: number | undefined, lang: Lang): string | undefined {
  return index === undefined ? undefined : p.category.sizes?.[lang][index];
}

function attrs(p: HomeProduct, lang: Lang): Record<string, string> {
  return Object.fromEntries(p.attributes.filter((a) => a.value.en !== 'n/a').map((a) => [a.key, a.value[lang]]));
}

export function homeCatalogProduct(p: HomeProduct, lang: Lang, paths: HomePaths) {
  const { price, listPrice, currency } = homePrice(p, lang);
  return {
    id: p.id,
    title: p.title[lang],
    description: p.description[lang],
    ...(p.brand ? { brand: p.brand } : {}),
    category: categoryPath(p, lang),
    price,
    ...(listPrice ? { listPrice } : {}),
    currency,
    availability: p.availability,
    ...(p.rating ? { rating: p.rating } : {}),
    reviews: p.reviews.map((r) => ({ author: r.author[lang], rating: r.rating, title: r.title[lang], body: r.body[lang], date: r.date })),
    attributes: attrs(p, lang),
    images: [homeImage(p)],
    url: url(p, paths),
    variants: p.variants.map((v) => ({
      id: v.id,
      attributes: { color: COLORS[v.color]![lang], ...(v.size !== undefined ? { size: sizeLabel(p, v.size, lang)! } : {}) },
      availability: v.availability,
      image: homeImage(p, v.color),
    })),
    similarTo: p.similarTo,
    relatedTo: p.relatedTo,
  };
}

export function homeCatalogJson(products: HomeProduct[], lang: Lang, paths: HomePaths) {
  const s = HOME_STORE[lang];
  return {
    version: 1,
    store: { name: s.name, currency: s.currency, shipping: s.shipping, returns: s.returns, payment: s.payment, faq: s.faq },
    products: products.map((p) => homeCatalogProduct(p, lang, paths)),
  };
}

function offer(p: HomeProduct, lang: Lang, paths: HomePaths, availability = p.availability) {
  const { price, listPrice, currency } = homePrice(p, lang);
  return {
    '@type': 'Offer',
    url: url(p, paths),
    price: price.toFixed(2),
    priceCurrency: currency,
    availability: `${SCHEMA}/${availability}`,
    seller: { '@type': 'Organization', name: HOME_STORE[lang].name },
    ...(listPrice
      ? {
          priceSpecification: [
            { '@type': 'UnitPriceSpecification', price: price.toFixed(2), priceCurrency: currency },
            { '@type': 'UnitPriceSpecification', priceType: `${SCHEMA}/StrikethroughPrice`, price: listPrice.toFixed(2), priceCurrency: currency },
          ],
        }
      : {}),
  };
}

export function homeProductJsonLd(p: HomeProduct, lang: Lang, paths: HomePaths): Record<string, unknown> {
  const base = {
    name: p.title[lang],
    description: p.description[lang],
    sku: p.id,
    mpn: p.code,
    ...(p.brand ? { brand: { '@type': 'Brand', name: p.brand } } : {}),
    category: categoryPath(p, lang).join(' > '),
    image: [homeImage(p)],
    url: url(p, paths),
    color: COLORS[p.color]![lang],
    additionalProperty: p.attributes
      .filter((a) => a.key !== 'color' && a.value.en !== 'n/a')
      .map((a) => ({ '@type': 'PropertyValue', propertyID: a.key, name: a.label[lang], value: a.value[lang] })),
    ...(p.rating ? { aggregateRating: { '@type': 'AggregateRating', ratingValue: p.rating.value, ratingCount: p.rating.count, bestRating: 5 } } : {}),
    review: p.reviews.map((r) => ({
      '@type': 'Review',
      author: { '@type': 'Person', name: r.author[lang] },
      datePublished: r.date,
      name: r.title[lang],
      reviewBody: r.body[lang],
      reviewRating: { '@type': 'Rating', ratingValue: r.rating, bestRating: 5 },
    })),
  };
  if (p.variants.length) {
    return {
      '@context': SCHEMA,
      '@type': 'ProductGroup',
      productGroupID: p.id,
      variesBy: [`${SCHEMA}/color`, ...(p.category.sizes ? [`${SCHEMA}/size`] : [])],
      ...base,
      hasVariant: p.variants.map((v) => ({
        '@type': 'Product',
        sku: v.id,
        name: `${p.title[lang]} – ${[COLORS[v.color]![lang], sizeLabel(p, v.size, lang)].filter(Boolean).join(', ')}`,
        color: COLORS[v.color]![lang],
        ...(v.size !== undefined ? { size: sizeLabel(p, v.size, lang) } : {}),
        image: homeImage(p, v.color),
        offers: offer(p, lang, paths, v.availability),
      })),
    };
  }
  return { '@context': SCHEMA, '@type': 'Product', ...base, offers: offer(p, lang, paths) };
}

function storeBlock(lang: Lang): string {
  const s = HOME_STORE[lang];
  return `<script type="application/json" data-shop-guide-store>${scriptJson({ name: s.name, currency: s.currency, shipping: s.shipping, returns: s.returns, payment: s.payment, faq: s.faq })}</script>`;
}

function priceHtml(p: HomeProduct, lang: Lang): string {
  const { price, listPrice, currency } = homePrice(p, lang);
  return `<span class="price">${esc(formatPrice(price, currency, lang))}</span>${
    listPrice ? ` <s class="list-price" aria-label="${UI[lang].was}">${esc(formatPrice(listPrice, currency, lang))}</s>` : ''
  }`;
}

function layout(lang: Lang, paths: HomePaths, otherUrl: string, title: string, head: string, body: string): string {
  const t = UI[lang];
  const nav = HOME_CATEGORIES.filter((_, i) => i % 3 === 0)
    .map((c) => `<a href="${paths.base}index.html#${c.key}">${esc(c.path.at(-1)![lang])}</a>`)
    .join('');
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/demo/shop.css">
${head}
${storeBlock(lang)}
</head>
<body>
<header class="site-header">
  <a class="logo" href="${paths.base}index.html">${esc(HOME_STORE[lang].name)}</a>
  <nav aria-label="Categories">${nav}</nav>
  <a class="lang-switch" href="${otherUrl}" hreflang="${lang === 'en' ? 'zh-CN' : 'en'}">${t.other}</a>
  <a class="cart-link" href="#cart" aria-live="polite">${t.cart} <span class="cart-count" data-cart-count>0</span></a>
</header>
<main>
${body}
</main>
<footer class="site-footer"><p>${esc(t.privacy)}</p></footer>
<shop-guide catalog-src="${paths.catalogSrc}"></shop-guide>
<script type="module" src="/demo/shop.js"></script>
<script type="module" src="/src/index.ts"></script>
</body>
</html>
`;
}

function card(p: HomeProduct, lang: Lang, paths: HomePaths): string {
  const stock = p.availability !== 'InStock' ? `<span class="badge">${esc(UI[lang].stock[p.availability] ?? p.availability)}</span>` : '';
  return `<li class="card" data-product-id="${esc(p.id)}"><a href="${url(p, paths)}"><img src="${homeImage(p)}" alt="" width="240" height="240" loading="lazy"><span class="card-title">${esc(p.title[lang])}</span></a><span class="card-meta">${priceHtml(p, lang)}</span>${stock}</li>`;
}

/** The listing page: every category, cards only (no JSON-LD: the feed is the catalog, as on many shops). */
export function homeListingPage(products: HomeProduct[], lang: Lang, paths: HomePaths, otherBase: string): string {
  const t = UI[lang];
  const sections = HOME_CATEGORIES.map(
    (c) => `<section id="${c.key}" class="category"><h2>${esc(c.path.at(-1)![lang])}</h2><ul class="grid">${products
      .filter((p) => p.category === c)
      .map((p) => card(p, lang, paths))
      .join('\n')}</ul></section>`,
  ).join('\n');
  return layout(
    lang,
    paths,
    `${otherBase}index.html`,
    `${HOME_STORE[lang].name} – ${t.tagline}`,
    '',
    `<section class="hero"><h1>${esc(HOME_STORE[lang].name)}</h1><p>${esc(t.tagline)}</p></section>\n<section class="recs"><shop-guide-recommendations mode="for-you" limit="8"></shop-guide-recommendations></section>\n${sections}`,
  );
}

export function homeProductPage(p: HomeProduct, lang: Lang, paths: HomePaths, otherBase: string): string {
  const t = UI[lang];
  const specs = p.attributes
    .filter((a) => a.value.en !== 'n/a')
    .map((a) => `<tr><th scope="row">${esc(a.label[lang])}</th><td>${esc(a.value[lang])}</td></tr>`)
    .join('');
  const reviews = p.reviews.length
    ? p.reviews.map((r) => `<article class="review"><h3>${'★'.repeat(r.rating)}${'☆'.repeat(5 - r.rating)} ${esc(r.title[lang])}</h3><p>${esc(r.body[lang])}</p><p class="byline">${esc(r.author[lang])} · ${r.date}</p></article>`).join('\n')
    : `<p>${t.noReviews}</p>`;
  const colors = [...new Set(p.variants.map((v) => v.color))];
  const sizes = p.category.sizes && p.variants.length ? p.category.sizes[lang] : [];
  const pickers = p.variants.length
    ? `<div class="variants"><label>${lang === 'en' ? 'Colour' : '颜色'} <select name="color">${colors.map((c) => `<option value="${c}">${esc(COLORS[c]![lang])}</option>`).join('')}</select></label>${
        sizes.length ? `<label>${lang === 'en' ? 'Size' : '规格'} <select name="size">${sizes.map((s) => `<option>${esc(s)}</option>`).join('')}</select></label>` : ''
      }</div>`
    : '';
  const crumbs = p.category.path.map((c) => esc(c[lang])).join(' › ');
  return layout(
    lang,
    paths,
    `${otherBase}products/${p.id}.html`,
    `${p.title[lang]} | ${HOME_STORE[lang].name}`,
    `<script type="application/ld+json">${scriptJson(homeProductJsonLd(p, lang, paths))}</script>`,
    `<nav class="breadcrumb" aria-label="Breadcrumb"><a href="${paths.base}index.html">${esc(t.all)}</a> › ${crumbs}</nav>
<article class="product" data-product-id="${esc(p.id)}">
  <img class="product-image" src="${homeImage(p)}" alt="${esc(p.title[lang])}" width="480" height="480">
  <div class="product-info">
    <h1>${esc(p.title[lang])}</h1>
    ${p.rating ? `<p class="rating">${esc(t.ratings(p.rating.value, p.rating.count))}</p>` : ''}
    <p class="price-line">${priceHtml(p, lang)}</p>
    <p class="availability ${p.availability}">${esc(t.stock[p.availability] ?? p.availability)}</p>
    ${pickers}
    <button class="add-to-cart" type="button" data-add-to-cart="${esc(p.id)}" ${p.availability === 'OutOfStock' ? 'disabled' : ''}>${t.addToCart}</button>
    <p class="description">${esc(p.description[lang])}</p>
    <h2>${t.specs}</h2>
    <table class="specs">${specs}</table>
  </div>
</article>
<section class="recs"><shop-guide-recommendations mode="similar" limit="6"></shop-guide-recommendations></section>
<section class="reviews"><h2>${t.reviews}</h2>${reviews}</section>`,
  );
}

export function homeSvg(categoryKey: string, color: string): string {
  const c = COLORS[color]!;
  const cat = HOME_CATEGORIES.find((x) => x.key === categoryKey)!;
  const fg = ['white', 'beige', 'yellow', 'silver'].includes(color) ? '#475569' : '#0f172a';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240" role="img" aria-label="${esc(`${cat.nouns[0]!.en}, ${c.en}`)}">
<rect width="240" height="240" fill="#f6f3ee"/>
<rect x="60" y="50" width="120" height="130" rx="18" fill="${c.hex}" stroke="${fg}" stroke-width="3"/>
<text x="120" y="222" font-family="system-ui, sans-serif" font-size="14" text-anchor="middle" fill="#475569">${esc(cat.nouns[0]!.en)}</text>
</svg>
`;
}
