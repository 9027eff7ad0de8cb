import { foldKey } from '../../text/case.js';
import type { Flag, PairCheck, Side } from '../types.js';
import { sideLang, sideText } from '../types.js';

const WORDS = /[\p{L}\p{N}]+/gu;

/** The same word twice in a row ("the the", "ve ve"); fix: drop the second. */
export const repeatedWord: PairCheck = {
  id: 'repeated-word',
  run(pair, context): Flag[] {
    const flags: Flag[] = [];
    for (const side of ['src', 'tgt'] as Side[]) {
      const text = sideText(side, pair);
      const lang = sideLang(side, context);
      let prev: { word: string; end: number } | null = null;
      for (const m of text.matchAll(WORDS)) {
        const word = m[0];
        // the same word again, with only whitespace between, and not a number ("10 10")
        // cheap tests first: same length, same first letter ignoring case
        if (
          prev &&
          word.length > 1 &&
          word.length === prev.word.length &&
          word[0]!.toLowerCase() === prev.word[0]!.toLowerCase() &&
          foldKey(word, lang) === foldKey(prev.word, lang) &&
          /\p{L}/u.test(word) &&
          /^\s+$/.test(text.slice(prev.end, m.index))
        ) {
          flags.push({ check: 'repeated-word', side, start: prev.end, end: m.index + word.length, severity: 'warning', messageKey: 'qa.repeatedWord', params: { found: word }, fix: '' });
        }
        prev = { word, end: m.index + word.length };
      }
    }
    return flags;
  },
};
