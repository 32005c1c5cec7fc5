import type { Dialogue } from '../types.ts';

export const homeZh: Dialogue[] = [];
