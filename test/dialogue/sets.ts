/**
 * The labelled dialogue sets. Dev: what `npm run eval:dialogue` scores and reports failures of.
 * Held-out: scored and printed separately, never tuned on (no failure report).
 */
import type { Dialogue, Lang, ShopKey } from './types.ts';
import { demoEn } from './dev/demo.en.ts';
import { demoZh } from './dev/demo.zh.ts';
import { homeEn } from './dev/home.en.ts';
import { homeZh } from './dev/home.zh.ts';
import { probe } from './dev/probe.ts';
import { probe2 } from './dev/probe2.ts';
import { probe3 } from './dev/probe3.ts';
import { probe4 } from './dev/probe4.ts';
import { probe5 } from './dev/probe5.ts';
import { probe6 } from './dev/probe6.ts';
import { probe7 } from './dev/probe7.ts';
import { probe8 } from './dev/probe8.ts';
import { probe9 } from './dev/probe9.ts';
import { probe10 } from './dev/probe10.ts';
import { probe11 } from './dev/probe11.ts';
import { probe12 } from './dev/probe12.ts';
import { probe13 } from './dev/probe13.ts';
import { probe14 } from './dev/probe14.ts';
import { probe15 } from './dev/probe15.ts';
import { holdout } from './holdout/holdout.ts';

export const DEV: Dialogue[] = [...demoEn, ...demoZh, ...homeEn, ...homeZh, ...probe, ...probe2, ...probe3, ...probe4, ...probe5, ...probe6, ...probe7, ...probe8, ...probe9, ...probe10, ...probe11, ...probe12, ...probe13, ...probe14, ...probe15];
export const HOLDOUT: Dialogue[] = holdout;

/** Where each shop's feed and pages are (served by the test server and by `npm run demo`). */
export const SHOPS: Record<ShopKey, Record<Lang, { feed: string; base: string }>> = {
  demo: {
    en: { feed: '/demo-data/catalog.json', base: '/demo/' },
    zh: { feed: '/demo-data/catalog.zh.json', base: '/demo/zh/' },
  },
  home: {
    en: { feed: '/demo-data/home.json', base: '/demo/home/' },
    zh: { feed: '/demo-data/home.zh.json', base: '/demo/home/zh/' },
  },
};

/** The page a dialogue runs on: the shop's listing page, or the page of its product. */
export function pagePath(shop: ShopKey, lang: Lang, productId?: string): string {
  const base = SHOPS[shop][lang].base;
  return productId ? `${base}products/${productId}.html` : `${base}index.html`;
}
