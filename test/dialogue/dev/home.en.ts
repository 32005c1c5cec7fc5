import type { Dialogue } from '../types.ts';

export const homeEn: Dialogue[] = [];
