import { describe, expect, it } from 'vitest';
import { clauseBoundaries, defaultLexicon, splitBead } from '../../src/align/index.js';

const lexicon = defaultLexicon();

describe('sentence-level sub-units of a many-to-one bead', () => {
  const en = ['The port plans to double its capacity by 2030.', 'Its ferry fleet, however, remains small and old.'];
  const tr = 'Liman 2030 yılına kadar kapasitesini iki katına çıkarmayı planlıyor, ancak feribot filosu küçük ve eski kalmaya devam ediyor.';

  it('cuts the one sentence at the clause that translates each sentence', () => {
    expect(splitBead(en, tr, 'en', 'tr', lexicon)).toEqual([
      { source: en[0], target: 'Liman 2030 yılına kadar kapasitesini iki katına çıkarmayı planlıyor' },
      { source: en[1], target: 'feribot filosu küçük ve eski kalmaya devam ediyor.' },
    ]);
  });

  it('works from Turkish sources to an English sentence too', () => {
    const sources = ['Liman 2030 yılına kadar kapasitesini iki katına çıkarmayı planlıyor.', 'Feribot filosu ise küçük ve eski kalmaya devam ediyor.'];
    const parts = splitBead(sources, 'The port plans to double its capacity by 2030, but its ferry fleet remains small and old.', 'tr', 'en', lexicon);
    expect(parts.map((p) => p.target)).toEqual(['The port plans to double its capacity by 2030', 'its ferry fleet remains small and old.']);
  });

  it('gives nothing when the translation reorders the sentences', () => {
    const reordered = 'Feribot filosu küçük ve eski kalmaya devam ediyor, ancak liman 2030 yılına kadar kapasitesini iki katına çıkarmayı planlıyor.';
    expect(splitBead(en, reordered, 'en', 'tr', lexicon)).toEqual([]);
  });

  it('gives nothing when a clause holds no translation of its sentence', () => {
    const unrelated = 'Liman 2030 yılına kadar kapasitesini iki katına çıkarmayı planlıyor, ancak bunun için henüz bir tarih yok.';
    expect(splitBead(en, unrelated, 'en', 'tr', lexicon)).toEqual([]);
  });

  it('gives nothing without a clause boundary, or for a single sentence', () => {
    expect(splitBead(en, 'Liman kapasitesini artırmayı planlıyor ama filosu eski.'.replace(' ama', ''), 'en', 'tr', lexicon)).toEqual([]);
    expect(splitBead([en[0]!], tr, 'en', 'tr', lexicon)).toEqual([]);
  });

  it('finds clause boundaries after punctuation and before conjunctions', () => {
    const text = 'Liman büyüyor, filo eski ve gemiler az; ancak umut var.';
    expect(clauseBoundaries(text, 'tr').map((p) => text.slice(p, p + 6))).toEqual(['filo e', 've gem', 'ancak ']);
  });
});
