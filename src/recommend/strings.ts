/**
 * Words for recommendations, in both UI languages: the reason line of each pick and the
 * `<shop-guide-recommendations>` element's labels and states. Loaded with the recommendations chunk,
 * not on first load. `reason()` is what any UI (the element, the chat) uses to word a
 * `RecommendationReason`.
 */
import type { Lang } from '../i18n/types.ts';
import type { RecommendationReason, RecommendMode } from './types.ts';

export interface RecStrings {
  locale: string;
  /** Accessible name of each mode's list. */
  label: Record<RecommendMode, string>;
  /** Shown when a mode has nothing to show. */
  empty: Record<RecommendMode, string>;
  loading: string;
  failed: string;
  /** Recording is off because of the page's tracking="off" / the browser's Global Privacy Control. */
  trackingOff: { attribute: string; gpc: string };
  /** History could not be saved on this device; shown once per page. */
  storageNotice: string;
  dismissNotice: string;
  /** Announced after "Not interested". */
  removed(title: string): string;
  /** The reason line; `title` names a catalog product (undefined when the catalog lacks it). */
  reason(r: RecommendationReason, title: (productId: string) => string | undefined, now?: number): string;
}

function ago(at: number, now: number, locale: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const s = Math.round((at - now) / 1000);
  if (s > -60) return locale === 'en' ? 'just now' : '刚刚';
  const m = Math.round(s / 60);
  if (m > -60) return rtf.format(m, 'minute');
  const h = Math.round(m / 60);
  if (h > -24) return rtf.format(h, 'hour');
  return rtf.format(Math.round(h / 24), 'day');
}

const en: RecStrings = {
  locale: 'en',
  label: {
    'for-you': 'Recommended for you',
    similar: 'Similar products',
    'bought-together': 'Frequently bought together',
    'recently-viewed': 'Recently viewed',
  },
  empty: {
    'for-you': 'Browse a few products and suggestions for you will appear here.',
    similar: 'No similar products to show.',
    'bought-together': 'No suggestions to go with this product yet.',
    'recently-viewed': 'Products you view will appear here.',
  },
  loading: 'Loading suggestions…',
  failed: 'Suggestions could not be loaded.',
  trackingOff: {
    attribute: 'This shop does not keep a browsing history.',
    gpc: 'Your browser asks sites not to track you, so no browsing history is kept.',
  },
  storageNotice: 'Your browsing history can’t be saved on this device right now; it is kept for this page only.',
  dismissNotice: 'Dismiss',
  removed: (t) => `Removed ${t}. You’ll see fewer like it.`,
  reason(r, title, now = Date.now()) {
    const t = 'productId' in r ? title(r.productId) : undefined;
    switch (r.kind) {
      case 'viewed':
        return t ? `Because you viewed ${t}` : 'Based on what you viewed';
      case 'carted':
        return t ? `Because you added ${t} to your cart` : 'Based on your cart';
      case 'similar':
        return t ? `Similar to ${t}` : 'Similar to what you are looking at';
      case 'bought-together':
        return t ? `Often bought with ${t}` : 'Often bought together';
      case 'also-viewed':
        return t ? `Shoppers who viewed ${t} also viewed this` : 'Shoppers also viewed this';
      case 'searched':
        return `Matches your search “${r.query}”`;
      case 'category':
        return `You often browse ${r.category}`;
      case 'brand':
        return `You like ${r.brand}`;
      case 'price-band':
        return 'In your usual price range';
      case 'shoppers-like-you':
        return 'Popular with shoppers like you';
      case 'recently-viewed':
        return `Viewed ${ago(r.at, now, 'en')}`;
      case 'top-rated':
        return 'Top rated';
      case 'popular':
      default:
        return 'Popular right now';
    }
  },
};

const zhCN: RecStrings = {
  locale: 'zh-CN',
  label: {
    'for-you': '为你推荐',
    similar: '相似商品',
    'bought-together': '经常一起购买',
    'recently-viewed': '最近浏览',
  },
  empty: {
    'for-you': '多逛几件商品，这里就会出现为你挑选的推荐。',
    similar: '暂无相似商品。',
    'bought-together': '暂无与此商品搭配的推荐。',
    'recently-viewed': '你浏览过的商品会显示在这里。',
  },
  loading: '正在加载推荐…',
  failed: '推荐加载失败。',
  trackingOff: {
    attribute: '本店不保存浏览记录。',
    gpc: '你的浏览器要求网站不要跟踪你，因此不保存浏览记录。',
  },
  storageNotice: '目前无法在此设备上保存浏览记录，仅在本页面内保留。',
  dismissNotice: '关闭',
  removed: (t) => `已移除${t}，今后会少推荐类似商品。`,
  reason(r, title, now = Date.now()) {
    const t = 'productId' in r ? title(r.productId) : undefined;
    switch (r.kind) {
      case 'viewed':
        return t ? `因为你浏览过${t}` : '根据你的浏览记录';
      case 'carted':
        return t ? `因为你把${t}加入了购物车` : '根据你的购物车';
      case 'similar':
        return t ? `与${t}相似` : '与你正在看的商品相似';
      case 'bought-together':
        return t ? `常与${t}一起购买` : '经常一起购买';
      case 'also-viewed':
        return t ? `浏览过${t}的顾客也看了` : '其他顾客也看了';
      case 'searched':
        return `符合你搜索的“${r.query}”`;
      case 'category':
        return `你常逛${r.category}`;
      case 'brand':
        return `你喜欢${r.brand}`;
      case 'price-band':
        return '在你常看的价位';
      case 'shoppers-like-you':
        return '与你品味相近的顾客喜欢';
      case 'recently-viewed':
        return `${ago(r.at, now, 'zh-CN')}浏览过`;
      case 'top-rated':
        return '好评如潮';
      case 'popular':
      default:
        return '热门商品';
    }
  },
};

export const recStrings: Record<Lang, RecStrings> = { en, 'zh-CN': zhCN };
