import { describe, expect, it } from 'vitest';
import { alignSides, groupUncertain, type AlignSide } from '../../src/align/index.js';

const bead = (i: number, j: number, a: number, b: number) => ({ i, j, a, b, cost: 1 });

describe('paragraph groups for the sentence stage', () => {
  it('joins a run without a 1-1 paragraph bead when it holds paragraphs of both sides', () => {
    const path = [bead(0, 0, 1, 1), bead(1, 1, 1, 0), bead(2, 1, 0, 1), bead(2, 2, 1, 1), bead(3, 3, 1, 0), bead(4, 3, 1, 2), bead(5, 5, 1, 1)];
    expect(groupUncertain(path).map(({ i, j, a, b }) => [i, j, a, b])).toEqual([
      [0, 0, 1, 1],
      [1, 1, 1, 1],
      [2, 2, 1, 1],
      [3, 3, 2, 2],
      [5, 5, 1, 1],
    ]);
  });

  it('keeps a paragraph added or dropped between two matched paragraphs alone', () => {
    const path = [bead(0, 0, 1, 1), bead(1, 1, 0, 1), bead(1, 2, 1, 1), bead(2, 3, 1, 0), bead(3, 3, 1, 1)];
    expect(groupUncertain(path)).toEqual(path);
  });
});

function side(lang: 'en' | 'tr', paragraphs: string[][]): AlignSide {
  return {
    lang,
    paragraphs: paragraphs.map(() => ({ kind: 'body' as const })),
    segments: paragraphs.flatMap((sentences, p) => sentences.map((text) => ({ text, paragraph: p }))),
  };
}

describe('a paragraph the translator cut down', () => {
  it('still pairs the sentence it kept, and leaves the dropped ones alone', () => {
    const en = side('en', [
      ['Azerbaijan delivered about 11.4 bcm of gas to the EU in 2022.', 'A memorandum signed in Baku foresees doubling this volume by 2027.'],
      [
        'Turkmenistan holds large gas reserves, but its exports still flow mostly to China and to Russia.',
        'A Trans-Caspian pipeline of about 300 km would change that and open a route to Europe.',
        'Russia and Iran have long opposed it, citing the environmental risks of building on the seabed.',
        'Investors remain cautious about the cost of new compressor stations along the route.',
      ],
      ['Georgia earns transit fees from every cubic metre that crosses its territory.', 'Disinformation has also entered the debate.'],
    ]);
    const tr = side('tr', [
      ["Azerbaycan 2022'de AB'ye yaklaşık 11,4 milyar metreküp gaz sevk etti.", "Bakü'de imzalanan mutabakat zaptı bu hacmin 2027'ye kadar iki katına çıkarılmasını öngörüyor."],
      ['Rusya ve İran, deniz tabanında yapılacak inşaatın çevresel risklerini öne sürerek buna uzun süredir karşı çıkıyor.'],
      ['Gürcistan, topraklarından geçen her metreküp gazdan transit ücreti alıyor.', 'Dezenformasyon da tartışmaya dâhil oldu.'],
    ]);
    const beads = alignSides(en, tr).map((b) => [b.src, b.tgt]);
    expect(beads).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
      [[3], []],
      [[4], [2]],
      [[5], []],
      [[6], [3]],
      [[7], [4]],
    ]);
  });
});
