import type { Dialogue } from '../types.ts';

export const demoEn: Dialogue[] = [];
