import type { Flag, PairCheck, Side } from '../types.js';
import { sideText } from '../types.js';
import { addresses, mayHoldAddress } from '../../text/placeables.js';


/** URLs and e-mail addresses present on one side only (a translated path is a broken link). */
export const urlsDiffer: PairCheck = {
  id: 'urls',
  run(pair): Flag[] {
    if (!pair.target.trim()) return [];
    if (!mayHoldAddress(pair.source) && !mayHoldAddress(pair.target)) return [];
    const find = (side: Side) => addresses(sideText(side, pair)).map((a) => ({ url: a.text.toLowerCase(), start: a.start, end: a.end, raw: a.text }));
    const src = find('src');
    const tgt = find('tgt');
    const flags: Flag[] = [];
    for (const [side, mine, theirs] of [['src', src, tgt], ['tgt', tgt, src]] as const) {
      const other = new Set(theirs.map((u) => u.url));
      for (const u of mine) {
        if (!other.has(u.url)) flags.push({ check: 'urls', side, start: u.start, end: u.end, severity: 'warning', messageKey: 'qa.urlDiffers', params: { found: u.raw } });
      }
    }
    return flags;
  },
};
