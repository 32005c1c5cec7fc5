/**
 * Option values hidden in variant names. Shopify (and themes copying it) name a variant by its option
 * values joined with " / " ("Moss / S", or "Parka - Moss / S" in its ProductGroup JSON-LD) and publish
 * the option names apart (products.json `options`, a ProductGroup's `variesBy`). This module maps those
 * values onto attribute keys: by the option names when known, else by what each value looks like.
 */
import { attributeKey } from './coerce.ts';

/** schema.org variesBy terms and common option names → our attribute keys. */
const OPTION_KEYS: Record<string, string> = {
  color: 'color', colour: 'color', colors: 'color', farbe: 'color', couleur: 'color', 颜色: 'color', 颜色分类: 'color', 色: 'color',
  size: 'size', sizes: 'size', größe: 'size', taille: 'size', talla: 'size', 尺码: 'size', 尺寸: 'size', 码数: 'size', 规格: 'size',
  material: 'material', fabric: 'material', 材质: 'material', 面料: 'material',
  pattern: 'pattern', style: 'style', 款式: 'style', width: 'width', length: 'length',
  suggestedage: 'age', suggestedgender: 'gender', gender: 'gender',
};

/** The attribute key for an option name or a variesBy term ("https://schema.org/color", "Colour", "颜色"). */
export function optionKey(name: string): string {
  const bare = name.replace(/^https?:\/\/schema\.org\//i, '').replace(/^schema:/i, '').trim();
  const key = attributeKey(bare);
  return OPTION_KEYS[key.replace(/\s+/g, '')] ?? key;
}

const SIZE = /^(?:(?:x{0,3}s|x{0,4}l|\d?x[sl]|m|xxs|one size|os|free size|均码|s\/m|m\/l|l\/xl|small|medium|large|x-large|xx-large|petite|tall|plus)|(?:(?:us|uk|eu|it|fr|jp|cn)\s*)?\d{1,3}(?:[.,]5)?(?:\s*(?:cm|mm|in|"|ml|l|g|kg|oz))?|\d{2}\s*[x×/]\s*\d{2}|[a-f]{1,2}\d{2}|\d{2}[a-h]{1,2}|\d{1,3}(?:\.\d)?\s*码|[smlx]{1,4}码)$/i;
const MATERIAL = /^(?:cotton|organic cotton|wool|merino|cashmere|linen|silk|leather|suede|denim|polyester|nylon|fleece|down|canvas|bamboo|hemp|oak|walnut|pine|steel|stainless steel|aluminium|aluminum|glass|ceramic|porcelain|plastic|棉|纯棉|羊毛|羊绒|亚麻|真丝|真皮|牛皮|涤纶|尼龙|实木|不锈钢|陶瓷|玻璃)$/i;

export function looksLikeSize(v: string): boolean {
  return SIZE.test(v.trim());
}

/**
 * The option values in a variant name, or null when it is not in "A / B" form (a single value is read
 * only when the option names say what it is). `groupTitle` is the product title a variant name may start with.
 */
export function splitVariantName(name: string, groupTitle?: string): string[] | null {
  let s = name.trim();
  if (groupTitle) {
    const t = groupTitle.trim();
    if (s.toLowerCase().startsWith(t.toLowerCase())) s = s.slice(t.length).replace(/^\s*[-–—:|(]\s*/, '').replace(/\)\s*$/, '');
  }
  if (!s || s.toLowerCase() === 'default title') return null;
  const parts = s.split(/\s+\/\s+/).map((p) => p.trim()).filter(Boolean);
  // A lone value longer than a few words is a name, not an option value.
  if (parts.length === 1 && parts[0]!.split(/\s+/).length > 3) return null;
  return parts.length ? parts : null;
}

/**
 * Attribute values for a variant whose name holds its option values. With option names (`names`,
 * in option order) each value gets its option's key; without, sizes and materials are recognised by
 * shape, and the first remaining value is the colour (Shopify's first option is colour far more often
 * than anything else, and a name that is neither a size nor a material is almost always a colour).
 */
export function optionsFromValues(values: string[], names?: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (names && names.length >= values.length) {
    values.forEach((v, i) => {
      const key = optionKey(names[i]!);
      if (key && v && !(key in out)) out[key] = v;
    });
    return out;
  }
  // Without names a single value says too little ("Moss" could be a scent); two or more are options.
  if (values.length < 2) return out;
  const rest: string[] = [];
  for (const v of values) {
    if (!('size' in out) && looksLikeSize(v)) out.size = v;
    else if (!('material' in out) && MATERIAL.test(v)) out.material = v;
    else rest.push(v);
  }
  if (rest[0] !== undefined) out.color = rest[0];
  if (rest[1] !== undefined) out.style = rest[1];
  return out;
}
