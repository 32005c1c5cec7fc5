import type { Dialogue } from '../types.ts';

export const holdout: Dialogue[] = [];
