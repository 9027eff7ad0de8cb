import { describe, expect, it } from 'vitest';
import { fuzzyScore, tokenize } from '../../src/tm/index.js';

const score = (a: string, b: string, lang: 'en' | 'tr' = 'en') => fuzzyScore(tokenize(a, lang), tokenize(b, lang)).score;

describe('fuzzy score', () => {
  it('is 100 for the same text and scales word edits as CAT tools do', () => {
    expect(score('The railway was reopened in May.', 'The railway was reopened in May.')).toBe(100);
    // 8 tokens (7 words + the full stop), one substituted
    expect(score('The railway was reopened in May last year.', 'The railway was closed in May last year.')).toBeCloseTo(88.9, 1);
  });

  it('never offers a match that differs only in a number or a footnote marker as 100 %', () => {
    const n = score('Exports rose to 11.4 bcm in 2022.', 'Exports rose to 11.4 bcm in 2023.');
    expect(n).toBeLessThan(100);
    expect(n).toBeGreaterThanOrEqual(95);
    expect(score('It was signed.[3]', 'It was signed.[4]')).toBeLessThan(100);
  });

  it('folds case the Turkish way, and case-only differences cost one point', () => {
    expect(score('İSTANBUL VE IĞDIR', 'İstanbul ve Iğdır', 'tr')).toBe(99);
    expect(score('Istanbul', 'istanbul', 'en')).toBe(99);
  });

  it('treats a Turkish word with another suffix as a different word', () => {
    const s = score("Zengezur koridoru Nahçıvan'a ulaşıyor.", "Zengezur koridorunun Nahçıvan'a ulaşması.", 'tr');
    expect(s).toBeGreaterThan(50);
    expect(s).toBeLessThan(75);
  });

  it('reads a number written with another separator as the same placeable, one point off', () => {
    expect(score('3,5 milyar', '3.5 milyar', 'tr')).toBe(99);
    expect(score('25.000 ton', '25000 ton', 'tr')).toBe(99);
    expect(score('25.000 ton', '26.000 ton', 'tr')).toBeLessThan(99);
  });
});
