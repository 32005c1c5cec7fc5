/**
 * Dev dialogues, 山径户外 (the outdoor demo shop), Chinese: public/demo-data/catalog.zh.json (CNY).
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const runningShoes: Pred = { category: '跑步鞋' };
const boots: Pred = { category: '登山靴' };
const jackets: Pred = { category: '外套' };
const apparel: Pred = { category: '跑步服饰' };
const socks: Pred = { category: '袜子' };
const headphones: Pred = { category: '耳机' };
const speakers: Pred = { category: '音箱' };
const watches: Pred = { category: '智能手表' };
const backpacks: Pred = { category: '双肩包' };
const coffee: Pred = { category: '咖啡机' };
const yoga: Pred = { category: '瑜伽垫' };
const tents: Pred = { category: '帐篷' };
const yes = (key: string): Pred => ({ attr: { key, eq: '是' } });
const no = (key: string): Pred => ({ attr: { key, eq: '否' } });

const PRODUCT = { kind: 'product' as const, subject: 'page' as const };
const GIFT = { kind: ['gift' as const, 'recommend' as const], status: 'ok' as const, count: { min: 1 } };

export const demoZh: Dialogue[] = [
  // ---- 类型 + 修饰 ----
  {
    id: 'demo-zh-01',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('爬山穿的防水外套', 'type-modifier', { all: { ...jackets, ...yes('waterproof') } }),
      t('要带帽子的', 'follow-up', { all: { ...jackets, attr: [{ key: 'waterproof', eq: '是' }, { key: 'hood', eq: '是' }] } }),
      t('哪个最便宜', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'price-min' } }),
    ],
  },
  {
    id: 'demo-zh-02',
    shop: 'demo',
    lang: 'zh',
    turns: [t('冬天穿的羽绒外套', 'type-modifier', { all: { ...jackets, attr: { key: 'insulation', eq: '650 蓬羽绒' } } })],
  },
  {
    id: 'demo-zh-03',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('越野跑鞋', 'type-modifier', { all: { ...runningShoes, attr: { key: 'terrain', eq: '越野' } } }),
      t('防水的', 'follow-up', { all: { ...runningShoes, attr: [{ key: 'terrain', eq: '越野' }, { key: 'waterproof', eq: '是' }] } }),
      t('前两个比较一下', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('哪双更轻', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMin: 'weight' } } }),
    ],
  },
  {
    id: 'demo-zh-04',
    shop: 'demo',
    lang: 'zh',
    turns: [t('能放电脑的通勤双肩包', 'type-modifier', { all: { ...backpacks, not: { attr: { key: 'laptop sleeve', eq: '无' } } } })],
  },
  {
    id: 'demo-zh-05',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('坐飞机用的降噪耳机', 'type-modifier', { all: { ...headphones, ...yes('noise cancelling') } }),
      t('续航40小时的', 'quantity', { all: { ...headphones, attr: [{ key: 'noise cancelling', eq: '是' }, { key: 'battery life', min: 40 }] } }),
    ],
  },
  {
    id: 'demo-zh-06',
    shop: 'demo',
    lang: 'zh',
    turns: [t('游泳池边用的音箱 要防水', 'type-modifier', { all: { ...speakers, ...yes('waterproof') } })],
  },
  {
    id: 'demo-zh-07',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('美利奴羊毛袜', 'type-modifier', { all: { ...socks, attr: { key: 'material', eq: '美利奴羊毛' } } }),
      t('中筒的', 'follow-up', { all: { ...socks, attr: [{ key: 'material', eq: '美利奴羊毛' }, { key: 'height', eq: '中筒' }] } }),
    ],
  },
  {
    id: 'demo-zh-08',
    shop: 'demo',
    lang: 'zh',
    turns: [t('厚一点的瑜伽垫 膝盖不好', 'type-modifier', { all: { ...yoga, attr: { key: 'thickness', min: 10 } } })],
  },
  {
    id: 'demo-zh-09',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('跑步用的GPS手表', 'type-modifier', { all: { ...watches, ...yes('gps') } }),
      t('续航两周的', 'quantity', { all: { ...watches, attr: [{ key: 'gps', eq: '是' }, { key: 'battery life', min: 14 }] } }),
    ],
  },
  {
    id: 'demo-zh-10',
    shop: 'demo',
    lang: 'zh',
    turns: [t('夜跑穿的反光T恤', 'type-modifier', { all: { ...apparel, ...yes('reflective') } })],
  },
  {
    id: 'demo-zh-11',
    shop: 'demo',
    lang: 'zh',
    turns: [t('带奶泡的咖啡机', 'type-modifier', { all: { ...coffee, ...yes('milk frother') } })],
  },
  // ---- 没有卖 ----
  {
    id: 'demo-zh-12',
    shop: 'demo',
    lang: 'zh',
    turns: [t('有笔记本电脑卖吗', 'not-sold', { status: 'not-sold', none: true, absentType: '笔记本电脑' })],
  },
  {
    id: 'demo-zh-13',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('睡袋有吗', 'not-sold', { status: 'not-sold', none: true, absentType: '睡袋' }),
      t('那看看帐篷', 'simple', { all: tents }),
    ],
  },
  {
    id: 'demo-zh-14',
    shop: 'demo',
    lang: 'zh',
    turns: [t('最便宜的有货的榨汁机', 'not-sold', { status: 'not-sold', none: true, absentType: '榨汁机' })],
  },
  {
    id: 'demo-zh-15',
    shop: 'demo',
    lang: 'zh',
    turns: [t('你们卖自行车吗', 'not-sold', { status: 'not-sold', none: true, absentType: '自行车' })],
  },
  {
    id: 'demo-zh-16',
    shop: 'demo',
    lang: 'zh',
    turns: [t('登山杖', 'not-sold', { status: 'not-sold', none: true, absentType: '登山杖' })],
  },
  // ---- 排除 ----
  {
    id: 'demo-zh-17',
    shop: 'demo',
    lang: 'zh',
    turns: [t('跑步鞋 不要Stride和Velox', 'exclusion', { all: { ...runningShoes, notBrand: ['Stride', 'Velox'] } })],
  },
  {
    id: 'demo-zh-18',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('耳机 Sonara以外的', 'exclusion', { all: { ...headphones, notBrand: ['Sonara'] } }),
      t('Auralis也不要', 'exclusion', { all: { ...headphones, notBrand: ['Sonara', 'Auralis'] } }),
    ],
  },
  {
    id: 'demo-zh-19',
    shop: 'demo',
    lang: 'zh',
    turns: [t('登山靴 不要真皮的', 'exclusion', { all: { ...boots, attr: { key: 'material', eq: '合成材料' } } })],
  },
  {
    id: 'demo-zh-20',
    shop: 'demo',
    lang: 'zh',
    turns: [t('帐篷 除了Summit Co.', 'exclusion', { all: { ...tents, notBrand: ['Summit Co.'] } })],
  },
  // ---- 数量、排序 ----
  {
    id: 'demo-zh-21',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('四个人住的帐篷', 'quantity', { all: { ...tents, attr: { key: 'capacity', min: 4 } } }),
      t('700以内', 'follow-up', { all: { ...tents, attr: { key: 'capacity', min: 4 }, priceMax: 700 } }),
    ],
  },
  {
    id: 'demo-zh-22',
    shop: 'demo',
    lang: 'zh',
    turns: [t('最贵的智能手表', 'quantity', { all: watches, best: 'price-max' })],
  },
  {
    id: 'demo-zh-23',
    shop: 'demo',
    lang: 'zh',
    turns: [t('30升以上的背包', 'quantity', { all: { ...backpacks, attr: { key: 'capacity', min: 30 } } })],
  },
  {
    id: 'demo-zh-24',
    shop: 'demo',
    lang: 'zh',
    turns: [t('250克以下的跑鞋', 'quantity', { all: { ...runningShoes, attr: { key: 'weight', max: 250 } } })],
  },
  {
    id: 'demo-zh-25',
    shop: 'demo',
    lang: 'zh',
    turns: [t('音箱按价格从低到高排', 'quantity', { all: speakers, sorted: 'price-asc' })],
  },
  {
    id: 'demo-zh-26',
    shop: 'demo',
    lang: 'zh',
    turns: [t('700到1000块的登山靴', 'quantity', { all: { ...boots, priceMin: 700, priceMax: 1000 } })],
  },
  {
    id: 'demo-zh-27',
    shop: 'demo',
    lang: 'zh',
    turns: [t('最便宜的单人帐篷', 'quantity', { all: { ...tents, attr: { key: 'capacity', min: 1, max: 1 } }, best: 'price-min' })],
  },
  // ---- 词 ----
  {
    id: 'demo-zh-28',
    shop: 'demo',
    lang: 'zh',
    turns: [t('跑鞋', 'words', { all: runningShoes })],
  },
  {
    id: 'demo-zh-29',
    shop: 'demo',
    lang: 'zh',
    turns: [t('蓝牙耳机', 'words', { all: headphones }), t('再来几个', 'words', { kind: ['more', 'search'], all: headphones, fresh: true })],
  },
  {
    id: 'demo-zh-30',
    shop: 'demo',
    lang: 'zh',
    turns: [t('手表', 'words', { all: watches })],
  },
  {
    id: 'demo-zh-31',
    shop: 'demo',
    lang: 'zh',
    turns: [t('大家都在买什么', 'words', { all: { popular: true }, count: { min: 3 } })],
  },
  {
    id: 'demo-zh-32',
    shop: 'demo',
    lang: 'zh',
    turns: [t('背包', 'words', { all: backpacks })],
  },
  {
    id: 'demo-zh-33',
    shop: 'demo',
    lang: 'zh',
    turns: [t('冲锋衣', 'words', { all: { ...jackets, ...yes('waterproof') } })],
  },
  // ---- 优惠 ----
  {
    id: 'demo-zh-34',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('最近有什么折扣', 'deals', { kind: ['deals', 'search'], all: { onSale: true } }),
      t('只看外套', 'deals', { all: { ...jackets, onSale: true } }),
    ],
  },
  {
    id: 'demo-zh-35',
    shop: 'demo',
    lang: 'zh',
    turns: [t('瑜伽垫有特价吗', 'deals', { all: { ...yoga, onSale: true } })],
  },
  // ---- 礼物 ----
  {
    id: 'demo-zh-36',
    shop: 'demo',
    lang: 'zh',
    turns: [t('送给爸爸的礼物', 'gift', { ...GIFT })],
  },
  {
    id: 'demo-zh-37',
    shop: 'demo',
    lang: 'zh',
    turns: [t('两百块以内送同事的小礼物', 'gift', { ...GIFT, all: { priceMax: 200 } })],
  },
  {
    id: 'demo-zh-38',
    shop: 'demo',
    lang: 'zh',
    turns: [t('随便推荐几个', 'gift', { kind: ['recommend', 'gift'], status: 'ok', count: { min: 1 } })],
  },
  // ---- 店铺、闲聊 ----
  {
    id: 'demo-zh-39',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('在吗', 'chat', { kind: 'chat', none: true }),
      t('可以七天无理由退货吗', 'store', { kind: 'store', store: 'returns' }),
      t('满多少包邮', 'store', { kind: 'store', store: 'shipping' }),
      t('好的', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'demo-zh-40',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('支持微信支付吗', 'store', { kind: 'store', store: 'payment' }),
      t('能开发票吗', 'store', { kind: 'store', store: { faq: 0 } }),
    ],
  },
  // ---- 对比、指代 ----
  {
    id: 'demo-zh-41',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('防水双肩包', 'type-modifier', { all: { ...backpacks, ...yes('waterproof') } }),
      t('对比前三个', 'compare', { kind: 'compare', compared: { shown: [0, 1, 2] } }),
      t('哪个容量最大', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMax: 'capacity' } } }),
    ],
  },
  {
    id: 'demo-zh-42',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('瑜伽垫', 'simple', { all: yoga }),
      t('新手用哪个好', 'reference', { kind: 'pick', pick: { among: 'shown' } }),
    ],
  },
  {
    id: 'demo-zh-43',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('350元以下的音箱', 'simple', { all: { ...speakers, priceMax: 350 } }),
      t('第三个防水吗', 'reference', { subject: { shown: 2 }, verdict: yes('waterproof') }),
    ],
  },
  {
    id: 'demo-zh-44',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('帐篷', 'simple', { all: tents }),
      t('这两个对比一下', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('哪个更轻', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMin: 'weight' } } }),
    ],
  },
  // ---- 商品页 ----
  {
    id: 'demo-zh-45',
    shop: 'demo',
    lang: 'zh',
    page: { ...jackets, not: { color: '蓝色' }, ...yes('waterproof') },
    turns: [
      t('有蓝色的吗', 'page-focus', { ...PRODUCT, verdict: { color: '蓝色' } }),
      t('下大雨能穿吗', 'page-focus', { ...PRODUCT, verdict: yes('waterproof') }),
      t('便宜一点的', 'follow-up', { all: { sameCategoryAsPage: true, cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'demo-zh-46',
    shop: 'demo',
    lang: 'zh',
    page: { ...runningShoes, onSale: true, inStock: true },
    turns: [
      t('现在打折吗', 'page-focus', { ...PRODUCT, verdict: { onSale: true } }),
      t('多少钱', 'page-focus', { ...PRODUCT, mentionsPrice: true }),
      t('这双多重', 'page-focus', { ...PRODUCT, mentions: 'weight' }),
    ],
  },
  {
    id: 'demo-zh-47',
    shop: 'demo',
    lang: 'zh',
    page: { ...runningShoes, hasReviews: false },
    turns: [
      t('评价怎么样', 'reviews', { kind: 'reviews', status: 'no-reviews', subject: 'page' }),
      t('跟掌差多少', 'page-focus', { ...PRODUCT, mentions: 'drop' }),
      t('有货的类似款', 'follow-up', { all: { sameCategoryAsPage: true, inStock: true }, notPage: true }),
    ],
  },
  {
    id: 'demo-zh-48',
    shop: 'demo',
    lang: 'zh',
    page: { ...headphones, ...no('noise cancelling') },
    turns: [
      t('有降噪吗', 'page-focus', { ...PRODUCT, verdict: yes('noise cancelling') }),
      t('续航多久', 'page-focus', { ...PRODUCT, mentions: 'battery life' }),
      t('换个降噪的', 'follow-up', { all: { ...headphones, ...yes('noise cancelling') } }),
    ],
  },
  {
    id: 'demo-zh-49',
    shop: 'demo',
    lang: 'zh',
    page: { ...boots, inStock: false },
    turns: [
      t('有货吗', 'page-focus', { ...PRODUCT, verdict: { inStock: true } }),
      t('有现货的同款推荐', 'follow-up', { all: { sameCategoryAsPage: true, inStock: true }, notPage: true }),
      t('第一双防水吗', 'reference', { subject: { shown: 0 }, verdict: yes('waterproof') }),
    ],
  },
  {
    id: 'demo-zh-50',
    shop: 'demo',
    lang: 'zh',
    page: { ...tents, attr: { key: 'capacity', min: 2, max: 2 } },
    turns: [
      t('能睡几个人', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
      t('是四季帐吗', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'season', eq: '四季' } } }),
      t('收纳后多重', 'page-focus', { ...PRODUCT, mentions: 'weight' }),
    ],
  },
  {
    id: 'demo-zh-51',
    shop: 'demo',
    lang: 'zh',
    page: { ...watches, ...no('gps') },
    turns: [
      t('带GPS吗', 'page-focus', { ...PRODUCT, verdict: yes('gps') }),
      t('能戴着游泳吗', 'page-focus', { ...PRODUCT, mentions: 'water resistance' }),
      t('比这个便宜的GPS手表', 'follow-up', { all: { ...watches, ...yes('gps'), cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'demo-zh-52',
    shop: 'demo',
    lang: 'zh',
    page: { ...backpacks, attr: { key: 'laptop sleeve', eq: '无' } },
    turns: [
      t('能装笔记本吗', 'page-focus', { ...PRODUCT, verdict: { not: { attr: { key: 'laptop sleeve', eq: '无' } } } }),
      t('多少升', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
      t('那要有电脑隔层的', 'follow-up', { all: { ...backpacks, not: { attr: { key: 'laptop sleeve', eq: '无' } } } }),
    ],
  },
  {
    id: 'demo-zh-53',
    shop: 'demo',
    lang: 'zh',
    page: { ...coffee, ...no('milk frother'), hasReviews: true },
    turns: [
      t('能打奶泡吗', 'page-focus', { ...PRODUCT, verdict: yes('milk frother') }),
      t('买家评价', 'reviews', { kind: 'reviews', status: 'ok', subject: 'page' }),
      t('运费怎么算', 'store', { kind: 'store', store: 'shipping' }),
    ],
  },
  {
    id: 'demo-zh-54',
    shop: 'demo',
    lang: 'zh',
    page: { ...yoga, attr: { key: 'material', eq: '软木' } },
    turns: [
      t('什么材质', 'page-focus', { ...PRODUCT, mentions: 'material' }),
      t('多厚', 'page-focus', { ...PRODUCT, mentions: 'thickness' }),
      t('有紫色吗', 'page-focus', { ...PRODUCT, verdict: { color: '紫色' } }),
    ],
  },
  {
    id: 'demo-zh-55',
    shop: 'demo',
    lang: 'zh',
    page: { ...speakers, ...no('waterproof') },
    turns: [
      t('怕水吗', 'page-focus', { ...PRODUCT, verdict: yes('waterproof') }),
      t('功率多大', 'page-focus', { ...PRODUCT, mentions: 'output' }),
      t('要防水的音箱', 'follow-up', { all: { ...speakers, ...yes('waterproof') } }),
    ],
  },
  {
    id: 'demo-zh-56',
    shop: 'demo',
    lang: 'zh',
    page: { ...apparel, ...yes('reflective') },
    turns: [
      t('有反光条吗', 'page-focus', { ...PRODUCT, verdict: yes('reflective') }),
      t('什么面料', 'page-focus', { ...PRODUCT, mentions: 'material' }),
    ],
  },
  {
    id: 'demo-zh-57',
    shop: 'demo',
    lang: 'zh',
    page: { ...socks, attr: { key: 'material', eq: '美利奴羊毛' } },
    turns: [
      t('是羊毛的吗', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'material', has: '羊毛' } } }),
      t('价格多少', 'page-focus', { ...PRODUCT, mentionsPrice: true }),
      t('更便宜的袜子', 'follow-up', { all: { ...socks, cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'demo-zh-58',
    shop: 'demo',
    lang: 'zh',
    page: { ...jackets, onSale: true, hasReviews: true },
    turns: [
      t('这件有优惠吗', 'page-focus', { ...PRODUCT, verdict: { onSale: true } }),
      t('大家怎么评价', 'reviews', { kind: 'reviews', status: 'ok', subject: 'page' }),
      t('带帽子吗', 'page-focus', { ...PRODUCT, verdict: yes('hood') }),
      t('里面填的什么', 'page-focus', { ...PRODUCT, mentions: 'insulation' }),
    ],
  },
  {
    id: 'demo-zh-59',
    shop: 'demo',
    lang: 'zh',
    page: { ...runningShoes, attr: { key: 'terrain', eq: '公路' } },
    turns: [
      t('能跑山吗', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'terrain', eq: '越野' } } }),
      t('换越野的', 'follow-up', { all: { ...runningShoes, attr: { key: 'terrain', eq: '越野' } } }),
      t('换个蓝色的', 'follow-up', { all: { ...runningShoes, attr: { key: 'terrain', eq: '越野' }, color: '蓝色' } }),
    ],
  },
  {
    id: 'demo-zh-60',
    shop: 'demo',
    lang: 'zh',
    page: { ...boots, ...yes('waterproof'), hasReviews: true },
    turns: [
      t('什么鞋底', 'page-focus', { ...PRODUCT, mentions: 'sole' }),
      t('新手徒步适合吗', 'page-focus', { kind: ['product', 'reviews'], subject: 'page' }),
      t('谢谢', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'demo-zh-61',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('蓝色跑步鞋', 'simple', { all: { ...runningShoes, color: '蓝色' } }),
      t('要防水的 350以内', 'follow-up', { status: 'relaxed', relaxed: true, all: runningShoes, unsat: { ...runningShoes, ...yes('waterproof'), priceMax: 350 } }),
    ],
  },
  {
    id: 'demo-zh-62',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('跑步听歌用的耳机', 'type-modifier', { all: headphones }),
      t('IPX7防水的', 'follow-up', { all: { ...headphones, attr: { key: 'water resistance', eq: 'IPX7' } } }),
      t('前两个对比', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('哪个续航更长', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMax: 'battery life' } } }),
    ],
  },
  {
    id: 'demo-zh-63',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('四季帐篷', 'type-modifier', { all: { ...tents, attr: { key: 'season', eq: '四季' } } }),
      t('里面最轻的是哪个', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMin: 'weight' } } }),
    ],
  },
  {
    id: 'demo-zh-64',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('咖啡机', 'simple', { all: coffee }),
      t('更多', 'words', { kind: ['more', 'search'], all: coffee, fresh: true }),
      t('哪个评分最高', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'rating-max' } }),
    ],
  },
  {
    id: 'demo-zh-65',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('便宜的袜子', 'simple', { all: socks, sorted: 'price-asc' }),
      t('船袜', 'follow-up', { all: { ...socks, attr: { key: 'height', eq: '船袜' } } }),
    ],
  },
  {
    id: 'demo-zh-66',
    shop: 'demo',
    lang: 'zh',
    turns: [t('耳机有优惠吗', 'deals', { all: { ...headphones, onSale: true } })],
  },
  {
    id: 'demo-zh-67',
    shop: 'demo',
    lang: 'zh',
    turns: [t('妈妈周末爱爬山 想送她个礼物 七八百左右', 'gift', { ...GIFT, all: { priceMax: 900 } })],
  },
  {
    id: 'demo-zh-68',
    shop: 'demo',
    lang: 'zh',
    turns: [
      t('早上好', 'chat', { kind: 'chat', none: true }),
      t('你能帮我做什么', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'demo-zh-69',
    shop: 'demo',
    lang: 'zh',
    turns: [t('外套 Northwind和Ridgeline的都不看', 'exclusion', { all: { ...jackets, notBrand: ['Northwind', 'Ridgeline'] } })],
  },
  {
    id: 'demo-zh-70',
    shop: 'demo',
    lang: 'zh',
    turns: [t('6毫米的瑜伽垫', 'quantity', { all: { ...yoga, attr: { key: 'thickness', min: 6, max: 6 } } })],
  },
  {
    id: 'demo-zh-71',
    shop: 'demo',
    lang: 'zh',
    turns: [t('登山鞋', 'words', { all: boots })],
  },
  {
    id: 'demo-zh-72',
    shop: 'demo',
    lang: 'zh',
    page: { ...tents, inStock: true, hasReviews: true },
    turns: [
      t('完全防水吗', 'page-focus', { ...PRODUCT, verdict: yes('waterproof') }),
      t('有差评吗', 'reviews', { kind: 'reviews', status: 'ok', subject: 'page' }),
      t('尺码不合适能换吗', 'store', { kind: 'store', store: { faq: 1 } }),
    ],
  },
  {
    id: 'demo-zh-73',
    shop: 'demo',
    lang: 'zh',
    page: { ...headphones, ...yes('noise cancelling'), inStock: true },
    turns: [
      t('这个耳机多少钱', 'page-focus', { ...PRODUCT, mentionsPrice: true }),
      t('蓝牙几点几', 'page-focus', { ...PRODUCT, mentions: 'connectivity' }),
      t('有更便宜的降噪耳机吗', 'follow-up', { all: { ...headphones, ...yes('noise cancelling'), cheaperThanPage: true }, notPage: true }),
      t('这里面前两个比一下', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
    ],
  },
  {
    id: 'demo-zh-74',
    shop: 'demo',
    lang: 'zh',
    page: { ...backpacks, ...yes('waterproof'), hasReviews: true },
    turns: [
      t('容量多大', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
      t('什么面料做的', 'page-focus', { ...PRODUCT, mentions: 'material' }),
      t('是真的防水吗', 'page-focus', { ...PRODUCT, verdict: yes('waterproof') }),
    ],
  },
  {
    id: 'demo-zh-75',
    shop: 'demo',
    lang: 'zh',
    page: { ...coffee, attr: { key: 'capacity', min: 10 } },
    turns: [
      t('一次能做几杯', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
      t('功率是多少', 'page-focus', { ...PRODUCT, mentions: 'power' }),
      t('现在能下单吗', 'page-focus', { ...PRODUCT, verdict: { inStock: true } }),
    ],
  },
];
