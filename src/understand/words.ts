/**
 * Word helpers for reading shoppers' text: Latin words and their lookup keys (folded, stemmed: "Shoes"
 * and "shoe" meet), Chinese runs and words (Intl.Segmenter), and edit distance for typos.
 */
import { foldWord } from '../search/tokenize.ts';
import { stem } from '../search/stem.ts';
import { zhSegmenter } from '../search/zh-segmenter.ts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function isCjkText(s: string): boolean {
  return CJK.test(s);
}

/** Latin words (letters/digits, inner ' and -), in order. "T恤" keeps its T as a word. */
export function latinWords(text: string): string[] {
  return text.match(/[A-Za-z0-9\u00c0-\u024f]+(?:['’][a-z]+)?/g) ?? [];
}

/** A word's lookup key: lower case, accents off, stemmed ("Kettles" → "kettle"). */
export function wordKey(w: string): string {
  // "knives" → "knife", "shelves" → "shelf": plurals the light stemmer leaves.
  const f = foldWord(w).replace(/['’]s$/, '').replace(/ives$/, 'ife').replace(/lves$/, 'lf');
  return /^[a-z]+$/.test(f) ? stem(f) : f;
}

/** Chinese runs of a text, in order. */
export function cjkRuns(text: string): string[] {
  return text.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? [];
}

/** Chinese words of a run (Intl.Segmenter where available, else the run). */
export function cjkWords(run: string): string[] {
  const seg = zhSegmenter();
  if (!seg) return [run];
  return [...seg.segment(run)].filter((s) => s.isWordLike !== false && isCjkText(s.segment)).map((s) => s.segment);
}

/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment: "candels" is
 * one slip from "candles", as "shoos" is from "shoes"), stopping early above `max`.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Whether a Chinese word abbreviates a longer catalog word: same first and last character, its
 * characters in order ("跑鞋" → "跑步鞋", "蓝牙耳" → "蓝牙耳机" is not: the last differs).
 */
export function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let j = 0;
  for (const c of long) if (c === short[j]) j++;
  return j === short.length;
}
