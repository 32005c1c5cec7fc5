/**
 * A Chinese shop the understanding layer was never tuned on: phone and computer accessories with
 * Tmall/JD-style titles (【官方正品】 tags, brand and model first, specs run together: "65W", "20000mAh"),
 * category paths three deep, the brand field on only some products.
 */
import { readPlainProduct } from '../../src/catalog/plain.ts';
import type { Product } from '../../src/catalog/types.ts';

type Raw = { title: string; category: string; price: number; brand?: string; attributes?: Record<string, string> };

const chargers: Raw[] = [
  { title: '【官方正品】Anker安克 65W氮化镓充电器 PD快充 双口 白色', category: '手机配件 > 充电器', price: 199, brand: 'Anker', attributes: { 功率: '65W', 接口: 'USB-C', 颜色: '白色' } },
  { title: '绿联 20W苹果快充充电头 PD 单口 USB-C 白色', category: '手机配件 > 充电器', price: 39, attributes: { 功率: '20W', 接口: 'USB-C', 颜色: '白色' } },
  { title: '小米 120W 氮化镓充电器 三口 黑色', category: '手机配件 > 充电器', price: 249, brand: '小米', attributes: { 功率: '120W', 接口: 'USB-C', 颜色: '黑色' } },
  { title: 'Anker 30W 迷你充电器 单口 黑色 便携', category: '手机配件 > 充电器', price: 89, attributes: { 功率: '30W', 接口: 'USB-C', 颜色: '黑色' } },
];
const powerBanks: Raw[] = [
  { title: '小米移动电源 20000mAh 22.5W 双向快充 充电宝 黑色', category: '手机配件 > 移动电源', price: 149, brand: '小米', attributes: { 容量: '20000mAh', 功率: '22.5W', 颜色: '黑色' } },
  { title: '【热销爆款】Anker 10000毫安 超薄充电宝 20W快充 白色', category: '手机配件 > 移动电源', price: 129, attributes: { 容量: '10000mAh', 功率: '20W', 颜色: '白色' } },
  { title: '绿联 充电宝 30000mAh 大容量 65W 笔记本可充 灰色', category: '手机配件 > 移动电源', price: 299, attributes: { 容量: '30000mAh', 功率: '65W', 颜色: '灰色' } },
  { title: '罗马仕 5000mAh 磁吸充电宝 迷你 粉色', category: '手机配件 > 移动电源', price: 99, brand: '罗马仕', attributes: { 容量: '5000mAh', 功率: '15W', 颜色: '粉色' } },
];
const cables: Raw[] = [
  { title: '绿联 USB-C数据线 2米 快充 编织线 黑色', category: '手机配件 > 数据线', price: 29, attributes: { 长度: '2米', 接口: 'USB-C', 颜色: '黑色' } },
  { title: 'Anker 苹果数据线 1米 MFi认证 白色', category: '手机配件 > 数据线', price: 59, brand: 'Anker', attributes: { 长度: '1米', 接口: 'Lightning', 颜色: '白色' } },
  { title: '小米 Type-C数据线 1米 6A快充 白色', category: '手机配件 > 数据线', price: 19, brand: '小米', attributes: { 长度: '1米', 接口: 'USB-C', 颜色: '白色' } },
  { title: '【品牌直营】绿联 3米 超长数据线 USB-C 灰色', category: '手机配件 > 数据线', price: 39, attributes: { 长度: '3米', 接口: 'USB-C', 颜色: '灰色' } },
];
const cases: Raw[] = [
  { title: 'iPhone 15 手机壳 透明 防摔 硅胶', category: '手机配件 > 手机壳', price: 29, attributes: { 适用机型: 'iPhone 15', 材质: '硅胶', 颜色: '透明' } },
  { title: '华为Mate60手机壳 素皮 全包 黑色', category: '手机配件 > 手机壳', price: 49, attributes: { 适用机型: '华为Mate60', 材质: '皮革', 颜色: '黑色' } },
  { title: 'iPhone 15 Pro 磁吸手机壳 磨砂 蓝色', category: '手机配件 > 手机壳', price: 69, attributes: { 适用机型: 'iPhone 15 Pro', 材质: '磨砂PC', 颜色: '蓝色' } },
];
const mice: Raw[] = [
  { title: '罗技 M330 无线鼠标 静音 黑色', category: '电脑外设 > 鼠标', price: 99, brand: '罗技', attributes: { 连接方式: '无线', 静音: '是', 颜色: '黑色' } },
  { title: '罗技 G102 有线游戏鼠标 RGB 白色', category: '电脑外设 > 鼠标', price: 129, brand: '罗技', attributes: { 连接方式: '有线', 静音: '否', 颜色: '白色' } },
  { title: '小米无线鼠标 蓝牙双模 轻薄 灰色', category: '电脑外设 > 鼠标', price: 79, brand: '小米', attributes: { 连接方式: '无线', 静音: '否', 颜色: '灰色' } },
];
const keyboards: Raw[] = [
  { title: '【官方正品】罗技 K845 机械键盘 青轴 有线 黑色', category: '电脑外设 > 键盘', price: 349, brand: '罗技', attributes: { 类型: '机械', 连接方式: '有线', 颜色: '黑色' } },
  { title: '雷柏 V500 机械键盘 红轴 有线 白色', category: '电脑外设 > 键盘', price: 199, attributes: { 类型: '机械', 连接方式: '有线', 颜色: '白色' } },
  { title: '罗技 K380 蓝牙键盘 薄膜 多设备 粉色', category: '电脑外设 > 键盘', price: 179, brand: '罗技', attributes: { 类型: '薄膜', 连接方式: '无线', 颜色: '粉色' } },
];

const ALL: [string, Raw[]][] = [['CHG', chargers], ['PB', powerBanks], ['CBL', cables], ['CASE', cases], ['MOU', mice], ['KB', keyboards]];

/** The accessories shop's products, read by the real plain-catalog reader. */
export function accessoriesShop(): { products: Product[]; byId: Map<string, Product> } {
  const log = { warn() {}, issue() {}, add() {} } as never;
  const products: Product[] = [];
  for (const [prefix, list] of ALL) {
    list.forEach((r, i) => {
      const raw = {
        id: `ACC-${prefix}-${i + 1}`,
        title: r.title,
        description: `${r.title}，品质保证。`,
        category: `数码 > ${r.category}`,
        price: r.price,
        currency: 'CNY',
        availability: 'InStock',
        ...(r.brand ? { brand: r.brand } : {}),
        rating: { value: 4 + (i % 10) / 10, count: 10 + i * 17 },
        attributes: r.attributes ?? {},
      };
      const p = readPlainProduct(raw, { base: 'https://acc.example/', log }, 'unseen-shop-zh');
      if (p) products.push(p);
    });
  }
  return { products, byId: new Map(products.map((p) => [p.id, p])) };
}
