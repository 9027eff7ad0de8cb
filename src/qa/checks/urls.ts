import type { Flag, PairCheck, Side } from '../types.js';
import { sideText } from '../types.js';

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'”’]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/** URLs and e-mail addresses present on one side only (a translated path is a broken link). */
export const urlsDiffer: PairCheck = {
  id: 'urls',
  run(pair): Flag[] {
    if (!pair.target.trim()) return [];
    const any = (t: string) => t.includes('http') || t.includes('www.') || t.includes('@');
    if (!any(pair.source) && !any(pair.target)) return [];
    const find = (side: Side) => [...sideText(side, pair).matchAll(URL)].map((m) => ({ url: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, raw: m[0] }));
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
