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
}

export const CONCEPTS: AttributeConcept[] = [
  { id: 'waterproof', keys: ['waterproof', 'water resistance', 'water-resistant', 'waterproofing', 'water resistant'], label: { en: 'waterproof', 'zh-CN': '防水' }, terms: ['waterproof', 'water-proof', 'water resistant', 'water-resistant', 'water resistance', 'rain', 'wet', 'ipx', 'splash', 'water', 'swim', 'swimming', 'shower', 'pool', '防水', '防雨', '下雨', '淋雨', '防泼水', '雨', '游泳', '淋浴', '洗澡'], boolean: true },
  { id: 'weight', keys: ['weight', 'packed weight', 'net weight'], label: { en: 'weight', 'zh-CN': '重量' }, terms: ['weight', 'weigh', 'weighs', 'heavy', 'light', 'lightweight', 'grams', '重量', '多重', '重吗', '轻', '克'] },
  { id: 'battery', keys: ['battery life', 'battery', 'playtime', 'runtime'], label: { en: 'battery life', 'zh-CN': '续航' }, terms: ['battery', 'battery life', 'charge', 'hours', 'last', 'lasts', 'playtime', '续航', '电池', '电量', '充电', '多久'] },
  { id: 'noise', keys: ['noise cancelling', 'noise canceling', 'anc'], label: { en: 'noise cancelling', 'zh-CN': '主动降噪' }, terms: ['noise cancelling', 'noise canceling', 'noise-cancelling', 'anc', 'noise', 'quiet', '降噪', '噪音', '隔音'], boolean: true },
  { id: 'material', keys: ['material', 'fabric', 'upper', 'materials'], label: { en: 'material', 'zh-CN': '材质' }, terms: ['material', 'made of', 'fabric', 'leather', 'wool', 'cotton', 'nylon', 'polyester', 'upper', '材质', '面料', '材料', '鞋面', '羊毛', '真皮'] },
  { id: 'color', keys: ['color', 'colour'], label: { en: 'colour', 'zh-CN': '颜色' }, terms: ['color', 'colour', 'colors', 'colours', '颜色', '配色', '什么色'] },
  { id: 'size', keys: ['size', 'sizes'], label: { en: 'size', 'zh-CN': '尺码' }, terms: ['size', 'sizes', 'sizing', 'fit', 'fits', 'small', 'large', '尺码', '尺寸', '码数', '大小', '偏大', '偏小', '码'] },
  { id: 'fit', keys: ['fit'], label: { en: 'fit', 'zh-CN': '版型' }, terms: ['fit', 'slim', 'relaxed', 'regular fit', '版型', '修身', '宽松'] },
  { id: 'capacity', keys: ['capacity', 'volume', 'sleeps'], label: { en: 'capacity', 'zh-CN': '容量' }, terms: ['capacity', 'litre', 'liter', 'liters', 'litres', 'how many people', 'sleeps', 'persons', 'volume', 'fit a', '容量', '几个人', '几人', '升', '容纳'] },
  { id: 'connectivity', keys: ['connectivity', 'bluetooth', 'wireless'], label: { en: 'connectivity', 'zh-CN': '连接' }, terms: ['bluetooth', 'wireless', 'connectivity', 'connect', 'pair', '蓝牙', '无线', '连接'] },
  { id: 'gps', keys: ['gps', 'built-in gps'], label: { en: 'built-in GPS', 'zh-CN': '内置 GPS' }, terms: ['gps', 'navigation', 'track my route', '定位', '导航'], boolean: true },
  { id: 'heart-rate', keys: ['heart rate', 'heart-rate sensor', 'heart rate sensor'], label: { en: 'heart-rate sensor', 'zh-CN': '心率监测' }, terms: ['heart rate', 'heart-rate', 'pulse', 'hr', '心率'], boolean: true },
  { id: 'insulation', keys: ['insulation', 'fill'], label: { en: 'insulation', 'zh-CN': '填充' }, terms: ['insulation', 'insulated', 'warm', 'down', 'fill', '保暖', '羽绒', '填充'] },
  { id: 'hood', keys: ['hood'], label: { en: 'hood', 'zh-CN': '连帽' }, terms: ['hood', 'hooded', '帽', '连帽'], boolean: true },
  { id: 'terrain', keys: ['terrain', 'surface'], label: { en: 'terrain', 'zh-CN': '路面' }, terms: ['terrain', 'trail', 'road', 'track', 'surface', 'mountain', '路面', '越野', '公路', '跑道', '跑山', '山路', '山地'] },
  { id: 'scent', keys: ['scent', 'fragrance', 'smell'], label: { en: 'scent', 'zh-CN': '香味' }, terms: ['scent', 'smell', 'smells', 'fragrance', 'scented', '香味', '味道', '气味', '香型', '什么味'] },
  { id: 'drop', keys: ['drop', 'heel-to-toe drop', 'heel drop'], label: { en: 'heel-to-toe drop', 'zh-CN': '跟掌差' }, terms: ['drop', 'heel drop', 'heel-to-toe', '跟掌差'] },
  { id: 'sole', keys: ['sole', 'outsole'], label: { en: 'sole', 'zh-CN': '鞋底' }, terms: ['sole', 'outsole', 'grip', 'traction', 'vibram', '鞋底', '大底', '抓地'] },
  { id: 'thickness', keys: ['thickness'], label: { en: 'thickness', 'zh-CN': '厚度' }, terms: ['thick', 'thickness', 'mm', '厚', '厚度'] },
  { id: 'power', keys: ['power', 'output', 'output power', 'wattage'], label: { en: 'power', 'zh-CN': '功率' }, terms: ['power', 'watts', 'wattage', 'output', 'loud', 'w', '功率', '瓦', '输出'] },
  { id: 'pressure', keys: ['pressure', 'pump pressure'], label: { en: 'pump pressure', 'zh-CN': '泵压' }, terms: ['pressure', 'bar', 'pump', '泵压', '压力'] },
  { id: 'reflective', keys: ['reflective', 'reflective details'], label: { en: 'reflective details', 'zh-CN': '反光条' }, terms: ['reflective', 'visible at night', 'night', 'dark', '反光', '夜跑'], boolean: true },
  { id: 'laptop', keys: ['laptop sleeve', 'laptop compartment'], label: { en: 'laptop sleeve', 'zh-CN': '电脑隔层' }, terms: ['laptop', 'computer', 'macbook', '电脑', '笔记本'] },
  { id: 'frother', keys: ['milk frother', 'steam wand'], label: { en: 'milk frother', 'zh-CN': '奶泡器' }, terms: ['frother', 'milk', 'steam', 'latte', 'cappuccino', '奶泡', '拿铁', '蒸汽'], boolean: true },
  { id: 'height', keys: ['height', 'cut'], label: { en: 'height', 'zh-CN': '袜筒' }, terms: ['height', 'no-show', 'crew', 'quarter', 'ankle', '袜筒', '船袜', '中筒', '短筒'] },
  { id: 'season', keys: ['season', 'season rating'], label: { en: 'season rating', 'zh-CN': '适用季节' }, terms: ['season', 'winter', 'summer', '3-season', '4-season', 'snow', '季节', '冬天', '夏天', '四季'] },
  { id: 'warranty', keys: ['warranty', 'guarantee'], label: { en: 'warranty', 'zh-CN': '保修' }, terms: ['warranty', 'guarantee', '保修', '质保'] },
  { id: 'dimensions', keys: ['dimensions', 'size (cm)', 'length', 'width'], label: { en: 'dimensions', 'zh-CN': '尺寸' }, terms: ['dimensions', 'how big', 'length', 'width', 'cm', '尺寸', '多大', '长度', '宽度'] },
];

const byKey = new Map<string, AttributeConcept>();
for (const c of CONCEPTS) for (const k of c.keys) byKey.set(k, c);

/** The concept an attribute key belongs to, if we know it. */
export function conceptForKey(key: string): AttributeConcept | undefined {
  return byKey.get(key.toLowerCase());
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
