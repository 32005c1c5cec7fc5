/**
 * Colour names in English and Chinese mapped to one id each, so "in blue", "蓝色的" and a product whose
 * colour is "Navy Blue" or "深蓝色" meet in the same filter and facet.
 */

export const COLORS: Record<string, { en: string; zh: string; words: string[] }> = {
  black: { en: 'black', zh: '黑色', words: ['black', 'jet black', 'midnight', 'onyx', '黑色', '黑'] },
  white: { en: 'white', zh: '白色', words: ['white', 'ivory', 'off-white', 'off white', 'cream', '白色', '米白色', '米白', '白'] },
  grey: { en: 'grey', zh: '灰色', words: ['grey', 'gray', 'charcoal', 'graphite', 'slate', '灰色', '深灰', '浅灰', '灰'] },
  silver: { en: 'silver', zh: '银色', words: ['silver', '银色', '银'] },
  blue: { en: 'blue', zh: '蓝色', words: ['blue', 'sky blue', 'light blue', 'royal blue', 'cobalt', '蓝色', '天蓝色', '宝蓝色', '浅蓝', '蓝'] },
  navy: { en: 'navy', zh: '藏青色', words: ['navy', 'navy blue', 'dark blue', '藏青色', '藏青', '海军蓝', '深蓝色', '深蓝'] },
  teal: { en: 'teal', zh: '青色', words: ['teal', 'turquoise', 'aqua', 'cyan', '青色', '蓝绿色', '湖蓝色'] },
  green: { en: 'green', zh: '绿色', words: ['green', 'olive', 'khaki green', 'forest green', 'mint', 'sage', '绿色', '军绿色', '墨绿色', '橄榄绿', '绿'] },
  yellow: { en: 'yellow', zh: '黄色', words: ['yellow', 'mustard', 'lemon', '黄色', '柠檬黄', '黄'] },
  orange: { en: 'orange', zh: '橙色', words: ['orange', 'coral', 'rust', '橙色', '橘色', '橘黄色', '橙'] },
  red: { en: 'red', zh: '红色', words: ['red', 'crimson', 'burgundy', 'maroon', 'wine', '红色', '酒红色', '大红色', '红'] },
  pink: { en: 'pink', zh: '粉色', words: ['pink', 'rose', 'blush', 'magenta', 'fuchsia', '粉色', '粉红色', '粉红', '玫红色', '粉'] },
  purple: { en: 'purple', zh: '紫色', words: ['purple', 'violet', 'lavender', 'lilac', 'plum', '紫色', '薰衣草紫', '紫'] },
  brown: { en: 'brown', zh: '棕色', words: ['brown', 'chocolate', 'coffee', 'walnut', 'chestnut', '棕色', '咖啡色', '褐色', '巧克力色', '棕'] },
  beige: { en: 'beige', zh: '米色', words: ['beige', 'tan', 'khaki', 'sand', 'camel', 'taupe', 'nude', '米色', '卡其色', '卡其', '驼色', '杏色'] },
  gold: { en: 'gold', zh: '金色', words: ['gold', 'golden', 'champagne', '金色', '香槟色'] },
  multicolor: { en: 'multicolour', zh: '多色', words: ['multicolor', 'multicolour', 'multi-color', 'multi-colour', 'rainbow', '彩色', '多色', '拼色'] },
};

/** Every colour word, longest first (so "navy blue" wins over "blue"), with its id. */
export const COLOR_WORD_LIST: { word: string; id: string; cjk: boolean }[] = Object.entries(COLORS)
  .flatMap(([id, c]) => c.words.map((word) => ({ word, id, cjk: /[\u3400-\u9fff]/.test(word) })))
  .sort((a, b) => b.word.length - a.word.length);

const cache = new Map<string, string[]>();

/**
 * Colour ids named in a product's colour value: "Navy Blue" → [navy], "blue/white" → [blue, white],
 * "深蓝色" → [navy]. Unknown colour names ("Sunset") are kept as their own lower-case id.
 */
export function colorIds(value: string): string[] {
  const key = value.toLowerCase().trim();
  if (!key) return [];
  const hit = cache.get(key);
  if (hit) return hit;
  const ids: string[] = [];
  let rest = ` ${key} `;
  for (const { word, id, cjk } of COLOR_WORD_LIST) {
    if (cjk) {
      if (!rest.includes(word)) continue;
      rest = rest.split(word).join(' ');
    } else {
      const re = new RegExp(`(^|[^a-z])${word.replace(/[-]/g, '\\-')}(?=$|[^a-z])`, 'g');
      if (!re.test(rest)) continue;
      rest = rest.replace(re, '$1 ');
    }
    if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length === 0) ids.push(key);
  if (cache.size > 5000) cache.clear();
  cache.set(key, ids);
  return ids;
}
