import type { Dialogue } from '../types.ts';

export const demoZh: Dialogue[] = [];
