import type { Flag, PairCheck } from '../types.js';

const TRAILER = /(?:\s*(?:<sup>[^<]*<\/sup>|\[\d+\]))+\s*$|["'”’»)\]\s]+$/u;

function endMark(text: string): string {
  let t = text.trim();
  for (let k = 0; k < 3; k++) t = t.replace(TRAILER, '');
  const last = t.slice(-1);
  if (last === '…' || t.endsWith('...')) return '…';
  return /[.!?:;]/.test(last) ? last : '';
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
