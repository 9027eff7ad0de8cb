import { looksLikeCitation } from '../../text/spans.js';
import type { Flag, PairCheck } from '../types.js';

/** A target identical to its source: untranslated prose. Short lines (names, titles, dates) and citations are often the same in both languages and are left alone. */
export const sameAsSource: PairCheck = {
  id: 'same-as-source',
  run(pair): Flag[] {
    if (pair.source.trim() !== pair.target.trim()) return [];
    const words = pair.source.trim().split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
    // a citation is kept as published in both languages' notes
    if (words < 4 || looksLikeCitation(pair.source)) return [];
    return [{ check: 'same-as-source', side: 'tgt', start: 0, end: pair.target.length, severity: 'warning', messageKey: 'qa.sameAsSource' }];
  },
};
