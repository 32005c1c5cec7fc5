/**
 * Labelled relevance set over the demo shop (public/demo-data/catalog{,.zh}.json): queries shoppers
 * type, in English and Chinese, each with what a correct top result is. Labels are written against the
 * catalog's data (category, attributes, price, brand), not against any engine's output; the relevance
 * test and the search benchmark both score engines on it.
 *
 * A query passes when the first `k` hits (or as many as the catalog has relevant products, if fewer)
 * are all relevant, and — where `first` is given — the first hit is that product.
 */
import type { Product } from '../../src/catalog/types.ts';

export interface LabelledQuery {
  q: string;
  lang: 'en' | 'zh-CN';
  relevant: (p: Product) => boolean;
  /** How many top hits must be relevant (default 5). */
  k?: number;
  /** The product that must come first (by id), or a function choosing it from the catalog. */
  first?: string | ((products: Product[]) => string);
}

/** Demo ids carry the category: TH-RS-001 is a running shoe, in both languages. */
const cat = (code: string) => (p: Product) => p.id.startsWith(`TH-${code}-`);
const attr = (key: string, re: RegExp) => (p: Product) => {
  const v = p.attributes[key];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).some((x) => re.test(x));
};
const title = (re: RegExp) => (p: Product) => re.test(p.title);
const price = (min: number, max: number) => (p: Product) => typeof p.price === 'number' && p.price >= min && p.price <= max;
const and =
  (...fs: ((p: Product) => boolean)[]) =>
  (p: Product) =>
    fs.every((f) => f(p));
const not = (f: (p: Product) => boolean) => (p: Product) => !f(p);
const brand = (b: string) => (p: Product) => p.brand === b;
const rating = (min: number) => (p: Product) => (p.rating?.value ?? 0) >= min;
const available = (p: Product) => ['InStock', 'LimitedAvailability', 'OnlineOnly', 'InStoreOnly'].includes(p.availability);
const onSale = (p: Product) => p.listPrice !== undefined && p.price !== undefined && p.listPrice > p.price;
const color = (re: RegExp) => (p: Product) => attr('color', re)(p) || p.variants.some((v) => re.test(v.attributes.color ?? ''));
const cheapestOf = (f: (p: Product) => boolean) => (ps: Product[]) =>
  ps.filter(f).reduce((a, b) => ((b.price ?? Infinity) < (a.price ?? Infinity) ? b : a)).id;

const YES = /^(?:yes|是)$/;

export const RELEVANCE_SET: LabelledQuery[] = [
  // English: category words, features, synonyms, typos, prefixes
  { q: 'running shoes', lang: 'en', relevant: cat('RS') },
  { q: 'trail running shoes', lang: 'en', relevant: and(cat('RS'), (p) => /trail/i.test(p.title) || attr('terrain', /trail/)(p)) },
  { q: 'waterproof hiking boots', lang: 'en', relevant: and(cat('HB'), attr('waterproof', YES)) },
  { q: 'noise cancelling headphones', lang: 'en', relevant: and(cat('HE'), attr('noise cancelling', YES)) },
  { q: 'bluetooth speaker', lang: 'en', relevant: cat('SP') },
  { q: 'waterproof speaker', lang: 'en', relevant: and(cat('SP'), attr('waterproof', YES)) },
  { q: 'gps smartwatch', lang: 'en', relevant: and(cat('SM'), attr('gps', YES)) },
  { q: 'down jacket', lang: 'en', relevant: and(cat('JA'), attr('insulation', /down/)), k: 3 },
  { q: 'rain jacket', lang: 'en', relevant: and(cat('JA'), (p) => /rain/i.test(p.title) || attr('waterproof', YES)(p)) },
  { q: 'merino socks', lang: 'en', relevant: and(cat('SS'), attr('material', /merino/)), k: 3 },
  { q: 'laptop backpack', lang: 'en', relevant: and(cat('BA'), (p) => /laptop/i.test(p.title) || attr('laptop sleeve', /inch/)(p)) },
  { q: 'espresso machine', lang: 'en', relevant: and(cat('CO'), title(/espresso/i)) },
  { q: 'cold brew coffee maker', lang: 'en', relevant: and(cat('CO'), title(/cold brew/i)), k: 3 },
  { q: 'yoga mat', lang: 'en', relevant: cat('YO') },
  { q: 'extra thick yoga mat', lang: 'en', relevant: and(cat('YO'), (p) => /extra-thick/i.test(p.title) || attr('thickness', /10 mm/)(p)), k: 3 },
  { q: '4 person tent', lang: 'en', relevant: and(cat('TE'), attr('capacity', /^4$/)), k: 3 },
  { q: 'backpacking tent', lang: 'en', relevant: cat('TE') },
  { q: 'reflective running shirt', lang: 'en', relevant: and(cat('RA'), attr('reflective', YES)), k: 3 },
  { q: 'hiking boots with vibram sole', lang: 'en', relevant: and(cat('HB'), attr('sole', /vibram/i)), k: 3 },
  { q: 'coffee maker with milk frother', lang: 'en', relevant: and(cat('CO'), attr('milk frother', YES)), k: 3 },
  { q: 'sneakers', lang: 'en', relevant: cat('RS') },
  { q: 'earbuds', lang: 'en', relevant: cat('HE') },
  { q: 'rucksack', lang: 'en', relevant: cat('BA') },
  { q: 'hedphones', lang: 'en', relevant: cat('HE') },
  { q: 'smartwach', lang: 'en', relevant: cat('SM') },
  { q: 'backpak', lang: 'en', relevant: cat('BA') },
  { q: 'headph', lang: 'en', relevant: cat('HE') },
  { q: 'espres', lang: 'en', relevant: and(cat('CO'), title(/espresso/i)) },
  // English: structured phrases the parser turns into filters
  { q: 'running shoes under $80', lang: 'en', relevant: and(cat('RS'), price(0, 80)) },
  { q: 'running shoes under $80 not Velox', lang: 'en', relevant: and(cat('RS'), price(0, 80), not(brand('Velox'))) },
  { q: 'Velox running shoes', lang: 'en', relevant: and(cat('RS'), brand('Velox')) },
  { q: 'jackets between $50 and $100', lang: 'en', relevant: and(cat('JA'), price(50, 100)) },
  { q: 'cheapest tent', lang: 'en', relevant: cat('TE'), first: cheapestOf(cat('TE')) },
  { q: 'headphones rated 4.5+', lang: 'en', relevant: and(cat('HE'), rating(4.5)) },
  { q: 'blue yoga mat', lang: 'en', relevant: and(cat('YO'), color(/blue/)) },
  { q: 'hiking boots in stock', lang: 'en', relevant: and(cat('HB'), available) },
  { q: 'headphones on sale', lang: 'en', relevant: and(cat('HE'), onSale) },
  { q: 'Sonara Studio 1', lang: 'en', relevant: and(brand('Sonara'), title(/Studio 1\b/)), k: 1 },

  // Chinese
  { q: '跑步鞋', lang: 'zh-CN', relevant: cat('RS') },
  { q: '适合跑步的鞋子', lang: 'zh-CN', relevant: cat('RS') },
  { q: '跑鞋', lang: 'zh-CN', relevant: cat('RS') },
  { q: '500元以下的蓝牙耳机', lang: 'zh-CN', relevant: and(cat('HE'), price(0, 500)) },
  { q: '降噪耳机', lang: 'zh-CN', relevant: and(cat('HE'), attr('noise cancelling', YES)) },
  { q: '防水登山靴', lang: 'zh-CN', relevant: and(cat('HB'), attr('waterproof', YES)) },
  { q: '蓝牙音箱', lang: 'zh-CN', relevant: cat('SP') },
  { q: '智能手表', lang: 'zh-CN', relevant: cat('SM') },
  { q: '带GPS的智能手表', lang: 'zh-CN', relevant: and(cat('SM'), attr('gps', YES)) },
  { q: '羽绒外套', lang: 'zh-CN', relevant: and(cat('JA'), attr('insulation', /羽绒/)), k: 3 },
  { q: '冲锋衣', lang: 'zh-CN', relevant: cat('JA') },
  { q: '美利奴羊毛袜', lang: 'zh-CN', relevant: and(cat('SS'), attr('material', /美利奴/)), k: 3 },
  { q: '电脑双肩包', lang: 'zh-CN', relevant: and(cat('BA'), (p) => /电脑/.test(p.title) || attr('laptop sleeve', /英寸/)(p)) },
  { q: '意式咖啡机', lang: 'zh-CN', relevant: and(cat('CO'), title(/意式/)) },
  { q: '瑜伽垫', lang: 'zh-CN', relevant: cat('YO') },
  { q: '加厚瑜伽垫', lang: 'zh-CN', relevant: and(cat('YO'), (p) => /加厚/.test(p.title) || attr('thickness', /10/)(p)), k: 3 },
  { q: '四人帐篷', lang: 'zh-CN', relevant: and(cat('TE'), attr('capacity', /4/)), k: 3 },
  { q: '蓝色瑜伽垫', lang: 'zh-CN', relevant: and(cat('YO'), color(/蓝/)) },
  { q: '最便宜的帐篷', lang: 'zh-CN', relevant: cat('TE'), first: cheapestOf(cat('TE')) },
  { q: '评分4.5分以上的耳机', lang: 'zh-CN', relevant: and(cat('HE'), rating(4.5)) },
  { q: '有货的登山靴', lang: 'zh-CN', relevant: and(cat('HB'), available) },
  { q: '打折的外套', lang: 'zh-CN', relevant: and(cat('JA'), onSale) },
  { q: '300到800元的跑步鞋', lang: 'zh-CN', relevant: and(cat('RS'), price(300, 800)) },
  { q: '不要Velox的跑步鞋', lang: 'zh-CN', relevant: and(cat('RS'), not(brand('Velox'))) },
  { q: '反光跑步T恤', lang: 'zh-CN', relevant: and(cat('RA'), attr('reflective', YES)), k: 3 },
  { q: '手冲咖啡机', lang: 'zh-CN', relevant: and(cat('CO'), title(/手冲/)), k: 3 },
  { q: '运动耳机', lang: 'zh-CN', relevant: and(cat('HE'), title(/运动/)), k: 3 },
  { q: '越野跑鞋', lang: 'zh-CN', relevant: and(cat('RS'), (p) => /越野/.test(p.title) || attr('terrain', /越野/)(p)) },
];

export interface QueryOutcome {
  q: string;
  lang: string;
  pass: boolean;
  /** Relevant among the first k (k shrunk to the relevant products there are). */
  precision: number;
  /** 1 / rank of the first relevant hit (0 when none). */
  reciprocalRank: number;
  k: number;
  top: string[];
}

export function judge(entry: LabelledQuery, products: Product[], hitIds: string[]): QueryOutcome {
  const byId = new Map(products.map((p) => [p.id, p]));
  const relevantCount = products.filter(entry.relevant).length;
  const k = Math.max(1, Math.min(entry.k ?? 5, relevantCount));
  const top = hitIds.slice(0, k);
  const good = top.filter((id) => {
    const p = byId.get(id);
    return !!p && entry.relevant(p);
  }).length;
  const firstRelevant = hitIds.findIndex((id) => {
    const p = byId.get(id);
    return !!p && entry.relevant(p);
  });
  const first = typeof entry.first === 'function' ? entry.first(products) : entry.first;
  const pass = good === k && top.length === k && (first === undefined || hitIds[0] === first);
  return { q: entry.q, lang: entry.lang, pass, precision: good / k, reciprocalRank: firstRelevant >= 0 ? 1 / (firstRelevant + 1) : 0, k, top };
}
