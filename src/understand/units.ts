/**
 * Quantities with units, in catalog values ("310 g", "4 persons", "1.7 L", "1500W", "3 人") and in
 * shoppers' words ("for 4 people", "under 300 grams", "at least 1.5 litres", "4人"). Each value is
 * converted to its family's base unit so "1.5 l" and "1500 ml" compare.
 */
import { matchesOf, shared } from './patterns.ts';

export type Family = 'mass' | 'volume' | 'length' | 'power' | 'people' | 'time' | 'energy' | 'count' | 'pressure' | 'data' | 'sound' | 'area' | 'flow' | 'density';

export interface Quantity {
  family: Family;
  /** In the family's base unit (g, ml, mm, W, persons, minutes, mAh, pieces, bar, GB). */
  value: number;
}

/** Unit word → family and factor to the base unit. Longest spellings first when matched. */
const UNITS: [string, Family, number][] = [
  ['kilograms', 'mass', 1000], ['kilogram', 'mass', 1000], ['kg', 'mass', 1000], ['grams', 'mass', 1], ['gram', 'mass', 1], ['g', 'mass', 1],
  ['pounds', 'mass', 453.6], ['pound', 'mass', 453.6], ['lbs', 'mass', 453.6], ['lb', 'mass', 453.6], ['ounces', 'mass', 28.35], ['oz', 'mass', 28.35],
  ['千克', 'mass', 1000], ['公斤', 'mass', 1000], ['斤', 'mass', 500], ['克', 'mass', 1],
  ['litres', 'volume', 1000], ['liters', 'volume', 1000], ['litre', 'volume', 1000], ['liter', 'volume', 1000], ['l', 'volume', 1000], ['ml', 'volume', 1],
  ['quarts', 'volume', 946], ['quart', 'volume', 946], ['qt', 'volume', 946], ['cups', 'volume', 240], ['fl oz', 'volume', 29.57],
  ['毫升', 'volume', 1], ['升', 'volume', 1000],
  ['mm', 'length', 1], ['cm', 'length', 10], ['m', 'length', 1000], ['inches', 'length', 25.4], ['inch', 'length', 25.4], ['in', 'length', 25.4], ['"', 'length', 25.4],
  ['feet', 'length', 304.8], ['ft', 'length', 304.8], ['毫米', 'length', 1], ['厘米', 'length', 10], ['公分', 'length', 10], ['米', 'length', 1000], ['英寸', 'length', 25.4], ['寸', 'length', 25.4],
  ['watts', 'power', 1], ['watt', 'power', 1], ['w', 'power', 1], ['瓦', 'power', 1],
  ['people', 'people', 1], ['persons', 'people', 1], ['person', 'people', 1], ['adults', 'people', 1], ['adult', 'people', 1], ['guests', 'people', 1], ['campers', 'people', 1], ['p', 'people', 1], ['man', 'people', 1], ['sleeps', 'people', 1], ['人', 'people', 1],
  ['weeks', 'time', 10080], ['week', 'time', 10080], ['days', 'time', 1440], ['day', 'time', 1440], ['周', 'time', 10080], ['星期', 'time', 10080], ['天', 'time', 1440],
  ['hours', 'time', 60], ['hour', 'time', 60], ['hrs', 'time', 60], ['hr', 'time', 60], ['h', 'time', 60], ['minutes', 'time', 1], ['mins', 'time', 1], ['min', 'time', 1], ['小时', 'time', 60], ['分钟', 'time', 1],
  ['mah', 'energy', 1], ['毫安', 'energy', 1],
  ['pieces', 'count', 1], ['piece', 'count', 1], ['pcs', 'count', 1], ['pc', 'count', 1], ['pack', 'count', 1], ['件', 'count', 1], ['支', 'count', 1], ['片', 'count', 1], ['只', 'count', 1],
  ['bar', 'pressure', 1], ['kpa', 'pressure', 0.01], ['pa', 'pressure', 0.00001],
  ['m²', 'area', 1], ['m2', 'area', 1], ['sqm', 'area', 1], ['sq m', 'area', 1], ['sq ft', 'area', 0.0929], ['sqft', 'area', 0.0929], ['square feet', 'area', 0.0929], ['square metres', 'area', 1], ['square meters', 'area', 1], ['square metre', 'area', 1], ['square meter', 'area', 1], ['square foot', 'area', 0.0929], ['平方米', 'area', 1], ['平米', 'area', 1], ['㎡', 'area', 1],
  ['db', 'sound', 1], ['dba', 'sound', 1], ['decibels', 'sound', 1], ['分贝', 'sound', 1],
  ['slices', 'count', 1], ['slice', 'count', 1], ['slots', 'count', 1], ['settings', 'count', 1], ['speeds', 'count', 1], ['档', 'count', 1],
  ['gb', 'data', 1], ['tb', 'data', 1024],
  // Air flow (purifiers' CADR, fans) and fabric weight (towels, sheets): base units m³/h and g/m².
  ['m³/h', 'flow', 1], ['m3/h', 'flow', 1], ['cfm', 'flow', 1.699], ['立方米/小时', 'flow', 1],
  ['gsm', 'density', 1], ['g/m²', 'density', 1], ['g/m2', 'density', 1], ['克/平方米', 'density', 1],
];
UNITS.sort((a, b) => b[0].length - a[0].length);
const UNIT_RE = UNITS.map(([u]) => u.replace(/[.*+?^${}()|[\]\\"]/g, '\\$&').replace(' ', '\\s?')).join('|');
const UNIT_OF = new Map(UNITS.map(([u, f, k]) => [u.replace(' ', ''), { family: f, factor: k }]));

const ONES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ONE_W = Object.keys(ONES).join('|');
const BELOW_100 = `(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${ONE_W}))?|${Object.keys(TEENS).join('|')})`;
const SPELLED = new RegExp(`\\b(?:(?:(a|${ONE_W})\\s+(hundred|thousand))(?:\\s+(?:and\\s+)?(${BELOW_100}|${ONE_W}))?|(${BELOW_100}))\\b`, 'gi');

function belowHundred(words: string): number {
  const [t, o] = words.toLowerCase().split(/[- ]/);
  return TEENS[t!] ?? (TENS[t!] ?? ONES[t!] ?? 0) + (o ? ONES[o] ?? 0 : 0);
}

/**
 * Spelled-out amounts as digits: "fifty dollars" → "50 dollars", "two hundred and fifty" → "250", "a
 * thousand" → "1000". Only ten and above: "which one", "these two" keep their words.
 */
export function spelledNumbers(text: string): string {
  if (!/[a-z]/i.test(text)) return text;
  return text.replace(SPELLED, (_m, lead?: string, scale?: string, rest?: string, alone?: string) => {
    if (alone) return String(belowHundred(alone));
    const n = (lead!.toLowerCase() === 'a' ? 1 : ONES[lead!.toLowerCase()]!) * (scale!.toLowerCase() === 'thousand' ? 1000 : 100);
    return String(n + (rest ? belowHundred(rest) : 0));
  });
}

/** Attribute keys that say what an unlabelled number counts ("capacity: 4" → people for a tent). */
const KEY_FAMILY: [RegExp, Family][] = [
  // A bare number under "capacity" counts people (tents, cookware sets say their unit when it is not).
  [/sleeps|persons?|people|capacity|occupancy|berths?|人数|容纳/i, 'people'],
  [/weight|重量/i, 'mass'],
  [/wattage|power|功率/i, 'power'],
  [/battery|runtime|playtime|续航/i, 'time'],
  [/pieces|piece count|件数/i, 'count'],
];

/** The quantity a catalog value states, or null ("310 g" → mass 310; "4 persons" → people 4). */
export function quantityOf(value: string, key = ''): Quantity | null {
  const v = value.normalize('NFKC').trim().toLowerCase();
  const m = new RegExp(`^(\\d+(?:[.,]\\d+)?)\\s*(${UNIT_RE})?(?![a-z²³/])`, 'i').exec(v);
  if (!m) return null;
  const n = Number(m[1]!.replace(',', '.'));
  if (!Number.isFinite(n)) return null;
  if (m[2]) {
    const u = UNIT_OF.get(m[2].replace(/\s/g, ''));
    // "650克" under a gsm key is a fabric weight per square metre, not a mass.
    if (u) return { family: u.family === 'mass' && /\bgsm\b|克重|fabric weight/i.test(key) ? 'density' : u.family, value: u.family === 'mass' && /\bgsm\b|克重|fabric weight/i.test(key) ? n : n * u.factor };
  }
  if (v !== m[0].trim()) return null;
  // A bare number counts what its key says ("capacity: 4" people), else things ("thread count: 800").
  return { family: KEY_FAMILY.find(([re]) => re.test(key))?.[1] ?? 'count', value: n };
}

export interface QuantityAsk {
  family: Family;
  /** The attribute asked about, when the shopper named it ("800 thread count", "thread count over 600"). */
  key?: string;
  min?: number;
  max?: number;
  /** An exact amount ("a 4-person tent"): products within a few percent count. */
  exact?: number;
  /** "over 1000 W", "less than 2 kg", "超过": the bound itself does not count ("at least", "以上" do). */
  strict?: boolean;
  /** Where in the message it was said, to take it out of the search words. */
  start: number;
  end: number;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|[一二两三四五六七八九十]+)`;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function num(s: string): number {
  // "1,500" is fifteen hundred; "1,5" (a decimal comma) one and a half.
  return NUMBER_WORDS[s.toLowerCase()] ?? (/^\d{1,3}(?:,\d{3})+$/.test(s) ? Number(s.replace(/,/g, '')) : Number(s.replace(',', '.')));
}

const BOUND_BEFORE: [RegExp, 'min' | 'max'][] = [
  [/(?:at least|(?:a\s+)?minimum(?:\s+of)?|min\.?|over|above|more than|greater than|bigger than|no less than|not less than|no fewer than|>=?|至少|起码|最少|不少于|不低于|大于|超过|以上)\s*$/i, 'min'],
  [/(?:under|below|less than|lighter than|smaller than|at most|(?:a\s+)?max(?:imum)?\.?(?:\s+of)?|up to|no more than|not more than|<=?|不超过|不到|最多|小于|低于|以内|以下)\s*$/i, 'max'],
];

/**
 * The bound said right before an amount ("at least", "不超过", "heavier than", "no heavier than"): which
 * bound, whether the amount itself is left out, and where the words start.
 */
export function boundSaidBefore(before: string): { kind: 'min' | 'max'; strict: boolean; start: number } | null {
  const bound = boundBefore(before);
  if (bound) {
    const { bm, kind } = bound;
    // "not bigger than", "not lighter than": the other bound, the amount itself allowed.
    const negated = /than\s*$/i.test(bm[0]) ? NEGATED.exec(before.slice(0, bm.index)) : null;
    return { kind: negated ? (kind === 'min' ? 'max' : 'min') : kind, strict: !negated && STRICT.test(bm[0].trim()), start: negated ? negated.index : bm.index };
  }
  const cmp = COMPARATIVE.exec(before);
  if (!cmp) return null;
  // "no heavier than 2.5 kg", "not longer than 30 cm": the other bound, the amount itself allowed.
  const negated = NEGATED.exec(before.slice(0, cmp.index));
  const smaller = SMALLER.test(cmp[1]!);
  return { kind: smaller !== !!negated ? 'max' : 'min', strict: !negated, start: negated ? negated.index : cmp.index };
}

/**
 * The bound word right before an amount: the longest one said wins, since a shorter one can end it
 * ("不超过" ends in "超过", "不低于" in "低于", "no more than" in "more than").
 */
function boundBefore(before: string): { bm: RegExpExecArray; kind: 'min' | 'max' } | null {
  let best: { bm: RegExpExecArray; kind: 'min' | 'max' } | null = null;
  for (const [b, kind] of BOUND_BEFORE) {
    const bm = b.exec(before);
    if (bm && (!best || bm.index < best.bm.index)) best = { bm, kind };
  }
  return best;
}
/** Bound words that leave the amount itself out: "over 1000 W" is more than 1000 W. */
export const STRICT = /^(?:over|above|more than|greater than|bigger than|under|below|less than|lighter than|smaller than|大于|超过|小于|低于|不到)$/i;
/**
 * Words that say what the amount measures, said right before it (and its bound word): part of the
 * amount, not search words ("holds a litre and a half", "weighs under 2 kg", "容量不超过1.5升").
 */
const MEASURING_WORD = /(?:\b(?:(?:burns?|lasts?|runs?|plays?|goes|keeps going)(?:\s+for)?|for|sleeps|fits|holds?|takes|weighs?|weighing|capacity of|a capacity of|with a capacity of|that holds?|which holds?)|容量|功率|重量|续航|面积|适合|适用)\s*$/i;
/** "about", "around", "大约" before an amount, "左右", "or so" after it: within NEAR of it either way (not for people: "about 4 people" still needs room for 4). */
const APPROX_BEFORE = /(?:\b(?:about|around|roughly|approximately|approx\.?|circa|close to)|~|大约|大概|差不多|约)\s*$/i;
const APPROX_AFTER = /^\s*(?:or so\b|or thereabouts\b|-?ish\b|give or take\b|more or less\b|左右|上下)/i;
const NEAR = 0.15;
/** Rooms: an area said with one is the room's. */
const ROOM = /\b(?:room|rooms|living room|bedroom|office|space|flat|apartment|studio|house|home|kitchen)\b|客厅|卧室|房间|空间|办公室/i;
/** "thicker than 5mm" / "lighter than 300g": comparatives before "than" bound the amount. */
const COMPARATIVE = /\b(\w+er|more|less|fewer)\s+than\s*$/i;
/** "no heavier than", "not bigger than": a negation right before a comparative turns its bound around. */
const NEGATED = /\b(?:no|not|never)\s+$/i;
const SMALLER = /^(?:lighter|smaller|shorter|thinner|narrower|lower|less|fewer|cheaper|slimmer|quieter)$/i;

/** "600 gsm or heavier", "2 kg or lighter": the comparative after the amount bounds it. */
export const BOUND_AFTER: [RegExp, 'min' | 'max'][] = [
  [/^\s*(?:\+|or more|and up|and above|and over|or over|plus|minimum|min\.?|at least|or (?:bigger|larger|heavier|longer|higher|thicker|wider|taller|stronger|louder|greater|better)|以上|及以上|起|或以上|或更[多大高长重])/i, 'min'],
  [/^\s*(?:or less|or under|or below|and under|and below|max(?:imum)?|at most|tops|or (?:lighter|fewer|smaller|shorter|thinner|narrower|lower|quieter|less)|以下|以内|之内|或以下|或更[少小低短轻])/i, 'max'],
];

/** Units said as "a …" / "one …": family and value in its base unit. */
const ONE_OF: Record<string, [Family, number]> = {
  litre: ['volume', 1000], liter: ['volume', 1000], gallon: ['volume', 3785], quart: ['volume', 946], pint: ['volume', 473],
  kilo: ['mass', 1000], kilogram: ['mass', 1000], pound: ['mass', 453.6],
  metre: ['length', 1000], meter: ['length', 1000], foot: ['length', 304.8],
  week: ['time', 10080], day: ['time', 1440], hour: ['time', 60], fortnight: ['time', 20160],
};
const ONE_OF_UNIT = new RegExp(`\\b(?:a|an|one)\\s+(${Object.keys(ONE_OF).join('|')})\\b`, 'gi');

/** A spoken or written count: "two" → 2, "4" → 4, "四" → 4 (NaN when it is none). */
export function countOf(word: string): number {
  return num(word);
}

/** Quantities a shopper asks for: "for 4 people", "under 300g", "1.5 litres or more", "4人", "2000W以上". */
export function quantitiesIn(message: string): QuantityAsk[] {
  const text = message.normalize('NFKC');
  const out: QuantityAsk[] = [];
  // Ranges first: "between 1 and 2 litres", "1-2 L", "1.5到2升".
  const range = shared(`(?:between\\s+)?${NUM}\\s*(?:-|–|~|to|and|到|至)\\s*${NUM}\\s*(${UNIT_RE})(?![a-z²³/])`, 'gi');
  for (const m of matchesOf(range, text)) {
    const unit = UNIT_OF.get(m[3]!.toLowerCase().replace(/\s/g, ''));
    const a = num(m[1]!);
    const b = num(m[2]!);
    if (!unit || !Number.isFinite(a) || !Number.isFinite(b) || a === b) continue;
    out.push({ family: unit.family, min: Math.min(a, b) * unit.factor, max: Math.max(a, b) * unit.factor, start: m.index!, end: m.index! + m[0].length });
  }
  const re = shared(`${NUM}\\s*(\\+)?\\s*-?\\s*(?:个|位)?\\s*(${UNIT_RE})(?![a-z²³/])`, 'gi');
  for (const m of matchesOf(re, text)) {
    const unit = UNIT_OF.get(m[3]!.toLowerCase().replace(/\s/g, ''));
    if (!unit || out.some((o) => o.start <= m.index! && o.end >= m.index! + m[0].length)) continue;
    // A lone "in"/"m"/"p"/"man" after a number is too ambiguous without a clear quantity shape.
    // Chinese numerals do count with a measure word said as a spec ("四片的", "两件装").
    const specAfter = /^(?:的|装|式|位)/.test(text.slice(m.index! + m[0].length)) && /^[一二两三四五六七八九十]+$/.test(m[1]!);
    if (/^(?:in|m|p|man|h|pc|pack|只|片|件)$/i.test(m[3]!) && !/^\d/.test(m[1]!) && !specAfter) continue;
    if (/^in$/i.test(m[3]!)) continue;
    const value = num(m[1]!) * unit.factor;
    if (!Number.isFinite(value)) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index! + m[0].length);
    let start = m.index!;
    let end = m.index! + m[0].length;
    const ask: QuantityAsk = { family: unit.family, start, end };
    const said = boundSaidBefore(before);
    if (said) {
      ask[said.kind] = value;
      if (said.strict) ask.strict = true;
      start = said.start;
    }
    for (const [a, kind] of BOUND_AFTER) {
      const am = a.exec(after);
      if (am) {
        ask[kind] = value;
        end += am[0].length;
      }
    }
    // "30+ hours": that much or more.
    if (m[2] && ask.min === undefined && ask.max === undefined) ask.min = value;
    // "about 5 litres", "roughly 2 kg", "5升左右": near it, either way.
    if (ask.min === undefined && ask.max === undefined && unit.family !== 'people') {
      const near = APPROX_BEFORE.exec(before);
      const nearAfter = APPROX_AFTER.exec(after);
      if (near || nearAfter) {
        ask.min = value * (1 - NEAR);
        ask.max = value * (1 + NEAR);
        if (near) start = near.index;
        if (nearAfter) end += nearAfter[0].length;
      }
    }
    if (ask.min === undefined && ask.max === undefined) {
      // "a tent for 4 people" means room for 4 (or more); "300 g" alone means about that much.
      // "a 1-person tent" (a hyphenated size) is exactly that.
      // So does "a 10 hour battery": a running time is a minimum.
      if ((unit.family === 'people' || unit.family === 'time') && !/-\s*$/.test(text.slice(m.index!, m.index! + m[0].length - m[3]!.length))) ask.min = value;
      // A room's size ("for a 40 square metre living room", "适合30平米的卧室") is what the thing must cope with: at least that.
      else if (unit.family === 'area' && (ROOM.test(after.slice(0, 24)) || /\bfor\s+(?:a|an|my|our|the)?\s*$/i.test(before))) ask.min = value;
      else ask.exact = value;
    }
    const pre = MEASURING_WORD.exec(text.slice(0, start));
    if (pre) start = pre.index;
    out.push({ ...ask, start, end });
  }
  // "holds a litre", "a kilo or less", "at least a week of battery": one of a unit. A measuring unit
  // alone is that amount; a span of time needs a bound ("a day out", "an hour away" ask for nothing).
  for (const m of text.matchAll(ONE_OF_UNIT)) {
    if (out.some((o) => o.start <= m.index! && o.end >= m.index! + m[0].length)) continue;
    const [family, unitValue] = ONE_OF[m[1]!.toLowerCase()]!;
    // "a litre and a half": one and a half of it; "half a litre": half of it.
    const half = /^\s+and\s+a\s+half\b/i.exec(text.slice(m.index! + m[0].length));
    const halfOf = /\bhalf\s+$/i.exec(text.slice(0, m.index));
    const value = half ? unitValue * 1.5 : halfOf && /^an?\b/i.test(m[0]) ? unitValue * 0.5 : unitValue;
    const ask: QuantityAsk = { family, start: halfOf && value < unitValue ? halfOf.index : m.index!, end: m.index! + m[0].length + (half?.[0].length ?? 0) };
    const bound = boundBefore(text.slice(0, m.index));
    const after = family === 'time' ? undefined : BOUND_AFTER.map(([b, kind]) => ({ am: b.exec(text.slice(ask.end)), kind })).find((x) => x.am);
    if (bound) {
      ask[bound.kind] = value;
      ask.start = bound.bm!.index;
      if (STRICT.test(bound.bm![0].trim())) ask.strict = true;
    } else if (after) {
      ask[after.kind] = value;
      ask.end += after.am![0].length;
    } else if (family === 'time') continue;
    else ask.exact = value;
    const pre = MEASURING_WORD.exec(text.slice(0, ask.start));
    if (pre) ask.start = pre.index;
    out.push(ask);
  }
  // 单人 / 双人帐篷: exactly that many people.
  for (const m of text.matchAll(/(单|双|三|四)人(?!以上|及以上)/g)) {
    if (out.some((o) => o.start <= m.index! && o.end >= m.index! + m[0].length)) continue;
    out.push({ family: 'people', exact: { 单: 1, 双: 2, 三: 3, 四: 4 }[m[1] as '单']!, start: m.index!, end: m.index! + m[0].length });
  }
  // "sleeps 3", "fits 4", "for 2 people" said the other way round; "a family of four", "一家四口",
  // "四口之家": that many people.
  for (const m of matchesOf(shared(`\\b(?:sleeps|sleep|fits|fit|seats|seat|for|(?:(?:for|fits|sleeps)\\s+)?(?:a|the|my|our)?\\s*(?:family|group|party|household|crew) of)\\s+(?:up to\\s+)?${NUM}\\b(?!\\s*(?:${UNIT_RE}))|(?:一家|全家)${NUM}口|${NUM}口(?:之家|人)`, 'gi'), text)) {
    const n0 = m[1] ?? m[2] ?? m[3];
    if (!/^(?:sleeps?|fits?|seats?|.*\bof\b|一家|全家)|口/i.test(m[0]) || !n0 || out.some((o) => o.start <= m.index! && o.end >= m.index! + m[0].length)) continue;
    const n = num(n0);
    if (Number.isFinite(n)) out.push({ family: 'people', min: n, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** Whether a measured value satisfies an ask. */
export function satisfies(value: number, ask: QuantityAsk): boolean {
  const eps = Math.max(Math.abs(value), 1) * 1e-9;
  if (ask.strict && ask.min !== undefined && value <= ask.min + eps) return false;
  if (ask.strict && ask.max !== undefined && value >= ask.max - eps) return false;
  if (ask.min !== undefined && value < ask.min - 1e-9) return false;
  if (ask.max !== undefined && value > ask.max + 1e-9) return false;
  if (ask.exact !== undefined && Math.abs(value - ask.exact) > Math.max(ask.exact * 0.03, 1e-9)) return false;
  return true;
}
