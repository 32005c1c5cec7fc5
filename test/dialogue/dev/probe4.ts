/**
 * Probe set 4: quantities, words, chat and not-sold phrasings written after probe set 3's fixes and before
 * any change they could prompt (these classes are the held-out set's weakest; its cases were not read).
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const NOT_SOLD = { status: 'not-sold' as const, none: true };

const tents: Pred = { category: 'Tents' };
const watches: Pred = { category: 'Smartwatches' };
const headphones: Pred = { category: 'Headphones' };
const coffeeDemo: Pred = { category: 'Coffee Makers' };
const pans: Pred = { category: 'Frying Pans & Skillets' };
const coffeeHome: Pred = { category: 'Coffee Makers' };
const humidifier: Pred = { category: 'Humidifiers' };
const blenders: Pred = { category: 'Blenders' };
const backpacks: Pred = { category: 'Backpacks' };
const boots: Pred = { category: 'Hiking Boots' };

const zhBlender: Pred = { category: '破壁料理机' };
const zhHumid: Pred = { category: '加湿器' };
const zhWatch: Pred = { category: '智能手表' };
const zhTent: Pred = { category: '帐篷' };

export const probe4: Dialogue[] = [
  // ---- Trailhead, English ----
  { id: 'probe4-demo-en-01', shop: 'demo', lang: 'en', turns: [t('tents for two', 'quantity', { all: { ...tents, attr: { key: 'capacity', min: 2 } } })] },
  { id: 'probe4-demo-en-02', shop: 'demo', lang: 'en', turns: [t('a smartwatch with at least a week of battery', 'quantity', { all: { ...watches, attr: { key: 'battery life', min: 7 } } })] },
  { id: 'probe4-demo-en-03', shop: 'demo', lang: 'en', turns: [t('headphones between 50 and 100 dollars', 'quantity', { all: { ...headphones, priceMin: 50, priceMax: 100 } })] },
  { id: 'probe4-demo-en-04', shop: 'demo', lang: 'en', turns: [t('coffee maker that makes 10 cups', 'quantity', { all: { ...coffeeDemo, attr: { key: 'capacity', min: 10, max: 10 } } })] },
  { id: 'probe4-demo-en-05', shop: 'demo', lang: 'en', turns: [t('headphones with over 20 hours of battery under 80 bucks', 'quantity', { all: { ...headphones, attr: { key: 'battery life', min: 21 }, priceMax: 80 } })] },
  { id: 'probe4-demo-en-06', shop: 'demo', lang: 'en', turns: [t('do you sell golf clubs', 'not-sold', { ...NOT_SOLD, absentType: 'golf club' })] },
  {
    id: 'probe4-demo-en-07', shop: 'demo', lang: 'en',
    turns: [
      t('hey', 'chat', { kind: 'chat', none: true }),
      t('what kinds of things do you have?', 'chat', { kind: ['chat', 'search', 'recommend', 'store'] }),
    ],
  },
  { id: 'probe4-demo-en-08', shop: 'demo', lang: 'en', turns: [t('backpakcs', 'words', { all: backpacks })] },
  { id: 'probe4-demo-en-09', shop: 'demo', lang: 'en', turns: [t('hiking boot', 'words', { all: boots })] },
  // ---- Hearthside Home, English ----
  { id: 'probe4-home-en-01', shop: 'home', lang: 'en', turns: [t('a 28cm frying pan', 'quantity', { all: { ...pans, attr: { key: 'diameter', min: 28, max: 28 } } })] },
  { id: 'probe4-home-en-02', shop: 'home', lang: 'en', turns: [t('coffee makers over 1000 watts', 'quantity', { all: { ...coffeeHome, attr: { key: 'wattage', min: 1001 } } })] },
  { id: 'probe4-home-en-03', shop: 'home', lang: 'en', turns: [t('humidifier with at least 4 litres', 'quantity', { all: { ...humidifier, attr: { key: 'capacity', min: 4 } } })] },
  {
    id: 'probe4-home-en-04', shop: 'home', lang: 'en',
    turns: [
      t('blenders', 'simple', { all: blenders }),
      t('at least 1000 W', 'quantity', { all: { ...blenders, attr: { key: 'wattage', min: 1000 } } }),
      t('and 2 litres', 'quantity', { all: { ...blenders, attr: [{ key: 'wattage', min: 1000 }, { key: 'capacity', min: 2, max: 2 }] } }),
    ],
  },
  { id: 'probe4-home-en-05', shop: 'home', lang: 'en', turns: [t('have you got any wine glasses?', 'not-sold', { ...NOT_SOLD, absentType: 'wine glass' })] },
  { id: 'probe4-home-en-06', shop: 'home', lang: 'en', turns: [t('kettels', 'words', { all: { category: 'Electric Kettles' } })] },
  { id: 'probe4-home-en-07', shop: 'home', lang: 'en', turns: [t('good morning! how are you?', 'chat', { kind: 'chat', none: true })] },
  // ---- Chinese ----
  { id: 'probe4-home-zh-01', shop: 'home', lang: 'zh', turns: [t('1000瓦以上的破壁机', 'quantity', { all: { ...zhBlender, attr: { key: 'wattage', min: 1000 } } })] },
  { id: 'probe4-home-zh-02', shop: 'home', lang: 'zh', turns: [t('容量4升以上的加湿器', 'quantity', { all: { ...zhHumid, attr: { key: 'capacity', min: 4 } } })] },
  { id: 'probe4-home-zh-03', shop: 'home', lang: 'zh', turns: [t('有卖烤箱吗', 'not-sold', { ...NOT_SOLD, absentType: '烤箱' })] },
  { id: 'probe4-demo-zh-01', shop: 'demo', lang: 'zh', turns: [t('续航一周以上的智能手表', 'quantity', { all: { ...zhWatch, attr: { key: 'battery life', min: 7 } } })] },
  { id: 'probe4-demo-zh-02', shop: 'demo', lang: 'zh', turns: [t('五百到一千的帐篷', 'quantity', { all: { ...zhTent, priceMin: 500, priceMax: 1000 } })] },
  { id: 'probe4-demo-zh-03', shop: 'demo', lang: 'zh', turns: [t('早上好', 'chat', { kind: 'chat', none: true }), t('你能做什么', 'chat', { kind: 'chat', none: true })] },
];
