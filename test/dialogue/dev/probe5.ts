/**
 * Probe set 5: unit conversions, amounts said loosely, chat and words, written after probe set 4's fixes
 * and before any change they could prompt.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const NOT_SOLD = { status: 'not-sold' as const, none: true };
const CHAT = { kind: 'chat' as const, none: true };

const shoes: Pred = { category: 'Running Shoes' };
const backpacks: Pred = { category: 'Backpacks' };
const mats: Pred = { category: 'Yoga Mats' };
const headphones: Pred = { category: 'Headphones' };
const jackets: Pred = { category: 'Jackets' };
const pans: Pred = { category: 'Frying Pans & Skillets' };
const bottles: Pred = { category: 'Water Bottles & Travel Mugs' };
const kettles: Pred = { category: 'Electric Kettles' };

export const probe5: Dialogue[] = [
  { id: 'probe5-demo-en-01', shop: 'demo', lang: 'en', turns: [t('running shoes under 9 oz', 'quantity', { all: { ...shoes, attr: { key: 'weight', max: 255 } } })] },
  { id: 'probe5-demo-en-02', shop: 'demo', lang: 'en', turns: [t('a backpack of 30 liters or more', 'quantity', { all: { ...backpacks, attr: { key: 'capacity', min: 30 } } })] },
  { id: 'probe5-demo-en-03', shop: 'demo', lang: 'en', turns: [t('yoga mat 1 cm thick', 'quantity', { all: { ...mats, attr: { key: 'thickness', min: 10, max: 10 } } })] },
  { id: 'probe5-demo-en-04', shop: 'demo', lang: 'en', turns: [t('headphones less than fifty dollars', 'quantity', { all: { ...headphones, priceMax: 50 } })] },
  { id: 'probe5-demo-en-05', shop: 'demo', lang: 'en', turns: [t('jackets from 100 to 150', 'quantity', { all: { ...jackets, priceMin: 100, priceMax: 150 } })] },
  {
    id: 'probe5-demo-en-06', shop: 'demo', lang: 'en',
    turns: [
      t('backpacks', 'simple', { all: backpacks }),
      t('only the 45 litre ones', 'follow-up', { all: { ...backpacks, attr: { key: 'capacity', min: 45, max: 45 } } }),
      t('the cheapest of them', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'price-min' } }),
    ],
  },
  { id: 'probe5-demo-en-07', shop: 'demo', lang: 'en', turns: [t('are you a real person?', 'chat', CHAT), t('ok cool', 'chat', CHAT)] },
  { id: 'probe5-demo-en-08', shop: 'demo', lang: 'en', turns: [t('sneakers', 'words', { all: shoes }), t('more', 'words', { kind: ['more', 'search'], all: shoes, fresh: true })] },
  { id: 'probe5-demo-en-09', shop: 'demo', lang: 'en', turns: [t('do you sell bikes?', 'not-sold', { ...NOT_SOLD, absentType: 'bike' })] },
  { id: 'probe5-home-en-01', shop: 'home', lang: 'en', turns: [t('a 12 inch frying pan', 'quantity', { all: { ...pans, attr: { key: 'diameter', min: 30, max: 30 } } })] },
  { id: 'probe5-home-en-02', shop: 'home', lang: 'en', turns: [t('water bottle that holds a litre', 'quantity', { all: { ...bottles, attr: { key: 'capacity', min: 1000, max: 1000 } } })] },
  { id: 'probe5-home-en-03', shop: 'home', lang: 'en', turns: [t('kettles 1.5 litres and up', 'quantity', { all: { ...kettles, attr: { key: 'capacity', min: 1.5 } } })] },
  { id: 'probe5-home-en-04', shop: 'home', lang: 'en', turns: [t('what is your name?', 'chat', CHAT)] },
  { id: 'probe5-home-en-05', shop: 'home', lang: 'en', turns: [t('got any ice cream makers', 'not-sold', { ...NOT_SOLD, absentType: 'ice cream maker' })] },
  { id: 'probe5-home-zh-01', shop: 'home', lang: 'zh', turns: [t('你是机器人吗', 'chat', CHAT), t('好的 谢谢你', 'chat', CHAT)] },
  { id: 'probe5-home-zh-02', shop: 'home', lang: 'zh', turns: [t('一升以上的保温杯', 'quantity', { all: { category: '保温杯水壶', attr: { key: 'capacity', min: 1000 } } })] },
  { id: 'probe5-demo-zh-01', shop: 'demo', lang: 'zh', turns: [t('300克以下的跑步鞋', 'quantity', { all: { category: '跑步鞋', attr: { key: 'weight', max: 300 } } })] },
  { id: 'probe5-demo-zh-02', shop: 'demo', lang: 'zh', turns: [t('40升以上的双肩包', 'quantity', { all: { category: '双肩包', attr: { key: 'capacity', min: 40 } } })] },
  { id: 'probe5-demo-zh-03', shop: 'demo', lang: 'zh', turns: [t('有卖自行车吗', 'not-sold', { ...NOT_SOLD, absentType: '自行车' })] },
];
