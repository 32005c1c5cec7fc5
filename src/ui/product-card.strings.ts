/** The product card's words, in both UI languages (loaded with the card, not on first load). */
import type { Availability } from '../catalog/types.ts';
import { AVAILABILITY_LABELS } from '../i18n/availability.ts';
import type { Lang } from '../i18n/types.ts';

export interface CardStrings {
  locale: string;
  view: string;
  /** Accessible name of the View link. */
  viewLabel(title: string): string;
  addToCart: string;
  notInterested: string;
  notInterestedLabel(title: string): string;
  /** Screen-reader text around a sale price. */
  salePrice(now: string, was: string): string;
  rating(value: string, count: number): string;
  reviews(count: number): string;
  availability: Record<Availability, string>;
}

const en: CardStrings = {
  locale: 'en',
  view: 'View',
  viewLabel: (t) => `View ${t}`,
  addToCart: 'Add to cart',
  notInterested: 'Not interested',
  notInterestedLabel: (t) => `Not interested in ${t}`,
  salePrice: (now, was) => `Sale price ${now}, was ${was}`,
  rating: (v, n) => `Rated ${v} out of 5 from ${n} ${n === 1 ? 'review' : 'reviews'}`,
  reviews: (n) => `(${n})`,
  availability: AVAILABILITY_LABELS.en,
};

const zhCN: CardStrings = {
  locale: 'zh-CN',
  view: '查看',
  viewLabel: (t) => `查看${t}`,
  addToCart: '加入购物车',
  notInterested: '不感兴趣',
  notInterestedLabel: (t) => `对${t}不感兴趣`,
  salePrice: (now, was) => `促销价 ${now}，原价 ${was}`,
  rating: (v, n) => `评分 ${v}/5，共 ${n} 条评价`,
  reviews: (n) => `（${n}）`,
  availability: AVAILABILITY_LABELS['zh-CN'],
};

export const cardStrings: Record<Lang, CardStrings> = { en, 'zh-CN': zhCN };
