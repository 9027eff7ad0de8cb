import { EN_TR_LENGTH } from '../../align/index.js';
import type { Flag, PairCheck } from '../types.js';

/**
 * A target much longer or shorter than the language pair's norm (Turkish ≈ 1.06 × the
 * English characters, with the variance measured for the aligner): more than four
 * standard deviations away, on segments long enough to judge.
 */
export const lengthRatio: PairCheck = {
  id: 'length-ratio',
  run(pair, context): Flag[] {
    const s = pair.source.trim().length;
    const t = pair.target.trim().length;
    if (s < 20 || t === 0) return [];
    const ratio = context.srcLang === 'en' ? EN_TR_LENGTH.ratio : 1 / EN_TR_LENGTH.ratio;
    const delta = (t - ratio * s) / Math.sqrt(EN_TR_LENGTH.variance * ((s + t / ratio) / 2));
    if (Math.abs(delta) <= 4) return [];
    return [{ check: 'length-ratio', side: 'tgt', start: 0, end: pair.target.length, severity: 'info', messageKey: delta > 0 ? 'qa.targetTooLong' : 'qa.targetTooShort', params: { ratio: Math.round((t / s) * 100) / 100 } }];
  },
};
