/**
 * Query text → term groups to look up in the index. Each word the shopper typed becomes one group;
 * a product "covers" the word if it matches any of the group's alternatives:
 *
 * - the word itself (stemmed; a CJK word as its bigrams),
 * - everyday synonyms ("sneakers" → "running shoe", "耳塞" → "耳机"),
 * - completions of a word still being typed ("headph" → "headphone"),
 * - near spellings when the word is unknown ("hedphones" → "headphone"),
 * - for a single Chinese character, every indexed bigram containing it ("鞋" → 跑步鞋's "步鞋").
 *
 * Chinese runs are cut into words with `Intl.Segmenter`, which also drops particles (的, 吗…) and
 * keeps bigrams from spanning two words ("蓝色的跑鞋" never looks for "的跑").
 */
import { boundedDistance, typoBudget } from './fuzzy.ts';
import type { IndexData } from './index-builder.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';
import { cjkTerms, foldWord, segments, stemKey, TermKind, wordTerm } from './tokenize.ts';
import { zhSegmenter } from './zh-segmenter.ts';

/** All slots must match; a slot matches when the product has any of its terms. */
export interface Alternative {
  slots: number[][];
  weight: number;
}

export interface TermGroup {
  /** The word as typed. */
  surface: string;
  alternatives: Alternative[];
}

/** Words that say nothing about the product in a query ("show me some…", "我想要…"). */
const QUERY_STOPWORDS = new Set(
  'show find want need looking look some any please something anything get buy like good great nice one ones item items product products recommend suggest what which there do have can could would should give got also just really very much more most less about around'.split(
    ' ',
  ),
);
const ZH_STOPWORDS = new Set([
  '的', '了', '吗', '呢', '吧', '啊', '呀', '哦', '嘛', '我', '你', '他', '她', '它', '我们', '要', '想', '想要', '需要', '给', '给我', '帮', '帮我', '找', '找找',
  '推荐', '一下', '一款', '一个', '一些', '一双', '一件', '一条', '一台', '一把', '一顶', '款', '个', '些', '有', '有没有', '没有', '什么', '哪些', '哪个', '哪款',
  '可以', '请', '买', '购买', '是', '在', '和', '与', '及', '或', '或者', '还有', '也', '都', '很', '比较', '最好', '好', '好的', '适合', '用', '用的', '款式', '东西', '商品', '产品',
  '带', '带有', '含', '含有', '具有', '一',
]);
/** Characters that trail Chinese nouns without meaning (鞋子 = 鞋). */
const ZH_SUFFIXES = new Set(['子', '儿', '们', '的']);

/** Shopping words the segmenter's dictionary may not know (冲锋衣, 跑鞋): kept whole. */
const ZH_LEXICON: string[] = [...new Set(SYNONYM_GROUPS.flat().filter((w) => /^[\u3400-\u9fff]{2,}$/.test(w)))].sort((a, b) => b.length - a.length);

/** Segmenter words, with lexicon words kept whole. */
function segmentWords(run: string): string[] {
  const seg = zhSegmenter();
  const out: string[] = [];
  let rest = run;
  while (rest) {
    let at = -1;
    let word = '';
    for (const w of ZH_LEXICON) {
      const i = rest.indexOf(w);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        word = w;
      }
    }
    const before = at < 0 ? rest : rest.slice(0, at);
    if (before) out.push(...(seg ? [...seg.segment(before)].filter((s) => s.isWordLike !== false).map((s) => s.segment) : [before]));
    if (at < 0) break;
    out.push(word);
    rest = rest.slice(at + word.length);
  }
  return out;
}

/** Chinese words of a CJK run: Segmenter words, particles removed, stray single characters re-joined. */
export function chineseWords(run: string): string[] {
  const words = segmentWords(run);
  const out: string[] = [];
  let loose = '';
  const flushLoose = () => {
    if (loose) out.push(loose);
    loose = '';
  };
  for (const w of words) {
    if (ZH_STOPWORDS.has(w) || (ZH_SUFFIXES.has(w) && !loose)) {
      flushLoose();
      continue;
    }
    // The segmenter splits words its dictionary lacks into characters (降|噪): put them back together.
    if (Array.from(w).length === 1) loose += w;
    else {
      flushLoose();
      out.push(w);
    }
  }
  flushLoose();
  return out;
}

/** Per-index caches the analyser builds lazily. */
interface AnalyzerCache {
  charBigrams?: Map<string, number[]>;
  wordMasks?: Int32Array;
  synonyms?: Map<string, string[]>;
}
const caches = new WeakMap<IndexData, AnalyzerCache>();

function cacheFor(data: IndexData): AnalyzerCache {
  let c = caches.get(data);
  if (!c) {
    c = {};
    caches.set(data, c);
  }
  return c;
}

function letterMask(w: string): number {
  let m = 0;
  for (let i = 0; i < w.length; i++) m |= 1 << (w.charCodeAt(i) % 31);
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Indexed words within the typo budget of `w`, closest and most common first. */
function typoMatches(data: IndexData, w: string, limit = 8): { id: number; d: number }[] {
  const max = typoBudget(w.length);
  if (max === 0) return [];
  const cache = cacheFor(data);
  if (!cache.wordMasks) {
    cache.wordMasks = new Int32Array(data.terms.length);
    for (let t = 0; t < data.terms.length; t++) if (data.termKind[t] === TermKind.Word) cache.wordMasks[t] = letterMask(data.terms[t]!);
  }
  const masks = cache.wordMasks;
  const mask = letterMask(w);
  const found: { id: number; d: number }[] = [];
  for (let len = w.length - max; len <= w.length + max; len++) {
    for (const t of data.wordsByLength.get(len) ?? []) {
      if (popcount(masks[t]! ^ mask) > 2 * max) continue;
      const d = boundedDistance(w, data.terms[t]!, max);
      if (d > 0 && d <= max) found.push({ id: t, d });
    }
  }
  found.sort((a, b) => a.d - b.d || data.df[b.id]! - data.df[a.id]!);
  return found.slice(0, limit);
}

/** Indexed words starting with `prefix` (most common first). */
function prefixMatches(data: IndexData, prefix: string, limit = 24): number[] {
  const words = data.sortedWords;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < words.length && words[i]!.startsWith(prefix); i++) {
    const id = data.termIds.get(words[i]!)!;
    if (words[i] !== prefix) out.push(id);
    if (out.length > 400) break;
  }
  out.sort((a, b) => data.df[b]! - data.df[a]!);
  return out.slice(0, limit);
}

/** Indexed words that contain `w` inside them (compounds), most common first. */
function infixMatches(data: IndexData, w: string, limit = 8): number[] {
  const out: number[] = [];
  for (const word of data.sortedWords) {
    if (word.length > w.length && word.includes(w) && !word.startsWith(w)) out.push(data.termIds.get(word)!);
  }
  out.sort((a, b) => data.df[b]! - data.df[a]!);
  return out.slice(0, limit);
}

/** Indexed bigrams containing the character (built once per index). */
function bigramsWith(data: IndexData, ch: string): number[] {
  const cache = cacheFor(data);
  if (!cache.charBigrams) {
    const map = new Map<string, number[]>();
    for (let t = 0; t < data.terms.length; t++) {
      if (data.termKind[t] !== TermKind.CjkBigram) continue;
      for (const c of new Set(Array.from(data.terms[t]!))) {
        const list = map.get(c);
        if (list) list.push(t);
        else map.set(c, [t]);
      }
    }
    cache.charBigrams = map;
  }
  return cache.charBigrams.get(ch) ?? [];
}

function synonymsOf(data: IndexData, key: string): string[] {
  const cache = cacheFor(data);
  if (!cache.synonyms) {
    const map = new Map<string, string[]>();
    for (const group of SYNONYM_GROUPS) {
      for (const member of group) {
        const k = stemKey(member);
        map.set(k, [...(map.get(k) ?? []), ...group.filter((g) => g !== member)]);
      }
    }
    cache.synonyms = map;
  }
  return cache.synonyms.get(key) ?? [];
}

/** The slots a phrase needs: each word's term (or a CJK word's bigrams), all required. */
function phraseSlots(data: IndexData, text: string): number[][] | null {
  const slots: number[][] = [];
  let ok = true;
  segments(text, (s) => {
    if (!ok) return;
    if (s.cjk) {
      cjkTerms(s.text, (term) => {
        const id = data.termIds.get(term);
        if (id === undefined) ok = false;
        else slots.push([id]);
      });
    } else {
      const t = wordTerm(s.text);
      if (!t) return;
      const id = data.termIds.get(t);
      if (id === undefined) ok = false;
      else slots.push([id]);
    }
  });
  return ok && slots.length ? slots : null;
}

function addSynonyms(data: IndexData, key: string, alternatives: Alternative[]): void {
  for (const syn of synonymsOf(data, key)) {
    const slots = phraseSlots(data, syn);
    if (slots) alternatives.push({ slots, weight: 0.8 });
  }
}

function latinGroup(data: IndexData, raw: string, typing: boolean): TermGroup | null {
  const folded = foldWord(raw);
  if (QUERY_STOPWORDS.has(folded)) return null;
  const term = wordTerm(raw);
  if (!term) return null;
  const alternatives: Alternative[] = [];
  const exact = data.termIds.get(term);
  if (exact !== undefined) alternatives.push({ slots: [[exact]], weight: 1 });
  addSynonyms(data, term, alternatives);
  // A word still being typed, or one we do not know, may be the start of a longer one.
  if ((typing || exact === undefined) && folded.length >= 2) {
    const completions = [...new Set([...prefixMatches(data, folded), ...(term !== folded ? prefixMatches(data, term) : [])])];
    for (const id of completions) {
      if (id === exact) continue;
      const ratio = folded.length / data.terms[id]!.length;
      alternatives.push({ slots: [[id]], weight: 0.55 + 0.3 * Math.min(1, ratio) });
    }
  }
  if (exact === undefined && alternatives.length === 0) {
    // Part of a compound the catalog uses ("watch" in "smartwatch"), then near spellings ("hedphones").
    if (folded.length >= 4) for (const id of infixMatches(data, term)) alternatives.push({ slots: [[id]], weight: 0.5 });
    if (alternatives.length === 0) for (const { id, d } of typoMatches(data, term)) alternatives.push({ slots: [[id]], weight: d === 1 ? 0.6 : 0.4 });
  }
  return { surface: raw, alternatives };
}

function cjkGroup(data: IndexData, word: string): TermGroup {
  const alternatives: Alternative[] = [];
  const chars = Array.from(word);
  const charSlot = (c: string): number[] => {
    const own = data.termIds.get(c);
    return [...(own !== undefined ? [own] : []), ...bigramsWith(data, c)];
  };
  if (chars.length === 1) {
    const slot = charSlot(word);
    if (slot.length) alternatives.push({ slots: [slot], weight: 1 });
  } else {
    const slots: number[][] = [];
    let missing = false;
    cjkTerms(word, (term) => {
      const id = data.termIds.get(term);
      if (id === undefined) missing = true;
      else slots.push([id]);
    });
    if (!missing) alternatives.push({ slots, weight: 1 });
    else {
      // A word the catalog never uses as such ("鞋子"): look for its meaningful characters instead.
      const core = chars.filter((c, i) => !(i > 0 && ZH_SUFFIXES.has(c)));
      const coreSlots = core.map(charSlot);
      if (coreSlots.length && coreSlots.every((s) => s.length)) alternatives.push({ slots: coreSlots, weight: core.length === chars.length ? 0.6 : 0.8 });
    }
  }
  addSynonyms(data, word, alternatives);
  return { surface: word, alternatives };
}

/**
 * Term groups of a query. `typing`: the shopper may still be typing the last word (no trailing space),
 * so it also matches as a prefix.
 */
export function analyzeQuery(data: IndexData, text: string, typing = !/\s$/.test(text)): TermGroup[] {
  const groups: TermGroup[] = [];
  const raw: { text: string; cjk: boolean }[] = [];
  segments(text, (s) => raw.push({ text: s.text, cjk: s.cjk }));
  raw.forEach((s, i) => {
    if (s.cjk) {
      for (const w of chineseWords(s.text)) groups.push(cjkGroup(data, w));
    } else {
      const isLast = i === raw.length - 1 && typing;
      const g = latinGroup(data, s.text, isLast);
      if (g) groups.push(g);
    }
  });
  // Repeated words count once.
  const seen = new Set<string>();
  return groups.filter((g) => {
    const k = g.surface.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).slice(0, 24);
}
