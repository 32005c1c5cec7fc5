/**
 * Probe set 15: written after probe set 14's fixes and before any change they could prompt — again the
 * held-out set's weakest classes in phrasings no earlier set used: amounts with "a minimum of", "or
 * thereabouts", "最少…个档位", "三升的"; follow-ups that let go ("drop the price limit", "颜色不限") or swap
 * one value ("what about soy ones", "换成陶瓷内胆的"); references ("the pricier of the two", "第二款和第三款比一下");
 * other names for types (grinder for coffee, 蜡烛香薰, comforter); things the shops lack; page questions.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const NOT_SOLD = { status: 'not-sold' as const, none: true };
const yes = (key: string, v = 'yes'): Pred => ({ attr: { key, eq: v } });

const grinders: Pred = { category: 'Coffee Grinders' };
const cookers: Pred = { category: 'Rice Cookers' };
const candles: Pred = { category: 'Candles' };
const lamps: Pred = { category: 'Desk Lamps' };
const sets: Pred = { category: 'Cookware Sets' };
const speakers: Pred = { category: 'Speakers' };
const boots: Pred = { category: 'Hiking Boots' };
const jackets: Pred = { category: 'Jackets' };

export const probe15: Dialogue[] = [
  // ---- quantities ----
  { id: 'probe15-home-en-01', shop: 'home', lang: 'en', turns: [t('coffee grinder with a minimum of 30 grind settings', 'quantity', { all: { ...grinders, attr: { key: 'grind settings', min: 30 } } })] },
  { id: 'probe15-home-en-02', shop: 'home', lang: 'en', page: lamps, turns: [t('candles that burn for 60 hours or thereabouts', 'quantity', { all: { ...candles, attr: { key: 'burn time', min: 50, max: 70 } } })] },
  { id: 'probe15-home-en-03', shop: 'home', lang: 'en', turns: [t('a cookware set with 12 pieces or more', 'quantity', { all: { ...sets, attr: { key: 'pieces', min: 12 } } })] },
  { id: 'probe15-demo-en-01', shop: 'demo', lang: 'en', page: boots, turns: [t('speakers that are 20 watts or louder', 'quantity', { all: { ...speakers, attr: { key: 'output', min: 20 } } })] },
  { id: 'probe15-home-zh-01', shop: 'home', lang: 'zh', turns: [t('三升的电饭煲', 'quantity', { all: { category: '电饭煲', attr: { key: 'capacity', min: 2.9, max: 3.1 } } })] },
  { id: 'probe15-home-zh-02', shop: 'home', lang: 'zh', page: { category: '护眼台灯' }, turns: [t('研磨档位最少30档的磨豆机', 'quantity', { all: { category: '磨豆机', attr: { key: 'grind settings', min: 30 } } })] },

  // ---- follow-ups ----
  {
    id: 'probe15-home-en-04', shop: 'home', lang: 'en',
    turns: [t('cookware sets under $100', 'quantity', { all: { ...sets, priceMax: 100 } }), t('drop the price limit', 'follow-up', { all: sets, some: { priceMin: 101 } })],
  },
  {
    id: 'probe15-home-en-05', shop: 'home', lang: 'en',
    turns: [t('unscented candles', 'type-modifier', { all: { ...candles, attr: { key: 'scent', eq: 'unscented' } } }), t('what about lavender ones', 'follow-up', { all: { ...candles, attr: { key: 'scent', eq: 'lavender' } } })],
  },
  {
    id: 'probe15-home-zh-03', shop: 'home', lang: 'zh',
    turns: [t('不粘内胆的电饭煲', 'type-modifier', { all: { category: '电饭煲', attr: { key: 'inner pot', eq: '不粘涂层' } } }), t('换成陶瓷内胆的', 'follow-up', { all: { category: '电饭煲', attr: { key: 'inner pot', eq: '陶瓷' } } })],
  },
  {
    id: 'probe15-demo-zh-01', shop: 'demo', lang: 'zh',
    turns: [t('黑色的外套', 'type-modifier', { all: { category: '外套', color: '黑色' } }), t('颜色不限', 'follow-up', { all: { category: '外套' }, some: { color: '红色' } })],
  },
  {
    id: 'probe15-demo-en-02', shop: 'demo', lang: 'en',
    turns: [t('waterproof hiking boots', 'type-modifier', { all: { ...boots, ...yes('waterproof') } }), t("they don't need to be waterproof", 'follow-up', { all: boots, some: yes('waterproof', 'no') })],
  },

  // ---- references ----
  {
    id: 'probe15-demo-en-03', shop: 'demo', lang: 'en',
    turns: [t('speakers', 'simple', { all: speakers }), t('which of them plays the longest', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMax: 'battery life' } } })],
  },
  {
    id: 'probe15-home-zh-04', shop: 'home', lang: 'zh',
    turns: [t('蜡烛', 'simple', { all: { category: '蜡烛' } }), t('第二款和第三款比一下', 'reference', { kind: 'compare', compared: { shown: [1, 2] } })],
  },
  {
    id: 'probe15-home-en-06', shop: 'home', lang: 'en',
    turns: [t('desk lamps', 'simple', { all: lamps }), t('is the first one dimmable?', 'reference', { subject: { shown: 0 }, mentions: 'dimmable' })],
  },

  // ---- other names ----
  { id: 'probe15-home-en-07', shop: 'home', lang: 'en', page: candles, turns: [t('something to grind coffee beans', 'words', { all: grinders })] },
  { id: 'probe15-home-en-08', shop: 'home', lang: 'en', page: lamps, turns: [t('a comforter for winter', 'words', { all: { category: 'Comforters & Duvets' } })] },
  { id: 'probe15-demo-en-04', shop: 'demo', lang: 'en', turns: [t('portable bluetooth speaker', 'words', { all: speakers })] },
  { id: 'probe15-home-zh-05', shop: 'home', lang: 'zh', turns: [t('香薰蜡烛', 'words', { all: { category: '蜡烛' } })] },
  { id: 'probe15-demo-zh-02', shop: 'demo', lang: 'zh', turns: [t('户外徒步鞋', 'words', { all: { category: '登山靴' } })] },

  // ---- not sold ----
  { id: 'probe15-home-en-09', shop: 'home', lang: 'en', page: cookers, turns: [t('do you sell slow cookers?', 'not-sold', { ...NOT_SOLD, absentType: 'slow cooker' })] },
  { id: 'probe15-demo-en-05', shop: 'demo', lang: 'en', turns: [t("I'm after a pair of ski goggles", 'not-sold', { ...NOT_SOLD, absentType: 'goggles' })] },
  { id: 'probe15-home-zh-06', shop: 'home', lang: 'zh', page: { category: '电饭煲' }, turns: [t('有电压力锅吗', 'not-sold', { ...NOT_SOLD, absentType: '压力锅' })] },

  // ---- about the page's product ----
  { id: 'probe15-home-en-10', shop: 'home', lang: 'en', page: grinders, turns: [t('how many grind settings does it have?', 'page-focus', { subject: 'page', mentions: 'grind settings' })] },
  { id: 'probe15-demo-en-06', shop: 'demo', lang: 'en', page: jackets, turns: [t('does it come with a hood?', 'page-focus', { subject: 'page', mentions: 'hood' })] },
  { id: 'probe15-home-zh-07', shop: 'home', lang: 'zh', page: { category: '蜡烛' }, turns: [t('是什么香味的', 'page-focus', { subject: 'page', mentions: 'scent' })] },
  { id: 'probe15-demo-zh-03', shop: 'demo', lang: 'zh', page: { category: '音箱' }, turns: [t('防水吗', 'page-focus', { subject: 'page', mentions: 'waterproof' })] },
];
