/**
 * Amounts as shoppers type them: "80", "1,299", "1.5k", "五百", "两千五", "3万", "1千2".
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** Regex source for one amount (Arabic or Chinese numerals, optional k / 千 / 万). */
export const AMOUNT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:[kK](?![a-zA-Z])|千|万)?|[零〇一二两俩三四五六七八九十百千万]+`;

/** Chinese numerals: 五百 = 500, 两千五 = 2500, 一万二 = 12000, 十五 = 15, 三百五十 = 350. */
export function chineseNumber(s: string): number | undefined {
  if (!/^[零〇一二两俩三四五六七八九十百千万]+$/.test(s)) return undefined;
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = 1;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      continue;
    }
    const unit = UNITS[ch]!;
    if (unit === 10000) {
      section += digit >= 0 ? digit : 0;
      total += (section || 1) * unit;
      section = 0;
      lastUnit = unit;
    } else {
      section += (digit >= 0 ? digit : 1) * unit;
      lastUnit = unit;
    }
    digit = -1;
  }
  // A trailing digit after a unit is one unit lower: 两千五 = 2500, 一万二 = 12000.
  if (digit >= 0) section += lastUnit >= 10 && s.length > 1 && !/[零〇]/.test(s) ? (digit * lastUnit) / 10 : digit;
  return total + section;
}

/** An amount from text matched by AMOUNT. */
export function parseAmount(raw: string): number | undefined {
  const s = raw.replace(/\s+/g, '');
  const zh = chineseNumber(s);
  if (zh !== undefined) return zh;
  const m = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([kK]|千|万)?$/.exec(s);
  if (!m) return undefined;
  let n = Number(m[1]!.replace(/,/g, ''));
  if (m[2] === 'k' || m[2] === 'K' || m[2] === '千') n *= 1000;
  else if (m[2] === '万') n *= 10000;
  return Number.isFinite(n) ? n : undefined;
}
