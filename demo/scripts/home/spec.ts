/**
 * What the second demo shop, "Hearthside Home / 好物居家旗舰店", sells: home-and-kitchen categories with
 * deep marketplace paths, attributes with units, title fragments and review phrases, in English and
 * Simplified Chinese. Deliberately unlike the outdoor shop: product types that share words (coffee maker /
 * coffee grinder / coffee mug, knife set / knife sharpener, sheet set / sheet pan, robot vacuum / vacuum
 * bottle), model codes that look like specs, and long, messy titles.
 */
import type { Bilingual } from '../categories.ts';

/** One attribute value: shown text per language, and the number in it (for units) when there is one. */
export interface HomeValue extends Bilingual {
  num?: number;
}

export interface HomeAttr {
  key: string;
  label: Bilingual;
  values: HomeValue[];
  /** Put the value in the title (the way marketplace titles list specs: "1.7L 1500W"). */
  inTitle?: boolean;
}

export interface HomeCategory {
  key: string;
  /** Deep path, broadest first, as marketplaces have them. */
  path: Bilingual[];
  /** Nouns the titles use for this product type (the first is the plain one); some imply a spec value. */
  nouns: (Bilingual & { implies?: { key: string; values: string[] } })[];
  count: number;
  brands: string[];
  /** Model-code prefixes: "KM" → "KM-2200". */
  codes: string[];
  price: [number, number];
  colors: string[];
  /** Sizes that become variants (bedding). zh sizes are the Chinese shop's own labels. */
  sizes?: { en: string[]; zh: string[] };
  attrs: HomeAttr[];
  /** Marketing fragments for titles. */
  features: Bilingual[];
  pros: Bilingual[];
  cons: Bilingual[];
  complements: string[];
  blurb: Bilingual;
}

const yes: HomeValue = { en: 'yes', zh: '是' };
const no: HomeValue = { en: 'no', zh: '否' };
const yn = [yes, no];

/** A value with a unit: u(1.7, 'L', '升') → "1.7 L" / "1.7升". */
function u(n: number, en: string, zh: string, enText?: string): HomeValue {
  return { en: enText ?? `${n} ${en}`, zh: `${n}${zh}`, num: n };
}
const us = (ns: number[], en: string, zh: string) => ns.map((n) => u(n, en, zh));
const b = (en: string, zh: string): Bilingual => ({ en, zh });
const v = (en: string, zh: string): HomeValue => ({ en, zh });

const K = b('Home & Kitchen', '家居厨房');
const KD = b('Kitchen & Dining', '厨房餐饮');
const COFFEE = b('Coffee, Tea & Espresso', '咖啡茶具');
const SMALL = b('Small Appliances', '厨房小家电');
const COOK = b('Cookware', '锅具');
const CUT = b('Cutlery & Knife Accessories', '刀具');
const DRINK = b('Drinkware', '水杯餐具');
const BED = b('Bedding', '床上用品');
const FLOOR = b('Vacuums & Floor Care', '清洁电器');
const AIR = b('Heating, Cooling & Air Quality', '空气环境电器');

export const HOME_CATEGORIES: HomeCategory[] = [
  {
    key: 'coffee-makers',
    path: [K, KD, COFFEE, b('Coffee Makers', '咖啡机')],
    nouns: [b('Coffee Maker', '咖啡机'), b('Drip Coffee Machine', '美式滴漏咖啡机'), b('Espresso Machine', '意式咖啡机')],
    count: 20,
    brands: ['BrewCraft', 'Kettleby', 'Hearthside', 'Morning Ritual'],
    codes: ['KM', 'CM', 'BC'],
    price: [35, 320],
    colors: ['black', 'silver', 'white', 'red'],
    attrs: [
      { key: 'capacity', label: b('capacity', '容量'), values: us([4, 5, 10, 12, 14], 'cups', '杯'), inTitle: true },
      { key: 'wattage', label: b('wattage', '功率'), values: us([650, 900, 1000, 1450], 'W', 'W'), inTitle: true },
      { key: 'programmable', label: b('programmable timer', '预约定时'), values: yn },
      { key: 'carafe', label: b('carafe', '咖啡壶'), values: [v('glass', '玻璃壶'), v('thermal', '保温壶'), v('none', '无')] },
      { key: 'pressure', label: b('pump pressure', '泵压'), values: [v('n/a', '无'), v('n/a', '无'), u(15, 'bar', 'bar'), u(20, 'bar', 'bar')] },
    ],
    features: [b('Auto Shut-Off', '自动断电'), b('Keep Warm Plate', '保温底盘'), b('Reusable Filter', '可重复使用滤网'), b('Brew Strength Control', '浓度可调'), b('Anti-Drip', '防滴漏')],
    pros: [b('Makes a hot, full pot in minutes.', '几分钟就煮好一整壶，温度很够。'), b('Easy to clean.', '清洗很方便。'), b('The timer means coffee is ready when I wake up.', '定时功能很好用，起床就有咖啡。')],
    cons: [b('A bit loud while brewing.', '煮的时候声音有点大。'), b('The carafe drips when pouring.', '倒的时候壶嘴会滴。'), b('Plastic smell for the first week.', '头一周有塑料味。')],
    complements: ['coffee-grinders', 'coffee-mugs'],
    blurb: b('Fresh coffee at home, every morning.', '在家每天都能喝到新鲜咖啡。'),
  },
  {
    key: 'coffee-grinders',
    path: [K, KD, COFFEE, b('Coffee Grinders', '磨豆机')],
    nouns: [b('Coffee Grinder', '磨豆机'), { ...b('Burr Coffee Grinder', '电动磨豆机'), implies: { key: 'grinder type', values: ['conical burr', 'flat burr'] } }, b('Coffee Bean Grinder', '咖啡豆研磨机')],
    count: 14,
    brands: ['BrewCraft', 'Koto', 'Hearthside'],
    codes: ['CG', 'GR'],
    price: [19, 180],
    colors: ['black', 'silver', 'white'],
    attrs: [
      { key: 'grinder type', label: b('grinder type', '研磨方式'), values: [v('conical burr', '锥形磨盘'), v('flat burr', '平刀磨盘'), v('blade', '刀片式')] },
      { key: 'grind settings', label: b('grind settings', '研磨档位'), values: us([12, 18, 31, 40], 'settings', '档'), inTitle: true },
      { key: 'bean capacity', label: b('bean hopper', '豆仓容量'), values: us([70, 200, 250], 'g', '克') },
      { key: 'wattage', label: b('wattage', '功率'), values: us([150, 200, 300], 'W', 'W'), inTitle: true },
    ],
    features: [b('for Espresso, Drip & French Press', '意式手冲法压通用'), b('Quiet Motor', '低噪音电机'), b('One-Touch', '一键研磨'), b('Stainless Steel Burrs', '不锈钢磨盘')],
    pros: [b('Very even grind.', '研磨很均匀。'), b('Quieter than I expected.', '比想象中安静。')],
    cons: [b('Static makes a mess of the counter.', '静电导致粉到处都是。'), b('The hopper is small.', '豆仓有点小。')],
    complements: ['coffee-makers', 'coffee-mugs'],
    blurb: b('Grind your beans just before brewing.', '现磨现煮，香气更足。'),
  },
  {
    key: 'electric-kettles',
    path: [K, KD, COFFEE, b('Electric Kettles', '电热水壶')],
    nouns: [b('Electric Kettle', '电热水壶'), b('Electric Tea Kettle', '烧水壶'), b('Gooseneck Kettle', '手冲细嘴壶')],
    count: 18,
    brands: ['Kettleby', 'Hearthside', 'Voltra', 'Koto'],
    codes: ['EK', 'KT'],
    price: [18, 120],
    colors: ['white', 'black', 'silver', 'green', 'red'],
    attrs: [
      { key: 'capacity', label: b('capacity', '容量'), values: [u(1.0, 'L', '升', '1.0 L'), u(1.2, 'L', '升'), u(1.5, 'L', '升'), u(1.7, 'L', '升')], inTitle: true },
      { key: 'wattage', label: b('wattage', '功率'), values: us([1200, 1500, 1800, 2200], 'W', 'W'), inTitle: true },
      { key: 'material', label: b('material', '材质'), values: [v('stainless steel', '不锈钢'), v('glass', '玻璃'), v('BPA-free plastic', '无双酚A塑料')] },
      { key: 'temperature control', label: b('temperature control', '控温'), values: yn },
    ],
    features: [b('Auto Shut-Off & Boil-Dry Protection', '自动断电防干烧'), b('Fast Boil', '快速烧水'), b('LED Indicator', 'LED指示灯'), b('Keep Warm', '保温')],
    pros: [b('Boils really fast.', '烧水特别快。'), b('Pours cleanly without spilling.', '出水顺畅不洒。')],
    cons: [b('The lid is hard to open.', '盖子不太好开。'), b('Gets hot on the outside.', '外壳会烫手。')],
    complements: ['coffee-mugs', 'coffee-grinders'],
    blurb: b('Hot water for tea and pour-over in minutes.', '泡茶手冲，几分钟就有热水。'),
  },
  {
    key: 'blenders',
    path: [K, KD, SMALL, b('Blenders', '破壁料理机')],
    nouns: [b('Blender', '料理机'), b('Countertop Blender', '破壁机'), b('Smoothie Blender', '榨汁搅拌机')],
    count: 16,
    brands: ['Voltra', 'NutriMax', 'Hearthside'],
    codes: ['BL', 'NX'],
    price: [25, 260],
    colors: ['black', 'silver', 'red', 'white'],
    attrs: [
      { key: 'capacity', label: b('jar capacity', '杯体容量'), values: [u(0.6, 'L', '升'), u(1.5, 'L', '升'), u(1.8, 'L', '升'), u(2.0, 'L', '升', '2.0 L')], inTitle: true },
      { key: 'wattage', label: b('wattage', '功率'), values: us([300, 700, 1000, 1400], 'W', 'W'), inTitle: true },
      { key: 'speeds', label: b('speeds', '档位'), values: us([2, 3, 6, 10], 'speeds', '档') },
      { key: 'dishwasher safe', label: b('dishwasher-safe jar', '杯体可洗碗机清洗'), values: yn },
    ],
    features: [b('Crushes Ice', '可碎冰'), b('Pulse Function', '点动功能'), b('BPA-Free Jar', '不含双酚A'), b('Self-Cleaning', '自清洁')],
    pros: [b('Smoothies come out silky.', '打出来的奶昔很细腻。'), b('Crushes ice without struggling.', '碎冰毫不费力。')],
    cons: [b('Very loud.', '噪音很大。'), b('The jar is heavy.', '杯子有点重。')],
    complements: ['food-storage', 'coffee-mugs'],
    blurb: b('Smoothies, soups and sauces.', '奶昔、浓汤、酱料都能做。'),
  },
  {
    key: 'air-fryers',
    path: [K, KD, SMALL, b('Air Fryers', '空气炸锅')],
    nouns: [b('Air Fryer', '空气炸锅'), b('Air Fryer Oven', '空气炸烤箱'), b('Oil-Free Air Fryer', '无油空气炸锅')],
    count: 18,
    brands: ['Ovenly', 'Voltra', 'Hearthside', 'CrispPro'],
    codes: ['AF', 'DZ'],
    price: [39, 220],
    colors: ['black', 'white', 'grey'],
    attrs: [
      { key: 'capacity', label: b('capacity', '容量'), values: [u(3.5, 'L', '升'), u(4.5, 'L', '升'), u(5.5, 'L', '升'), u(6.8, 'L', '升'), u(9, 'L', '升')], inTitle: true },
      { key: 'wattage', label: b('wattage', '功率'), values: us([1400, 1700, 2400], 'W', 'W'), inTitle: true },
      { key: 'dual basket', label: b('dual basket', '双锅'), values: [no, no, yes] },
      { key: 'dishwasher safe', label: b('dishwasher-safe basket', '炸篮可洗碗机清洗'), values: yn },
      { key: 'viewing window', label: b('viewing window', '可视窗'), values: [no, yes] },
    ],
    features: [b('8 Presets', '8种预设菜单'), b('Nonstick Basket', '不粘炸篮'), b('Digital Touchscreen', '触控屏'), b('Shake Reminder', '翻面提醒')],
    pros: [b('Fries come out crispy.', '薯条很脆。'), b('Heats up quickly.', '预热很快。'), b('Easy to wipe clean.', '很好擦洗。')],
    cons: [b('Takes up a lot of counter space.', '占地方。'), b('Coating started peeling after months.', '几个月后涂层有点掉。')],
    complements: ['food-storage', 'sheet-pans'],
    blurb: b('Crispy food with little or no oil.', '少油甚至无油也能炸得酥脆。'),
  },
  {
    key: 'toasters',
    path: [K, KD, SMALL, b('Toasters', '多士炉')],
    nouns: [b('Toaster', '多士炉'), b('Bread Toaster', '烤面包机')],
    count: 12,
    brands: ['Ovenly', 'Hearthside', 'Kettleby'],
    codes: ['TS', 'T'],
    price: [19, 110],
    colors: ['silver', 'black', 'red', 'white'],
    attrs: [
      { key: 'slots', label: b('slots', '烤槽'), values: [u(2, 'slices', '片', '2 slices'), u(4, 'slices', '片')], inTitle: true },
      { key: 'wattage', label: b('wattage', '功率'), values: us([800, 1500], 'W', 'W') },
      { key: 'wide slots', label: b('extra-wide slots', '宽槽'), values: yn },
    ],
    features: [b('6 Browning Levels', '6档烘烤'), b('Defrost & Reheat', '解冻加热'), b('Removable Crumb Tray', '可拆接渣盘')],
    pros: [b('Toasts evenly.', '烤得很均匀。'), b('Looks great on the counter.', '放在台面上很好看。')],
    cons: [b('Outside gets very hot.', '外壳很烫。')],
    complements: ['electric-kettles', 'coffee-makers'],
    blurb: b('Golden toast for breakfast.', '早餐来片金黄吐司。'),
  },
  {
    key: 'rice-cookers',
    path: [K, KD, SMALL, b('Rice Cookers', '电饭煲')],
    nouns: [b('Rice Cooker', '电饭煲'), b('Smart Rice Cooker', '智能电饭锅')],
    count: 12,
    brands: ['Koto', 'Hearthside', 'Voltra'],
    codes: ['RC', 'FB'],
    price: [29, 190],
    colors: ['white', 'black', 'silver'],
    attrs: [
      { key: 'capacity', label: b('capacity', '容量'), values: [u(1.0, 'L', '升', '1.0 L'), u(1.8, 'L', '升'), u(3, 'L', '升'), u(5, 'L', '升')], inTitle: true },
      { key: 'wattage', label: b('wattage', '功率'), values: us([400, 600, 860], 'W', 'W') },
      { key: 'inner pot', label: b('inner pot', '内胆'), values: [v('nonstick', '不粘涂层'), v('ceramic', '陶瓷'), v('stainless steel', '不锈钢')] },
    ],
    features: [b('Fuzzy Logic', '智能预约'), b('Keep Warm 24h', '24小时保温'), b('Steamer Basket', '附蒸笼')],
    pros: [b('Perfect rice every time.', '每次米饭都煮得很好。')],
    cons: [b('The steam vent is hard to clean.', '排气阀不好清洗。')],
    complements: ['food-storage', 'knife-sets'],
    blurb: b('Fluffy rice, porridge and steamed dishes.', '米饭、粥、蒸菜都能做。'),
  },
  {
    key: 'frying-pans',
    path: [K, KD, COOK, b('Pots & Pans', '锅'), b('Frying Pans & Skillets', '煎锅炒锅')],
    nouns: [b('Frying Pan', '平底锅'), b('Skillet', '煎锅'), { ...b('Nonstick Fry Pan', '不粘煎锅'), implies: { key: 'material', values: ['nonstick aluminium'] } }],
    count: 20,
    brands: ['Ironclad', 'CopperLeaf', 'Hearthside', 'Nordvik'],
    codes: ['FP', 'SK'],
    price: [15, 140],
    colors: ['black', 'grey', 'silver', 'red'],
    attrs: [
      { key: 'diameter', label: b('diameter', '直径'), values: us([20, 24, 26, 28, 30], 'cm', '厘米'), inTitle: true },
      { key: 'material', label: b('material', '材质'), values: [v('cast iron', '铸铁'), v('nonstick aluminium', '不粘铝'), v('stainless steel', '不锈钢'), v('carbon steel', '碳钢')] },
      { key: 'induction compatible', label: b('induction compatible', '电磁炉可用'), values: [yes, yes, no] },
      { key: 'oven safe', label: b('oven safe', '可进烤箱'), values: yn },
      { key: 'weight', label: b('weight', '重量'), values: [u(0.9, 'kg', '千克'), u(1.3, 'kg', '千克'), u(2.1, 'kg', '千克'), u(3.2, 'kg', '千克')] },
    ],
    features: [b('PFOA-Free', '无PFOA涂层'), b('Stay-Cool Handle', '防烫手柄'), b('Pre-Seasoned', '已开锅'), b('with Lid', '带锅盖')],
    pros: [b('Eggs slide right off.', '煎蛋完全不粘。'), b('Heats evenly.', '受热均匀。')],
    cons: [b('Heavier than it looks.', '比看起来重。'), b('Handle gets warm.', '手柄会变热。')],
    complements: ['cookware-sets', 'chefs-knives'],
    blurb: b('For eggs, steaks and stir-fries.', '煎蛋、牛排、小炒都合适。'),
  },
  {
    key: 'cookware-sets',
    path: [K, KD, COOK, b('Cookware Sets', '锅具套装')],
    nouns: [b('Cookware Set', '锅具套装'), b('Pots and Pans Set', '锅具组合')],
    count: 14,
    brands: ['CopperLeaf', 'Ironclad', 'Nordvik'],
    codes: ['CS', 'PS'],
    price: [59, 420],
    colors: ['black', 'silver', 'grey', 'red'],
    attrs: [
      { key: 'pieces', label: b('pieces', '件数'), values: us([5, 8, 10, 12, 15], 'pieces', '件'), inTitle: true },
      { key: 'material', label: b('material', '材质'), values: [v('stainless steel', '不锈钢'), v('nonstick aluminium', '不粘铝'), v('hard-anodised aluminium', '硬质氧化铝')] },
      { key: 'induction compatible', label: b('induction compatible', '电磁炉可用'), values: yn },
      { key: 'dishwasher safe', label: b('dishwasher safe', '可洗碗机清洗'), values: yn },
    ],
    features: [b('Glass Lids', '玻璃锅盖'), b('Oven Safe to 230°C', '可进烤箱'), b('Stackable', '可叠放收纳')],
    pros: [b('Everything a new kitchen needs.', '新家厨房一套全搞定。'), b('Lids fit tightly.', '锅盖很严实。')],
    cons: [b('Takes a lot of cupboard space.', '很占橱柜空间。')],
    complements: ['knife-sets', 'frying-pans'],
    blurb: b('A complete set of pots and pans.', '一套锅具，厨房够用。'),
  },
  {
    key: 'sheet-pans',
    path: [K, KD, b('Bakeware', '烘焙用具'), b('Baking Sheets & Sheet Pans', '烤盘')],
    nouns: [b('Sheet Pan', '烤盘'), b('Baking Sheet', '烘焙烤盘'), b('Cookie Sheet', '饼干烤盘')],
    count: 12,
    brands: ['Ovenly', 'Nordvik', 'Hearthside'],
    codes: ['SP', 'BK'],
    price: [9, 49],
    colors: ['silver', 'black', 'grey'],
    attrs: [
      { key: 'dimensions', label: b('dimensions', '尺寸'), values: [v('33 × 23 cm', '33×23厘米'), v('45 × 33 cm', '45×33厘米'), v('53 × 38 cm', '53×38厘米')], inTitle: true },
      { key: 'pieces', label: b('pieces', '件数'), values: [u(1, 'piece', '件'), ...us([2, 3], 'pieces', '件')] },
      { key: 'material', label: b('material', '材质'), values: [v('aluminium', '铝'), v('carbon steel', '碳钢'), v('stainless steel', '不锈钢')] },
      { key: 'nonstick', label: b('nonstick', '不粘'), values: yn },
    ],
    features: [b('Rimmed', '加高边缘'), b('Warp-Resistant', '不易变形'), b('Commercial Grade', '商用级')],
    pros: [b('Does not warp in a hot oven.', '高温也不变形。')],
    cons: [b('Stains easily.', '容易留污渍。')],
    complements: ['air-fryers', 'cookware-sets'],
    blurb: b('For roasting vegetables and baking cookies.', '烤蔬菜、烤饼干都用得上。'),
  },
  {
    key: 'knife-sets',
    path: [K, KD, CUT, b('Knife Block Sets', '刀具套装')],
    nouns: [b('Knife Set', '刀具套装'), b('Knife Block Set', '刀具组合'), b('Kitchen Knife Set', '厨房刀具套装')],
    count: 14,
    brands: ['Sakura Steel', 'Ironclad', 'Hearthside'],
    codes: ['KS', 'SS'],
    price: [29, 380],
    colors: ['black', 'silver', 'beige'],
    attrs: [
      { key: 'pieces', label: b('pieces', '件数'), values: us([6, 8, 14, 15, 18], 'pieces', '件'), inTitle: true },
      { key: 'steel', label: b('blade steel', '刀身钢材'), values: [v('German stainless steel', '德国不锈钢'), v('Japanese VG10', '日本VG10钢'), v('high-carbon steel', '高碳钢')] },
      { key: 'block', label: b('storage', '收纳'), values: [v('wooden block', '实木刀座'), v('magnetic stand', '磁吸刀架'), v('none', '无')] },
      { key: 'dishwasher safe', label: b('dishwasher safe', '可洗碗机清洗'), values: [no, no, yes] },
    ],
    features: [b('with Built-in Sharpener', '带磨刀器'), b('Ultra Sharp', '锋利耐用'), b('Full Tang', '全龙骨')],
    pros: [b('Razor sharp out of the box.', '到手就很锋利。'), b('Beautiful block.', '刀座很好看。')],
    cons: [b('The scissors are flimsy.', '剪刀做工一般。')],
    complements: ['knife-sharpeners', 'cookware-sets'],
    blurb: b('Every knife a home cook needs.', '家常做饭需要的刀都齐了。'),
  },
  {
    key: 'knife-sharpeners',
    path: [K, KD, CUT, b('Knife Sharpeners', '磨刀器')],
    nouns: [b('Knife Sharpener', '磨刀器'), { ...b('Sharpening Stone', '磨刀石'), implies: { key: 'sharpener type', values: ['whetstone'] } }],
    count: 10,
    brands: ['Sakura Steel', 'EdgeMaster', 'Hearthside'],
    codes: ['SH', 'EM'],
    price: [8, 120],
    colors: ['black', 'grey', 'silver'],
    attrs: [
      { key: 'sharpener type', label: b('type', '类型'), values: [v('manual pull-through', '手动'), v('electric', '电动'), v('whetstone', '磨刀石')] },
      { key: 'stages', label: b('stages', '磨刀段数'), values: [u(1, 'stage', '段'), ...us([2, 3], 'stages', '段')] },
      { key: 'grit', label: b('grit', '目数'), values: [v('1000/6000', '1000/6000目'), v('400/1000', '400/1000目'), v('n/a', '无')] },
    ],
    features: [b('Non-Slip Base', '防滑底座'), b('for Straight Blades', '适用直刃刀')],
    pros: [b('Brought my old knives back to life.', '旧刀磨完跟新的一样。')],
    cons: [b('Takes practice.', '需要练习。')],
    complements: ['knife-sets', 'chefs-knives'],
    blurb: b('Keep every edge sharp.', '让刀一直锋利。'),
  },
  {
    key: 'chefs-knives',
    path: [K, KD, CUT, b("Chef's Knives", '厨师刀')],
    nouns: [b("Chef's Knife", '厨师刀'), b('Chef Knife', '主厨刀'), b('Santoku Knife', '三德刀')],
    count: 10,
    brands: ['Sakura Steel', 'Ironclad'],
    codes: ['CK', 'SK'],
    price: [19, 190],
    colors: ['black', 'silver', 'beige'],
    attrs: [
      { key: 'blade length', label: b('blade length', '刃长'), values: us([15, 18, 20, 24], 'cm', '厘米'), inTitle: true },
      { key: 'steel', label: b('blade steel', '刀身钢材'), values: [v('German stainless steel', '德国不锈钢'), v('Japanese VG10', '日本VG10钢'), v('Damascus', '大马士革钢')] },
    ],
    features: [b('Ergonomic Handle', '人体工学手柄'), b('Gift Box', '礼盒装')],
    pros: [b('Perfect balance.', '手感平衡。')],
    cons: [b('Rusts if left wet.', '不擦干会生锈。')],
    complements: ['knife-sharpeners', 'frying-pans'],
    blurb: b('The one knife you reach for every day.', '每天都离不开的一把刀。'),
  },
  {
    key: 'coffee-mugs',
    path: [K, KD, b('Dining & Entertaining', '餐桌用品'), DRINK, b('Coffee Mugs', '马克杯')],
    nouns: [b('Coffee Mug', '马克杯'), { ...b('Coffee Mug Set', '咖啡杯'), implies: { key: 'pieces', values: ['2 pieces', '4 pieces', '6 pieces'] } }, { ...b('Ceramic Mug', '陶瓷杯'), implies: { key: 'material', values: ['ceramic', 'stoneware'] } }],
    count: 16,
    brands: ['Stoneware & Co.', 'Hearthside', 'Koto'],
    codes: ['MG', 'CP'],
    price: [8, 60],
    colors: ['white', 'blue', 'grey', 'green', 'pink', 'beige'],
    attrs: [
      { key: 'capacity', label: b('capacity', '容量'), values: us([300, 350, 400, 475], 'ml', '毫升'), inTitle: true },
      { key: 'material', label: b('material', '材质'), values: [v('ceramic', '陶瓷'), v('stoneware', '粗陶'), v('glass', '玻璃'), v('stainless steel', '不锈钢')] },
      { key: 'pieces', label: b('pieces', '件数'), values: [u(1, 'piece', '件'), ...us([2, 4, 6], 'pieces', '件')] },
      { key: 'microwave safe', label: b('microwave safe', '可微波'), values: [yes, yes, no] },
    ],
    features: [b('Dishwasher Safe', '可洗碗机'), b('Large Handle', '大手柄'), b('Gift Box', '礼盒装')],
    pros: [b('Nice weight in the hand.', '拿在手里很有分量。'), b('Keeps coffee warm a while.', '保温还可以。')],
    cons: [b('Chipped after a few weeks.', '用了几周有磕碰。')],
    complements: ['coffee-makers', 'electric-kettles'],
    blurb: b('For your morning coffee or tea.', '早上的咖啡或茶。'),
  },
  {
    key: 'water-bottles',
    path: [K, KD, b('Dining & Entertaining', '餐桌用品'), DRINK, b('Water Bottles & Travel Mugs', '保温杯水壶')],
    nouns: [{ ...b('Insulated Water Bottle', '保温杯'), implies: { key: 'insulated', values: ['yes'] } }, b('Travel Mug', '随行杯'), { ...b('Vacuum Insulated Tumbler', '真空保温杯'), implies: { key: 'insulated', values: ['yes'] } }],
    count: 14,
    brands: ['Hydraflow', 'Hearthside', 'Koto'],
    codes: ['WB', 'TM'],
    price: [12, 55],
    colors: ['black', 'blue', 'green', 'pink', 'white', 'purple'],
    attrs: [
      { key: 'capacity', label: b('capacity', '容量'), values: us([350, 500, 750, 1000], 'ml', '毫升'), inTitle: true },
      { key: 'insulated', label: b('vacuum insulated', '真空保温'), values: [yes, yes, no] },
      { key: 'leakproof', label: b('leakproof', '防漏'), values: [yes, yes, no] },
      { key: 'material', label: b('material', '材质'), values: [v('stainless steel', '316不锈钢'), v('Tritan', 'Tritan塑料')] },
    ],
    features: [b('Keeps Drinks Cold 24h', '24小时保冷'), b('BPA-Free', '不含双酚A'), b('Fits Cup Holders', '适配车载杯架')],
    pros: [b('Ice still there the next day.', '冰块第二天还在。')],
    cons: [b('Hard to clean the lid.', '盖子不好洗。')],
    complements: ['coffee-mugs'],
    blurb: b('Hot or cold, wherever you go.', '冷热随行。'),
  },
  {
    key: 'food-storage',
    path: [K, KD, b('Storage & Organization', '收纳整理'), b('Food Storage Containers', '保鲜盒')],
    nouns: [b('Food Storage Containers', '保鲜盒'), b('Meal Prep Containers', '便当盒套装')],
    count: 12,
    brands: ['Tidyhome', 'Hearthside', 'Nordvik'],
    codes: ['FS', 'TH'],
    price: [12, 70],
    colors: ['white', 'blue', 'grey'],
    attrs: [
      { key: 'pieces', label: b('pieces', '件数'), values: us([10, 18, 24, 30, 42], 'pieces', '件'), inTitle: true },
      { key: 'material', label: b('material', '材质'), values: [v('glass', '玻璃'), v('BPA-free plastic', '无双酚A塑料')] },
      { key: 'microwave safe', label: b('microwave safe', '可微波'), values: [yes, yes, no] },
      { key: 'leakproof', label: b('leakproof lids', '密封防漏'), values: yn },
    ],
    features: [b('Airtight Lids', '密封盖'), b('Stackable', '可叠放'), b('Freezer Safe', '可冷冻')],
    pros: [b('Lids snap on tight.', '盖子扣得很紧。')],
    cons: [b('Lids stain with tomato sauce.', '番茄酱会染色。')],
    complements: ['blenders', 'rice-cookers'],
    blurb: b('Keep leftovers fresh.', '剩菜保鲜。'),
  },
  {
    key: 'sheet-sets',
    path: [K, BED, b('Sheets & Pillowcases', '床单枕套'), b('Sheet & Pillowcase Sets', '床单套件')],
    nouns: [b('Sheet Set', '床单四件套'), b('Bed Sheets', '床单被套'), { ...b('Deep Pocket Sheet Set', '床笠套件'), implies: { key: 'pocket depth', values: ['40 cm', '45 cm'] } }],
    count: 20,
    brands: ['Dreamweave', 'Cloudnest', 'Hearthside', 'Linen Lane'],
    codes: ['DW', 'CN'],
    price: [25, 260],
    colors: ['white', 'grey', 'beige', 'navy', 'blue', 'pink', 'green'],
    sizes: { en: ['Twin', 'Full', 'Queen', 'King'], zh: ['1.2米床', '1.5米床', '1.8米床', '2.0米床'] },
    attrs: [
      { key: 'thread count', label: b('thread count', '支数'), values: [u(300, '', '', '300'), u(400, '', '', '400'), u(600, '', '', '600'), u(800, '', '', '800'), u(1000, '', '', '1000')], inTitle: true },
      { key: 'material', label: b('material', '面料'), values: [v('100% cotton', '纯棉'), v('Egyptian cotton', '埃及棉'), v('bamboo viscose', '竹纤维'), v('microfiber', '超细纤维'), v('linen', '亚麻')] },
      { key: 'pieces', label: b('pieces', '件数'), values: us([3, 4, 6], 'pieces', '件') },
      { key: 'pocket depth', label: b('pocket depth', '床笠高度'), values: us([35, 40, 45], 'cm', '厘米') },
    ],
    features: [b('Breathable & Cooling', '透气凉爽'), b('Wrinkle Resistant', '抗皱'), b('Hotel Luxury', '酒店风'), b('OEKO-TEX Certified', 'OEKO-TEX认证')],
    pros: [b('So soft, gets better with each wash.', '非常柔软，越洗越舒服。'), b('Fits my thick mattress.', '厚床垫也能套上。')],
    cons: [b('Wrinkles a lot.', '容易皱。'), b('A bit warm for summer.', '夏天有点热。')],
    complements: ['pillows', 'comforters'],
    blurb: b('Soft sheets for better sleep.', '柔软床品，睡得更好。'),
  },
  {
    key: 'comforters',
    path: [K, BED, b('Comforters & Duvets', '被子')],
    nouns: [b('Comforter', '被子'), b('Duvet Insert', '被芯'), { ...b('All-Season Comforter', '四季被'), implies: { key: 'warmth', values: ['all-season'] } }],
    count: 16,
    brands: ['Cloudnest', 'Dreamweave', 'Hearthside'],
    codes: ['CF', 'DV'],
    price: [39, 320],
    colors: ['white', 'grey', 'beige'],
    sizes: { en: ['Twin', 'Queen', 'King'], zh: ['150×200厘米', '200×230厘米', '220×240厘米'] },
    attrs: [
      { key: 'fill', label: b('fill', '填充物'), values: [v('white goose down', '白鹅绒'), v('down alternative', '仿羽绒'), v('silk', '蚕丝'), v('wool', '羊毛')] },
      { key: 'warmth', label: b('warmth', '厚度'), values: [v('lightweight', '夏凉被'), v('all-season', '四季被'), v('winter', '冬被')] },
      { key: 'fill weight', label: b('fill weight', '填充重量'), values: us([800, 1200, 1800, 2500], 'g', '克') },
      { key: 'machine washable', label: b('machine washable', '可机洗'), values: yn },
    ],
    features: [b('Hypoallergenic', '防螨抗菌'), b('Corner Tabs', '四角固定'), b('Box Stitched', '立体绗缝')],
    pros: [b('Warm but not sweaty.', '暖和但不闷。'), b('Very fluffy.', '非常蓬松。')],
    cons: [b('Smelled a bit at first.', '刚拆开有点味道。')],
    complements: ['sheet-sets', 'pillows'],
    blurb: b('Cosy nights in every season.', '一年四季都舒服。'),
  },
  {
    key: 'pillows',
    path: [K, BED, b('Bed Pillows', '枕头')],
    nouns: [b('Bed Pillow', '枕头'), b('Pillow', '枕芯'), { ...b('Memory Foam Pillow', '记忆棉枕'), implies: { key: 'fill', values: ['memory foam'] } }],
    count: 14,
    brands: ['Cloudnest', 'Dreamweave', 'Hearthside'],
    codes: ['PL', 'MF'],
    price: [15, 120],
    colors: ['white', 'grey'],
    attrs: [
      { key: 'fill', label: b('fill', '填充物'), values: [v('memory foam', '记忆棉'), v('down', '羽绒'), v('down alternative', '仿羽绒'), v('latex', '乳胶')] },
      { key: 'firmness', label: b('firmness', '软硬度'), values: [v('soft', '软'), v('medium', '适中'), v('firm', '硬')] },
      { key: 'pieces', label: b('pieces', '件数'), values: [u(1, 'pillow', '只', '1 pillow'), u(2, 'pillows', '只', '2 pillows')], inTitle: true },
    ],
    features: [b('for Side Sleepers', '适合侧睡'), b('Cooling Cover', '凉感枕套'), b('Neck Support', '护颈')],
    pros: [b('No more neck pain.', '脖子不疼了。')],
    cons: [b('Too high for me.', '对我来说太高了。')],
    complements: ['sheet-sets', 'comforters'],
    blurb: b('Support for a good night.', '一夜好眠。'),
  },
  {
    key: 'bath-towels',
    path: [K, b('Bath', '浴室用品'), b('Towels', '毛巾浴巾'), b('Bath Towels', '浴巾')],
    nouns: [b('Bath Towel Set', '浴巾套装'), b('Bath Towels', '浴巾'), b('Towel Set', '毛巾套装')],
    count: 14,
    brands: ['Linen Lane', 'Hearthside', 'Cloudnest'],
    codes: ['BT', 'TW'],
    price: [15, 90],
    colors: ['white', 'grey', 'navy', 'beige', 'green'],
    attrs: [
      { key: 'gsm', label: b('weight (GSM)', '克重'), values: us([450, 550, 650, 750], 'GSM', '克') },
      { key: 'material', label: b('material', '材质'), values: [v('100% cotton', '纯棉'), v('Turkish cotton', '土耳其棉'), v('bamboo', '竹纤维')] },
      { key: 'pieces', label: b('pieces', '件数'), values: us([2, 4, 6, 8], 'pieces', '件'), inTitle: true },
    ],
    features: [b('Quick Dry', '速干'), b('Highly Absorbent', '强吸水'), b('Hotel Quality', '酒店品质')],
    pros: [b('Thick and absorbent.', '厚实吸水。')],
    cons: [b('Sheds lint at first.', '刚开始掉毛。')],
    complements: ['sheet-sets'],
    blurb: b('Soft towels for every bathroom.', '柔软浴巾。'),
  },
  {
    key: 'robot-vacuums',
    path: [K, FLOOR, b('Vacuums', '吸尘器'), b('Robot Vacuums', '扫地机器人')],
    nouns: [b('Robot Vacuum', '扫地机器人'), { ...b('Robot Vacuum and Mop', '扫拖一体机'), implies: { key: 'mopping', values: ['yes'] } }],
    count: 14,
    brands: ['Tidyhome', 'Aerwave', 'Robokleen'],
    codes: ['RV', 'T'],
    price: [129, 799],
    colors: ['black', 'white'],
    attrs: [
      { key: 'suction', label: b('suction', '吸力'), values: us([2000, 2700, 4000, 6000], 'Pa', 'Pa'), inTitle: true },
      { key: 'run time', label: b('run time', '续航'), values: us([90, 120, 180], 'min', '分钟') },
      { key: 'mopping', label: b('mopping', '拖地'), values: yn },
      { key: 'lidar mapping', label: b('lidar mapping', '激光导航'), values: yn },
      { key: 'noise', label: b('noise level', '噪音'), values: us([55, 62, 68], 'dB', '分贝') },
    ],
    features: [b('Self-Emptying', '自动集尘'), b('App & Voice Control', 'APP语音控制'), b('for Pet Hair', '适合宠物毛发')],
    pros: [b('Picks up all the dog hair.', '狗毛吸得很干净。'), b('Maps the house well.', '建图很准。')],
    cons: [b('Gets stuck under the sofa.', '会卡在沙发底下。')],
    complements: ['stick-vacuums', 'air-purifiers'],
    blurb: b('Clean floors without lifting a finger.', '解放双手。'),
  },
  {
    key: 'stick-vacuums',
    path: [K, FLOOR, b('Vacuums', '吸尘器'), b('Stick Vacuums', '无线吸尘器')],
    nouns: [b('Cordless Stick Vacuum', '无线吸尘器'), b('Cordless Vacuum Cleaner', '手持吸尘器')],
    count: 12,
    brands: ['Aerwave', 'Tidyhome', 'Voltra'],
    codes: ['SV', 'V'],
    price: [79, 599],
    colors: ['purple', 'grey', 'red', 'blue'],
    attrs: [
      { key: 'weight', label: b('weight', '重量'), values: [u(1.5, 'kg', '千克'), u(2.3, 'kg', '千克'), u(2.9, 'kg', '千克'), u(3.4, 'kg', '千克')] },
      { key: 'run time', label: b('run time', '续航'), values: us([25, 40, 60], 'min', '分钟'), inTitle: true },
      { key: 'suction', label: b('suction', '吸力'), values: us([120, 180, 230], 'AW', 'AW') },
      { key: 'hepa filter', label: b('HEPA filter', 'HEPA过滤'), values: yn },
    ],
    features: [b('Lightweight', '轻量'), b('LED Floor Head', 'LED地刷'), b('Wall Mount', '壁挂收纳')],
    pros: [b('Light enough to carry upstairs.', '拿上楼也不累。')],
    cons: [b('Battery drains fast on max.', '最大档很快没电。')],
    complements: ['robot-vacuums'],
    blurb: b('Grab-and-go cleaning.', '随手一吸。'),
  },
  {
    key: 'air-purifiers',
    path: [K, AIR, b('Air Purifiers', '空气净化器')],
    nouns: [b('Air Purifier', '空气净化器'), b('HEPA Air Purifier', '除甲醛净化器')],
    count: 14,
    brands: ['PureNest', 'Aerwave', 'Hearthside'],
    codes: ['AP', 'PN'],
    price: [49, 450],
    colors: ['white', 'grey', 'black'],
    attrs: [
      { key: 'room size', label: b('room size', '适用面积'), values: us([20, 35, 50, 80], 'm²', '平方米'), inTitle: true },
      { key: 'cadr', label: b('CADR', 'CADR'), values: us([150, 250, 400, 600], 'm³/h', 'm³/h') },
      { key: 'noise', label: b('noise level', '噪音'), values: us([22, 28, 35], 'dB', '分贝') },
      { key: 'hepa filter', label: b('HEPA filter', 'HEPA过滤'), values: [v('H13', 'H13'), v('H11', 'H11')] },
    ],
    features: [b('for Allergies & Pets', '除过敏原宠物毛'), b('Sleep Mode', '睡眠模式'), b('Air Quality Sensor', '空气质量传感器')],
    pros: [b('My allergies are much better.', '过敏好多了。'), b('Whisper quiet at night.', '夜里非常安静。')],
    cons: [b('Replacement filters are pricey.', '滤芯有点贵。')],
    complements: ['humidifiers', 'robot-vacuums'],
    blurb: b('Cleaner air at home.', '家里空气更干净。'),
  },
  {
    key: 'humidifiers',
    path: [K, AIR, b('Humidifiers', '加湿器')],
    nouns: [b('Humidifier', '加湿器'), b('Cool Mist Humidifier', '冷雾加湿器')],
    count: 10,
    brands: ['PureNest', 'Koto'],
    codes: ['HM', 'H'],
    price: [25, 160],
    colors: ['white', 'grey', 'pink'],
    attrs: [
      { key: 'capacity', label: b('tank capacity', '水箱容量'), values: [u(2.5, 'L', '升'), u(4, 'L', '升'), u(6, 'L', '升')], inTitle: true },
      { key: 'run time', label: b('run time', '续航'), values: us([24, 40, 60], 'hours', '小时') },
      { key: 'humidifier type', label: b('type', '类型'), values: [v('ultrasonic', '超声波'), v('evaporative', '蒸发式')] },
    ],
    features: [b('Quiet for Bedroom', '卧室静音'), b('Top Fill', '上加水'), b('Night Light', '夜灯')],
    pros: [b('Runs all night on one tank.', '一箱水能开一整夜。')],
    cons: [b('White dust with tap water.', '用自来水有白粉。')],
    complements: ['air-purifiers'],
    blurb: b('Comfortable air in dry months.', '干燥季节更舒适。'),
  },
  {
    key: 'candles',
    path: [K, b('Home Décor', '家居装饰'), b('Candles & Holders', '香薰蜡烛'), b('Candles', '蜡烛')],
    nouns: [{ ...b('Scented Candle', '香薰蜡烛'), implies: { key: 'scent', values: ['vanilla', 'lavender', 'sandalwood', 'citrus'] } }, b('Candle', '蜡烛'), b('Candle Gift Set', '香薰礼盒')],
    count: 12,
    brands: ['Ember & Wick', 'Hearthside'],
    codes: ['EW', 'C'],
    price: [9, 59],
    colors: ['white', 'beige', 'pink', 'green'],
    attrs: [
      { key: 'burn time', label: b('burn time', '燃烧时间'), values: us([30, 45, 60, 80], 'hours', '小时'), inTitle: true },
      { key: 'scent', label: b('scent', '香味'), values: [v('vanilla', '香草'), v('lavender', '薰衣草'), v('sandalwood', '檀香'), v('citrus', '柑橘'), v('unscented', '无香')] },
      { key: 'wax', label: b('wax', '蜡'), values: [v('soy', '大豆蜡'), v('beeswax', '蜂蜡'), v('coconut', '椰子蜡')] },
    ],
    features: [b('Gift for Women', '送女友礼物'), b('Cotton Wick', '棉芯'), b('Hand Poured', '手工')],
    pros: [b('Fills the whole room.', '整个房间都是香味。')],
    cons: [b('Tunnels if not burned long enough.', '烧得时间短会凹坑。')],
    complements: ['bath-towels'],
    blurb: b('A calm, cosy evening.', '安静舒适的夜晚。'),
  },
  {
    key: 'table-lamps',
    path: [K, b('Lighting', '灯具'), b('Lamps', '台灯'), b('Desk Lamps', '护眼台灯')],
    nouns: [b('LED Desk Lamp', '护眼台灯'), b('Table Lamp', '台灯'), b('Reading Lamp', '阅读灯')],
    count: 10,
    brands: ['Lumio', 'Hearthside'],
    codes: ['DL', 'LM'],
    price: [15, 95],
    colors: ['white', 'black', 'silver'],
    attrs: [
      { key: 'wattage', label: b('wattage', '功率'), values: us([5, 8, 12], 'W', 'W'), inTitle: true },
      { key: 'dimmable', label: b('dimmable', '可调光'), values: [yes, yes, no] },
      { key: 'usb port', label: b('USB charging port', 'USB充电口'), values: yn },
      { key: 'height', label: b('height', '高度'), values: us([35, 45, 60], 'cm', '厘米') },
    ],
    features: [b('Eye-Caring', '护眼无频闪'), b('Touch Control', '触控'), b('Foldable', '可折叠')],
    pros: [b('Great light for reading.', '看书光线很好。')],
    cons: [b('The base wobbles.', '底座有点晃。')],
    complements: ['candles'],
    blurb: b('Soft, even light for work and reading.', '工作阅读的柔和光线。'),
  },
];

export const HOME_STORE = {
  en: {
    name: 'Hearthside Home',
    currency: 'USD',
    shipping: [
      { regions: ['US'], cost: 5.99, currency: 'USD', freeOver: 35, minDays: 4, maxDays: 6, note: 'Standard shipping' },
      { regions: ['US'], cost: 12.99, currency: 'USD', minDays: 1, maxDays: 2, note: 'Express shipping' },
    ],
    returns: { days: 60, fees: 'free', method: ['by mail'], note: 'Returns within 60 days; small appliances must be unused.' },
    payment: ['Visa', 'Mastercard', 'PayPal', 'Klarna'],
    faq: [
      { question: 'Is there a warranty on appliances?', answer: 'Every small appliance has a 2-year warranty.' },
      { question: 'Do you ship to Canada?', answer: 'Not yet: we ship within the United States only.' },
      { question: 'Can I get an item gift-wrapped?', answer: 'Yes, gift wrapping is $4 at checkout.' },
    ],
  },
  zh: {
    name: '好物居家旗舰店',
    currency: 'CNY',
    shipping: [
      { regions: ['CN'], cost: 8, currency: 'CNY', freeOver: 59, minDays: 2, maxDays: 5, note: '中通快递' },
      { regions: ['CN'], cost: 18, currency: 'CNY', minDays: 1, maxDays: 2, note: '顺丰速运' },
    ],
    returns: { days: 15, fees: 'free', method: ['快递寄回'], note: '支持15天无理由退换，家电需未使用。' },
    payment: ['支付宝', '微信支付', '花呗分期', '云闪付'],
    faq: [
      { question: '家电保修多久？', answer: '小家电全国联保两年。' },
      { question: '可以开发票吗？', answer: '可以，下单备注发票抬头即可开具电子普通发票。' },
      { question: '大件商品送货上门吗？', answer: '大件商品送货上门，偏远地区需另付运费。' },
    ],
  },
};
