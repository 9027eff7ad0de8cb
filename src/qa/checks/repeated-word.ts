import { foldKey } from '../../text/case.js';
import type { Flag, PairCheck, Side } from '../types.js';
import { sideLang, sideText } from '../types.js';

const PAIR = /(?<![\p{L}\p{N}])([\p{L}]+)(\s+)([\p{L}]+)(?![\p{L}\p{N}])/gu;

/** The same word twice in a row ("the the", "ve ve"); fix: drop the second. */
export const repeatedWord: PairCheck = {
  id: 'repeated-word',
  run(pair, context): Flag[] {
    const flags: Flag[] = [];
    for (const side of ['src', 'tgt'] as Side[]) {
      const text = sideText(side, pair);
      const lang = sideLang(side, context);
      PAIR.lastIndex = 0;
      for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
        if (foldKey(m[1]!, lang) === foldKey(m[3]!, lang) && m[1]!.length > 1) {
          const start = m.index + m[1]!.length;
          flags.push({ check: 'repeated-word', side, start, end: start + m[2]!.length + m[3]!.length, severity: 'warning', messageKey: 'qa.repeatedWord', params: { found: m[3]! }, fix: '' });
        } else {
          PAIR.lastIndex = m.index + m[1]!.length; // let the second word start the next pair
        }
      }
    }
    return flags;
  },
};
