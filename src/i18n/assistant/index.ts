/** Loads the assistant's strings for a language (each language is its own lazily loaded chunk). */
import type { Lang } from '../types.ts';
import type { AssistantStrings } from './types.ts';

export type { AssistantStrings };

export async function loadAssistantStrings(lang: Lang): Promise<AssistantStrings> {
  return lang === 'zh-CN' ? (await import('./zh-CN.ts')).assistantZhCN : (await import('./en.ts')).assistantEn;
}
