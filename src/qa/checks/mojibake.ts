import { findDroppedApostrophes } from '../apostrophe.js';
import { detectMojibake } from '../mojibake.js';
import { sideLang, sideText, type Flag, type PairCheck, type Side } from '../types.js';

const SIDES: Side[] = ['src', 'tgt'];

/** Broken characters on either side, with the repair where re-decoding recovers it. */
export const mojibake: PairCheck = {
  id: 'mojibake',
  run(pair, context): Flag[] {
    const flags: Flag[] = [];
    for (const side of SIDES) {
      const text = sideText(side, pair);
      // dropped apostrophes are their own check below
      for (const span of detectMojibake(text, sideLang(side, context), { apostrophes: false }).spans) {
        flags.push({
          check: 'mojibake',
          side,
          start: span.start,
          end: span.end,
          severity: 'error',
          messageKey: `qa.mojibake.${span.kind}`,
          params: { found: text.slice(span.start, span.end), ...(span.replacement !== undefined ? { fixed: span.replacement } : {}) },
          ...(span.replacement !== undefined ? { fix: span.replacement } : {}),
        });
      }
    }
    return flags;
  },
};

/** "Russias focus" → "Russia's focus", on the English side. */
export const droppedApostrophe: PairCheck = {
  id: 'dropped-apostrophe',
  run(pair, context): Flag[] {
    const flags: Flag[] = [];
    for (const side of SIDES) {
      if (sideLang(side, context) !== 'en') continue;
      for (const d of findDroppedApostrophes(sideText(side, pair))) {
        flags.push({
          check: 'dropped-apostrophe',
          side,
          start: d.start,
          end: d.end,
          severity: 'warning',
          messageKey: 'qa.droppedApostrophe',
          params: { found: d.found, fixed: d.suggestion },
          fix: d.suggestion,
        });
      }
    }
    return flags;
  },
};
