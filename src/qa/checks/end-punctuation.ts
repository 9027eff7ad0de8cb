import type { Flag, PairCheck } from '../types.js';

const TRAILER = /(?:\s*(?:<sup>[^<]*<\/sup>|\[\d+\]))+\s*$|["'”’»)\]\s]+$/u;
const MARKS = new Set(['.', '?', '!', ':', ';']);

/** The sentence's final mark, ignoring closing quotes, brackets and footnote markers after it. */
function endMark(text: string): string {
  let t = text.trimEnd();
  // the common case first: the text ends with its mark
  if (!MARKS.has(t[t.length - 1] ?? '')) for (let k = 0; k < 3; k++) t = t.replace(TRAILER, '');
  if (t.endsWith('…') || t.endsWith('...')) return '…';
  const last = t[t.length - 1] ?? '';
  return MARKS.has(last) ? last : '';
}

/** The sentence ends differently: "." against "?", or punctuation against none. */
export const endPunctuation: PairCheck = {
  id: 'end-punctuation',
  run(pair): Flag[] {
    if (!pair.source.trim() || !pair.target.trim()) return [];
    const a = endMark(pair.source);
    const b = endMark(pair.target);
    if (a === b) return [];
    const end = pair.target.trimEnd().length;
    return [{ check: 'end-punctuation', side: 'tgt', start: Math.max(0, end - 1), end, severity: 'info', messageKey: 'qa.endPunctuation', params: { source: a || '∅', target: b || '∅' } }];
  },
};
