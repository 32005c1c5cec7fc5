/**
 * A light English stemmer (plurals, -ing, -ed), the same on both sides of the index, so "running
 * shoes" finds "Running Shoe" and "hiking" finds "hike". Deliberately mild: aggressive stemming
 * merges words shoppers mean differently (Porter's "universal" = "universe").
 */

const VOWEL = /[aeiou]/;

function isConsonant(w: string, i: number): boolean {
  const c = w[i]!;
  if ('aeiou'.includes(c)) return false;
  if (c === 'y') return i === 0 || !isConsonant(w, i - 1);
  return true;
}

/** Porter's measure m: the number of vowel-consonant sequences. */
function measure(w: string): number {
  let m = 0;
  let i = 0;
  const n = w.length;
  while (i < n && isConsonant(w, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(w, i)) i++;
    if (i >= n) break;
    while (i < n && isConsonant(w, i)) i++;
    m++;
  }
  return m;
}

/** consonant-vowel-consonant ending, the last not w, x or y ("hik" → "hike"). */
function endsCvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const last = w[n - 1]!;
  return isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && last !== 'w' && last !== 'x' && last !== 'y';
}

function afterSuffix(stem: string): string {
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  const n = stem.length;
  const last = stem[n - 1]!;
  if (n >= 2 && last === stem[n - 2] && isConsonant(stem, n - 1)) {
    // "runn" → "run", "padd" → "pad", "cancell" → "cancel" (but "fall", "fill" keep their double l).
    if (last !== 's' && last !== 'z' && (last !== 'l' || n > 4)) return stem.slice(0, -1);
  }
  if (measure(stem) === 1 && endsCvc(stem)) return `${stem}e`;
  return stem;
}

const KEEP = new Set(['news', 'series', 'species', 'chassis', 'lens', 'glasses', 'pants', 'shorts', 'leggings', 'tights', 'jeans']);

export function stem(word: string): string {
  let w = word;
  const n = w.length;
  if (n <= 3 || !/^[a-z]+$/.test(w) || KEEP.has(w)) return w;
  // Plurals.
  if (w.endsWith('ies') && n > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:x|ch|sh|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  // -ing / -ed, only when what is left still has a vowel ("string", "sped" stay).
  const m = w.length;
  if (m >= 6 && w.endsWith('ing')) {
    const s = w.slice(0, -3);
    if (VOWEL.test(s)) w = afterSuffix(s);
  } else if (m >= 6 && w.endsWith('ed') && !w.endsWith('eed')) {
    const s = w.slice(0, -2);
    if (VOWEL.test(s)) w = afterSuffix(s);
  }
  return w;
}
