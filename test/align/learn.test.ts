import { describe, expect, it } from 'vitest';
import { fillGaps, g2, learnLexicon, parseLexicon } from '../../src/align/index.js';

/** Pairs in which the wanted words vary independently, as in a real TM. */
function corpus(): { en: string; tr: string }[] {
  const pairs: { en: string; tr: string }[] = [];
  const places = [
    ['Baku', 'Bakü'],
    ['Tbilisi', 'Tiflis'],
    ['Kars', 'Kars'],
    ['Aktau', 'Aktau'],
  ] as const;
  places.forEach(([en, tr], k) => {
    pairs.push({ en: `The corridor reaches ${en}.`, tr: `Koridor ${tr}'ye ulaşıyor.` });
    pairs.push({ en: `The Middle Corridor passes ${en}.`, tr: `Orta Koridor ${tr} üzerinden geçiyor.` });
    pairs.push({ en: `Freight through ${en} grew in year ${k}.`, tr: `${tr} üzerinden yük ${k}. yılda arttı.` });
    pairs.push({ en: `The ferry to ${en} is slow.`, tr: `${tr} feribotu yavaş.` });
  });
  return pairs;
}

describe('lexicon learned from translation pairs', () => {
  it('pairs words that occur together far more often than chance, with Turkish stems', () => {
    const lexicon = learnLexicon(corpus());
    expect(lexicon.entries.get('corridor')).toEqual(['korid']);
    expect(lexicon.entries.get('ferry')).toContain('ferib');
    expect(lexicon.entries.get('freight')).toContain('yük');
  });

  it('gives a stem only to the word it goes with best, so collocates drop out', () => {
    // "orta" (middle) always stands next to "koridor" too, but it goes with "middle"
    const lexicon = learnLexicon(corpus());
    expect(lexicon.entries.get('middle')).toContain('orta');
    expect(lexicon.entries.get('corridor')).not.toContain('orta');
  });

  it('learns nothing from too little', () => {
    expect(learnLexicon([]).entries.size).toBe(0);
    expect(learnLexicon(corpus().slice(0, 2)).entries.size).toBe(0);
  });

  it('fills only the gaps of a curated lexicon', () => {
    const curated = parseLexicon('corridor\tkoridor geçit\nship\tgemi\n');
    const filled = fillGaps(curated, learnLexicon(corpus()));
    expect(filled.entries.get('corridor')).toEqual(['koridor', 'geçit']);
    expect(filled.entries.get('ferry')).toContain('ferib');
    expect(fillGaps(curated, { entries: new Map() })).toBe(curated);
  });

  it('uses the log-likelihood ratio of a 2×2 table', () => {
    expect(g2(10, 0, 0, 90)).toBeGreaterThan(60);
    expect(g2(1, 9, 9, 81)).toBeCloseTo(0, 6); // independent
  });
});
