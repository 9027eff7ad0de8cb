import type { Flag, PairCheck, Side } from '../types.js';
import { sideText } from '../types.js';

/** Two or more spaces inside a segment (fix: one). */
export const doubleSpace: PairCheck = {
  id: 'double-space',
  run(pair): Flag[] {
    const flags: Flag[] = [];
    for (const side of ['src', 'tgt'] as Side[]) {
      const text = sideText(side, pair);
      if (!text.includes('  ')) continue; // the regex's lookbehind is dear, and most segments have no double space
      for (const m of text.matchAll(/(?<=\S) {2,}(?=\S)/g)) {
        flags.push({ check: 'double-space', side, start: m.index, end: m.index + m[0].length, severity: 'info', messageKey: 'qa.doubleSpace', fix: ' ' });
      }
    }
    return flags;
  },
};
