/**
 * Tolerant JSON for JSON-LD blocks as themes and plugins really write them. Only mechanical slips
 * are repaired, each named in the result so the owner is told: a byte-order mark, HTML comment or
 * CDATA wrappers around the JSON, raw control characters inside strings, trailing commas, and several
 * top-level values in one block. Anything else (a missing quote, a stray word, a block cut short) is
 * not guessed at: `value` is absent and `cut` says whether the text simply ended inside a value.
 */

export type JsonRepair = 'json-bom' | 'json-wrapper' | 'json-control-chars' | 'json-trailing-comma' | 'json-several-values';

export interface TolerantJson {
  /** The parsed value, when the text was JSON or was repaired into JSON. */
  value?: unknown;
  /** What had to be repaired (empty for valid JSON). */
  repairs: JsonRepair[];
  /** The text ended inside a string, object or array: cut short (on a page, most often by a raw `</script>`). */
  cut: boolean;
}

const WORDS = new Set(['true', 'false', 'null']);
const CONTROL_ESCAPES: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r' };

export function parseTolerantJson(input: string): TolerantJson {
  try {
    return { value: JSON.parse(input), repairs: [], cut: false };
  } catch {
    // repaired below
  }
  const repairs = new Set<JsonRepair>();
  let s = input;
  if (s.charCodeAt(0) === 0xfeff) {
    s = s.slice(1);
    repairs.add('json-bom');
  }
  // `<!-- {…} -->` and `//<![CDATA[ … //]]>`, as old CMS templates wrap script contents.
  const unwrapped = s
    .replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/, '')
    .replace(/(?:-->|(?:\/\/\s*)?\]\]>)\s*$/, '');
  if (unwrapped !== s) {
    s = unwrapped;
    repairs.add('json-wrapper');
  }

  // One pass: escape controls in strings, drop commas before a closing bracket, find top-level values.
  let out = '';
  let from = 0;
  let inStr = false;
  let esc = false;
  let depth = 0;
  let values = 0;
  let lastSignificant = '';
  let lastCommaAt = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inStr) {
      if (esc) esc = false;
      else if (c === 92) esc = true;
      else if (c === 34) inStr = false;
      else if (c < 0x20) {
        out += s.slice(from, i) + (CONTROL_ESCAPES[c] ?? `\\u${c.toString(16).padStart(4, '0')}`);
        from = i + 1;
        repairs.add('json-control-chars');
      }
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    const ch = s[i]!;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      // Outside strings only true, false and null are words (and a number's exponent).
      let j = i;
      while (j < s.length && /[A-Za-z]/.test(s[j]!)) j++;
      const word = s.slice(i, j);
      const atEnd = j === s.length;
      if (!WORDS.has(word) && !(atEnd && [...WORDS].some((w) => w.startsWith(word))) && !/^[eE]$/.test(word)) return { repairs: [...repairs], cut: false };
      lastSignificant = 'w';
      i = j - 1;
      continue;
    }
    if (ch === '}' || ch === ']') {
      if (lastSignificant === ',' && lastCommaAt >= 0) {
        out += s.slice(from, lastCommaAt);
        from = lastCommaAt + 1;
        repairs.add('json-trailing-comma');
      }
      depth--;
      if (depth < 0) return { repairs: [...repairs], cut: false };
    } else if (ch === '{' || ch === '[') {
      if (depth === 0) {
        values++;
        if (values > 1) {
          // Another top-level value: join them as one array (`{…}{…}` or `{…},{…}`).
          out += s.slice(from, i) + (lastSignificant === ',' ? '' : ',');
          from = i;
          repairs.add('json-several-values');
        }
      }
      depth++;
    } else if (ch === '"') {
      inStr = true;
    } else if (ch === ',') {
      lastCommaAt = i;
    }
    lastSignificant = ch;
  }
  out += s.slice(from);
  if (inStr || depth > 0) return { repairs: [...repairs], cut: true };
  if (repairs.has('json-several-values')) out = `[${out.trim().replace(/,\s*$/, '')}]`;
  if (repairs.size === 0) return { repairs: [], cut: false };
  try {
    return { value: JSON.parse(out), repairs: [...repairs], cut: false };
  } catch {
    return { repairs: [...repairs], cut: false };
  }
}
