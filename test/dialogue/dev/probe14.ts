/**
 * Probe set 14: written after probe set 13's fixes and before any change they could prompt — the
 * held-out set's weakest classes (quantity, follow-up, reference, words, not-sold) in phrasings none of
 * the earlier sets used: amounts with "or bigger", "30+", "heavier than", "低于…分贝", "大于…升";
 * follow-ups that let a condition go in other words ("price isn't an issue", "forget the colour",
 * "预算不限") or ask for more ("show me a couple more", "再给我看几个"); references by position from the
 * end and by superlative; other names for types (frypan, trainers, 电水壶, 扫地机, 蓝牙耳机); things the
 * shops lack, on product pages too; questions about a page's product.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const NOT_SOLD = { status: 'not-sold' as const, none: true };

const tents: Pred = { category: 'Tents' };
const shoes: Pred = { category: 'Running Shoes' };
const mats: Pred = { category: 'Yoga Mats' };
const headphones: Pred = { category: 'Headphones' };
const watches: Pred = { category: 'Smartwatches' };
const blenders: Pred = { category: 'Blenders' };
const humidifiers: Pred = { category: 'Humidifiers' };
const bottles: Pred = { category: 'Water Bottles & Travel Mugs' };
const towels: Pred = { category: 'Bath Towels' };
const purifiers: Pred = { category: 'Air Purifiers' };
const robots: Pred = { category: 'Robot Vacuums' };
const mugs: Pred = { category: 'Coffee Mugs' };

export const probe14: Dialogue[] = [
  // ---- quantities ----
  { id: 'probe14-home-en-01', shop: 'home', lang: 'en', page: { category: 'Candles' }, turns: [t('a humidifier that keeps going for at least 40 hours', 'quantity', { all: { ...humidifiers, attr: { key: 'run time', min: 40 } } })] },
  { id: 'probe14-home-en-02', shop: 'home', lang: 'en', page: mugs, turns: [t('travel mug that holds 750 ml or more', 'quantity', { all: { ...bottles, attr: { key: 'capacity', min: 750 } } })] },
  { id: 'probe14-home-en-03', shop: 'home', lang: 'en', page: purifiers, turns: [t('bath towels heavier than 600 gsm', 'quantity', { all: { ...towels, attr: { key: 'gsm', min: 600 } } })] },
  { id: 'probe14-demo-en-01', shop: 'demo', lang: 'en', page: shoes, turns: [t('yoga mat at least 6mm thick', 'quantity', { all: { ...mats, attr: { key: 'thickness', min: 6 } } })] },
  { id: 'probe14-demo-en-02', shop: 'demo', lang: 'en', page: watches, turns: [t('headphones with 30+ hours of battery', 'quantity', { all: { ...headphones, attr: { key: 'battery life', min: 30 } } })] },
  { id: 'probe14-demo-en-03', shop: 'demo', lang: 'en', page: { category: 'Backpacks' }, turns: [t('a tent that weighs under 2.5 kg', 'quantity', { all: { ...tents, attr: { key: 'weight', max: 2.5 } } })] },
  { id: 'probe14-home-zh-01', shop: 'home', lang: 'zh', page: { category: '加湿器' }, turns: [t('噪音低于30分贝的空气净化器', 'quantity', { all: { category: '空气净化器', attr: { key: 'noise', max: 30 } } })] },
  { id: 'probe14-home-zh-02', shop: 'home', lang: 'zh', page: { category: '电饭煲' }, turns: [t('容量大于5升的空气炸锅', 'quantity', { all: { category: '空气炸锅', attr: { key: 'capacity', min: 5.01 } } })] },

  // ---- follow-ups ----
  {
    id: 'probe14-home-en-04', shop: 'home', lang: 'en',
    turns: [t('blenders under $60', 'quantity', { all: { ...blenders, priceMax: 60 } }), t("price isn't an issue", 'follow-up', { all: blenders, some: { priceMin: 61 } })],
  },
  {
    id: 'probe14-demo-en-04', shop: 'demo', lang: 'en',
    turns: [t('black running shoes', 'type-modifier', { all: { ...shoes, color: 'black' } }), t('forget the colour', 'follow-up', { all: shoes, some: { color: 'red' } })],
  },
  {
    id: 'probe14-demo-zh-01', shop: 'demo', lang: 'zh',
    turns: [t('200块以下的耳机', 'quantity', { all: { category: '耳机', priceMax: 200 } }), t('预算不限', 'follow-up', { all: { category: '耳机' }, some: { priceMin: 201 } })],
  },
  {
    id: 'probe14-home-en-05', shop: 'home', lang: 'en',
    turns: [t('coffee mugs', 'simple', { all: mugs }), t('show me a couple more', 'follow-up', { kind: ['more', 'search'], all: mugs, fresh: true })],
  },
  {
    id: 'probe14-demo-zh-02', shop: 'demo', lang: 'zh',
    turns: [t('瑜伽垫', 'simple', { all: { category: '瑜伽垫' } }), t('再给我看几个', 'follow-up', { kind: ['more', 'search'], all: { category: '瑜伽垫' }, fresh: true })],
  },
  {
    id: 'probe14-home-en-06', shop: 'home', lang: 'en',
    turns: [t('humidifiers', 'simple', { all: humidifiers }), t('only the ones that run 60 hours', 'follow-up', { all: { ...humidifiers, attr: { key: 'run time', min: 60 } } })],
  },

  // ---- references ----
  {
    id: 'probe14-home-en-07', shop: 'home', lang: 'en',
    turns: [t('air purifiers', 'simple', { all: purifiers }), t('which of them is the quietest', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMin: 'noise' } } })],
  },
  {
    id: 'probe14-demo-en-05', shop: 'demo', lang: 'en',
    turns: [t('smartwatches', 'simple', { all: watches }), t('does the second one have gps?', 'reference', { subject: { shown: 1 }, mentions: 'gps' })],
  },
  {
    id: 'probe14-home-zh-03', shop: 'home', lang: 'zh',
    turns: [t('电热水壶', 'simple', { all: { category: '电热水壶' } }), t('哪个最便宜', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'price-min' } })],
  },
  {
    id: 'probe14-demo-zh-03', shop: 'demo', lang: 'zh',
    turns: [t('双肩包', 'simple', { all: { category: '双肩包' } }), t('第三个能装多少', 'reference', { subject: { shown: 2 }, mentions: 'capacity' })],
  },
  {
    id: 'probe14-home-en-08', shop: 'home', lang: 'en',
    turns: [t('robot vacuums', 'simple', { all: robots }), t('compare the last two', 'reference', { kind: 'compare', compared: { shown: [4, 5] } })],
  },

  // ---- other names for the types ----
  { id: 'probe14-home-en-09', shop: 'home', lang: 'en', page: { category: 'Cookware Sets' }, turns: [t('frypan', 'words', { all: { category: 'Frying Pans & Skillets' } })] },
  { id: 'probe14-home-en-10', shop: 'home', lang: 'en', turns: [t('a duvet for winter', 'words', { all: { category: 'Comforters & Duvets' } })] },
  { id: 'probe14-demo-en-06', shop: 'demo', lang: 'en', turns: [t('trainers for running', 'words', { all: shoes })] },
  { id: 'probe14-demo-zh-04', shop: 'demo', lang: 'zh', page: { category: '音箱' }, turns: [t('蓝牙耳机', 'words', { all: { category: '耳机' } })] },
  { id: 'probe14-home-zh-04', shop: 'home', lang: 'zh', turns: [t('电水壶', 'words', { all: { category: '电热水壶' } })] },
  { id: 'probe14-home-zh-05', shop: 'home', lang: 'zh', turns: [t('扫地机', 'words', { all: { category: '扫地机器人' } })] },

  // ---- not sold ----
  { id: 'probe14-home-en-11', shop: 'home', lang: 'en', turns: [t('do you carry microwaves?', 'not-sold', { ...NOT_SOLD, absentType: 'microwave' })] },
  { id: 'probe14-demo-en-07', shop: 'demo', lang: 'en', turns: [t('any bike helmets?', 'not-sold', { ...NOT_SOLD, absentType: 'helmet' })] },
  { id: 'probe14-home-zh-06', shop: 'home', lang: 'zh', turns: [t('有洗碗机卖吗', 'not-sold', { ...NOT_SOLD, absentType: '洗碗机' })] },
  { id: 'probe14-demo-en-08', shop: 'demo', lang: 'en', page: tents, turns: [t('do you also have camping stoves', 'not-sold', { ...NOT_SOLD, absentType: 'stove' })] },

  // ---- about the page's product ----
  { id: 'probe14-home-en-12', shop: 'home', lang: 'en', page: { category: 'Rice Cookers' }, turns: [t("what's the inner pot made of?", 'page-focus', { subject: 'page', mentions: 'inner pot' })] },
  { id: 'probe14-home-en-13', shop: 'home', lang: 'en', page: { category: 'Candles' }, turns: [t('how long will it burn', 'page-focus', { subject: 'page', mentions: 'burn time' })] },
  { id: 'probe14-demo-zh-05', shop: 'demo', lang: 'zh', page: { category: '瑜伽垫' }, turns: [t('有多厚', 'page-focus', { subject: 'page', mentions: 'thickness' })] },
  { id: 'probe14-home-zh-07', shop: 'home', lang: 'zh', page: { category: '加湿器' }, turns: [t('能用多久', 'page-focus', { subject: 'page', mentions: 'run time' })] },
];
