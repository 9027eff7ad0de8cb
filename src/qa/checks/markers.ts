import type { Flag, PairCheck, Side } from '../types.js';
import { sideText } from '../types.js';
import { mayHoldMarkerOrSuperscript } from '../../text/markers.js';

const MARKER = /<sup>\s*\[?(\d+)\]?\s*<\/sup>|\[(\d+)\]/g;

/** Footnote markers ([7], <sup>[7]</sup>) present on one side only. */
export const markersDiffer: PairCheck = {
  id: 'footnote-markers',
  run(pair): Flag[] {
    if (!pair.target.trim()) return [];
    // a marker is [n] or in <sup>: most pairs have neither, and no match list is made for them
    if (!mayHoldMarkerOrSuperscript(pair.source) && !mayHoldMarkerOrSuperscript(pair.target)) return [];
    const find = (side: Side) => [...sideText(side, pair).matchAll(MARKER)].map((m) => ({ n: m[1] ?? m[2]!, start: m.index, end: m.index + m[0].length, raw: m[0] }));
    const src = find('src');
    const tgt = find('tgt');
    const flags: Flag[] = [];
    for (const [side, mine, theirs] of [['src', src, tgt], ['tgt', tgt, src]] as const) {
      const other = theirs.map((m) => m.n);
      for (const m of mine) {
        const k = other.indexOf(m.n);
        if (k >= 0) other.splice(k, 1);
        else flags.push({ check: 'footnote-markers', side, start: m.start, end: m.end, severity: 'error', messageKey: 'qa.markerDiffers', params: { found: m.raw } });
      }
    }
    return flags;
  },
};
