import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';
import type { Lang, Strings } from './types.ts';

export type { Lang, Strings };

const table: Record<Lang, Strings> = { en, 'zh-CN': zhCN };

/**
 * Picks the UI language: the element's `lang` attribute first, then `<html lang>`, then English.
 * Any Chinese tag (zh, zh-CN, zh-Hans, zh-SG) maps to Simplified Chinese; everything else to English.
 */
export function resolveLang(...candidates: (string | null | undefined)[]): Lang {
  for (const c of candidates) {
    const tag = c?.trim().toLowerCase();
    if (!tag) continue;
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    return 'en';
  }
  return 'en';
}

export function stringsFor(lang: Lang): Strings {
  return table[lang];
}
