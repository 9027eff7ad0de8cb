import { foldKey } from '../../text/case.js';
import { CharClass, charWidth, LETTERS, SPACES } from '../../text/charclass.js';
import type { Flag, PairCheck, Side } from '../types.js';
import { sideLang, sideText } from '../types.js';

const WORD_CHARS = new CharClass(/[\p{L}\p{N}]/u);

/**
 * The same word twice in a row ("the the", "ve ve"); fix: drop the second. One pass over
 * the characters with no allocation per word (it runs on every pair of a document):
 * words are compared by length and first letter before they are case-folded.
 */
export const repeatedWord: PairCheck = {
  id: 'repeated-word',
  run(pair, context): Flag[] {
    const flags: Flag[] = [];
    for (const side of ['src', 'tgt'] as Side[]) {
      const text = sideText(side, pair);
      const lang = sideLang(side, context);
      let prevStart = -1;
      let prevEnd = -1;
      // whether only whitespace has been seen since the previous word ended
      let onlySpaceSince = false;
      let p = 0;
      while (p < text.length) {
        if (!WORD_CHARS.at(text, p)) {
          if (!SPACES.at(text, p)) onlySpaceSince = false;
          p += charWidth(text, p);
          continue;
        }
        const start = p;
        let hasLetter = false;
        while (p < text.length && WORD_CHARS.at(text, p)) {
          if (!hasLetter && LETTERS.at(text, p)) hasLetter = true;
          p += charWidth(text, p);
        }
        const length = p - start;
        if (
          prevStart >= 0 &&
          onlySpaceSince &&
          start > prevEnd &&
          length > 1 &&
          hasLetter &&
          length === prevEnd - prevStart &&
          text[start]!.toLowerCase() === text[prevStart]!.toLowerCase() &&
          foldKey(text.slice(start, p), lang) === foldKey(text.slice(prevStart, prevEnd), lang)
        ) {
          const word = text.slice(start, p);
          flags.push({ check: 'repeated-word', side, start: prevEnd, end: p, severity: 'warning', messageKey: 'qa.repeatedWord', params: { found: word }, fix: '' });
        }
        prevStart = start;
        prevEnd = p;
        onlySpaceSince = true;
      }
    }
    return flags;
  },
};
