/**
 * Dev dialogues, 好物居家旗舰店 (Hearthside Home, Chinese feed public/demo-data/home.zh.json): prices in
 * CNY, attribute values in Chinese. Written the way shoppers type on Chinese marketplaces: short,
 * abbreviated, often without punctuation.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const kettle: Pred = { category: '电热水壶' };
const coffeeMaker: Pred = { category: '咖啡机' };
const grinder: Pred = { category: '磨豆机' };
const mug: Pred = { category: '马克杯' };
const blender: Pred = { category: '破壁料理机' };
const airFryer: Pred = { category: '空气炸锅' };
const toaster: Pred = { category: '多士炉' };
const riceCooker: Pred = { category: '电饭煲' };
const pan: Pred = { category: '煎锅炒锅' };
const cookwareSet: Pred = { category: '锅具套装' };
const sheetPan: Pred = { category: '烤盘' };
const knifeSet: Pred = { category: '刀具套装' };
const sharpener: Pred = { category: '磨刀器' };
const chefKnife: Pred = { category: '厨师刀' };
const bottle: Pred = { category: '保温杯水壶' };
const containers: Pred = { category: '保鲜盒' };
const sheets: Pred = { category: '床单套件' };
const comforter: Pred = { category: '被子' };
const pillow: Pred = { category: '枕头' };
const towels: Pred = { category: '浴巾' };
const robot: Pred = { category: '扫地机器人' };
const stick: Pred = { category: '无线吸尘器' };
const purifier: Pred = { category: '空气净化器' };
const humidifier: Pred = { category: '加湿器' };
const candle: Pred = { category: '蜡烛' };
const lamp: Pred = { category: '护眼台灯' };
const yes = (key: string): Pred => ({ attr: { key, eq: '是' } });
const no = (key: string): Pred => ({ attr: { key, eq: '否' } });

const PRODUCT = { kind: 'product' as const, subject: 'page' as const };
const GIFT = { kind: ['gift' as const, 'recommend' as const], status: 'ok' as const, count: { min: 1 } };

export const homeZh: Dialogue[] = [
  // ---- 列表页：类型 + 修饰 ----
  {
    id: 'home-zh-01',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('想买个咖啡机 带保温壶的', 'type-modifier', { all: { ...coffeeMaker, attr: { key: 'carafe', eq: '保温壶' } } }),
      t('再配个磨豆机', 'type-modifier', { all: grinder }),
      t('要磨盘的 不要刀片式', 'exclusion', { all: { ...grinder, not: { attr: { key: 'grinder type', eq: '刀片式' } } } }),
    ],
  },
  {
    id: 'home-zh-02',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('大容量马克杯 400毫升以上', 'quantity', { all: { ...mug, attr: { key: 'capacity', min: 400 } } }),
      t('能放微波炉的', 'follow-up', { all: { ...mug, attr: [{ key: 'capacity', min: 400 }, { key: 'microwave safe', eq: '是' }] } }),
    ],
  },
  {
    id: 'home-zh-03',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('磨刀的东西有吗', 'type-modifier', { all: sharpener }),
      t('电动的', 'follow-up', { all: { ...sharpener, attr: { key: 'sharpener type', eq: '电动' } } }),
    ],
  },
  {
    id: 'home-zh-04',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('刀具套装 磁吸刀架的', 'type-modifier', { all: { ...knifeSet, attr: { key: 'block', eq: '磁吸刀架' } } }),
      t('一千以内', 'follow-up', { all: { ...knifeSet, attr: { key: 'block', eq: '磁吸刀架' }, priceMax: 1000 } }),
      t('哪个件数最多', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMax: 'pieces' } } }),
    ],
  },
  {
    id: 'home-zh-05',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('烤箱用的烤盘 不粘的', 'type-modifier', { all: { ...sheetPan, ...yes('nonstick') } }),
      t('有没有碳钢的', 'follow-up', { all: { ...sheetPan, attr: { key: 'material', eq: '碳钢' } } }),
    ],
  },
  {
    id: 'home-zh-06',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('纯棉四件套', 'type-modifier', { all: { ...sheets, attr: { key: 'material', eq: '纯棉' } } }),
      t('埃及棉的呢', 'follow-up', { all: { ...sheets, attr: { key: 'material', eq: '埃及棉' } } }),
      t('800支以上', 'quantity', { all: { ...sheets, attr: [{ key: 'material', eq: '埃及棉' }, { key: 'thread count', min: 800 }] } }),
    ],
  },
  {
    id: 'home-zh-07',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('保温杯 要防漏的', 'type-modifier', { all: { ...bottle, ...yes('leakproof') } }),
      t('750毫升以上', 'quantity', { all: { ...bottle, attr: [{ key: 'leakproof', eq: '是' }, { key: 'capacity', min: 750 }] } }),
    ],
  },
  {
    id: 'home-zh-08',
    shop: 'home',
    lang: 'zh',
    turns: [t('上班的时候能自己扫地的那种机器', 'type-modifier', { all: robot })],
  },
  {
    id: 'home-zh-09',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('轻一点的无线吸尘器', 'type-modifier', { all: stick }),
      t('两公斤以下', 'quantity', { all: { ...stick, attr: { key: 'weight', max: 2 } } }),
    ],
  },
  {
    id: 'home-zh-10',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('硬一点的枕头', 'type-modifier', { all: { ...pillow, attr: { key: 'firmness', eq: '硬' } } }),
      t('不要记忆棉', 'exclusion', { all: { ...pillow, attr: { key: 'firmness', eq: '硬' }, not: { attr: { key: 'fill', eq: '记忆棉' } } } }),
    ],
  },
  {
    id: 'home-zh-11',
    shop: 'home',
    lang: 'zh',
    turns: [t('卧室用的净化器 噪音25分贝以下', 'quantity', { all: { ...purifier, attr: { key: 'noise', max: 25 } } })],
  },
  {
    id: 'home-zh-12',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('铸铁锅', 'type-modifier', { all: { ...pan, attr: { key: 'material', eq: '铸铁' } } }),
      t('电磁炉能用的', 'follow-up', { all: { ...pan, attr: [{ key: 'material', eq: '铸铁' }, { key: 'induction compatible', eq: '是' }] } }),
      t('第一个有货吗', 'reference', { subject: { shown: 0 }, verdict: { inStock: true } }),
    ],
  },
  // ---- 没有卖的 ----
  {
    id: 'home-zh-13',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('有微波炉吗', 'not-sold', { status: 'not-sold', none: true, absentType: '微波炉' }),
      t('那烤面包机呢', 'simple', { all: toaster }),
    ],
  },
  {
    id: 'home-zh-14',
    shop: 'home',
    lang: 'zh',
    turns: [t('最便宜的厨师机 要有货的', 'not-sold', { status: 'not-sold', none: true, absentType: '厨师机' })],
  },
  {
    id: 'home-zh-15',
    shop: 'home',
    lang: 'zh',
    turns: [t('你们卖洗碗机吗', 'not-sold', { status: 'not-sold', none: true, absentType: '洗碗机' })],
  },
  {
    id: 'home-zh-16',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('红酒杯有吗', 'not-sold', { status: 'not-sold', none: true, absentType: '酒杯' }),
      t('床垫呢', 'not-sold', { status: 'not-sold', none: true, absentType: '床垫' }),
    ],
  },
  {
    id: 'home-zh-17',
    shop: 'home',
    lang: 'zh',
    turns: [t('想买个电压力锅炖汤', 'not-sold', { status: 'not-sold', none: true, absentType: '压力锅' })],
  },
  // ---- 排除 ----
  {
    id: 'home-zh-18',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('破壁机 不要NutriMax的', 'exclusion', { all: { ...blender, notBrand: ['NutriMax'] } }),
      t('Voltra的也不要', 'exclusion', { all: { ...blender, notBrand: ['NutriMax', 'Voltra'] } }),
    ],
  },
  {
    id: 'home-zh-19',
    shop: 'home',
    lang: 'zh',
    turns: [t('扫地机器人 除了Aerwave和Tidyhome', 'exclusion', { all: { ...robot, notBrand: ['Aerwave', 'Tidyhome'] } })],
  },
  {
    id: 'home-zh-20',
    shop: 'home',
    lang: 'zh',
    turns: [t('床单 别给我超细纤维的', 'exclusion', { all: { ...sheets, not: { attr: { key: 'material', eq: '超细纤维' } } } })],
  },
  {
    id: 'home-zh-21',
    shop: 'home',
    lang: 'zh',
    turns: [t('空气炸锅 不要单锅的', 'exclusion', { all: { ...airFryer, ...yes('dual basket') } })],
  },
  // ---- 数量、单位、最贵最便宜 ----
  {
    id: 'home-zh-22',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('电水壶 1.5升以上', 'quantity', { all: { ...kettle, attr: { key: 'capacity', min: 1.5 } } }),
      t('能调温的 按价格从低到高', 'follow-up', { all: { ...kettle, attr: [{ key: 'capacity', min: 1.5 }, { key: 'temperature control', eq: '是' }] }, sorted: 'price-asc' }),
    ],
  },
  {
    id: 'home-zh-23',
    shop: 'home',
    lang: 'zh',
    turns: [t('一家五口用的空气炸锅 6升以上', 'quantity', { all: { ...airFryer, attr: { key: 'capacity', min: 6 } } })],
  },
  {
    id: 'home-zh-24',
    shop: 'home',
    lang: 'zh',
    turns: [t('四片的多士炉', 'quantity', { all: { ...toaster, attr: { key: 'slots', min: 4 } } })],
  },
  {
    id: 'home-zh-25',
    shop: 'home',
    lang: 'zh',
    turns: [t('12件以上的锅具套装', 'quantity', { all: { ...cookwareSet, attr: { key: 'pieces', min: 12 } } })],
  },
  {
    id: 'home-zh-26',
    shop: 'home',
    lang: 'zh',
    turns: [t('最贵的扫地机器人是哪个', 'quantity', { all: robot, best: 'price-max' })],
  },
  {
    id: 'home-zh-27',
    shop: 'home',
    lang: 'zh',
    turns: [t('最便宜的电饭煲', 'quantity', { all: riceCooker, best: 'price-min' })],
  },
  {
    id: 'home-zh-28',
    shop: 'home',
    lang: 'zh',
    turns: [t('28厘米的平底锅', 'quantity', { all: { ...pan, attr: { key: 'diameter', min: 28, max: 28 } } })],
  },
  {
    id: 'home-zh-29',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('吸力4000Pa以上的扫地机', 'quantity', { all: { ...robot, attr: { key: 'suction', min: 4000 } } }),
      t('带拖地的 三千块以内', 'follow-up', { all: { ...robot, attr: [{ key: 'suction', min: 4000 }, { key: 'mopping', eq: '是' }], priceMax: 3000 } }),
    ],
  },
  {
    id: 'home-zh-30',
    shop: 'home',
    lang: 'zh',
    turns: [t('50平米客厅用的空气净化器', 'quantity', { all: { ...purifier, attr: { key: 'room size', min: 50 } } })],
  },
  {
    id: 'home-zh-31',
    shop: 'home',
    lang: 'zh',
    turns: [t('三百块以下的破壁机', 'quantity', { all: { ...blender, priceMax: 300 } })],
  },
  // ---- 词：简称、错别字、热门、更多 ----
  {
    id: 'home-zh-32',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('炸锅', 'words', { all: airFryer }),
      t('还有别的吗', 'words', { kind: ['more', 'search'], all: airFryer, fresh: true }),
    ],
  },
  {
    id: 'home-zh-33',
    shop: 'home',
    lang: 'zh',
    turns: [t('扫地机', 'words', { all: robot })],
  },
  {
    id: 'home-zh-34',
    shop: 'home',
    lang: 'zh',
    turns: [t('被芯', 'words', { all: comforter })],
  },
  {
    id: 'home-zh-35',
    shop: 'home',
    lang: 'zh',
    turns: [t('烧水壶', 'words', { all: kettle })],
  },
  {
    id: 'home-zh-36',
    shop: 'home',
    lang: 'zh',
    turns: [t('最近什么卖得好', 'words', { all: { popular: true }, count: { min: 3 } })],
  },
  {
    id: 'home-zh-37',
    shop: 'home',
    lang: 'zh',
    turns: [t('净化器', 'words', { all: purifier })],
  },
  // ---- 优惠 ----
  {
    id: 'home-zh-38',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('现在有什么打折的', 'deals', { kind: ['deals', 'search'], all: { onSale: true } }),
      t('床上用品有优惠吗', 'deals', { all: { onSale: true, category: '床上用品' } }),
    ],
  },
  {
    id: 'home-zh-39',
    shop: 'home',
    lang: 'zh',
    turns: [t('锅具套装有活动价吗', 'deals', { all: { ...cookwareSet, onSale: true } })],
  },
  // ---- 礼物、推荐 ----
  {
    id: 'home-zh-40',
    shop: 'home',
    lang: 'zh',
    turns: [t('乔迁送礼 三百以内', 'gift', { ...GIFT, all: { priceMax: 300 } })],
  },
  {
    id: 'home-zh-41',
    shop: 'home',
    lang: 'zh',
    turns: [t('给我推荐点好东西', 'gift', { kind: 'recommend', status: 'ok', count: { min: 1 } })],
  },
  {
    id: 'home-zh-42',
    shop: 'home',
    lang: 'zh',
    turns: [t('送给爱喝咖啡的朋友 买什么好', 'gift', { ...GIFT, all: { category: ['咖啡茶具', '马克杯'] } })],
  },
  // ---- 店铺、闲聊 ----
  {
    id: 'home-zh-43',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('你好', 'chat', { kind: 'chat', none: true }),
      t('买了不喜欢能退吗 几天', 'store', { kind: 'store', store: 'returns' }),
      t('包邮吗', 'store', { kind: 'store', store: 'shipping' }),
      t('好的谢谢', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'home-zh-44',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('可以用花呗吗', 'store', { kind: 'store', store: 'payment' }),
      t('家电保修多久', 'store', { kind: 'store', store: { faq: 0 } }),
    ],
  },
  // ---- 对比、指代 ----
  {
    id: 'home-zh-45',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('双锅的空气炸锅', 'type-modifier', { all: { ...airFryer, ...yes('dual basket') } }),
      t('前三个对比一下', 'compare', { kind: 'compare', compared: { shown: [0, 1, 2] } }),
      t('哪个容量最大', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMax: 'capacity' } } }),
    ],
  },
  {
    id: 'home-zh-46',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('带HEPA过滤的无线吸尘器', 'type-modifier', { all: { ...stick, ...yes('hepa filter') } }),
      t('这两个比一比', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('哪个更轻', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMin: 'weight' } } }),
    ],
  },
  {
    id: 'home-zh-47',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('加湿器', 'simple', { all: humidifier }),
      t('第二个详细说说', 'reference', { kind: 'product', subject: { shown: 1 } }),
      t('加满水能用多久', 'page-focus', { kind: 'product', subject: { shown: 1 }, mentions: 'run time' }),
    ],
  },
  {
    id: 'home-zh-48',
    shop: 'home',
    lang: 'zh',
    turns: [t('Ironclad KS-500和KS-21这两套刀比较一下', 'compare', { kind: 'compare', compared: { ids: ['HH-KS009', 'HH-KS005'] } })],
  },
  // ---- 商品页 ----
  {
    id: 'home-zh-49',
    shop: 'home',
    lang: 'zh',
    page: { ...kettle, attr: { key: 'temperature control', eq: '是' }, hasReviews: false },
    turns: [
      t('多少钱', 'page-focus', { ...PRODUCT, mentionsPrice: true }),
      t('能调温度吗', 'page-focus', { ...PRODUCT, verdict: yes('temperature control') }),
      t('评价怎么样', 'reviews', { kind: 'reviews', status: 'no-reviews', subject: 'page' }),
      t('便宜一点的', 'follow-up', { all: { sameCategoryAsPage: true, cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'home-zh-50',
    shop: 'home',
    lang: 'zh',
    page: { ...airFryer, color: '白色', not: { color: '黑色' }, ...yes('dual basket') },
    turns: [
      t('有黑色的吗', 'page-focus', { ...PRODUCT, verdict: { color: '黑色' } }),
      t('炸篮能放洗碗机吗', 'page-focus', { ...PRODUCT, verdict: yes('dishwasher safe') }),
      t('几升的', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
    ],
  },
  {
    id: 'home-zh-51',
    shop: 'home',
    lang: 'zh',
    page: { ...coffeeMaker, onSale: true, inStock: false },
    turns: [
      t('这个在打折吗', 'page-focus', { ...PRODUCT, verdict: { onSale: true } }),
      t('有货吗', 'page-focus', { ...PRODUCT, verdict: { inStock: true } }),
      t('有现货的同类推荐一下', 'follow-up', { all: { sameCategoryAsPage: true, inStock: true }, notPage: true }),
    ],
  },
  {
    id: 'home-zh-52',
    shop: 'home',
    lang: 'zh',
    page: { ...pan, attr: { key: 'induction compatible', eq: '否' } },
    turns: [
      t('电磁炉能用吗', 'page-focus', { ...PRODUCT, verdict: yes('induction compatible') }),
      t('那换个电磁炉能用的', 'follow-up', { all: { ...pan, ...yes('induction compatible') } }),
      t('要28厘米的', 'follow-up', { all: { ...pan, attr: [{ key: 'induction compatible', eq: '是' }, { key: 'diameter', min: 28, max: 28 }] } }),
    ],
  },
  {
    id: 'home-zh-53',
    shop: 'home',
    lang: 'zh',
    page: { ...sheets, hasReviews: true, onSale: true },
    turns: [
      t('多少支的', 'page-focus', { ...PRODUCT, mentions: 'thread count' }),
      t('买过的人怎么说', 'reviews', { kind: 'reviews', status: 'ok', subject: 'page' }),
      t('现在是活动价吗', 'page-focus', { ...PRODUCT, verdict: { onSale: true } }),
    ],
  },
  {
    id: 'home-zh-54',
    shop: 'home',
    lang: 'zh',
    page: { ...robot, ...no('mopping') },
    turns: [
      t('这款能拖地吗', 'page-focus', { ...PRODUCT, verdict: yes('mopping') }),
      t('给我看看能拖地的', 'follow-up', { all: { ...robot, ...yes('mopping') } }),
      t('对比前两个', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('哪个更安静', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMin: 'noise' } } }),
    ],
  },
  {
    id: 'home-zh-55',
    shop: 'home',
    lang: 'zh',
    page: { ...knifeSet, ...no('dishwasher safe') },
    turns: [
      t('能用洗碗机洗吗', 'page-focus', { ...PRODUCT, verdict: yes('dishwasher safe') }),
      t('一共几件', 'page-focus', { ...PRODUCT, mentions: 'pieces' }),
    ],
  },
  {
    id: 'home-zh-56',
    shop: 'home',
    lang: 'zh',
    page: { ...stick, hasReviews: true },
    turns: [
      t('多重', 'page-focus', { ...PRODUCT, mentions: 'weight' }),
      t('续航多久', 'page-focus', { ...PRODUCT, mentions: 'run time' }),
      t('有HEPA吗', 'page-focus', { ...PRODUCT, verdict: yes('hepa filter') }),
      t('看看评价', 'reviews', { kind: 'reviews', status: 'ok', subject: 'page' }),
    ],
  },
  {
    id: 'home-zh-57',
    shop: 'home',
    lang: 'zh',
    page: { ...purifier, attr: { key: 'hepa filter', eq: 'H13' } },
    turns: [
      t('适用多大面积', 'page-focus', { ...PRODUCT, mentions: 'room size' }),
      t('声音大不大', 'page-focus', { ...PRODUCT, mentions: 'noise' }),
      t('有没有差不多但是便宜点的', 'follow-up', { all: { sameCategoryAsPage: true, cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'home-zh-58',
    shop: 'home',
    lang: 'zh',
    page: { ...mug, ...no('microwave safe') },
    turns: [
      t('能进微波炉吗', 'page-focus', { ...PRODUCT, verdict: yes('microwave safe') }),
      t('一套几个杯子', 'page-focus', { ...PRODUCT, mentions: 'pieces' }),
      t('换成能微波的', 'follow-up', { all: { ...mug, ...yes('microwave safe') } }),
    ],
  },
  {
    id: 'home-zh-59',
    shop: 'home',
    lang: 'zh',
    page: { ...blender, not: { color: '红色' }, hasReviews: false },
    turns: [
      t('有红色吗', 'page-focus', { ...PRODUCT, verdict: { color: '红色' } }),
      t('有人评价过吗', 'reviews', { kind: 'reviews', status: 'no-reviews', subject: 'page' }),
      t('换个红色的', 'follow-up', { all: { ...blender, color: '红色' } }),
    ],
  },
  {
    id: 'home-zh-60',
    shop: 'home',
    lang: 'zh',
    page: { ...comforter, ...yes('machine washable') },
    turns: [
      t('可以机洗吗', 'page-focus', { ...PRODUCT, verdict: yes('machine washable') }),
      t('里面填充的是什么', 'page-focus', { ...PRODUCT, mentions: 'fill' }),
      t('冬天盖够暖吗', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'warmth', eq: '冬被' } } }),
    ],
  },
  {
    id: 'home-zh-61',
    shop: 'home',
    lang: 'zh',
    page: { ...candle, attr: { key: 'scent', eq: '无香' } },
    turns: [
      t('什么香味', 'page-focus', { ...PRODUCT, mentions: 'scent' }),
      t('想要薰衣草味的', 'follow-up', { all: { ...candle, attr: { key: 'scent', eq: '薰衣草' } } }),
    ],
  },
  {
    id: 'home-zh-62',
    shop: 'home',
    lang: 'zh',
    page: { ...toaster, attr: { key: 'slots', min: 2, max: 2 } },
    turns: [
      t('这个能烤四片吗', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'slots', min: 4 } } }),
      t('四片的有哪些', 'follow-up', { all: { ...toaster, attr: { key: 'slots', min: 4 } } }),
      t('里面哪个最便宜', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'price-min' } }),
    ],
  },
  {
    id: 'home-zh-63',
    shop: 'home',
    lang: 'zh',
    page: { ...grinder, attr: { key: 'grinder type', eq: '刀片式' } },
    turns: [
      t('这是磨盘的吗', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'grinder type', eq: ['锥形磨盘', '平刀磨盘'] } } }),
      t('几档研磨', 'page-focus', { ...PRODUCT, mentions: 'grind settings' }),
      t('类似的 要磨盘式', 'follow-up', { all: { ...grinder, attr: { key: 'grinder type', eq: ['锥形磨盘', '平刀磨盘'] } }, notPage: true }),
    ],
  },
  {
    id: 'home-zh-64',
    shop: 'home',
    lang: 'zh',
    page: { ...riceCooker, hasReviews: true },
    turns: [
      t('容量多大', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
      t('什么内胆', 'page-focus', { ...PRODUCT, mentions: 'inner pot' }),
      t('现在有货吗', 'page-focus', { ...PRODUCT, verdict: { inStock: true } }),
      t('运费多少', 'store', { kind: 'store', store: 'shipping' }),
    ],
  },
  {
    id: 'home-zh-65',
    shop: 'home',
    lang: 'zh',
    page: { ...bottle, attr: [{ key: 'insulated', eq: '是' }, { key: 'leakproof', eq: '否' }] },
    turns: [
      t('放包里会漏吗', 'page-focus', { ...PRODUCT, verdict: yes('leakproof') }),
      t('看看防漏的保温杯', 'follow-up', { all: { ...bottle, attr: [{ key: 'leakproof', eq: '是' }, { key: 'insulated', eq: '是' }] } }),
      t('粉色的', 'follow-up', { all: { ...bottle, attr: [{ key: 'leakproof', eq: '是' }, { key: 'insulated', eq: '是' }], color: '粉色' } }),
    ],
  },
  {
    id: 'home-zh-66',
    shop: 'home',
    lang: 'zh',
    page: { ...chefKnife, attr: { key: 'steel', eq: '大马士革钢' } },
    turns: [
      t('刀刃多长', 'page-focus', { ...PRODUCT, mentions: 'blade length' }),
      t('什么钢', 'page-focus', { ...PRODUCT, mentions: 'steel' }),
    ],
  },
  {
    id: 'home-zh-67',
    shop: 'home',
    lang: 'zh',
    page: { ...lamp, attr: [{ key: 'dimmable', eq: '是' }, { key: 'usb port', eq: '否' }] },
    turns: [
      t('能给手机充电吗', 'page-focus', { ...PRODUCT, verdict: yes('usb port') }),
      t('可以调亮度吗', 'page-focus', { ...PRODUCT, verdict: yes('dimmable') }),
      t('你是机器人吗', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'home-zh-68',
    shop: 'home',
    lang: 'zh',
    page: { ...towels, onSale: false },
    turns: [
      t('克重多少', 'page-focus', { ...PRODUCT, mentions: 'gsm' }),
      t('浴巾有打折的吗', 'deals', { all: { ...towels, onSale: true } }),
    ],
  },
  {
    id: 'home-zh-69',
    shop: 'home',
    lang: 'zh',
    page: { ...containers, attr: { key: 'material', eq: '玻璃' } },
    turns: [
      t('是玻璃的还是塑料的', 'page-focus', { ...PRODUCT, mentions: 'material' }),
      t('密封吗', 'page-focus', { ...PRODUCT, verdict: yes('leakproof') }),
      t('退货政策是什么', 'store', { kind: 'store', store: 'returns' }),
    ],
  },
  {
    id: 'home-zh-70',
    shop: 'home',
    lang: 'zh',
    page: { ...cookwareSet, inStock: true, ...yes('induction compatible') },
    turns: [
      t('一套几件', 'page-focus', { ...PRODUCT, mentions: 'pieces' }),
      t('能用洗碗机吗', 'page-focus', { ...PRODUCT, verdict: yes('dishwasher safe') }),
      t('送妈妈合适吗', 'gift', { kind: ['product', 'gift', 'recommend'] }),
    ],
  },
  {
    id: 'home-zh-71',
    shop: 'home',
    lang: 'zh',
    turns: [
      t('双篮空气炸锅', 'type-modifier', { all: { ...airFryer, ...yes('dual basket') } }),
      t('300块以内有吗', 'follow-up', { status: 'relaxed', relaxed: true, all: airFryer, unsat: { ...airFryer, ...yes('dual basket'), priceMax: 300 } }),
    ],
  },
];
