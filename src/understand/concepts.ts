/**
 * What shoppers ask about, mapped to attribute keys shops use. Each concept lists the attribute keys
 * (lower-case, as the catalog normalises them) and the words shoppers use in English and Chinese, so
 * "is this waterproof?", "防水吗" and "does it keep water out" all find `waterproof` / `water resistance`.
 * Labels name the attribute in the compare table and in answers.
 */
import type { Lang } from '../i18n/types.ts';
import { escapeRegExp } from '../assistant/text.ts';

export interface AttributeConcept {
  id: string;
  keys: string[];
  label: Record<Lang, string>;
  /** Words (lower-case) that point at this concept in a question. Chinese terms match as substrings. */
  terms: string[];
  /** A yes/no attribute: the question "is it X?" is answered by its value. */
  boolean?: boolean;
  /**
   * Boolean concepts: phrases that ask for the feature in a search ("with two baskets", "可调温"), stricter
   * than `terms` (which only point a question at the attribute). Words match in any order, function words aside.
   */
  names?: string[];
}

export const CONCEPTS: AttributeConcept[] = [
  { id: 'waterproof', keys: ['waterproof', 'water resistance', 'water-resistant', 'waterproofing', 'water resistant'], label: { en: 'waterproof', 'zh-CN': '防水' }, terms: ['waterproof', 'water-proof', 'water resistant', 'water-resistant', 'water resistance', 'rain', 'wet', 'ipx', 'splash', 'water', 'swim', 'swimming', 'shower', 'pool', '防水', '防雨', '下雨', '淋雨', '防泼水', '雨', '游泳', '淋浴', '洗澡'], boolean: true, names: ['waterproof', 'water-proof', 'water resistant', 'water-resistant', 'rain', 'rainproof', 'for the rain', 'in the rain', 'to the pool', 'by the pool', 'for swimming', '防水', '防雨', '下雨天', '游泳'] },
  { id: 'weight', keys: ['weight', 'packed weight', 'net weight'], label: { en: 'weight', 'zh-CN': '重量' }, terms: ['weight', 'weigh', 'weighs', 'heavy', 'light', 'lightweight', 'grams', '重量', '多重', '重吗', '轻', '克'] },
  { id: 'battery', keys: ['battery life', 'battery', 'playtime', 'runtime'], label: { en: 'battery life', 'zh-CN': '续航' }, terms: ['battery', 'battery life', 'charge', 'hours', 'last', 'lasts', 'playtime', '续航', '电池', '电量', '充电', '多久'] },
  { id: 'noise', keys: ['noise cancelling', 'noise canceling', 'anc'], label: { en: 'noise cancelling', 'zh-CN': '主动降噪' }, terms: ['noise cancelling', 'noise canceling', 'noise-cancelling', 'anc', 'noise', 'block noise', 'cancel noise', '降噪', '隔音'], boolean: true, names: ['noise cancelling', 'noise-cancelling', 'noise canceling', 'anc', 'block out noise', 'blocks out noise', 'block noise', 'blocks noise', 'noise blocking', 'cancel noise', 'cancels noise', 'shut out noise', '降噪', '主动降噪', '隔音'] },
  { id: 'noise-level', keys: ['noise', 'noise level', 'sound level', 'loudness', 'noise (db)'], label: { en: 'noise level', 'zh-CN': '噪音' }, terms: ['loud', 'how loud', 'noisy', 'noise level', 'quiet', 'decibel', 'decibels', 'db', '噪音', '分贝', '吵', '声音大', '安静'] },
  { id: 'material', keys: ['material', 'fabric', 'upper', 'materials'], label: { en: 'material', 'zh-CN': '材质' }, terms: ['material', 'made of', 'fabric', 'leather', 'wool', 'cotton', 'nylon', 'polyester', 'upper', '材质', '面料', '材料', '鞋面', '羊毛', '真皮'] },
  { id: 'color', keys: ['color', 'colour'], label: { en: 'colour', 'zh-CN': '颜色' }, terms: ['color', 'colour', 'colors', 'colours', '颜色', '配色', '什么色'] },
  { id: 'size', keys: ['size', 'sizes'], label: { en: 'size', 'zh-CN': '尺码' }, terms: ['size', 'sizes', 'sizing', 'fit', 'fits', 'small', 'large', '尺码', '尺寸', '码数', '大小', '偏大', '偏小', '码'] },
  { id: 'fit', keys: ['fit'], label: { en: 'fit', 'zh-CN': '版型' }, terms: ['fit', 'slim', 'relaxed', 'regular fit', '版型', '修身', '宽松'] },
  { id: 'capacity', keys: ['capacity', 'volume', 'sleeps'], label: { en: 'capacity', 'zh-CN': '容量' }, terms: ['capacity', 'litre', 'liter', 'liters', 'litres', 'how many people', 'sleeps', 'persons', 'volume', 'fit a', 'hold', 'holds', 'how much food', 'how much water', '容量', '几个人', '几人', '升', '容纳', '装多少'] },
  { id: 'connectivity', keys: ['connectivity', 'bluetooth version', 'bluetooth', 'wireless'], label: { en: 'connectivity', 'zh-CN': '连接' }, terms: ['bluetooth', 'wireless', 'connectivity', 'connect', 'pair', '蓝牙', '无线', '连接'] },
  { id: 'gps', keys: ['gps', 'built-in gps'], label: { en: 'built-in GPS', 'zh-CN': '内置 GPS' }, terms: ['gps', 'navigation', 'track my route', '定位', '导航'], boolean: true, names: ['gps', 'built-in gps', 'with gps', '内置gps', 'gps定位'] },
  { id: 'heart-rate', keys: ['heart rate', 'heart-rate sensor', 'heart rate sensor'], label: { en: 'heart-rate sensor', 'zh-CN': '心率监测' }, terms: ['heart rate', 'heart-rate', 'pulse', 'hr', '心率'], boolean: true, names: ['heart rate', 'heart-rate', 'heart rate monitor', '心率', '测心率'] },
  { id: 'insulation', keys: ['insulation', 'fill'], label: { en: 'insulation', 'zh-CN': '填充' }, terms: ['insulation', 'insulated', 'warm', 'down', 'fill', '保暖', '羽绒', '填充'] },
  { id: 'hood', keys: ['hood'], label: { en: 'hood', 'zh-CN': '连帽' }, terms: ['hood', 'hooded', '帽', '连帽'], boolean: true, names: ['hooded', 'with a hood', 'with hood', 'has a hood', '连帽', '带帽', '有帽子', '有帽', '带帽子'] },
  { id: 'terrain', keys: ['terrain', 'surface'], label: { en: 'terrain', 'zh-CN': '路面' }, terms: ['terrain', 'trail', 'road', 'track', 'surface', 'mountain', '路面', '越野', '公路', '跑道', '跑山', '山路', '山地'] },
  { id: 'scent', keys: ['scent', 'fragrance', 'smell'], label: { en: 'scent', 'zh-CN': '香味' }, terms: ['scent', 'smell', 'smells', 'fragrance', 'scented', '香味', '味道', '气味', '香型', '什么味'] },
  { id: 'drop', keys: ['drop', 'heel-to-toe drop', 'heel drop'], label: { en: 'heel-to-toe drop', 'zh-CN': '跟掌差' }, terms: ['drop', 'heel drop', 'heel-to-toe', '跟掌差'] },
  { id: 'sole', keys: ['sole', 'outsole'], label: { en: 'sole', 'zh-CN': '鞋底' }, terms: ['sole', 'outsole', 'grip', 'traction', 'vibram', '鞋底', '大底', '抓地'] },
  { id: 'thickness', keys: ['thickness'], label: { en: 'thickness', 'zh-CN': '厚度' }, terms: ['thick', 'thickness', 'mm', '厚', '厚度'] },
  { id: 'power', keys: ['power', 'output', 'output power', 'wattage'], label: { en: 'power', 'zh-CN': '功率' }, terms: ['power', 'watts', 'wattage', 'output', 'loud', 'w', '功率', '瓦', '输出'] },
  { id: 'pressure', keys: ['pressure', 'pump pressure'], label: { en: 'pump pressure', 'zh-CN': '泵压' }, terms: ['pressure', 'bar', 'pump', '泵压', '压力'] },
  { id: 'reflective', keys: ['reflective', 'reflective details'], label: { en: 'reflective details', 'zh-CN': '反光条' }, terms: ['reflective', 'visible at night', 'night', 'dark', '反光', '夜跑'], boolean: true, names: ['reflective', 'visible at night', 'for running at night', '反光', '夜跑'] },
  { id: 'laptop', keys: ['laptop sleeve', 'laptop compartment'], label: { en: 'laptop sleeve', 'zh-CN': '电脑隔层' }, terms: ['laptop', 'computer', 'macbook', '电脑', '笔记本'] },
  { id: 'frother', keys: ['milk frother', 'steam wand'], label: { en: 'milk frother', 'zh-CN': '奶泡器' }, terms: ['frother', 'milk', 'steam', 'latte', 'cappuccino', '奶泡', '拿铁', '蒸汽'], boolean: true, names: ['milk frother', 'frother', 'steam wand', 'froth milk', 'for lattes', 'for cappuccino', '奶泡', '打奶泡'] },
  { id: 'height', keys: ['height', 'cut'], label: { en: 'height', 'zh-CN': '袜筒' }, terms: ['height', 'no-show', 'crew', 'quarter', 'ankle', '袜筒', '船袜', '中筒', '短筒'] },
  { id: 'season', keys: ['season', 'season rating', 'warmth', 'warmth rating'], label: { en: 'season rating', 'zh-CN': '适用季节' }, terms: ['season', 'winter', 'summer', '3-season', '4-season', 'snow', '季节', '冬天', '夏天', '四季'] },
  { id: 'warranty', keys: ['warranty', 'guarantee'], label: { en: 'warranty', 'zh-CN': '保修' }, terms: ['warranty', 'guarantee', '保修', '质保'] },
  { id: 'dimensions', keys: ['dimensions', 'size (cm)', 'length', 'width'], label: { en: 'dimensions', 'zh-CN': '尺寸' }, terms: ['dimensions', 'how big', 'length', 'width', 'cm', '尺寸', '多大', '长度', '宽度'] },
  // Kitchen, home and electronics features: yes/no keys shops commonly use, with how shoppers ask for them.
  { id: 'temperature-control', keys: ['temperature control', 'variable temperature', 'adjustable temperature', 'temperature settings'], label: { en: 'temperature control', 'zh-CN': '控温' }, terms: ['temperature control', 'temperature', 'set the temperature', 'adjust the temperature', 'temp control', '控温', '调温', '温控', '温度'], boolean: true, names: ['temperature control', 'variable temperature', 'adjustable temperature', 'set the temperature', 'adjust the temperature', 'choose the temperature', 'temperature settings', 'temp control', '控温', '调温', '温控', '调温度', '可调温', '调节温度', '设定温度', '恒温'] },
  { id: 'dishwasher-safe', keys: ['dishwasher safe', 'dishwasher-safe', 'dishwasher safe parts'], label: { en: 'dishwasher safe', 'zh-CN': '可洗碗机清洗' }, terms: ['dishwasher', 'dishwasher safe', 'dishwasher-safe', '洗碗机'], boolean: true, names: ['dishwasher safe', 'dishwasher-safe', 'dishwasher proof', 'in the dishwasher', 'goes in the dishwasher', 'can go in the dishwasher', 'put in the dishwasher', '洗碗机', '可洗碗机清洗', '能放洗碗机'] },
  { id: 'microwave-safe', keys: ['microwave safe', 'microwave-safe'], label: { en: 'microwave safe', 'zh-CN': '可微波' }, terms: ['microwave', 'microwave safe', 'microwavable', '微波'], boolean: true, names: ['microwave safe', 'microwave-safe', 'microwavable', 'microwaveable', 'in the microwave', 'can go in the microwave', '可微波', '能微波', '微波炉可用', '微波'] },
  { id: 'oven-safe', keys: ['oven safe', 'oven-safe', 'ovenproof'], label: { en: 'oven safe', 'zh-CN': '可进烤箱' }, terms: ['oven', 'oven safe', 'ovenproof', '烤箱'], boolean: true, names: ['oven safe', 'oven-safe', 'ovenproof', 'oven proof', 'in the oven', 'can go in the oven', '进烤箱', '可进烤箱', '能进烤箱'] },
  { id: 'induction', keys: ['induction compatible', 'induction', 'induction ready', 'induction-compatible'], label: { en: 'induction compatible', 'zh-CN': '适用电磁炉' }, terms: ['induction', 'induction hob', 'induction cooktop', '电磁炉'], boolean: true, names: ['induction', 'induction compatible', 'induction-compatible', 'induction ready', 'for induction', 'induction hob', 'induction cooktop', '电磁炉', '电磁炉可用', '适用电磁炉'] },
  { id: 'mopping', keys: ['mopping', 'mop', 'mopping function'], label: { en: 'mopping', 'zh-CN': '拖地' }, terms: ['mop', 'mops', 'mopping', '拖地'], boolean: true, names: ['mop', 'mops', 'mopping', 'can mop', 'also mops', 'vacuum and mop', '拖地', '扫拖', '扫拖一体', '能拖地'] },
  { id: 'dual-basket', keys: ['dual basket', 'dual zone', 'two baskets', 'double basket'], label: { en: 'dual basket', 'zh-CN': '双锅' }, terms: ['dual basket', 'two baskets', 'double basket', 'twin basket', 'dual zone', 'baskets', '双锅', '双篮', '双炸篮', '两个锅', '两个篮'], boolean: true, names: ['dual basket', 'dual-basket', 'two baskets', 'double basket', 'twin basket', 'twin baskets', 'dual zone', '2 baskets', '双锅', '双篮', '双炸篮', '双区', '两个锅', '两个篮'] },
  { id: 'programmable', keys: ['programmable', 'timer', 'delay start', 'programmable timer'], label: { en: 'programmable', 'zh-CN': '可预约' }, terms: ['programmable', 'timer', 'delay start', 'schedule', '预约', '定时'], boolean: true, names: ['programmable', 'with a timer', 'timer', 'delay start', 'set it the night before', 'schedule', '预约', '可预约', '定时'] },
  { id: 'insulated', keys: ['insulated', 'vacuum insulated', 'double wall'], label: { en: 'insulated', 'zh-CN': '保温' }, terms: ['insulated', 'keeps hot', 'keeps cold', 'keep drinks hot', 'keep drinks cold', 'thermos', '保温', '保冷'], boolean: true, names: ['insulated', 'vacuum insulated', 'double wall', 'keeps drinks hot', 'keeps drinks cold', 'keep drinks hot', 'keep drinks cold', 'keeps hot', 'keeps cold', 'keeps coffee hot', 'keeps water cold', 'stays hot', 'stays cold', '保温', '保冷'] },
  { id: 'leakproof', keys: ['leakproof', 'leak-proof', 'leak proof', 'spill proof'], label: { en: 'leakproof', 'zh-CN': '防漏' }, terms: ['leak', 'leaks', 'leakproof', 'leak-proof', 'spill', '漏', '防漏', '漏水'], boolean: true, names: ['leakproof', 'leak-proof', 'leak proof', 'spill proof', 'spill-proof', 'does not leak', "doesn't leak", "won't leak", 'will not leak', 'no leaks', 'without leaking', '防漏', '不漏', '不漏水', '密封'] },
  { id: 'machine-washable', keys: ['machine washable', 'machine-washable', 'washable'], label: { en: 'machine washable', 'zh-CN': '可机洗' }, terms: ['machine washable', 'washable', 'washing machine', 'wash it', '机洗', '水洗', '洗衣机'], boolean: true, names: ['machine washable', 'machine-washable', 'washable', 'in the washing machine', 'can be washed', 'can wash', '机洗', '可机洗', '可水洗', '能洗'] },
  { id: 'dimmable', keys: ['dimmable', 'dimmer', 'brightness control'], label: { en: 'dimmable', 'zh-CN': '可调光' }, terms: ['dimmable', 'dim', 'dimmer', 'brightness', '调光', '亮度'], boolean: true, names: ['dimmable', 'dimmer', 'can dim', 'adjustable brightness', 'brightness control', 'dim the light', '调光', '可调光', '调亮度', '亮度可调'] },
  { id: 'usb', keys: ['usb port', 'usb', 'usb charging', 'usb-c'], label: { en: 'USB port', 'zh-CN': 'USB 接口' }, terms: ['usb', 'usb port', 'charge my phone', 'charging port', 'usb接口', '充电口'], boolean: true, names: ['usb', 'usb port', 'usb charging', 'charge my phone', 'charge a phone', 'charging port', 'usb接口', '充电口', '能充手机'] },
  { id: 'lidar', keys: ['lidar mapping', 'lidar', 'laser navigation', 'mapping'], label: { en: 'lidar mapping', 'zh-CN': '激光导航' }, terms: ['lidar', 'mapping', 'maps', 'laser navigation', 'smart mapping', '激光', '建图', '导航'], boolean: true, names: ['lidar', 'lidar mapping', 'laser navigation', 'smart mapping', 'maps the house', 'maps my home', 'map the house', '激光导航', '激光雷达', '建图'] },
  { id: 'nonstick', keys: ['nonstick', 'non-stick', 'nonstick coating'], label: { en: 'nonstick', 'zh-CN': '不粘' }, terms: ['nonstick', 'non-stick', 'non stick', 'stick', '不粘'], boolean: true, names: ['nonstick', 'non-stick', 'non stick', '不粘', '不粘涂层'] },
  { id: 'viewing-window', keys: ['viewing window', 'window'], label: { en: 'viewing window', 'zh-CN': '可视窗' }, terms: ['window', 'viewing window', 'see inside', 'see the food', '可视', '视窗', '看到里面'], boolean: true, names: ['viewing window', 'window', 'see inside', 'see the food', 'see the food cooking', '可视窗', '可视', '视窗'] },
  { id: 'wide-slots', keys: ['wide slots', 'extra-wide slots', 'wide slot'], label: { en: 'wide slots', 'zh-CN': '宽槽' }, terms: ['wide slots', 'wide slot', 'bagels', 'bagel', 'thick bread', '宽槽', '贝果', '厚片'], boolean: true, names: ['wide slots', 'wide slot', 'extra wide', 'for bagels', 'fits bagels', 'bagel', 'thick slices', 'thick bread', '宽槽', '宽口', '贝果', '厚片'] },
  { id: 'auto-off', keys: ['auto shut-off', 'auto off', 'automatic shut-off', 'auto shutoff'], label: { en: 'auto shut-off', 'zh-CN': '自动断电' }, terms: ['auto shut-off', 'auto off', 'shuts off', 'turns off', 'switches off', '自动断电', '自动关机'], boolean: true, names: ['auto shut-off', 'auto shutoff', 'auto off', 'shuts off automatically', 'turns itself off', 'switches off by itself', '自动断电', '自动关机', '防干烧'] },
  { id: 'wireless', keys: ['wireless', 'cordless'], label: { en: 'wireless', 'zh-CN': '无线' }, terms: ['wireless', 'cordless', 'no cable', 'no cord', '无线'], boolean: true, names: ['wireless', 'cordless', 'without a cord', 'no cord', 'no cable', '无线'] },
  { id: 'bluetooth', keys: ['bluetooth', 'bluetooth support'], label: { en: 'Bluetooth', 'zh-CN': '蓝牙' }, terms: ['bluetooth', '蓝牙'], boolean: true, names: ['bluetooth', 'with bluetooth', '蓝牙'] },
  { id: 'wifi', keys: ['wi-fi', 'wifi', 'app control', 'smart control'], label: { en: 'Wi-Fi / app', 'zh-CN': 'Wi-Fi / App' }, terms: ['wifi', 'wi-fi', 'app', 'phone app', 'alexa', 'smart home', 'App', '手机控制', '智能'], boolean: true, names: ['wifi', 'wi-fi', 'app control', 'control it from my phone', 'with an app', 'alexa', '手机控制', 'app控制', '智能'] },
  { id: 'fast-charging', keys: ['fast charging', 'quick charge', 'fast charge'], label: { en: 'fast charging', 'zh-CN': '快充' }, terms: ['fast charging', 'fast charge', 'quick charge', 'charges quickly', '快充'], boolean: true, names: ['fast charging', 'fast charge', 'quick charge', 'quick charging', 'charges quickly', 'charges fast', '快充', '闪充'] },
  { id: 'touchscreen', keys: ['touchscreen', 'touch screen'], label: { en: 'touchscreen', 'zh-CN': '触屏' }, terms: ['touchscreen', 'touch screen', '触屏', '触摸屏'], boolean: true, names: ['touchscreen', 'touch screen', 'touch-screen', '触屏', '触摸屏'] },
  { id: 'foldable', keys: ['foldable', 'folding', 'collapsible'], label: { en: 'foldable', 'zh-CN': '可折叠' }, terms: ['foldable', 'folding', 'folds', 'collapsible', '折叠'], boolean: true, names: ['foldable', 'folding', 'folds up', 'folds flat', 'collapsible', '折叠', '可折叠'] },
  { id: 'vegan', keys: ['vegan'], label: { en: 'vegan', 'zh-CN': '纯素' }, terms: ['vegan', '纯素'], boolean: true, names: ['vegan', '纯素', '素食'] },
  { id: 'organic', keys: ['organic', 'certified organic'], label: { en: 'organic', 'zh-CN': '有机' }, terms: ['organic', '有机'], boolean: true, names: ['organic', 'certified organic', '有机'] },
  { id: 'hepa', keys: ['hepa filter', 'hepa', 'hepa filtration'], label: { en: 'HEPA filter', 'zh-CN': 'HEPA 滤网' }, terms: ['hepa', 'allergies', 'allergy', 'pollen', 'dust', 'hepa滤网', '过敏', '花粉'], boolean: true, names: ['hepa', 'hepa filter', 'for allergies', 'allergy', 'pollen', 'hepa滤网', '过敏', '花粉'] },
  // Measured features: the answer gives the number.
  { id: 'room-size', keys: ['room size', 'coverage', 'coverage area', 'area', 'recommended room size'], label: { en: 'room size', 'zh-CN': '适用面积' }, terms: ['room size', 'size room', 'how big a room', 'big room', 'square metres', 'square meters', 'square feet', 'sq ft', 'm²', 'coverage', '适用面积', '面积', '多大的房间', '房间', '几平'] },
  { id: 'suction', keys: ['suction', 'suction power'], label: { en: 'suction', 'zh-CN': '吸力' }, terms: ['suction', 'suction power', 'how strong', 'pa', '吸力'] },
  { id: 'run-time', keys: ['run time', 'runtime', 'running time', 'burn time'], label: { en: 'run time', 'zh-CN': '续航' }, terms: ['run time', 'runtime', 'how long does it run', 'how long will it run', 'burn time', 'burn for', '运行时间', '燃烧时间', '能烧多久', '能用多久'] },
  { id: 'screen', keys: ['screen size', 'display', 'screen', 'display size'], label: { en: 'screen', 'zh-CN': '屏幕' }, terms: ['screen', 'display', 'screen size', 'inch screen', '屏幕', '屏'] },
  { id: 'storage', keys: ['storage', 'storage capacity', 'memory'], label: { en: 'storage', 'zh-CN': '存储' }, terms: ['storage', 'gb', 'tb', 'memory', '存储', '内存'] },
];

const byKey = new Map<string, AttributeConcept>();
for (const c of CONCEPTS) for (const k of c.keys) byKey.set(k, c);

const fuzzy = new Map<string, AttributeConcept | undefined>();

/**
 * The concept an attribute key belongs to, if we know it: the key itself, else the concept key whose
 * words all occur in it, longest first ("dishwasher safe basket" → dishwasher safe, "bluetooth version" →
 * connectivity). Keys of a catalog we have never seen are rarely spelt like ours.
 */
export function conceptForKey(key: string): AttributeConcept | undefined {
  const k = key.toLowerCase().trim();
  const exact = byKey.get(k);
  if (exact) return exact;
  if (fuzzy.has(k)) return fuzzy.get(k);
  const words = new Set(k.split(/[^a-z0-9\u3400-\u9fff]+/).filter(Boolean));
  let best: { c: AttributeConcept; len: number } | undefined;
  if (words.size > 1) {
    for (const [ck, c] of byKey) {
      const cw = ck.split(/[^a-z0-9\u3400-\u9fff]+/).filter(Boolean);
      if (cw.length && cw.every((w) => words.has(w)) && ck.length > (best?.len ?? 0)) best = { c, len: ck.length };
    }
  }
  if (fuzzy.size > 5000) fuzzy.clear();
  fuzzy.set(k, best?.c);
  return best?.c;
}

/**
 * A label for an attribute key in the UI language: the shop's own label when the catalog has one
 * (`labels`, e.g. { "water resistance": "防水等级" }), our translation of the concept's main key, else the key.
 */
export function attributeLabel(key: string, lang: Lang, labels?: Record<string, string>): string {
  const own = labels?.[key]?.trim();
  if (own && own.length <= 40) return own;
  const c = conceptForKey(key);
  return c && (c.keys[0] === key.toLowerCase() || lang === 'en') ? c.label[lang] : key;
}

/** Each concept's terms, ready to match: Chinese terms as substrings, others as whole words (compiled once). */
interface TermMatcher {
  /** How specific a match is: the term's length, Chinese characters counting double. */
  weight: number;
  test(q: string): boolean;
}

let matchers: { c: AttributeConcept; terms: TermMatcher[] }[] | null = null;

function termMatchers(): { c: AttributeConcept; terms: TermMatcher[] }[] {
  return (matchers ??= CONCEPTS.map((c) => ({
    c,
    terms: c.terms.map((t): TermMatcher => {
      if (/[\u3400-\u9fff]/.test(t)) return { weight: t.length * 2, test: (q) => q.includes(t) };
      const re = new RegExp(`(?:^|[^a-z])${escapeRegExp(t)}(?:s|es)?(?:$|[^a-z])`);
      return { weight: t.length, test: (q) => re.test(q) };
    }),
  })));
}

/** Concepts a question mentions, most specific (longest matching term) first. */
export function conceptsInQuestion(question: string): AttributeConcept[] {
  const q = question.toLowerCase();
  const hits: { c: AttributeConcept; len: number }[] = [];
  for (const { c, terms } of termMatchers()) {
    let best = 0;
    for (const t of terms) if (t.test(q)) best = Math.max(best, t.weight);
    if (best) hits.push({ c, len: best });
  }
  return hits.sort((a, b) => b.len - a.len).map((h) => h.c);
}

/** Yes/no in both languages, as catalogs write them ("yes", "是", "true", "有"). */
export function booleanValue(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (/^(?:yes|true|y|1|是|有|支持|✓|✔)$/.test(v)) return true;
  if (/^(?:no|false|n|0|none|否|无|没有|不支持|n\/a|✗|✘)$/.test(v)) return false;
  return null;
}
