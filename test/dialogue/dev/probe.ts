/**
 * Probe dialogues: phrasings written to differ from the rest of the dev set (paraphrases, spec labels the
 * shop uses in descriptions, unusual negation cues, "or heavier" bounds, Chinese compounds). Written before
 * the mechanisms they exercise were changed, to measure how far understanding generalises.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const yes = (key: string, v = 'yes'): Pred => ({ attr: { key, eq: v } });
const PRODUCT = { kind: 'product' as const, subject: 'page' as const };
const GIFT = { kind: ['gift' as const, 'recommend' as const], status: 'ok' as const, count: { min: 1 } };
const NOT_SOLD = { status: 'not-sold' as const, none: true };

const kettle: Pred = { category: 'Electric Kettles' };
const airFryer: Pred = { category: 'Air Fryers' };
const robot: Pred = { category: 'Robot Vacuums' };
const candle: Pred = { category: 'Candles' };
const towels: Pred = { category: 'Bath Towels' };
const purifier: Pred = { category: 'Air Purifiers' };
const pillow: Pred = { category: 'Bed Pillows' };
const riceCooker: Pred = { category: 'Rice Cookers' };
const bottle: Pred = { category: 'Water Bottles & Travel Mugs' };
const headphones: Pred = { category: 'Headphones' };
const backpacks: Pred = { category: 'Backpacks' };
const jackets: Pred = { category: 'Jackets' };
const tents: Pred = { category: 'Tents' };
const watches: Pred = { category: 'Smartwatches' };
const shoes: Pred = { category: 'Running Shoes' };
const speakers: Pred = { category: 'Speakers' };

const zhKettle: Pred = { category: '电热水壶' };
const zhRobot: Pred = { category: '扫地机器人' };
const zhPan: Pred = { category: '煎锅炒锅' };
const zhBlender: Pred = { category: '破壁料理机' };
const zhCandle: Pred = { category: '蜡烛' };
const zhPurifier: Pred = { category: '空气净化器' };
const zhFryer: Pred = { category: '空气炸锅' };
const zhHeadphones: Pred = { category: '耳机' };
const zhShoes: Pred = { category: '跑步鞋' };
const zhBoots: Pred = { category: '登山靴' };

export const probe: Dialogue[] = [
  // ---- Hearthside Home, English ----
  {
    id: 'probe-home-en-01', shop: 'home', lang: 'en',
    turns: [
      t('kettle where I can set the temperature', 'type-modifier', { all: { ...kettle, ...yes('temperature control') } }),
      t('under 80 dollars please', 'follow-up', { all: { ...kettle, ...yes('temperature control'), priceMax: 80 } }),
    ],
  },
  {
    id: 'probe-home-en-02', shop: 'home', lang: 'en',
    turns: [
      t('show me air fryers with two baskets', 'type-modifier', { all: { ...airFryer, ...yes('dual basket') } }),
      t('which of these costs the least?', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'price-min' } }),
    ],
  },
  {
    id: 'probe-home-en-03', shop: 'home', lang: 'en',
    turns: [t('rice cooker with a ceramic pot', 'type-modifier', { all: { ...riceCooker, attr: { key: 'inner pot', eq: 'ceramic' } } })],
  },
  {
    id: 'probe-home-en-04', shop: 'home', lang: 'en',
    turns: [
      t('a robot vacuum that can also mop', 'type-modifier', { all: { ...robot, ...yes('mopping') } }),
      t('leave out Robokleen', 'exclusion', { all: { ...robot, ...yes('mopping'), notBrand: ['Robokleen'] } }),
    ],
  },
  {
    id: 'probe-home-en-05', shop: 'home', lang: 'en',
    turns: [t('candles, anything but lavender', 'exclusion', { all: { ...candle, not: { attr: { key: 'scent', eq: 'lavender' } } } })],
  },
  {
    id: 'probe-home-en-06', shop: 'home', lang: 'en',
    turns: [t('bath towels, 600 gsm or heavier', 'quantity', { all: { ...towels, attr: { key: 'gsm', min: 600 } } })],
  },
  {
    id: 'probe-home-en-07', shop: 'home', lang: 'en',
    turns: [
      t('air purifier for a room of 50 m²', 'quantity', { all: { ...purifier, attr: { key: 'room size', min: 50 } } }),
      t('what is the cheapest of those', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'price-min' } }),
    ],
  },
  {
    id: 'probe-home-en-08', shop: 'home', lang: 'en',
    page: { ...airFryer, ...yes('dual basket', 'no') },
    turns: [
      t('does it have two baskets?', 'page-focus', { ...PRODUCT, verdict: yes('dual basket') }),
      t('how much food does it hold?', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
    ],
  },
  {
    id: 'probe-home-en-09', shop: 'home', lang: 'en',
    page: { ...kettle, priceMin: 40 },
    turns: [
      t('can I control the temperature on this one?', 'page-focus', { ...PRODUCT, verdict: yes('temperature control') }),
      t('similar ones for less', 'follow-up', { all: { ...kettle, cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'probe-home-en-10', shop: 'home', lang: 'en',
    turns: [t('do you have any microwaves?', 'not-sold', { ...NOT_SOLD, absentType: 'microwave' })],
  },
  {
    id: 'probe-home-en-11', shop: 'home', lang: 'en',
    turns: [
      t('firm pillows', 'type-modifier', { all: { ...pillow, attr: { key: 'firmness', eq: 'firm' } } }),
      t('which one is the most affordable?', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'price-min' } }),
    ],
  },
  {
    id: 'probe-home-en-12', shop: 'home', lang: 'en',
    turns: [
      t('travel mug that keeps drinks hot and does not leak', 'type-modifier', { all: { ...bottle, ...yes('insulated'), ...yes('leakproof') } }),
    ],
  },
  {
    id: 'probe-home-en-13', shop: 'home', lang: 'en',
    page: purifier,
    turns: [
      t('what size room is it good for?', 'page-focus', { ...PRODUCT, mentions: 'room size' }),
      t('how loud is it?', 'page-focus', { ...PRODUCT, mentions: 'noise' }),
    ],
  },
  // ---- Hearthside Home, Chinese ----
  {
    id: 'probe-home-zh-01', shop: 'home', lang: 'zh',
    turns: [
      t('可以调温度的烧水壶', 'type-modifier', { all: { ...zhKettle, ...yes('temperature control', '是') } }),
      t('要不锈钢的', 'follow-up', { all: { ...zhKettle, ...yes('temperature control', '是'), attr: [{ key: 'temperature control', eq: '是' }, { key: 'material', eq: '不锈钢' }] } }),
    ],
  },
  {
    id: 'probe-home-zh-02', shop: 'home', lang: 'zh',
    turns: [t('带拖地功能的扫地机器人', 'type-modifier', { all: { ...zhRobot, ...yes('mopping', '是') } })],
  },
  {
    id: 'probe-home-zh-03', shop: 'home', lang: 'zh',
    turns: [
      t('不粘锅', 'words', { all: zhPan }),
      t('哪个最便宜', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'price-min' } }),
    ],
  },
  {
    id: 'probe-home-zh-04', shop: 'home', lang: 'zh',
    turns: [t('破壁机 500元以内', 'words', { all: { ...zhBlender, priceMax: 500 } })],
  },
  {
    id: 'probe-home-zh-05', shop: 'home', lang: 'zh',
    turns: [t('蜡烛，不要薰衣草味的', 'exclusion', { all: { ...zhCandle, not: { attr: { key: 'scent', eq: '薰衣草' } } } })],
  },
  {
    id: 'probe-home-zh-06', shop: 'home', lang: 'zh',
    page: zhPurifier,
    turns: [
      t('适合多大的房间？', 'page-focus', { ...PRODUCT, mentions: 'room size' }),
      t('有没有便宜点的', 'follow-up', { all: { ...zhPurifier, cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'probe-home-zh-07', shop: 'home', lang: 'zh',
    page: { ...zhFryer, ...yes('dual basket', '否') },
    turns: [t('是双锅的吗', 'page-focus', { ...PRODUCT, verdict: yes('dual basket', '是') })],
  },
  {
    id: 'probe-home-zh-08', shop: 'home', lang: 'zh',
    turns: [t('有卖微波炉吗', 'not-sold', { ...NOT_SOLD, absentType: '微波炉' })],
  },
  // ---- Trailhead, English ----
  {
    id: 'probe-demo-en-01', shop: 'demo', lang: 'en',
    turns: [
      t('headphones that block out noise', 'type-modifier', { all: { ...headphones, ...yes('noise cancelling') } }),
      t('which one lasts longest on a charge?', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMax: 'battery life' } } }),
    ],
  },
  {
    id: 'probe-demo-en-02', shop: 'demo', lang: 'en',
    turns: [t('backpacks, but not from Trailmark', 'exclusion', { all: { ...backpacks, notBrand: ['Trailmark'] } })],
  },
  {
    id: 'probe-demo-en-03', shop: 'demo', lang: 'en',
    turns: [t('rain jacket with a hood', 'type-modifier', { all: { ...jackets, ...yes('waterproof'), ...yes('hood') } })],
  },
  {
    id: 'probe-demo-en-04', shop: 'demo', lang: 'en',
    turns: [t('a tent that sleeps four', 'quantity', { all: { ...tents, attr: { key: 'capacity', min: 4 } } })],
  },
  {
    id: 'probe-demo-en-05', shop: 'demo', lang: 'en',
    page: { ...watches, priceMin: 150 },
    turns: [
      t('does this one have gps built in?', 'page-focus', { ...PRODUCT, verdict: yes('gps') }),
      t('anything like it but cheaper?', 'follow-up', { all: { ...watches, cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'probe-demo-en-06', shop: 'demo', lang: 'en',
    turns: [t('a present for my sister, she is into yoga', 'gift', { ...GIFT, some: { category: 'Yoga Mats' } })],
  },
  {
    id: 'probe-demo-en-07', shop: 'demo', lang: 'en',
    turns: [t('do you carry e-readers?', 'not-sold', { ...NOT_SOLD, absentType: 'e-reader' })],
  },
  {
    id: 'probe-demo-en-08', shop: 'demo', lang: 'en',
    turns: [
      t('speakers I can take to the pool', 'type-modifier', { all: { ...speakers, ...yes('waterproof') } }),
      t('skip Boomfield', 'exclusion', { all: { ...speakers, ...yes('waterproof'), notBrand: ['Boomfield'] } }),
    ],
  },
  {
    id: 'probe-demo-en-09', shop: 'demo', lang: 'en',
    turns: [
      t('trail running shoes', 'type-modifier', { all: { ...shoes, attr: { key: 'terrain', eq: 'trail' } } }),
      t('apart from Kestrel', 'exclusion', { all: { ...shoes, attr: { key: 'terrain', eq: 'trail' }, notBrand: ['Kestrel'] } }),
    ],
  },
  // ---- Trailhead, Chinese ----
  {
    id: 'probe-demo-zh-01', shop: 'demo', lang: 'zh',
    turns: [
      t('能降噪的耳机', 'type-modifier', { all: { ...zhHeadphones, ...yes('noise cancelling', '是') } }),
      t('去掉Sonara的', 'exclusion', { all: { ...zhHeadphones, ...yes('noise cancelling', '是'), notBrand: ['Sonara'] } }),
    ],
  },
  {
    id: 'probe-demo-zh-02', shop: 'demo', lang: 'zh',
    page: { ...zhShoes, priceMin: 600 },
    turns: [
      t('这双防水吗', 'page-focus', { ...PRODUCT, verdict: yes('waterproof', '是') }),
      t('有没有差不多但更便宜的', 'follow-up', { all: { ...zhShoes, cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'probe-demo-zh-03', shop: 'demo', lang: 'zh',
    turns: [t('防水的登山靴，不要Kestrel', 'exclusion', { all: { ...zhBoots, ...yes('waterproof', '是'), notBrand: ['Kestrel'] } })],
  },
];
