/**
 * Probe set 8: requests wrapped in everyday politeness and chatter ("hi, could you please…", "I'm after…",
 * "how about … instead"), written after probe set 7's fixes and before any change they could prompt.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const yes = (key: string, v = 'yes'): Pred => ({ attr: { key, eq: v } });
const NOT_SOLD = { status: 'not-sold' as const, none: true };

const shoes: Pred = { category: 'Running Shoes' };
const boots: Pred = { category: 'Hiking Boots' };
const jackets: Pred = { category: 'Jackets' };
const watches: Pred = { category: 'Smartwatches' };
const mats: Pred = { category: 'Yoga Mats' };
const kettle: Pred = { category: 'Electric Kettles' };
const toaster: Pred = { category: 'Toasters' };
const pillow: Pred = { category: 'Bed Pillows' };
const mugs: Pred = { category: 'Coffee Mugs' };
const robot: Pred = { category: 'Robot Vacuums' };

export const probe8: Dialogue[] = [
  { id: 'probe8-demo-en-01', shop: 'demo', lang: 'en', turns: [t('hi, could you please show me some waterproof jackets?', 'type-modifier', { all: { ...jackets, ...yes('waterproof') } })] },
  { id: 'probe8-demo-en-02', shop: 'demo', lang: 'en', turns: [t("I'm after a pair of trail running shoes, nothing too pricey", 'type-modifier', { all: { ...shoes, attr: { key: 'terrain', eq: 'trail' } } })] },
  {
    id: 'probe8-demo-en-03', shop: 'demo', lang: 'en',
    turns: [
      t('looking for hiking boots', 'simple', { all: boots }),
      t('how about running shoes instead', 'follow-up', { all: shoes }),
      t('in black if possible', 'follow-up', { all: { ...shoes, color: 'black' } }),
    ],
  },
  { id: 'probe8-demo-en-04', shop: 'demo', lang: 'en', turns: [t('do you guys have smartwatches with gps', 'type-modifier', { all: { ...watches, ...yes('gps') } })] },
  { id: 'probe8-demo-en-05', shop: 'demo', lang: 'en', turns: [t('I would like a thin yoga mat for travel', 'type-modifier', { all: { ...mats, attr: { key: 'thickness', max: 3 } } })] },
  { id: 'probe8-demo-en-06', shop: 'demo', lang: 'en', turns: [t('hey do you sell surfboards', 'not-sold', { ...NOT_SOLD, absentType: 'surfboard' })] },
  { id: 'probe8-home-en-01', shop: 'home', lang: 'en', turns: [t('hello! I need a kettle with temperature control please', 'type-modifier', { all: { ...kettle, ...yes('temperature control') } })] },
  {
    id: 'probe8-home-en-02', shop: 'home', lang: 'en',
    turns: [
      t("what toasters have you got", 'simple', { all: toaster }),
      t('any of them with wide slots?', 'follow-up', { all: { ...toaster, ...yes('wide slots') } }),
    ],
  },
  { id: 'probe8-home-en-03', shop: 'home', lang: 'en', turns: [t('my neck hurts, any pillows for that?', 'type-modifier', { all: pillow })] },
  {
    id: 'probe8-home-en-04', shop: 'home', lang: 'en',
    turns: [
      // (First labelled coffee mugs only: a travel mug is a mug too, so both kinds are right.)
      t('I want some mugs', 'simple', { all: { category: ['Coffee Mugs', 'Water Bottles & Travel Mugs'] } }),
      t('actually make that glass ones', 'follow-up', { all: { ...mugs, attr: { key: 'material', eq: 'glass' } } }),
    ],
  },
  { id: 'probe8-home-en-05', shop: 'home', lang: 'en', turns: [t('is there a robot vacuum that maps the house?', 'type-modifier', { all: { ...robot, ...yes('lidar mapping') } })] },
  { id: 'probe8-home-zh-01', shop: 'home', lang: 'zh', turns: [t('你好，我想买一个能调温的电热水壶', 'type-modifier', { all: { category: '电热水壶', ...yes('temperature control', '是') } })] },
  { id: 'probe8-demo-zh-01', shop: 'demo', lang: 'zh', turns: [t('请问有没有带GPS的手表', 'type-modifier', { all: { category: '智能手表', ...yes('gps', '是') } })] },
  {
    id: 'probe8-demo-zh-02', shop: 'demo', lang: 'zh',
    turns: [
      t('看看登山靴', 'simple', { all: { category: '登山靴' } }),
      t('换成跑步鞋吧', 'follow-up', { all: { category: '跑步鞋' } }),
      t('要黑色的', 'follow-up', { all: { category: '跑步鞋', color: '黑色' } }),
    ],
  },
  {
    id: 'probe8-demo-en-07', shop: 'demo', lang: 'en',
    page: { ...boots, ...yes('waterproof') },
    turns: [
      t('hi! quick question, are these waterproof?', 'page-focus', { kind: 'product', subject: 'page', verdict: yes('waterproof') }),
      t('and what do they weigh, roughly?', 'page-focus', { kind: 'product', subject: 'page', mentions: 'weight' }),
    ],
  },
  {
    id: 'probe8-home-en-06', shop: 'home', lang: 'en',
    page: kettle,
    turns: [
      t('sorry, how much water does this one hold?', 'page-focus', { kind: 'product', subject: 'page', mentions: 'capacity' }),
      t('could you tell me if it is in stock', 'page-focus', { kind: 'product', subject: 'page' }),
    ],
  },
  {
    id: 'probe8-home-zh-02', shop: 'home', lang: 'zh',
    page: { category: '扫地机器人' },
    turns: [
      t('请问这个能拖地吗', 'page-focus', { kind: 'product', subject: 'page', verdict: { attr: { key: 'mopping', eq: '是' } } }),
      t('噪音大不大', 'page-focus', { kind: 'product', subject: 'page', mentions: 'noise' }),
    ],
  },
];
