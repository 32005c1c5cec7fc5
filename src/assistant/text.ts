/**
 * Text helpers shared by the assistant: normalisation, CJK-aware word and sentence segmentation.
 * `Intl.Segmenter` does the segmentation so Chinese (no spaces) splits into words and sentences too.
 */
import type { Lang } from '../i18n/types.ts';

/** Lower-case, NFKC ("５００元" → "500元"), single spaces; and RegExp escaping: shared with the catalog. */
import { escapeRegExp, normalizeKey as normalize } from '../catalog/text.ts';

export { escapeRegExp, normalize };

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/;
const CJK_G = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/g;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

export function countCjk(text: string): number {
  return text.match(CJK_G)?.length ?? 0;
}


const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${locale}|${granularity}`;
  let s = segmenters.get(key);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, s);
  }
  return s;
}

/** Word-like segments, normalised. Chinese text is split by the dictionary segmenter ("防水吗" → "防水", "吗"). */
export function words(text: string, lang: Lang = 'en'): string[] {
  const out: string[] = [];
  const locale = lang === 'zh-CN' || hasCjk(text) ? 'zh-CN' : 'en';
  for (const s of segmenter(locale, 'word').segment(normalize(text))) if (s.isWordLike) out.push(s.segment);
  return out;
}

/** Sentences, trimmed, empties dropped ("Great grip. Runs small." → two). Works for "。！？" too. */
export function sentences(text: string, lang: Lang = 'en'): string[] {
  const locale = lang === 'zh-CN' || hasCjk(text) ? 'zh-CN' : 'en';
  const out: string[] = [];
  for (const s of segmenter(locale, 'sentence').segment(text)) {
    const t = s.segment.trim();
    if (t) out.push(t);
  }
  return out;
}

/** Removes HTML tags (and script/style bodies) from untrusted text. The result is still only ever rendered as text. */
export function stripTags(text: string): string {
  return text
    .replace(/<(script|style|iframe|object|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-z!][^>]*>/gi, ' ')
    .replace(/<(script|style)\b[^>]*$/i, ' ');
}

/** Bidi overrides and zero-width characters can disguise text ("gpj.exe"); drop them. */
export function stripInvisible(text: string): string {
  return text.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** Cuts at a word/sentence boundary near `maxChars`, adding an ellipsis. */
export function clip(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const boundary = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('。'), cut.lastIndexOf('，'), cut.lastIndexOf(','));
  return `${(boundary > maxChars * 0.6 ? cut.slice(0, boundary) : cut).trimEnd()}…`;
}
