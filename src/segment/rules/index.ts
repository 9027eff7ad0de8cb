import type { Lang } from '../../text/case.js';
import { english } from './en.js';
import { turkish } from './tr.js';
import type { SegmentationRules } from './types.js';

export type { SegmentationRules } from './types.js';

export const RULES: Record<Lang, SegmentationRules> = { en: english, tr: turkish };
