/**
 * Probe set 10: references and follow-ups in phrasings the earlier sets do not use — ordinals said as
 * "the last one" / "最后一个", picks by a measure said as a verb ("which holds the most"), follow-ups
 * that drop a condition or swap a value, on listing and product pages. Written after probe set 9's
 * fixes and before any change they could prompt.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const yes = (key: string, v = 'yes'): Pred => ({ attr: { key, eq: v } });

const jackets: Pred = { category: 'Jackets' };
const phones: Pred = { category: 'Headphones' };
const mats: Pred = { category: 'Yoga Mats' };
const kettles: Pred = { category: 'Electric Kettles' };
const pillows: Pred = { category: 'Bed Pillows' };
const towels: Pred = { category: 'Bath Towels' };

export const probe10: Dialogue[] = [
  {
    id: 'probe10-demo-en-01', shop: 'demo', lang: 'en',
    turns: [
      t('headphones with noise cancelling', 'type-modifier', { all: { ...phones, ...yes('noise cancelling') } }),
      t('is the last one waterproof?', 'reference', { subject: { shown: -1 }, verdict: { attr: { key: 'water resistance', eq: ['IPX7', 'IPX4'] } } }),
    ],
  },
  {
    id: 'probe10-demo-en-02', shop: 'demo', lang: 'en',
    turns: [
      t('yoga mats', 'simple', { all: mats }),
      t('which of them is the thickest?', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMax: 'thickness' } } }),
    ],
  },
  {
    id: 'probe10-demo-en-03', shop: 'demo', lang: 'en',
    turns: [
      t('black jackets', 'simple', { all: { ...jackets, color: 'black' } }),
      t('what about navy instead', 'follow-up', { all: { ...jackets, color: 'navy' } }),
      t('with a hood', 'follow-up', { all: { ...jackets, color: 'navy', ...yes('hood') } }),
    ],
  },
  {
    id: 'probe10-demo-en-04', shop: 'demo', lang: 'en', page: phones,
    turns: [
      t('do you have other headphones that are cheaper?', 'follow-up', { all: { ...phones, cheaperThanPage: true }, notPage: true }),
      t('and which of those has the longest battery', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMax: 'battery life' } } }),
    ],
  },
  {
    id: 'probe10-home-en-01', shop: 'home', lang: 'en',
    turns: [
      t('electric kettles', 'simple', { all: kettles }),
      t('which one holds the most water', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMax: 'capacity' } } }),
    ],
  },
  {
    id: 'probe10-home-en-02', shop: 'home', lang: 'en',
    turns: [
      t('firm pillows', 'type-modifier', { all: { ...pillows, attr: { key: 'firmness', eq: 'firm' } } }),
      t('actually soft ones', 'follow-up', { all: { ...pillows, attr: { key: 'firmness', eq: 'soft' } } }),
    ],
  },
  {
    id: 'probe10-home-en-03', shop: 'home', lang: 'en', page: towels,
    turns: [
      t('does it come in grey?', 'page-focus', { kind: 'product', subject: 'page' }),
      t('show me other bath towels made of bamboo', 'follow-up', { all: { ...towels, attr: { key: 'material', eq: 'bamboo' } } }),
    ],
  },
  {
    id: 'probe10-demo-zh-01', shop: 'demo', lang: 'zh',
    turns: [
      t('降噪耳机', 'type-modifier', { all: { category: '耳机', ...yes('noise cancelling', '是') } }),
      t('最后一个多少钱', 'reference', { subject: { shown: -1 }, mentionsPrice: true }),
    ],
  },
  {
    id: 'probe10-home-zh-01', shop: 'home', lang: 'zh',
    turns: [
      t('电热水壶', 'simple', { all: { category: '电热水壶' } }),
      t('哪个容量最大', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMax: 'capacity' } } }),
    ],
  },
  {
    id: 'probe10-home-zh-02', shop: 'home', lang: 'zh', page: { category: '枕头' },
    turns: [
      t('有没有软一点的枕头', 'follow-up', { all: { category: '枕头', attr: { key: 'firmness', eq: '软' } } }),
    ],
  },
];
