import type { Flag, PairCheck } from '../types.js';

/** A source with no translation. */
export const emptyTarget: PairCheck = {
  id: 'empty-target',
  run(pair): Flag[] {
    if (pair.source.trim() && !pair.target.trim()) return [{ check: 'empty-target', side: 'tgt', start: 0, end: pair.target.length, severity: 'warning', messageKey: 'qa.emptyTarget' }];
    return [];
  },
};
