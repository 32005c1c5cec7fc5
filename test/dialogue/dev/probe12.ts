/**
 * Probe set 12: exclusions, things the shop does not sell and gifts, said in ways the earlier sets do
 * not ("anything but Voltra", "除了CrispPro都行", "do you stock paddle boards", "a housewarming present",
 * "给新搬家的朋友送点什么"). Written after probe set 11's fixes and before any change they could prompt.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const GIFT = { kind: ['gift' as const, 'recommend' as const], status: 'ok' as const, count: { min: 1 } };
const NOT_SOLD = { status: 'not-sold' as const, none: true };

const kettles: Pred = { category: 'Electric Kettles' };
const fryers: Pred = { category: 'Air Fryers' };
const robots: Pred = { category: 'Robot Vacuums' };

export const probe12: Dialogue[] = [
  { id: 'probe12-home-en-01', shop: 'home', lang: 'en', page: { category: 'Coffee Mugs' }, turns: [t('kettles, anything but Voltra', 'exclusion', { all: { ...kettles, notBrand: ['Voltra'] } })] },
  { id: 'probe12-home-en-02', shop: 'home', lang: 'en', page: { category: 'Stick Vacuums' }, turns: [t('robot vacuum, no Robokleen please', 'exclusion', { all: { ...robots, notBrand: ['Robokleen'] } })] },
  { id: 'probe12-home-zh-01', shop: 'home', lang: 'zh', page: { category: '电饭煲' }, turns: [t('空气炸锅，除了CrispPro都行', 'exclusion', { all: { category: '空气炸锅', notBrand: ['CrispPro'] } })] },
  {
    id: 'probe12-home-en-03', shop: 'home', lang: 'en',
    turns: [
      t('air fryers', 'simple', { all: fryers }),
      t('skip the Ovenly ones', 'exclusion', { all: { ...fryers, notBrand: ['Ovenly'] } }),
    ],
  },
  { id: 'probe12-demo-en-01', shop: 'demo', lang: 'en', turns: [t('do you stock paddle boards', 'not-sold', { ...NOT_SOLD, absentType: 'paddle board' })] },
  { id: 'probe12-home-en-04', shop: 'home', lang: 'en', page: kettles, turns: [t('looking for a dishwasher', 'not-sold', { ...NOT_SOLD, absentType: 'dishwasher' })] },
  { id: 'probe12-home-zh-02', shop: 'home', lang: 'zh', turns: [t('有没有洗衣机', 'not-sold', { ...NOT_SOLD, absentType: '洗衣机' })] },
  { id: 'probe12-home-en-05', shop: 'home', lang: 'en', turns: [t('a housewarming present for a friend', 'gift', { ...GIFT })] },
  { id: 'probe12-home-zh-03', shop: 'home', lang: 'zh', turns: [t('给新搬家的朋友送点什么好', 'gift', { ...GIFT })] },
  { id: 'probe12-demo-en-02', shop: 'demo', lang: 'en', turns: [t('what should I get my sister who loves yoga', 'gift', { ...GIFT })] },
  { id: 'probe12-demo-zh-01', shop: 'demo', lang: 'zh', page: { category: '帐篷' }, turns: [t('想送男朋友一个户外用的礼物，五百以内', 'gift', { ...GIFT, all: { priceMax: 500 } })] },
];
