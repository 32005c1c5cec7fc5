/**
 * Text → index terms, the same rules for documents and queries:
 *
 * - Latin and other space-separated scripts: words (letters and digits split apart, "10mm" = "10 mm"),
 *   lower-cased, accents folded, full-width forms made ASCII, stop words dropped, lightly stemmed.
 * - Chinese / Japanese (Han, kana): overlapping character bigrams; a lone character is its own term.
 *   Bigrams need no dictionary, so the index stays fast and never misses a word the segmenter would
 *   cut differently in another context.
 *
 * Queries add `Intl.Segmenter` on top (query-analyze.ts): it finds the words in "适合跑步的鞋子",
 * drops particles like 的, and keeps bigrams from crossing word boundaries.
 */
import { stem } from './stem.ts';

/** Words too common to search by (English). Shopping words such as "for" or "with" carry no product meaning. */
export const STOPWORDS = new Set(
  'a an and are as at be but by for from has have i if in into is it its me my of on or our so that the their them these this those to was we were will with you your'.split(
    ' ',
  ),
);

export const enum TermKind {
  Word = 0,
  CjkChar = 1,
  CjkBigram = 2,
}

export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x31f0 && c <= 0x31ff) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

export function hasCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isCjkCode(s.charCodeAt(i))) return true;
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARKS = /[\u0300-\u036f]/g;

/** Lower case, accents off ("Crème" → "creme"). */
export function foldWord(w: string): string {
  const lower = w.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize('NFKD').replace(MARKS, '').normalize('NFC');
  }
  return lower;
}

const termCache = new Map<string, string>();

/** A folded, stemmed word, or '' for a stop word. */
export function wordTerm(raw: string): string {
  let t = termCache.get(raw);
  if (t !== undefined) return t;
  const w = foldWord(raw);
  t = w.length === 0 || STOPWORDS.has(w) ? '' : stem(w);
  if (termCache.size > 100_000) termCache.clear();
  termCache.set(raw, t);
  return t;
}

const enum Cls {
  Sep,
  Letter,
  Digit,
  Cjk,
}

function classify(c: number, text: string, i: number): Cls {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return Cls.Letter;
    if (c >= 48 && c <= 57) return Cls.Digit;
    return Cls.Sep;
  }
  if (isCjkCode(c)) return Cls.Cjk;
  // Full-width ASCII letters and digits.
  if (c >= 0xff10 && c <= 0xff19) return Cls.Digit;
  if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return Cls.Letter;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    if (cp >= 0x20000 && cp <= 0x3ffff) return Cls.Cjk;
    return WORD_CHAR.test(String.fromCodePoint(cp)) ? Cls.Letter : Cls.Sep;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return Cls.Sep;
  const ch = text[i]!;
  if (WORD_CHAR.test(ch)) return /\p{N}/u.test(ch) ? Cls.Digit : Cls.Letter;
  // Combining marks stay inside the word they modify.
  if (c >= 0x300 && c <= 0x36f) return Cls.Letter;
  return Cls.Sep;
}

function toHalfWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export interface RawSegment {
  text: string;
  cjk: boolean;
  /** Offset in the input, for the query analyser. */
  start: number;
}

/**
 * Splits text into words and CJK runs. Digits and letters are split apart ("ipx7" → "ipx", "7"),
 * except decimal numbers ("5.3"). Apostrophes inside words are dropped ("don't" → "dont").
 */
export function segments(text: string, emit: (s: RawSegment) => void): void {
  const n = text.length;
  let start = -1;
  let cls = Cls.Sep;
  // Pieces are sliced from the input; only words with apostrophes or full-width forms need rewriting.
  let fix = false;
  const flush = (end: number) => {
    if (start >= 0 && end > start) {
      let t = text.slice(start, end);
      if (fix) t = toHalfWidth(t.replace(/['\u2019]/g, ''));
      emit({ text: t, cjk: cls === Cls.Cjk, start });
    }
    start = -1;
    fix = false;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = classify(c, text, i);
    if (k === Cls.Sep) {
      // "5.3" stays one number; "don't" one word.
      if (c === 46 && cls === Cls.Digit && i + 1 < n && classify(text.charCodeAt(i + 1), text, i + 1) === Cls.Digit) continue;
      if ((c === 39 || c === 0x2019) && cls === Cls.Letter && i + 1 < n && classify(text.charCodeAt(i + 1), text, i + 1) === Cls.Letter) {
        fix = true;
        continue;
      }
      flush(i);
      cls = Cls.Sep;
      continue;
    }
    if (k !== cls) {
      flush(i);
      cls = k;
      start = i;
    }
    if (c >= 0xff10 && c <= 0xff5a) fix = true;
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  flush(n);
}

/**
 * Words as the index sees them (stemmed words, CJK runs whole), space-joined: how names and synonym
 * entries are compared leniently ("running shoe" = "Running Shoes").
 */
export function stemKey(text: string): string {
  const parts: string[] = [];
  segments(text, (s) => {
    if (s.cjk) parts.push(s.text);
    else {
      const t = wordTerm(s.text);
      if (t) parts.push(t);
    }
  });
  return parts.join(' ');
}

/** Calls `emit` for each index term of `text` (documents). */
export function indexTerms(text: string, emit: (term: string, kind: TermKind) => void): void {
  segments(text, (s) => {
    if (!s.cjk) {
      const t = wordTerm(s.text);
      if (t) emit(t, TermKind.Word);
      return;
    }
    cjkTerms(s.text, emit);
  });
}

/** Bigrams of a CJK run; a run of one character is that character. */
export function cjkTerms(run: string, emit: (term: string, kind: TermKind) => void): void {
  let astral = false;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      astral = true;
      break;
    }
  }
  if (!astral) {
    if (run.length === 1) emit(run, TermKind.CjkChar);
    else for (let i = 0; i + 1 < run.length; i++) emit(run.slice(i, i + 2), TermKind.CjkBigram);
    return;
  }
  const chars = [...run]; // not Array.from: see arrays.ts
  if (chars.length === 1) {
    emit(chars[0]!, TermKind.CjkChar);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) emit(chars[i]! + chars[i + 1]!, TermKind.CjkBigram);
}
