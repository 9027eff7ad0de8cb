import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/text/case.js';
import { foldForIndex, tokenize } from '../../src/tm/index.js';

/**
 * The TM's tokenizer scans by hand for speed; this regular expression is its
 * specification (the tokens, in order of precedence at a position), and the two must
 * agree on every input.
 */
const SPEC = /<sup>\s*\[?\d+\]?\s*<\/sup>|\[\d+\]|<\/?[a-z][^>]*>|\{\d+\}|\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/giu;

const RUNS = Number(process.env.HIZALA_FUZZ_RUNS ?? 300);
const tokenish = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .array(
      fc.constantFrom('İstanbul', "İSTANBUL'UN", 'Iğdır', 'ıslak', 'i\u0307', 'ΟΔΟΣ', '’s', "'", '’', ' ', '\t', '\u00a0', '<sup>[1]</sup>', '<SUP> 3 </SUP>', '<sup>[4</sup>', '[2]', '[12', '{3}', '{x}', '<b>', '</I>', '< b>', '<', '3,5', '1.234,5', '1.', ',5', "d'", "d'\u0301", 'e\u0301', '\u0301', '𝐀𝐁', '\ud800', '\udc00', '٣', '²', 'ſ', '—', 'word'),
      { maxLength: 30 },
    )
    .map((a) => a.join('')),
);

describe('TM tokens', () => {
  it('are the spans the specification finds, on any text', () => {
    fc.assert(
      fc.property(tokenish, fc.constantFrom('en' as const, 'tr' as const), (s, lang) => {
        expect(tokenize(s, lang).map((t) => t.raw)).toEqual([...s.matchAll(SPEC)].map((m) => m[0]));
      }),
      { numRuns: RUNS },
    );
  });

  it('fold words as the words alone fold, whatever surrounds them', () => {
    fc.assert(
      fc.property(tokenish, fc.constantFrom('en' as const, 'tr' as const), (s, lang) => {
        for (const t of tokenize(s, lang)) if (t.kind === 'word') expect(t.key).toBe(foldKey(t.raw.replace(/’/g, "'"), lang));
      }),
      { numRuns: RUNS },
    );
  });

  it('index Turkish text by its folded words and canonical numbers, not its markup', () => {
    expect(foldForIndex("İSTANBUL'UN 3,5 milyar<sup>[1]</sup> <b>IĞDIR</b>", 'tr')).toBe('istanbul un 3.5 milyar iğdir');
    expect(tokenize('Zengezur’un [2]', 'tr').map((t) => `${t.kind}:${t.key}`)).toEqual(["word:zengezur'un", 'marker:2']);
  });
});
