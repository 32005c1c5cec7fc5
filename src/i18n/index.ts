import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';
import type { Lang, Strings } from './types.ts';

export type { Lang, Strings };
export { resolveLang } from './lang.ts';

const table: Record<Lang, Strings> = { en, 'zh-CN': zhCN };

export function stringsFor(lang: Lang): Strings {
  return table[lang];
}
