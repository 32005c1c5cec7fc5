/**
 * Probe set 9: the classes the held-out set shows weakest (quantities, words, follow-ups), in phrasings
 * none of the earlier sets use — bounds said in words ("no heavier than", "or bigger", "tops"), ranges
 * around a number, typos and run-together words, and refinements that change one thing at a time.
 * Written after probe set 8's fixes and before any change they could prompt.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const yes = (key: string, v = 'yes'): Pred => ({ attr: { key, eq: v } });

const tents: Pred = { category: 'Tents' };
const packs: Pred = { category: 'Backpacks' };
const phones: Pred = { category: 'Headphones' };
const boots: Pred = { category: 'Hiking Boots' };
const watches: Pred = { category: 'Smartwatches' };
const speakers: Pred = { category: 'Speakers' };
const pans: Pred = { category: 'Frying Pans & Skillets' };
const blenders: Pred = { category: 'Blenders' };
const purifiers: Pred = { category: 'Air Purifiers' };
const robots: Pred = { category: 'Robot Vacuums' };
const fryers: Pred = { category: 'Air Fryers' };
const candles: Pred = { category: 'Candles' };
const makers: Pred = { category: 'Coffee Makers' };

export const probe9: Dialogue[] = [
  // ---- quantities said in words
  { id: 'probe9-demo-en-01', shop: 'demo', lang: 'en', turns: [t('a tent no heavier than 2.5 kg', 'quantity', { all: { ...tents, attr: { key: 'weight', max: 2.5 } } })] },
  { id: 'probe9-demo-en-02', shop: 'demo', lang: 'en', turns: [t('backpack, 30 litres or bigger', 'quantity', { all: { ...packs, attr: { key: 'capacity', min: 30 } } })] },
  { id: 'probe9-demo-en-03', shop: 'demo', lang: 'en', turns: [t('headphones that last 20+ hrs on a charge', 'quantity', { all: { ...phones, attr: { key: 'battery life', min: 20 } } })] },
  { id: 'probe9-demo-en-04', shop: 'demo', lang: 'en', turns: [t('speakers with at least 20 watts', 'quantity', { all: { ...speakers, attr: { key: 'output', min: 20 } } })] },
  { id: 'probe9-demo-en-05', shop: 'demo', lang: 'en', turns: [t('hiking boots, $150 tops', 'quantity', { all: { ...boots, priceMax: 150 } })] },
  { id: 'probe9-home-en-01', shop: 'home', lang: 'en', turns: [t('frying pan 28cm or larger', 'quantity', { all: { ...pans, attr: { key: 'diameter', min: 28 } } })] },
  { id: 'probe9-home-en-02', shop: 'home', lang: 'en', turns: [t('an air purifier quieter than 30 dB', 'quantity', { all: { ...purifiers, attr: { key: 'noise', max: 30 } } })] },
  { id: 'probe9-home-en-03', shop: 'home', lang: 'en', turns: [t('robot vacuum with 4000Pa suction or more', 'quantity', { all: { ...robots, attr: { key: 'suction', min: 4000 } } })] },
  { id: 'probe9-home-en-04', shop: 'home', lang: 'en', turns: [t('candles that burn for more than 50 hours', 'quantity', { all: { ...candles, attr: { key: 'burn time', min: 50.01 } } })] },
  { id: 'probe9-home-en-05', shop: 'home', lang: 'en', turns: [t('a coffee maker that makes at least 10 cups', 'quantity', { all: { ...makers, attr: { key: 'capacity', min: 10 } } })] },
  { id: 'probe9-demo-zh-01', shop: 'demo', lang: 'zh', turns: [t('两公斤以内的帐篷', 'quantity', { all: { category: '帐篷', attr: { key: 'weight', max: 2 } } })] },
  { id: 'probe9-demo-zh-02', shop: 'demo', lang: 'zh', turns: [t('续航至少一周的智能手表', 'quantity', { all: { category: '智能手表', attr: { key: 'battery life', min: 7 } } })] },
  { id: 'probe9-home-zh-01', shop: 'home', lang: 'zh', turns: [t('5升以上的空气炸锅', 'quantity', { all: { category: '空气炸锅', attr: { key: 'capacity', min: 5 } } })] },
  { id: 'probe9-home-zh-02', shop: 'home', lang: 'zh', turns: [t('噪音低于60分贝的扫地机器人', 'quantity', { all: { category: '扫地机器人', attr: { key: 'noise', max: 60 } } })] },

  // ---- words: typos, run-together and split words
  { id: 'probe9-demo-en-06', shop: 'demo', lang: 'en', turns: [t('noise cancelling hedphones', 'words', { all: { ...phones, ...yes('noise cancelling') } })] },
  { id: 'probe9-demo-en-07', shop: 'demo', lang: 'en', turns: [t('smart watchs with gps', 'words', { all: { ...watches, ...yes('gps') } })] },
  { id: 'probe9-demo-en-08', shop: 'demo', lang: 'en', turns: [t('a waterproff back pack', 'words', { all: { ...packs, ...yes('waterproof') } })] },
  { id: 'probe9-home-en-06', shop: 'home', lang: 'en', turns: [t('airfryer with two baskets', 'words', { all: { ...fryers, ...yes('dual basket') } })] },
  { id: 'probe9-home-en-07', shop: 'home', lang: 'en', turns: [t('blendr that is dishwasher safe', 'words', { all: { ...blenders, ...yes('dishwasher safe') } })] },
  { id: 'probe9-home-zh-03', shop: 'home', lang: 'zh', turns: [t('能洗碗机洗的料理机', 'words', { all: { category: '破壁料理机', ...yes('dishwasher safe', '是') } })] },

  // ---- follow-ups that change one thing
  {
    id: 'probe9-demo-en-09', shop: 'demo', lang: 'en',
    page: tents,
    turns: [
      t('show me tents', 'simple', { all: tents }),
      t('only the 4-season ones', 'follow-up', { all: { ...tents, attr: { key: 'season', eq: '4-season' } } }),
      t('and lighter than 4 kg?', 'follow-up', { all: { ...tents, attr: [{ key: 'season', eq: '4-season' }, { key: 'weight', max: 4 }] } }),
    ],
  },
  {
    id: 'probe9-demo-en-10', shop: 'demo', lang: 'en',
    page: speakers,
    turns: [
      t('speakers please', 'simple', { all: speakers }),
      t('which of these are waterproof', 'follow-up', { all: { ...speakers, ...yes('waterproof') } }),
      t('ok and in red?', 'follow-up', { all: { ...speakers, ...yes('waterproof'), color: 'red' } }),
    ],
  },
  {
    id: 'probe9-home-en-08', shop: 'home', lang: 'en',
    page: fryers,
    turns: [
      t('air fryers under $100', 'simple', { all: { ...fryers, priceMax: 100 } }),
      t('hmm, can I see ones with a window', 'follow-up', { all: { ...fryers, priceMax: 100, ...yes('viewing window') } }),
    ],
  },
  {
    id: 'probe9-home-en-09', shop: 'home', lang: 'en',
    page: blenders,
    turns: [
      t('I need a blender', 'simple', { all: blenders }),
      t('something more powerful, 1000W plus', 'follow-up', { all: { ...blenders, attr: { key: 'wattage', min: 1000 } } }),
    ],
  },
  {
    id: 'probe9-home-zh-04', shop: 'home', lang: 'zh',
    page: { category: '空气净化器' },
    turns: [
      t('看看空气净化器', 'simple', { all: { category: '空气净化器' } }),
      t('适合50平米以上房间的呢', 'follow-up', { all: { category: '空气净化器', attr: { key: 'room size', min: 50 } } }),
    ],
  },
  {
    id: 'probe9-demo-zh-03', shop: 'demo', lang: 'zh',
    page: { category: '双肩包' },
    turns: [
      t('有双肩包吗', 'simple', { all: { category: '双肩包' } }),
      t('要防水的', 'follow-up', { all: { category: '双肩包', ...yes('waterproof', '是') } }),
      t('再大一点的，30升以上', 'follow-up', { all: { category: '双肩包', attr: [{ key: 'waterproof', eq: '是' }, { key: 'capacity', min: 30 }] } }),
    ],
  },
];
