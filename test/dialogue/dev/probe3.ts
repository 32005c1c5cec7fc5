/**
 * Probe set 3: phrasings written after probe set 2's fixes and before any change they could prompt, to
 * measure whether those mechanisms generalise. Follow-ups, picks, references, quantities and words.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const yes = (key: string, v = 'yes'): Pred => ({ attr: { key, eq: v } });
const PRODUCT = { kind: 'product' as const, subject: 'page' as const };
const NOT_SOLD = { status: 'not-sold' as const, none: true };

const coffee: Pred = { category: 'Coffee Makers' };
const pans: Pred = { category: 'Frying Pans & Skillets' };
const sharpener: Pred = { category: 'Knife Sharpeners' };
const purifier: Pred = { category: 'Air Purifiers' };
const sheets: Pred = { category: 'Sheet & Pillowcase Sets' };
const blenders: Pred = { category: 'Blenders' };
const vacuums: Pred = { category: ['Robot Vacuums', 'Stick Vacuums'] };
const robot: Pred = { category: 'Robot Vacuums' };
const grinder: Pred = { category: 'Coffee Grinders' };
const riceCooker: Pred = { category: 'Rice Cookers' };
const boots: Pred = { category: 'Hiking Boots' };
const shoes: Pred = { category: 'Running Shoes' };
const jackets: Pred = { category: 'Jackets' };
const headphones: Pred = { category: 'Headphones' };
const backpacks: Pred = { category: 'Backpacks' };
const watches: Pred = { category: 'Smartwatches' };
const socks: Pred = { category: 'Socks' };

const zhKettle: Pred = { category: '电热水壶' };
const zhRobot: Pred = { category: '扫地机器人' };
const zhPillow: Pred = { category: '枕头' };
const zhShoes: Pred = { category: '跑步鞋' };
const zhWatch: Pred = { category: '智能手表' };
const zhHeadphones: Pred = { category: '耳机' };
const zhTent: Pred = { category: '帐篷' };

export const probe3: Dialogue[] = [
  // ---- Hearthside Home, English ----
  {
    id: 'probe3-home-en-01', shop: 'home', lang: 'en',
    turns: [
      t('coffee maker with a glass carafe', 'type-modifier', { all: { ...coffee, attr: { key: 'carafe', eq: 'glass' } } }),
      t('and programmable', 'follow-up', { all: { ...coffee, attr: [{ key: 'carafe', eq: 'glass' }, { key: 'programmable', eq: 'yes' }] } }),
    ],
  },
  {
    id: 'probe3-home-en-02', shop: 'home', lang: 'en',
    turns: [
      t('pans I can use on induction', 'type-modifier', { all: { ...pans, ...yes('induction compatible') } }),
      t('oven safe as well', 'follow-up', { all: { ...pans, attr: [{ key: 'induction compatible', eq: 'yes' }, { key: 'oven safe', eq: 'yes' }] } }),
    ],
  },
  {
    id: 'probe3-home-en-03', shop: 'home', lang: 'en',
    turns: [
      t('knife sharpener, electric', 'type-modifier', { all: { ...sharpener, attr: { key: 'sharpener type', eq: 'electric' } } }),
      // No electric sharpener costs under 40: an answer that says it left out "electric" is right too.
      t('anything under 40?', 'follow-up', { status: ['ok', 'relaxed'], all: { ...sharpener, priceMax: 40 } }),
    ],
  },
  {
    id: 'probe3-home-en-04', shop: 'home', lang: 'en',
    turns: [t('air purifier for 35 m² or more', 'quantity', { all: { ...purifier, attr: { key: 'room size', min: 35 } } })],
  },
  {
    id: 'probe3-home-en-05', shop: 'home', lang: 'en',
    turns: [
      t('sheets with at least 600 thread count', 'quantity', { all: { ...sheets, attr: { key: 'thread count', min: 600 } } }),
      t('in navy?', 'follow-up', { all: { ...sheets, attr: { key: 'thread count', min: 600 }, color: 'navy' } }),
    ],
  },
  {
    id: 'probe3-home-en-06', shop: 'home', lang: 'en',
    turns: [
      t('blenders', 'simple', { all: blenders }),
      t('the most powerful one', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMax: 'wattage' } } }),
    ],
  },
  {
    id: 'probe3-home-en-07', shop: 'home', lang: 'en',
    turns: [
      t('I need a new vacuum', 'words', { all: vacuums }),
      t('one that mops too', 'follow-up', { all: { ...robot, ...yes('mopping') } }),
    ],
  },
  {
    id: 'probe3-home-en-08', shop: 'home', lang: 'en',
    turns: [t('any waffle makers?', 'not-sold', { ...NOT_SOLD, absentType: 'waffle maker' })],
  },
  {
    id: 'probe3-home-en-09', shop: 'home', lang: 'en',
    turns: [
      t('who are you?', 'chat', { kind: 'chat', none: true }),
      t('thanks, that is all', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'probe3-home-en-10', shop: 'home', lang: 'en',
    page: riceCooker,
    turns: [t("what's the inner pot made of?", 'page-focus', { ...PRODUCT, mentions: 'inner pot' })],
  },
  {
    id: 'probe3-home-en-11', shop: 'home', lang: 'en',
    turns: [
      t('coffee grinders under 60', 'simple', { all: { ...grinder, priceMax: 60 } }),
      t('tell me about the second one', 'reference', { kind: 'product', subject: { shown: 1 } }),
    ],
  },
  // ---- Hearthside Home, Chinese ----
  {
    id: 'probe3-home-zh-01', shop: 'home', lang: 'zh',
    turns: [t('不锈钢的电热水壶，300元以内', 'type-modifier', { all: { ...zhKettle, attr: { key: 'material', eq: '不锈钢' }, priceMax: 300 } })],
  },
  {
    id: 'probe3-home-zh-02', shop: 'home', lang: 'zh',
    turns: [
      t('扫地机器人', 'simple', { all: zhRobot }),
      t('噪音最小的呢', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMin: 'noise' } } }),
    ],
  },
  {
    id: 'probe3-home-zh-03', shop: 'home', lang: 'zh',
    turns: [t('有卖咖啡豆吗', 'not-sold', { ...NOT_SOLD, absentType: '咖啡豆' })],
  },
  {
    id: 'probe3-home-zh-04', shop: 'home', lang: 'zh',
    turns: [t('软的枕头', 'type-modifier', { all: { ...zhPillow, attr: { key: 'firmness', eq: '软' } } })],
  },
  // ---- Trailhead, English ----
  {
    id: 'probe3-demo-en-01', shop: 'demo', lang: 'en',
    turns: [
      t('show me hiking boots', 'simple', { all: boots }),
      t('only the ones with Vibram soles', 'follow-up', { all: { ...boots, attr: { key: 'sole', eq: 'Vibram' } } }),
    ],
  },
  {
    id: 'probe3-demo-en-02', shop: 'demo', lang: 'en',
    turns: [
      t('running shoes for the track', 'type-modifier', { all: { ...shoes, attr: { key: 'terrain', eq: 'track' } } }),
      t('which is lightest', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMin: 'weight' } } }),
    ],
  },
  {
    id: 'probe3-demo-en-03', shop: 'demo', lang: 'en',
    // (First written as "that aren't black": the engine rightly keeps a jacket that also comes in red, which
    // a predicate on every colour cannot express, so the label was wrong, not the answer.)
    turns: [t("jackets under $150 that aren't Northwind", 'exclusion', { all: { ...jackets, priceMax: 150, notBrand: ['Northwind'] } })],
  },
  {
    id: 'probe3-demo-en-04', shop: 'demo', lang: 'en',
    turns: [
      t('noise cancelling headphones', 'type-modifier', { all: { ...headphones, ...yes('noise cancelling') } }),
      t('compare the top two', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('which one has the better battery?', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMax: 'battery life' } } }),
    ],
  },
  {
    id: 'probe3-demo-en-05', shop: 'demo', lang: 'en',
    turns: [t('something to carry my laptop in', 'words', { all: backpacks })],
  },
  {
    id: 'probe3-demo-en-06', shop: 'demo', lang: 'en',
    turns: [t('smartwatch with heart rate and gps under 200', 'type-modifier', { all: { ...watches, attr: [{ key: 'heart rate', eq: 'yes' }, { key: 'gps', eq: 'yes' }], priceMax: 200 } })],
  },
  {
    id: 'probe3-demo-en-07', shop: 'demo', lang: 'en',
    page: { ...socks, attr: { key: 'material', eq: 'merino wool' } },
    turns: [t('are these wool?', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'material', has: 'wool' } } })],
  },
  {
    id: 'probe3-demo-en-08', shop: 'demo', lang: 'en',
    turns: [t('a 30 litre backpack', 'quantity', { all: { ...backpacks, attr: { key: 'capacity', min: 30, max: 30 } } })],
  },
  // ---- Trailhead, Chinese ----
  {
    id: 'probe3-demo-zh-01', shop: 'demo', lang: 'zh',
    turns: [t('越野跑鞋 不要Velox', 'exclusion', { all: { ...zhShoes, attr: { key: 'terrain', eq: '越野' }, notBrand: ['Velox'] } })],
  },
  {
    id: 'probe3-demo-zh-02', shop: 'demo', lang: 'zh',
    turns: [
      t('智能手表', 'simple', { all: zhWatch }),
      t('续航最长的呢', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMax: 'battery life' } } }),
    ],
  },
  {
    id: 'probe3-demo-zh-03', shop: 'demo', lang: 'zh',
    turns: [t('三百块以内的耳机', 'quantity', { all: { ...zhHeadphones, priceMax: 300 } })],
  },
  {
    id: 'probe3-demo-zh-04', shop: 'demo', lang: 'zh',
    turns: [
      t('帐篷', 'simple', { all: zhTent }),
      t('四季的有吗', 'follow-up', { all: { ...zhTent, attr: { key: 'season', eq: '四季' } } }),
    ],
  },
];
