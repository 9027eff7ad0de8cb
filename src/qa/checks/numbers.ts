import { numbers as numbersIn } from '../../text/placeables.js';
import type { Flag, PairCheck, Side } from '../types.js';
import { sideLang, sideText } from '../types.js';

const MARKER = /<sup>[^<]*<\/sup>|\[\d+\]/g;

interface Found {
  key: string;
  start: number;
  end: number;
  raw: string;
}

function numbers(text: string, lang: 'en' | 'tr'): Found[] {
  const blanked = text.replace(MARKER, (m) => ' '.repeat(m.length));
  return numbersIn(blanked, lang).map((n) => ({ key: n.key, start: n.start, end: n.end, raw: n.text }));
}

/** Numbers that are on one side and not the other, read with each language's separators (3,5 = 3.5; 25.000 = 25,000). */
export const numbersDiffer: PairCheck = {
  id: 'numbers',
  run(pair, context): Flag[] {
    if (!pair.target.trim() || !pair.source.trim()) return [];
    const found: Record<Side, Found[]> = {
      src: numbers(sideText('src', pair), sideLang('src', context)),
      tgt: numbers(sideText('tgt', pair), sideLang('tgt', context)),
    };
    const flags: Flag[] = [];
    for (const side of ['src', 'tgt'] as Side[]) {
      const other = found[side === 'src' ? 'tgt' : 'src'].map((n) => n.key);
      for (const n of found[side]) {
        const k = other.indexOf(n.key);
        if (k >= 0) other.splice(k, 1);
        else flags.push({ check: 'numbers', side, start: n.start, end: n.end, severity: 'error', messageKey: side === 'src' ? 'qa.numberMissing' : 'qa.numberExtra', params: { found: n.raw } });
      }
    }
    return flags;
  },
};
