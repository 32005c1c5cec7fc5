/**
 * Probe set 2: new phrasings written before the mechanisms they exercise were changed (this session),
 * aimed at the classes the held-out set finds weakest: follow-ups, quantities, references, exclusions,
 * words and chat. Predicates only, as everywhere in the benchmark.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const yes = (key: string, v = 'yes'): Pred => ({ attr: { key, eq: v } });
const PRODUCT = { kind: 'product' as const, subject: 'page' as const };
const NOT_SOLD = { status: 'not-sold' as const, none: true };

const kettle: Pred = { category: 'Electric Kettles' };
const candle: Pred = { category: 'Candles' };
const towels: Pred = { category: 'Bath Towels' };
const mugs: Pred = { category: 'Coffee Mugs' };
const stick: Pred = { category: 'Stick Vacuums' };
const humidifier: Pred = { category: 'Humidifiers' };
const grinder: Pred = { category: 'Coffee Grinders' };
const lamp: Pred = { category: 'Desk Lamps' };
const toaster: Pred = { category: 'Toasters' };
const duvet: Pred = { category: 'Comforters & Duvets' };
const tents: Pred = { category: 'Tents' };
const jackets: Pred = { category: 'Jackets' };
const backpacks: Pred = { category: 'Backpacks' };
const speakers: Pred = { category: 'Speakers' };
const watches: Pred = { category: 'Smartwatches' };
const boots: Pred = { category: 'Hiking Boots' };
const mats: Pred = { category: 'Yoga Mats' };
const socks: Pred = { category: 'Socks' };

const zhTowel: Pred = { category: '浴巾' };
const zhLamp: Pred = { category: '护眼台灯' };
const zhMug: Pred = { category: '马克杯' };
const zhTent: Pred = { category: '帐篷' };
const zhWatch: Pred = { category: '智能手表' };
const zhJacket: Pred = { category: '外套' };
const zhBag: Pred = { category: '双肩包' };

export const probe2: Dialogue[] = [
  // ---- Hearthside Home, English ----
  {
    id: 'probe2-home-en-01', shop: 'home', lang: 'en',
    turns: [
      t('scented candels', 'words', { all: candle }),
      t('the longest burning one?', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMax: 'burn time' } } }),
    ],
  },
  {
    id: 'probe2-home-en-02', shop: 'home', lang: 'en',
    turns: [
      t('cordless vacuums', 'words', { all: stick }),
      t('only ones that run 40 minutes or more', 'quantity', { all: { ...stick, attr: { key: 'run time', min: 40 } } }),
    ],
  },
  {
    id: 'probe2-home-en-03', shop: 'home', lang: 'en',
    turns: [
      t('bath towels', 'simple', { all: towels }),
      t('the heaviest?', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMax: 'gsm' } } }),
    ],
  },
  {
    id: 'probe2-home-en-04', shop: 'home', lang: 'en',
    turns: [
      t('toaster with wide slots', 'type-modifier', { all: { ...toaster, ...yes('wide slots') } }),
      t('any with four slices?', 'follow-up', { all: { ...toaster, ...yes('wide slots'), attr: [{ key: 'wide slots', eq: 'yes' }, { key: 'slots', min: 4 }] } }),
    ],
  },
  {
    id: 'probe2-home-en-05', shop: 'home', lang: 'en',
    turns: [t('do you sell dishwashers', 'not-sold', { ...NOT_SOLD, absentType: 'dishwasher' })],
  },
  {
    id: 'probe2-home-en-06', shop: 'home', lang: 'en',
    turns: [
      t('mugs I can put in the microwave', 'type-modifier', { all: { ...mugs, ...yes('microwave safe') } }),
      t('just the stoneware ones', 'follow-up', { all: { ...mugs, attr: [{ key: 'microwave safe', eq: 'yes' }, { key: 'material', eq: 'stoneware' }] } }),
    ],
  },
  {
    id: 'probe2-home-en-07', shop: 'home', lang: 'en',
    turns: [t('humidifier, not ultrasonic', 'exclusion', { all: { ...humidifier, not: { attr: { key: 'humidifier type', eq: 'ultrasonic' } } } })],
  },
  {
    id: 'probe2-home-en-08', shop: 'home', lang: 'en',
    page: grinder,
    turns: [
      t('how many grind settings does it have', 'page-focus', { ...PRODUCT, mentions: 'grind settings' }),
      t('is it a burr grinder?', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'grinder type', has: 'burr' } } }),
    ],
  },
  {
    id: 'probe2-home-en-09', shop: 'home', lang: 'en',
    turns: [
      t('a dimmable desk lamp', 'type-modifier', { all: { ...lamp, ...yes('dimmable') } }),
      t('with a usb port to charge my phone', 'follow-up', { all: { ...lamp, attr: [{ key: 'dimmable', eq: 'yes' }, { key: 'usb port', eq: 'yes' }] } }),
    ],
  },
  {
    id: 'probe2-home-en-10', shop: 'home', lang: 'en',
    turns: [t('a warm duvet for winter', 'type-modifier', { all: { ...duvet, attr: { key: 'warmth', eq: 'winter' } } })],
  },
  {
    id: 'probe2-home-en-11', shop: 'home', lang: 'en',
    turns: [
      t('what can you help me with?', 'chat', { kind: 'chat', none: true }),
      t('kettles below 30', 'simple', { all: { ...kettle, priceMax: 30 } }),
    ],
  },
  // ---- Hearthside Home, Chinese ----
  {
    id: 'probe2-home-zh-01', shop: 'home', lang: 'zh',
    turns: [
      t('浴巾', 'simple', { all: zhTowel }),
      t('最厚的呢', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMax: 'gsm' } } }),
    ],
  },
  {
    id: 'probe2-home-zh-02', shop: 'home', lang: 'zh',
    turns: [t('可以调光的台灯', 'type-modifier', { all: { ...zhLamp, ...yes('dimmable', '是') } })],
  },
  {
    id: 'probe2-home-zh-03', shop: 'home', lang: 'zh',
    turns: [
      t('马克杯 120元以下', 'simple', { all: { ...zhMug, priceMax: 120 } }),
      t('粉色的有吗', 'follow-up', { all: { ...zhMug, priceMax: 120, color: '粉色' } }),
    ],
  },
  {
    id: 'probe2-home-zh-04', shop: 'home', lang: 'zh',
    turns: [t('你们卖洗碗机吗', 'not-sold', { ...NOT_SOLD, absentType: '洗碗机' })],
  },
  // ---- Trailhead, English ----
  {
    id: 'probe2-demo-en-01', shop: 'demo', lang: 'en',
    turns: [
      t('tent for a family of four', 'quantity', { all: { ...tents, attr: { key: 'capacity', min: 4 } } }),
      t('the lightest one?', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMin: 'weight' } } }),
    ],
  },
  {
    id: 'probe2-demo-en-02', shop: 'demo', lang: 'en',
    turns: [
      t('jackets with a hood', 'type-modifier', { all: { ...jackets, ...yes('hood') } }),
      t('which of them is warmest?', 'reference', { kind: 'pick', pick: { among: 'shown' } }),
    ],
  },
  {
    id: 'probe2-demo-en-03', shop: 'demo', lang: 'en',
    turns: [
      t('backpack with a laptop sleeve', 'type-modifier', { all: { ...backpacks, not: { attr: { key: 'laptop sleeve', eq: 'none' } } } }),
      t('not Nomad Gear and not Urban Layer', 'exclusion', { all: { ...backpacks, notBrand: ['Nomad Gear', 'Urban Layer'] } }),
    ],
  },
  {
    id: 'probe2-demo-en-04', shop: 'demo', lang: 'en',
    turns: [
      t('speakers with at least 20 W output', 'quantity', { all: { ...speakers, attr: { key: 'output', min: 20 } } }),
      t('compare the first and third', 'compare', { kind: 'compare', compared: { shown: [0, 2] } }),
    ],
  },
  {
    id: 'probe2-demo-en-05', shop: 'demo', lang: 'en',
    page: { ...watches, ...yes('gps') },
    turns: [
      t('how many days does the battery last?', 'page-focus', { ...PRODUCT, mentions: 'battery life' }),
      t('is it waterproof enough for swimming?', 'page-focus', { ...PRODUCT, mentions: 'water resistance' }),
    ],
  },
  {
    id: 'probe2-demo-en-06', shop: 'demo', lang: 'en',
    turns: [t('do you have any kayaks', 'not-sold', { ...NOT_SOLD, absentType: 'kayak' })],
  },
  {
    id: 'probe2-demo-en-07', shop: 'demo', lang: 'en',
    turns: [
      t('thick yoga mat', 'type-modifier', { all: { ...mats, attr: { key: 'thickness', min: 6 } } }),
      t('cheapest one?', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'price-min' } }),
    ],
  },
  {
    id: 'probe2-demo-en-08', shop: 'demo', lang: 'en',
    turns: [
      t('waterproof boots', 'type-modifier', { all: { ...boots, ...yes('waterproof') } }),
      t('what about in leather', 'follow-up', { all: { ...boots, ...yes('waterproof'), attr: [{ key: 'waterproof', eq: 'yes' }, { key: 'material', has: 'leather' }] } }),
    ],
  },
  {
    id: 'probe2-demo-en-09', shop: 'demo', lang: 'en',
    turns: [t('merino socks', 'type-modifier', { all: { ...socks, attr: { key: 'material', eq: 'merino wool' } } })],
  },
  // ---- Trailhead, Chinese ----
  {
    id: 'probe2-demo-zh-01', shop: 'demo', lang: 'zh',
    turns: [
      t('四人帐篷', 'quantity', { all: { ...zhTent, attr: { key: 'capacity', min: 4 } } }),
      t('最轻的呢', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMin: 'weight' } } }),
    ],
  },
  {
    id: 'probe2-demo-zh-02', shop: 'demo', lang: 'zh',
    turns: [t('带GPS的智能手表，不要Kairo', 'exclusion', { all: { ...zhWatch, ...yes('gps', '是'), notBrand: ['Kairo'] } })],
  },
  {
    id: 'probe2-demo-zh-03', shop: 'demo', lang: 'zh',
    turns: [
      t('有帽子的外套', 'type-modifier', { all: { ...zhJacket, ...yes('hood', '是') } }),
      t('500块以内的', 'follow-up', { all: { ...zhJacket, ...yes('hood', '是'), priceMax: 500 } }),
    ],
  },
  {
    id: 'probe2-demo-zh-04', shop: 'demo', lang: 'zh',
    turns: [
      t('双肩包', 'simple', { all: zhBag }),
      t('比较一下前两个', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('哪个容量大', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMax: 'capacity' } } }),
    ],
  },
];
