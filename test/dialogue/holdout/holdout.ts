/**
 * The held-out dialogues: the same format and classes as the dev set, other phrasings and products.
 * Scored and printed separately by `npm run eval:dialogue`; no failure report is written for them, and
 * the mechanisms are never tuned on them (issue 14: the project is judged on phrasings it has not seen).
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const PRODUCT = { kind: 'product' as const, subject: 'page' as const };
const GIFT = { kind: ['gift' as const, 'recommend' as const], status: 'ok' as const, count: { min: 1 } };

// Hearthside Home (English)
const hKettle: Pred = { category: 'Electric Kettles' };
const hBlender: Pred = { category: 'Blenders' };
const hFryer: Pred = { category: 'Air Fryers' };
const hPan: Pred = { category: 'Frying Pans & Skillets' };
const hSheets: Pred = { category: 'Sheet & Pillowcase Sets' };
const hRobot: Pred = { category: 'Robot Vacuums' };
const hPurifier: Pred = { category: 'Air Purifiers' };
const hTowels: Pred = { category: 'Bath Towels' };
const hMug: Pred = { category: 'Coffee Mugs' };
const hCandle: Pred = { category: 'Candles' };
const hKnife: Pred = { category: "Chef's Knives" };
const hContainers: Pred = { category: 'Food Storage Containers' };
// 好物居家 (Chinese)
const zKettle: Pred = { category: '电热水壶' };
const zFryer: Pred = { category: '空气炸锅' };
const zRice: Pred = { category: '电饭煲' };
const zSheets: Pred = { category: '床单套件' };
const zPillow: Pred = { category: '枕头' };
const zStick: Pred = { category: '无线吸尘器' };
const zHumid: Pred = { category: '加湿器' };
const zBottle: Pred = { category: '保温杯水壶' };
const zCookware: Pred = { category: '锅具套装' };
const zLamp: Pred = { category: '护眼台灯' };
// Trailhead (English)
const dShoes: Pred = { category: 'Running Shoes' };
const dBoots: Pred = { category: 'Hiking Boots' };
const dJackets: Pred = { category: 'Jackets' };
const dHead: Pred = { category: 'Headphones' };
const dWatch: Pred = { category: 'Smartwatches' };
const dPack: Pred = { category: 'Backpacks' };
const dTent: Pred = { category: 'Tents' };
const dCoffee: Pred = { category: 'Coffee Makers' };
// 山径户外 (Chinese)
const cShoes: Pred = { category: '跑步鞋' };
const cJackets: Pred = { category: '外套' };
const cSpeaker: Pred = { category: '音箱' };
const cPack: Pred = { category: '双肩包' };
const cTent: Pred = { category: '帐篷' };
const cYoga: Pred = { category: '瑜伽垫' };
const cWatch: Pred = { category: '智能手表' };

export const holdout: Dialogue[] = [
  // ===== Hearthside Home, English =====
  {
    id: 'ho-home-en-01',
    shop: 'home',
    lang: 'en',
    turns: [
      t('glass electric kettle', 'type-modifier', { all: { ...hKettle, attr: { key: 'material', eq: 'glass' } } }),
      t('one of those that is under $40', 'follow-up', { all: { ...hKettle, attr: { key: 'material', eq: 'glass' }, priceMax: 40 } }),
    ],
  },
  {
    id: 'ho-home-en-02',
    shop: 'home',
    lang: 'en',
    turns: [
      t('a smoothie blender with a dishwasher-safe jar', 'type-modifier', { all: { ...hBlender, attr: { key: 'dishwasher safe', eq: 'yes' } } }),
      t('at least 1000W', 'quantity', { all: { ...hBlender, attr: [{ key: 'dishwasher safe', eq: 'yes' }, { key: 'wattage', min: 1000 }] } }),
      t('put the two cheapest side by side', 'compare', { kind: 'compare', compared: { fromShown: true, min: 2, max: 2 } }),
    ],
  },
  {
    id: 'ho-home-en-03',
    shop: 'home',
    lang: 'en',
    turns: [t('toaster oven', 'not-sold', { status: 'not-sold', none: true, absentType: 'toaster oven' })],
  },
  {
    id: 'ho-home-en-04',
    shop: 'home',
    lang: 'en',
    turns: [t('got any coffee tables?', 'not-sold', { status: 'not-sold', none: true, absentType: 'table' })],
  },
  {
    id: 'ho-home-en-05',
    shop: 'home',
    lang: 'en',
    turns: [t('air fryers apart from CrispPro', 'exclusion', { all: { ...hFryer, notBrand: ['CrispPro'] } })],
  },
  {
    id: 'ho-home-en-06',
    shop: 'home',
    lang: 'en',
    turns: [t('carbon steel frying pan, 30cm', 'quantity', { all: { ...hPan, attr: [{ key: 'material', eq: 'carbon steel' }, { key: 'diameter', min: 30, max: 30 }] } })],
  },
  {
    id: 'ho-home-en-07',
    shop: 'home',
    lang: 'en',
    turns: [
      t('linen sheets', 'type-modifier', { all: { ...hSheets, attr: { key: 'material', eq: 'linen' } } }),
      t('show more', 'words', { kind: ['more', 'search'], all: { ...hSheets, attr: { key: 'material', eq: 'linen' } }, fresh: true }),
    ],
  },
  {
    id: 'ho-home-en-08',
    shop: 'home',
    lang: 'en',
    turns: [t('robot hoover with lidar', 'words', { all: { ...hRobot, attr: { key: 'lidar mapping', eq: 'yes' } } })],
  },
  {
    id: 'ho-home-en-09',
    shop: 'home',
    lang: 'en',
    turns: [t('anything discounted in air purifiers', 'deals', { all: { ...hPurifier, onSale: true } })],
  },
  {
    id: 'ho-home-en-10',
    shop: 'home',
    lang: 'en',
    turns: [t('wedding present for a couple who cook a lot', 'gift', { ...GIFT })],
  },
  {
    id: 'ho-home-en-11',
    shop: 'home',
    lang: 'en',
    turns: [
      t('do you deliver to Canada', 'store', { kind: 'store', store: { faq: 1 } }),
      t('ok bye', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'ho-home-en-12',
    shop: 'home',
    lang: 'en',
    turns: [
      t('towels', 'simple', { all: hTowels }),
      t('which is the softest, the thickest one?', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMax: 'gsm' } } }),
    ],
  },
  {
    id: 'ho-home-en-13',
    shop: 'home',
    lang: 'en',
    page: { ...hMug, attr: { key: 'material', eq: 'stoneware' } },
    turns: [
      t('how big is it, in ml', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
      t('is it available right now', 'page-focus', { ...PRODUCT, verdict: { inStock: true } }),
      t('got it in grey?', 'page-focus', { ...PRODUCT, verdict: { color: 'grey' } }),
    ],
  },
  {
    id: 'ho-home-en-14',
    shop: 'home',
    lang: 'en',
    page: { ...hCandle, hasReviews: false },
    turns: [
      t('how long does it burn', 'page-focus', { ...PRODUCT, mentions: 'burn time' }),
      t('any reviews', 'reviews', { kind: 'reviews', status: 'no-reviews', subject: 'page' }),
      t('cheaper candles?', 'follow-up', { all: { sameCategoryAsPage: true, cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'ho-home-en-15',
    shop: 'home',
    lang: 'en',
    page: { ...hKnife, inStock: true },
    turns: [
      t('price?', 'page-focus', { ...PRODUCT, mentionsPrice: true }),
      t('is it Japanese steel', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'steel', eq: 'Japanese VG10' } } }),
      t('and a sharpener for it', 'type-modifier', { all: { category: 'Knife Sharpeners' } }),
    ],
  },
  {
    id: 'ho-home-en-16',
    shop: 'home',
    lang: 'en',
    page: { ...hContainers, attr: { key: 'microwave safe', eq: 'no' } },
    turns: [
      t('safe for the microwave?', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'microwave safe', eq: 'yes' } } }),
      t('how many pieces in the box', 'page-focus', { ...PRODUCT, mentions: 'pieces' }),
    ],
  },
  // ===== 好物居家, Chinese =====
  {
    id: 'ho-home-zh-01',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('玻璃电热水壶', 'type-modifier', { all: { ...zKettle, attr: { key: 'material', eq: '玻璃' } } }),
      t('三百以内的', 'follow-up', { all: { ...zKettle, attr: { key: 'material', eq: '玻璃' }, priceMax: 300 } }),
    ],
  },
  {
    id: 'ho-home-zh-02',
    shop: 'home',
    lang: 'zh',
    turns: [t('有没有烤箱', 'not-sold', { status: 'not-sold', none: true, absentType: '烤箱' })],
  },
  {
    id: 'ho-home-zh-03',
    shop: 'home',
    lang: 'zh',
    turns: [t('空气炸锅 CrispPro的不要', 'exclusion', { all: { ...zFryer, notBrand: ['CrispPro'] } })],
  },
  {
    id: 'ho-home-zh-04',
    shop: 'home',
    lang: 'zh',
    turns: [t('3升以上的电饭锅', 'quantity', { all: { ...zRice, attr: { key: 'capacity', min: 3 } } })],
  },
  {
    id: 'ho-home-zh-05',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('亚麻床单', 'type-modifier', { all: { ...zSheets, attr: { key: 'material', eq: '亚麻' } } }),
      t('换一批', 'words', { kind: ['more', 'search'], all: { ...zSheets, attr: { key: 'material', eq: '亚麻' } }, fresh: true }),
    ],
  },
  {
    id: 'ho-home-zh-06',
    shop: 'home',
    lang: 'zh',
    turns: [t('乳胶枕', 'words', { all: { ...zPillow, attr: { key: 'fill', eq: '乳胶' } } })],
  },
  {
    id: 'ho-home-zh-07',
    shop: 'home',
    lang: 'zh',
    turns: [t('吸尘器有打折的吗', 'deals', { all: { category: '吸尘器', onSale: true } })],
  },
  {
    id: 'ho-home-zh-08',
    shop: 'home',
    lang: 'zh',
    turns: [t('结婚送什么礼物好', 'gift', { ...GIFT })],
  },
  {
    id: 'ho-home-zh-09',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('大件送货上门吗', 'store', { kind: 'store', store: { faq: 2 } }),
      t('拜拜', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'ho-home-zh-10',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('加湿器 超声波的', 'type-modifier', { all: { ...zHumid, attr: { key: 'humidifier type', eq: '超声波' } } }),
      t('比较前两个', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('哪个水箱大', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMax: 'capacity' } } }),
    ],
  },
  {
    id: 'ho-home-zh-11',
    shop: 'home',
    lang: 'zh',
    page: { ...zStick, attr: { key: 'hepa filter', eq: '否' } },
    turns: [
      t('这款有HEPA滤网吗', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'hepa filter', eq: '是' } } }),
      t('能用多少分钟', 'page-focus', { ...PRODUCT, mentions: 'run time' }),
      t('有HEPA的同类', 'follow-up', { all: { ...zStick, attr: { key: 'hepa filter', eq: '是' } }, notPage: true }),
    ],
  },
  {
    id: 'ho-home-zh-12',
    shop: 'home',
    lang: 'zh',
    page: { ...zBottle, hasReviews: true },
    turns: [
      t('容量是多少', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
      t('保温吗', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'insulated', eq: '是' } } }),
      t('用过的人说什么', 'reviews', { kind: 'reviews', status: 'ok', subject: 'page' }),
    ],
  },
  {
    id: 'ho-home-zh-13',
    shop: 'home',
    lang: 'zh',
    page: { ...zCookware, onSale: true },
    turns: [
      t('现在什么价', 'page-focus', { ...PRODUCT, mentionsPrice: true }),
      t('是打折价吗', 'page-focus', { ...PRODUCT, verdict: { onSale: true } }),
      t('电磁炉可以用吗', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'induction compatible', eq: '是' } } }),
    ],
  },
  {
    id: 'ho-home-zh-14',
    shop: 'home',
    lang: 'zh',
    page: { ...zLamp, attr: { key: 'dimmable', eq: '否' } },
    turns: [
      t('能调光吗', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'dimmable', eq: '是' } } }),
      t('多高', 'page-focus', { ...PRODUCT, mentions: 'height' }),
      t('那看看能调光的台灯', 'follow-up', { all: { ...zLamp, attr: { key: 'dimmable', eq: '是' } } }),
    ],
  },
  // ===== Trailhead, English =====
  {
    id: 'ho-demo-en-01',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('lightweight shoes for road racing', 'type-modifier', { all: { ...dShoes, attr: { key: 'terrain', eq: 'road' } } }),
      t('in red', 'follow-up', { all: { ...dShoes, attr: { key: 'terrain', eq: 'road' }, color: 'red' } }),
    ],
  },
  {
    id: 'ho-demo-en-02',
    shop: 'demo',
    lang: 'en',
    turns: [t('do you stock climbing ropes', 'not-sold', { status: 'not-sold', none: true, absentType: 'rope' })],
  },
  {
    id: 'ho-demo-en-03',
    shop: 'demo',
    lang: 'en',
    turns: [t('hiking boots, anything but Kestrel or Ridgeline', 'exclusion', { all: { ...dBoots, notBrand: ['Kestrel', 'Ridgeline'] } })],
  },
  {
    id: 'ho-demo-en-04',
    shop: 'demo',
    lang: 'en',
    turns: [t('a tent for 4 under 150 bucks', 'quantity', { all: { ...dTent, attr: { key: 'capacity', min: 4 }, priceMax: 150 } })],
  },
  {
    id: 'ho-demo-en-05',
    shop: 'demo',
    lang: 'en',
    turns: [t('headphnes with noise canceling', 'words', { all: { ...dHead, attr: { key: 'noise cancelling', eq: 'yes' } } })],
  },
  {
    id: 'ho-demo-en-06',
    shop: 'demo',
    lang: 'en',
    turns: [t('show me your deals on backpacks', 'deals', { all: { ...dPack, onSale: true } })],
  },
  {
    id: 'ho-demo-en-07',
    shop: 'demo',
    lang: 'en',
    turns: [t("birthday gift for my girlfriend, she's into yoga", 'gift', { ...GIFT })],
  },
  {
    id: 'ho-demo-en-08',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('exchanges on sizes, is that free?', 'store', { kind: 'store', store: { faq: 1 } }),
      t('good to know, thank you', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'ho-demo-en-09',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('smartwatches under 120', 'simple', { all: { ...dWatch, priceMax: 120 } }),
      t('compare the first and second', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('which one has better battery', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMax: 'battery life' } } }),
    ],
  },
  {
    id: 'ho-demo-en-10',
    shop: 'demo',
    lang: 'en',
    turns: [t('priciest coffee machine you have', 'quantity', { all: dCoffee, best: 'price-max' })],
  },
  {
    id: 'ho-demo-en-11',
    shop: 'demo',
    lang: 'en',
    page: { ...dJackets, attr: { key: 'insulation', eq: 'none' } },
    turns: [
      t('is it warm, is there insulation', 'page-focus', { ...PRODUCT, verdict: { not: { attr: { key: 'insulation', eq: 'none' } } } }),
      t('show warmer jackets', 'follow-up', { all: { ...dJackets, not: { attr: { key: 'insulation', eq: 'none' } } } }),
    ],
  },
  {
    id: 'ho-demo-en-12',
    shop: 'demo',
    lang: 'en',
    page: { ...dBoots, hasReviews: true },
    turns: [
      t('are these waterproof', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'waterproof', eq: 'yes' } } }),
      t('how much do they cost', 'page-focus', { ...PRODUCT, mentionsPrice: true }),
      t('summarise the reviews', 'reviews', { kind: 'reviews', status: 'ok', subject: 'page' }),
    ],
  },
  {
    id: 'ho-demo-en-13',
    shop: 'demo',
    lang: 'en',
    page: { ...dHead, attr: { key: 'water resistance', eq: 'none' } },
    turns: [
      t('can I use them in the gym, are they sweat proof', 'page-focus', { ...PRODUCT, verdict: { not: { attr: { key: 'water resistance', eq: 'none' } } } }),
      t('something cheaper please', 'follow-up', { all: { sameCategoryAsPage: true, cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'ho-demo-en-14',
    shop: 'demo',
    lang: 'en',
    page: { ...dPack, onSale: false, inStock: true },
    turns: [
      t('is this one on offer', 'page-focus', { ...PRODUCT, verdict: { onSale: true } }),
      t('waterproof?', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'waterproof', eq: 'yes' } } }),
    ],
  },
  // ===== 山径户外, Chinese =====
  {
    id: 'ho-demo-zh-01',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('公路跑鞋 轻的', 'type-modifier', { all: { ...cShoes, attr: { key: 'terrain', eq: '公路' } } }),
      t('红色的有吗', 'follow-up', { all: { ...cShoes, attr: { key: 'terrain', eq: '公路' }, color: '红色' } }),
    ],
  },
  {
    id: 'ho-demo-zh-02',
    shop: 'demo',
    lang: 'zh',
    turns: [t('有卖头灯的吗', 'not-sold', { status: 'not-sold', none: true, absentType: '头灯' })],
  },
  {
    id: 'ho-demo-zh-03',
    shop: 'demo',
    lang: 'zh',
    turns: [t('外套 Urban Layer和Northwind都不要', 'exclusion', { all: { ...cJackets, notBrand: ['Urban Layer', 'Northwind'] } })],
  },
  {
    id: 'ho-demo-zh-04',
    shop: 'demo',
    lang: 'zh',
    turns: [t('20瓦以上的音箱', 'quantity', { all: { ...cSpeaker, attr: { key: 'output', min: 20 } } })],
  },
  {
    id: 'ho-demo-zh-05',
    shop: 'demo',
    lang: 'zh',
    turns: [t('双肩背包有特价的吗', 'deals', { all: { ...cPack, onSale: true } })],
  },
  {
    id: 'ho-demo-zh-06',
    shop: 'demo',
    lang: 'zh',
    turns: [t('给喜欢露营的朋友挑个礼物', 'gift', { ...GIFT })],
  },
  {
    id: 'ho-demo-zh-07',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('偏远地区包邮吗', 'store', { kind: 'store', store: { faq: 2 } }),
      t('嗯嗯', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'ho-demo-zh-08',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('软木瑜伽垫', 'type-modifier', { all: { ...cYoga, attr: { key: 'material', eq: '软木' } } }),
      t('第一个和第二个比一下', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('哪个便宜', 'reference', { kind: 'pick', pick: { among: 'compared', by: 'price-min' } }),
    ],
  },
  {
    id: 'ho-demo-zh-09',
    shop: 'demo',
    lang: 'zh',
    turns: [t('帐蓬 双人', 'words', { all: { ...cTent, attr: { key: 'capacity', min: 2, max: 2 } } })],
  },
  {
    id: 'ho-demo-zh-10',
    shop: 'demo',
    lang: 'zh',
    page: { ...cWatch, hasReviews: true },
    turns: [
      t('电池能用几天', 'page-focus', { ...PRODUCT, mentions: 'battery life' }),
      t('有心率吗', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'heart rate', eq: '是' } } }),
      t('评价好吗', 'reviews', { kind: 'reviews', status: 'ok', subject: 'page' }),
    ],
  },
  {
    id: 'ho-demo-zh-11',
    shop: 'demo',
    lang: 'zh',
    page: { ...cTent, inStock: false },
    turns: [
      t('现在能买吗', 'page-focus', { ...PRODUCT, verdict: { inStock: true } }),
      t('有货的帐篷推荐几个', 'follow-up', { all: { ...cTent, inStock: true }, notPage: true }),
    ],
  },
  {
    id: 'ho-demo-zh-12',
    shop: 'demo',
    lang: 'zh',
    page: { ...cJackets, attr: { key: 'hood', eq: '否' } },
    turns: [
      t('这件带帽吗', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'hood', eq: '是' } } }),
      t('版型是什么', 'page-focus', { ...PRODUCT, mentions: 'fit' }),
      t('多少钱啊', 'page-focus', { ...PRODUCT, mentionsPrice: true }),
    ],
  },
  {
    id: 'ho-demo-zh-13',
    shop: 'demo',
    lang: 'zh',
    page: { ...cPack, attr: { key: 'waterproof', eq: '是' } },
    turns: [
      t('下雨天背会湿吗', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'waterproof', eq: '是' } } }),
      t('有没有便宜些的同款包', 'follow-up', { all: { sameCategoryAsPage: true, cheaperThanPage: true }, notPage: true }),
    ],
  },
  // ===== more, all four =====
  {
    id: 'ho-home-en-17',
    shop: 'home',
    lang: 'en',
    turns: [
      t('pillows for people who like a soft pillow', 'type-modifier', { all: { category: 'Bed Pillows', attr: { key: 'firmness', eq: 'soft' } } }),
      t('only ones sold in pairs', 'quantity', { all: { category: 'Bed Pillows', attr: [{ key: 'firmness', eq: 'soft' }, { key: 'pieces', min: 2 }] } }),
    ],
  },
  {
    id: 'ho-home-en-18',
    shop: 'home',
    lang: 'en',
    turns: [
      t('rice cookers sorted from most to least expensive', 'quantity', { all: { category: 'Rice Cookers' }, sorted: 'price-desc' }),
      t('tell me about the top one', 'reference', { kind: 'product', subject: { shown: 0 } }),
    ],
  },
  {
    id: 'ho-home-en-19',
    shop: 'home',
    lang: 'en',
    turns: [
      t('comforters that are not down', 'exclusion', { all: { category: 'Comforters & Duvets', not: { attr: { key: 'fill', eq: 'white goose down' } } } }),
      t('machine washable please', 'follow-up', { all: { category: 'Comforters & Duvets', not: { attr: { key: 'fill', eq: 'white goose down' } }, attr: { key: 'machine washable', eq: 'yes' } } }),
    ],
  },
  {
    id: 'ho-home-en-20',
    shop: 'home',
    lang: 'en',
    page: { category: 'Robot Vacuums', attr: { key: 'lidar mapping', eq: 'yes' }, hasReviews: true },
    turns: [
      t('how strong is the suction', 'page-focus', { ...PRODUCT, mentions: 'suction' }),
      t('does it map the rooms', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'lidar mapping', eq: 'yes' } } }),
      t('what are the complaints in the reviews', 'reviews', { kind: 'reviews', status: 'ok', subject: 'page' }),
    ],
  },
  {
    id: 'ho-home-zh-15',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('软一点的枕头 两只装', 'quantity', { all: { category: '枕头', attr: [{ key: 'firmness', eq: '软' }, { key: 'pieces', min: 2 }] } }),
      t('第二个有货吗', 'reference', { subject: { shown: 1 }, verdict: { inStock: true } }),
    ],
  },
  {
    id: 'ho-home-zh-16',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('不要羽绒的被子', 'exclusion', { all: { category: '被子', not: { attr: { key: 'fill', eq: '白鹅绒' } } } }),
      t('要能机洗的', 'follow-up', { all: { category: '被子', not: { attr: { key: 'fill', eq: '白鹅绒' } }, attr: { key: 'machine washable', eq: '是' } } }),
    ],
  },
  {
    id: 'ho-home-zh-17',
    shop: 'home',
    lang: 'zh',
    page: { category: '扫地机器人', attr: { key: 'lidar mapping', eq: '是' } },
    turns: [
      t('吸力多大', 'page-focus', { ...PRODUCT, mentions: 'suction' }),
      t('有激光导航吗', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'lidar mapping', eq: '是' } } }),
      t('噪音多少分贝', 'page-focus', { ...PRODUCT, mentions: 'noise' }),
    ],
  },
  {
    id: 'ho-home-zh-18',
    shop: 'home',
    lang: 'zh',
    turns: [t('厨房刀具 最便宜的一套', 'quantity', { all: { category: '刀具套装' }, best: 'price-min' })],
  },
  {
    id: 'ho-demo-en-15',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('down jackets without a hood', 'exclusion', { all: { category: 'Jackets', attr: [{ key: 'insulation', eq: '650-fill down' }, { key: 'hood', eq: 'no' }] } }),
      t('sort them cheapest first', 'quantity', { all: { category: 'Jackets', attr: [{ key: 'insulation', eq: '650-fill down' }, { key: 'hood', eq: 'no' }] }, sorted: 'price-asc' }),
    ],
  },
  {
    id: 'ho-demo-en-16',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('yoga mat under 40', 'simple', { all: { category: 'Yoga Mats', priceMax: 40 } }),
      t('the second one, what is it made of?', 'reference', { subject: { shown: 1 }, mentions: 'material' }),
    ],
  },
  {
    id: 'ho-demo-en-17',
    shop: 'demo',
    lang: 'en',
    page: { category: 'Smartwatches', attr: { key: 'gps', eq: 'yes' } },
    turns: [
      t('how many days does the battery last', 'page-focus', { ...PRODUCT, mentions: 'battery life' }),
      t('does it track heart rate', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'heart rate', eq: 'yes' } } }),
      t('available in pink?', 'page-focus', { ...PRODUCT, verdict: { color: 'pink' } }),
    ],
  },
  {
    id: 'ho-demo-zh-14',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('不带帽子的羽绒外套', 'exclusion', { all: { category: '外套', attr: [{ key: 'insulation', eq: '650 蓬羽绒' }, { key: 'hood', eq: '否' }] } }),
      t('价格从低到高', 'quantity', { all: { category: '外套', attr: [{ key: 'insulation', eq: '650 蓬羽绒' }, { key: 'hood', eq: '否' }] }, sorted: 'price-asc' }),
    ],
  },
  {
    id: 'ho-demo-zh-15',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('三百以下的瑜伽垫', 'simple', { all: { category: '瑜伽垫', priceMax: 300 } }),
      t('第二个是什么材质', 'reference', { subject: { shown: 1 }, mentions: 'material' }),
    ],
  },
  {
    id: 'ho-demo-zh-16',
    shop: 'demo',
    lang: 'zh',
    page: { category: '智能手表', attr: { key: 'gps', eq: '是' } },
    turns: [
      t('防水等级', 'page-focus', { ...PRODUCT, mentions: 'water resistance' }),
      t('有粉色吗', 'page-focus', { ...PRODUCT, verdict: { color: '粉色' } }),
      t('其他颜色的同类手表', 'follow-up', { all: { sameCategoryAsPage: true }, notPage: true }),
    ],
  },
];
