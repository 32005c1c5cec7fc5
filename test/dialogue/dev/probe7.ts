/**
 * Probe set 7: Chinese shoppers' follow-ups, references, exclusions and words on both shops, written after
 * probe set 6's fixes and before any change they could prompt.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const yes = (key: string, v = '是'): Pred => ({ attr: { key, eq: v } });
const PRODUCT = { kind: 'product' as const, subject: 'page' as const };
const NOT_SOLD = { status: 'not-sold' as const, none: true };

const jacket: Pred = { category: '外套' };
const socks: Pred = { category: '袜子' };
const apparel: Pred = { category: '跑步服饰' };
const bag: Pred = { category: '双肩包' };
const headphones: Pred = { category: '耳机' };
const coffee: Pred = { category: '咖啡机' };
const duvet: Pred = { category: '被子' };
const knives: Pred = { category: '刀具套装' };
const candle: Pred = { category: '蜡烛' };
const grinder: Pred = { category: '磨豆机' };
const riceCooker: Pred = { category: '电饭煲' };

export const probe7: Dialogue[] = [
  {
    id: 'probe7-demo-zh-01', shop: 'demo', lang: 'zh',
    turns: [
      t('羽绒外套', 'type-modifier', { all: { ...jacket, attr: { key: 'insulation', eq: '650 蓬羽绒' } } }),
      t('有没有修身款', 'follow-up', { all: { ...jacket, attr: [{ key: 'insulation', eq: '650 蓬羽绒' }, { key: 'fit', eq: '修身' }] } }),
    ],
  },
  { id: 'probe7-demo-zh-02', shop: 'demo', lang: 'zh', turns: [t('船袜', 'words', { all: { ...socks, attr: { key: 'height', eq: '船袜' } } })] },
  { id: 'probe7-demo-zh-03', shop: 'demo', lang: 'zh', turns: [t('夜跑穿的反光衣服', 'type-modifier', { all: { ...apparel, ...yes('reflective') } })] },
  {
    id: 'probe7-demo-zh-04', shop: 'demo', lang: 'zh',
    turns: [
      t('双肩包', 'simple', { all: bag }),
      t('放得下16寸电脑的', 'follow-up', { all: { ...bag, attr: { key: 'laptop sleeve', eq: '16 英寸' } } }),
    ],
  },
  {
    id: 'probe7-demo-zh-05', shop: 'demo', lang: 'zh',
    turns: [
      t('降噪耳机', 'type-modifier', { all: { ...headphones, ...yes('noise cancelling') } }),
      t('第二个多少钱', 'reference', { subject: { shown: 1 }, mentionsPrice: true }),
    ],
  },
  { id: 'probe7-demo-zh-06', shop: 'demo', lang: 'zh', turns: [t('有卖滑雪板吗', 'not-sold', { ...NOT_SOLD, absentType: '滑雪板' })] },
  {
    id: 'probe7-demo-zh-07', shop: 'demo', lang: 'zh',
    page: { ...coffee, ...yes('milk frother') },
    turns: [t('能打奶泡吗', 'page-focus', { ...PRODUCT, verdict: yes('milk frother') })],
  },
  { id: 'probe7-home-zh-01', shop: 'home', lang: 'zh', turns: [t('冬天盖的被子', 'type-modifier', { all: { ...duvet, attr: { key: 'warmth', eq: '冬被' } } })] },
  { id: 'probe7-home-zh-02', shop: 'home', lang: 'zh', turns: [t('带实木刀座的刀具套装', 'type-modifier', { all: { ...knives, attr: { key: 'block', eq: '实木刀座' } } })] },
  {
    id: 'probe7-home-zh-03', shop: 'home', lang: 'zh',
    turns: [
      t('蜡烛', 'simple', { all: candle }),
      t('大豆蜡的', 'follow-up', { all: { ...candle, attr: { key: 'wax', eq: '大豆蜡' } } }),
      t('除了薰衣草味', 'exclusion', { all: { ...candle, attr: { key: 'wax', eq: '大豆蜡' }, not: { attr: { key: 'scent', eq: '薰衣草' } } } }),
    ],
  },
  {
    id: 'probe7-home-zh-04', shop: 'home', lang: 'zh',
    turns: [
      t('磨豆机', 'simple', { all: grinder }),
      t('不要刀片式的', 'exclusion', { all: { ...grinder, not: { attr: { key: 'grinder type', eq: '刀片式' } } } }),
      t('最便宜的是哪个', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'price-min' } }),
    ],
  },
  {
    id: 'probe7-home-zh-05', shop: 'home', lang: 'zh',
    page: riceCooker,
    turns: [
      t('内胆是什么材质', 'page-focus', { ...PRODUCT, mentions: 'inner pot' }),
      t('有没有陶瓷内胆的', 'follow-up', { all: { ...riceCooker, attr: { key: 'inner pot', eq: '陶瓷' } } }),
    ],
  },
  { id: 'probe7-home-zh-06', shop: 'home', lang: 'zh', turns: [t('你们有卖冰箱吗', 'not-sold', { ...NOT_SOLD, absentType: '冰箱' })] },
];
