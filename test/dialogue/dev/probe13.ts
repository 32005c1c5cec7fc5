/**
 * Probe set 13: the held-out set's weakest classes said in fresh everyday ways — quantities with ranges
 * and limits ("25 to 35 litres", "5 litres max", "quieter than 60 dB", "起码20个小时", "不低于1000瓦",
 * "2到3公斤"), words the catalogs do not use ("raincoats", "cordless hoover", "expresso", "蓝牙音响",
 * "加湿机"), follow-ups that drop a constraint ("any price is fine", "不用防水了"), references ("compare the
 * first two", "which of these weighs the least", "前两个对比一下"), things the shops lack (on product pages
 * too) and questions about a product page's product. Written after probe set 12's fixes and before any
 * change they could prompt.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const NOT_SOLD = { status: 'not-sold' as const, none: true };
const yes = (key: string, v = 'yes'): Pred => ({ attr: { key, eq: v } });

const tents: Pred = { category: 'Tents' };
const backpacks: Pred = { category: 'Backpacks' };
const jackets: Pred = { category: 'Jackets' };
const headphones: Pred = { category: 'Headphones' };
const watches: Pred = { category: 'Smartwatches' };
const fryers: Pred = { category: 'Air Fryers' };
const robots: Pred = { category: 'Robot Vacuums' };
const sticks: Pred = { category: 'Stick Vacuums' };
const kettles: Pred = { category: 'Electric Kettles' };
const purifiers: Pred = { category: 'Air Purifiers' };
const candles: Pred = { category: 'Candles' };

export const probe13: Dialogue[] = [
  // ---- quantities: ranges, limits, units ----
  { id: 'probe13-demo-en-01', shop: 'demo', lang: 'en', page: backpacks, turns: [t('tent that sleeps three or more', 'quantity', { all: { ...tents, attr: { key: 'capacity', min: 3 } } })] },
  { id: 'probe13-demo-en-02', shop: 'demo', lang: 'en', page: jackets, turns: [t('backpack, 25 to 35 litres', 'quantity', { all: { ...backpacks, attr: { key: 'capacity', min: 25, max: 35 } } })] },
  { id: 'probe13-home-en-01', shop: 'home', lang: 'en', turns: [t('air fryer, 5 litres max', 'quantity', { all: { ...fryers, attr: { key: 'capacity', max: 5 } } })] },
  { id: 'probe13-home-en-02', shop: 'home', lang: 'en', page: sticks, turns: [t('robot vacuum quieter than 60 dB', 'quantity', { all: { ...robots, attr: { key: 'noise', max: 60 } } })] },
  { id: 'probe13-home-en-03', shop: 'home', lang: 'en', page: kettles, turns: [t('do you have one that holds a litre and a half or more?', 'quantity', { all: { ...kettles, attr: { key: 'capacity', min: 1.5 } } })] },
  { id: 'probe13-home-en-04', shop: 'home', lang: 'en', turns: [t('air purifier for a 40 square metre living room', 'quantity', { all: { ...purifiers, attr: { key: 'room size', min: 40 } } })] },
  { id: 'probe13-home-zh-01', shop: 'home', lang: 'zh', turns: [t('容量不超过1.5升的电热水壶', 'quantity', { all: { category: '电热水壶', attr: { key: 'capacity', max: 1.5 } } })] },
  { id: 'probe13-home-zh-02', shop: 'home', lang: 'zh', page: { category: '马克杯' }, turns: [t('功率不低于1000瓦的破壁机', 'quantity', { all: { category: '破壁料理机', attr: { key: 'wattage', min: 1000 } } })] },
  { id: 'probe13-demo-zh-01', shop: 'demo', lang: 'zh', turns: [t('续航起码20个小时的耳机', 'quantity', { all: { category: '耳机', attr: { key: 'battery life', min: 20 } } })] },
  { id: 'probe13-demo-zh-02', shop: 'demo', lang: 'zh', turns: [t('2到3公斤的帐篷', 'quantity', { all: { category: '帐篷', attr: { key: 'weight', min: 2, max: 3 } } })] },

  // ---- words the catalogs do not use ----
  { id: 'probe13-demo-en-03', shop: 'demo', lang: 'en', turns: [t('raincoats', 'words', { all: { ...jackets, ...yes('waterproof') } })] },
  { id: 'probe13-demo-en-04', shop: 'demo', lang: 'en', turns: [t('ear buds with noise canceling', 'words', { all: { ...headphones, ...yes('noise cancelling') } })] },
  { id: 'probe13-home-en-05', shop: 'home', lang: 'en', page: purifiers, turns: [t('cordless hoover', 'words', { all: sticks })] },
  { id: 'probe13-home-en-06', shop: 'home', lang: 'en', turns: [t('expresso machine', 'words', { all: { category: 'Coffee Makers' } })] },
  { id: 'probe13-demo-zh-03', shop: 'demo', lang: 'zh', turns: [t('蓝牙音响', 'words', { all: { category: '音箱' } })] },
  { id: 'probe13-home-zh-03', shop: 'home', lang: 'zh', turns: [t('加湿机', 'words', { all: { category: '加湿器' } })] },

  // ---- follow-ups: drop or change one constraint ----
  {
    id: 'probe13-home-en-07', shop: 'home', lang: 'en',
    turns: [
      t('air fryers under $80', 'quantity', { all: { ...fryers, priceMax: 80 } }),
      t('any price is fine', 'follow-up', { all: fryers, some: { priceMin: 81 } }),
    ],
  },
  {
    id: 'probe13-demo-zh-04', shop: 'demo', lang: 'zh',
    turns: [
      t('防水的跑步鞋', 'type-modifier', { all: { category: '跑步鞋', ...yes('waterproof', '是') } }),
      t('不用防水了', 'follow-up', { all: { category: '跑步鞋' }, some: yes('waterproof', '否') }),
    ],
  },
  {
    id: 'probe13-demo-en-05', shop: 'demo', lang: 'en',
    turns: [
      t('waterproof jackets', 'type-modifier', { all: { ...jackets, ...yes('waterproof') } }),
      t('what about in red', 'follow-up', { all: { ...jackets, ...yes('waterproof'), color: 'red' } }),
    ],
  },
  {
    id: 'probe13-home-zh-04', shop: 'home', lang: 'zh',
    turns: [
      t('电饭煲', 'simple', { all: { category: '电饭煲' } }),
      t('3升以上的', 'follow-up', { all: { category: '电饭煲', attr: { key: 'capacity', min: 3 } } }),
      t('有陶瓷内胆的吗', 'follow-up', { all: { category: '电饭煲', attr: [{ key: 'capacity', min: 3 }, { key: 'inner pot', eq: '陶瓷' }] } }),
    ],
  },
  {
    id: 'probe13-home-en-08', shop: 'home', lang: 'en',
    turns: [t('kettles', 'simple', { all: kettles }), t('let me see a few more', 'follow-up', { kind: ['more', 'search'], all: kettles, fresh: true })],
  },

  // ---- references into the list shown ----
  {
    id: 'probe13-demo-en-06', shop: 'demo', lang: 'en',
    turns: [
      t('gps watches', 'simple', { all: { ...watches, ...yes('gps') } }),
      t('compare the first two', 'reference', { kind: 'compare', compared: { shown: [0, 1] } }),
    ],
  },
  {
    id: 'probe13-home-en-09', shop: 'home', lang: 'en',
    turns: [
      t('stick vacuums', 'simple', { all: sticks }),
      t('which of these weighs the least', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMin: 'weight' } } }),
    ],
  },
  {
    id: 'probe13-home-zh-05', shop: 'home', lang: 'zh',
    turns: [
      t('马克杯', 'simple', { all: { category: '马克杯' } }),
      t('前两个对比一下', 'reference', { kind: 'compare', compared: { shown: [0, 1] } }),
    ],
  },
  {
    id: 'probe13-home-en-10', shop: 'home', lang: 'en',
    turns: [
      t('candles', 'simple', { all: candles }),
      t('how long does the third one burn for?', 'reference', { subject: { shown: 2 }, mentions: 'burn time' }),
    ],
  },
  {
    id: 'probe13-demo-zh-05', shop: 'demo', lang: 'zh',
    turns: [
      t('耳机', 'simple', { all: { category: '耳机' } }),
      t('第一个降噪吗', 'reference', { subject: { shown: 0 }, verdict: yes('noise cancelling', '是') }),
    ],
  },

  // ---- not sold ----
  { id: 'probe13-demo-en-07', shop: 'demo', lang: 'en', turns: [t('do you sell bikes?', 'not-sold', { ...NOT_SOLD, absentType: 'bike' })] },
  { id: 'probe13-demo-en-08', shop: 'demo', lang: 'en', page: tents, turns: [t('I need a sleeping bag to go with it', 'not-sold', { ...NOT_SOLD, absentType: 'sleeping bag' })] },
  { id: 'probe13-home-en-11', shop: 'home', lang: 'en', turns: [t('got a dehumidifier?', 'not-sold', { ...NOT_SOLD, absentType: 'dehumidifier' })] },
  { id: 'probe13-home-zh-06', shop: 'home', lang: 'zh', turns: [t('有卖微波炉吗', 'not-sold', { ...NOT_SOLD, absentType: '微波炉' })] },
  { id: 'probe13-demo-zh-06', shop: 'demo', lang: 'zh', page: { category: '跑步鞋' }, turns: [t('想买个骑行头盔', 'not-sold', { ...NOT_SOLD, absentType: '头盔' })] },

  // ---- about the page's product ----
  { id: 'probe13-demo-en-09', shop: 'demo', lang: 'en', page: backpacks, turns: [t('would a 16 inch laptop fit in it?', 'page-focus', { subject: 'page', verdict: { attr: { key: 'laptop sleeve', eq: '16 inch' } } })] },
  { id: 'probe13-demo-en-10', shop: 'demo', lang: 'en', page: headphones, turns: [t('how many hours of playback do I get', 'page-focus', { subject: 'page', mentions: 'battery life' })] },
  { id: 'probe13-home-en-12', shop: 'home', lang: 'en', page: fryers, turns: [t('can the basket go in the dishwasher?', 'page-focus', { subject: 'page', verdict: yes('dishwasher safe') })] },
  { id: 'probe13-home-en-13', shop: 'home', lang: 'en', page: robots, turns: [t('how loud does it get', 'page-focus', { subject: 'page', mentions: 'noise' })] },
  { id: 'probe13-home-zh-07', shop: 'home', lang: 'zh', page: { category: '电热水壶' }, turns: [t('可以调温度吗', 'page-focus', { subject: 'page', verdict: yes('temperature control', '是') })] },
  { id: 'probe13-home-zh-08', shop: 'home', lang: 'zh', page: { category: '被子' }, turns: [t('能扔洗衣机里洗吗', 'page-focus', { subject: 'page', verdict: yes('machine washable', '是') })] },
  { id: 'probe13-demo-zh-07', shop: 'demo', lang: 'zh', page: { category: '帐篷' }, turns: [t('能睡几个人', 'page-focus', { subject: 'page', mentions: 'capacity' })] },
  { id: 'probe13-demo-zh-08', shop: 'demo', lang: 'zh', page: { category: '智能手表' }, turns: [t('电池能撑几天', 'page-focus', { subject: 'page', mentions: 'battery life' })] },
];
