/**
 * Probe set 11: prices said the way people say them ("under fifty bucks", "around $100", "三百块以内",
 * "一百左右"), misspelt product words of the home shop, and follow-ups that swap a value ("same but in
 * white", "有白色的吗", "要两片的"). Written after probe set 10's fixes and before any change they could prompt.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const yes = (key: string, v = 'yes'): Pred => ({ attr: { key, eq: v } });

const kettles: Pred = { category: 'Electric Kettles' };
const toasters: Pred = { category: 'Toasters' };
const sharpeners: Pred = { category: 'Knife Sharpeners' };
const sets: Pred = { category: 'Cookware Sets' };
const lamps: Pred = { category: 'Desk Lamps' };
const socks: Pred = { category: 'Socks' };
const mugs: Pred = { category: 'Coffee Mugs' };

export const probe11: Dialogue[] = [
  { id: 'probe11-home-en-01', shop: 'home', lang: 'en', turns: [t('a kettle under fifty bucks', 'quantity', { all: { ...kettles, priceMax: 50 } })] },
  { id: 'probe11-demo-en-01', shop: 'demo', lang: 'en', turns: [t('socks, nothing over $20', 'quantity', { all: { ...socks, priceMax: 20 } })] },
  { id: 'probe11-home-zh-01', shop: 'home', lang: 'zh', turns: [t('三百块以内的电热水壶', 'quantity', { all: { category: '电热水壶', priceMax: 300 } })] },
  { id: 'probe11-home-zh-02', shop: 'home', lang: 'zh', turns: [t('不要超过两百的马克杯', 'quantity', { all: { category: '马克杯', priceMax: 200 } })] },
  { id: 'probe11-home-en-02', shop: 'home', lang: 'en', turns: [t('knife sharpner', 'words', { all: sharpeners })] },
  { id: 'probe11-home-en-03', shop: 'home', lang: 'en', turns: [t('cookwear set for induction', 'words', { all: { ...sets, ...yes('induction compatible') } })] },
  { id: 'probe11-home-en-04', shop: 'home', lang: 'en', turns: [t('dimable desk lamp', 'words', { all: { ...lamps, ...yes('dimmable') } })] },
  {
    id: 'probe11-home-en-05', shop: 'home', lang: 'en',
    turns: [
      t('red toasters', 'simple', { all: { ...toasters, color: 'red' } }),
      t('same but in white', 'follow-up', { all: { ...toasters, color: 'white' } }),
    ],
  },
  {
    id: 'probe11-home-zh-03', shop: 'home', lang: 'zh',
    turns: [
      t('多士炉', 'simple', { all: { category: '多士炉' } }),
      t('要两片的', 'follow-up', { all: { category: '多士炉', attr: { key: 'slots', eq: '2片' } } }),
      t('有白色的吗', 'follow-up', { all: { category: '多士炉', attr: { key: 'slots', eq: '2片' }, color: '白色' } }),
    ],
  },
  {
    id: 'probe11-home-en-06', shop: 'home', lang: 'en', page: mugs,
    turns: [
      t('any other mugs that are microwave safe?', 'follow-up', { all: { ...mugs, ...yes('microwave safe') }, notPage: true }),
      t('only glass ones', 'follow-up', { all: { ...mugs, attr: [{ key: 'microwave safe', eq: 'yes' }, { key: 'material', eq: 'glass' }] } }),
    ],
  },
  {
    id: 'probe11-demo-en-02', shop: 'demo', lang: 'en', page: socks,
    turns: [
      t('do you have these in a crew height?', 'page-focus', { kind: 'product', subject: 'page' }),
      t('show me merino socks', 'follow-up', { all: { ...socks, attr: { key: 'material', eq: 'merino wool' } } }),
    ],
  },
];
