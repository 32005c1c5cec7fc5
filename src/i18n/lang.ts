/**
 * First load: the UI language and the one string the launcher needs. Everything else the UI says
 * (src/i18n/en.ts, zh-CN.ts) loads with the panel.
 */
import type { Lang } from './types.ts';

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

/** The launcher's accessible name (the same as `launcherLabel` in the full strings). */
export const launcherLabels: Record<Lang, string> = { en: 'Open shopping assistant', 'zh-CN': '打开购物助手' };
