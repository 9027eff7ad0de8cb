import { findDroppedApostrophes } from '../apostrophe.js';
import { loadedSpellChecker, restorationSources } from '../dictionaries.js';
import { detectMojibake } from '../mojibake.js';
import { restoreLost } from '../restore.js';
import { sideLang, sideText, type CheckContext, type Flag, type PairCheck, type PairText, type Side } from '../types.js';

/** Kinds whose characters are gone, not garbled: restored only from evidence. */
const LOST_KINDS: ReadonlySet<string> = new Set(['placeholder-square', 'replacement-char']);

const SIDES: Side[] = ['src', 'tgt'];

/** For a Turkish side, its aligned English: it names the words it translates (bağlayacak for "will connect"). */
function translationOf(side: Side, pair: PairText, context: CheckContext): { alignedEnglish?: string } {
  const other: Side = side === 'src' ? 'tgt' : 'src';
  return sideLang(side, context) === 'tr' && sideLang(other, context) === 'en' ? { alignedEnglish: sideText(other, pair) } : {};
}

/** Broken characters on either side, with the repair where re-decoding recovers it. */
export const mojibake: PairCheck = {
  id: 'mojibake',
  run(pair, context): Flag[] {
    const flags: Flag[] = [];
    for (const side of SIDES) {
      const text = sideText(side, pair);
      // dropped apostrophes are their own check below
      const spans = detectMojibake(text, sideLang(side, context), { apostrophes: false }).spans;
      // characters lost for good (□, U+FFFD): put back where the document's own words say how,
      // or the side's spelling dictionary and word counts where this process has loaded them (qa check does)
      const restorations = context.vocabulary && spans.some((s) => LOST_KINDS.has(s.kind)) ? restoreLost(text, context.vocabulary, { ...restorationSources(sideLang(side, context)), ...translationOf(side, pair, context) }) : [];
      for (const span of spans) {
        const found = text.slice(span.start, span.end);
        const at = (messageKey: string, params: Record<string, string>, fix?: string): Flag => ({
          check: 'mojibake',
          side,
          start: span.start,
          end: span.end,
          severity: 'error',
          messageKey,
          params: { found, ...params },
          ...(fix !== undefined ? { fix } : {}),
        });
        const restoration = LOST_KINDS.has(span.kind) ? restorations.find((r) => r.start <= span.start && r.end >= span.end) : undefined;
        const run = restoration?.certain ? restoration.runs.find((r) => r.start === span.start) : undefined;
        if (run) flags.push(at('qa.mojibake.restorable', { fixed: run.text, word: restoration!.candidates[0]! }, run.text));
        else if (restoration && restoration.candidates.length > 1) flags.push(at('qa.mojibake.ambiguous', { alternatives: restoration.candidates.slice(0, 5).join(', ') }));
        else flags.push(at(`qa.mojibake.${span.kind}`, span.replacement !== undefined ? { fixed: span.replacement } : {}, span.replacement));
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
      const other: Side = side === 'src' ? 'tgt' : 'src';
      const turkish = sideLang(other, context) === 'tr' ? sideText(other, pair) : undefined;
      const spell = loadedSpellChecker('en');
      for (const d of findDroppedApostrophes(sideText(side, pair), undefined, { ...(spell ? { spell } : {}), ...(turkish ? { turkish } : {}) })) {
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
