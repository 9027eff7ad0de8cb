import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSides } from '../../src/align/index.js';
import { segmentDocument } from '../../src/documents/index.js';
import { readDocumentBytes } from '../../src/formats/index.js';

/**
 * A pair written after the aligner was built (bench/data/unseen/water), on a topic the dev sets do
 * not touch (water and power in Central Asia), with each thing a translator does: a
 * sentence split in two, two merged into one, a sentence added, one left out. Read,
 * segmented and aligned end to end, as `hizala align` does.
 */
function side(lang: 'en' | 'tr', set = 'water') {
  const name = `${set}.${lang}.md`;
  return segmentDocument(readDocumentBytes(readFileSync(new URL(`../../bench/data/unseen/${name}`, import.meta.url)), name), lang);
}

describe('a document pair the model was not built on', () => {
  const en = side('en');
  const tr = side('tr');
  const beads = alignSides(en, tr);
  const shape = (b: { src: number[]; tgt: number[] }) => `${b.src.length}-${b.tgt.length}`;
  const enText = (b: { src: number[] }) => b.src.map((k) => en.segments[k]!.text).join(' ');
  const trText = (b: { tgt: number[] }) => b.tgt.map((k) => tr.segments[k]!.text).join(' ');

  it('pairs every sentence as the translator did', () => {
    expect(beads.map(shape)).toEqual([
      ...Array(6).fill('1-1'), // title, author, analysis number, date, two sentences
      '1-2', // "In Soviet times …: the upstream republics …" split at the colon
      '1-1', '1-1',
      '2-1', // Tajikistan … / Uzbekistan … merged with "isterken"
      ...Array(6).fill('1-1'), // heading and five sentences
      '0-1', // the budget comparison, added in Turkish
      '1-1',
      '1-0', // "President Karimov even warned …", left out
      ...Array(10).fill('1-1'), // the rest, footnotes included
    ]);
    const split = beads.find((b) => shape(b) === '1-2')!;
    expect(enText(split)).toMatch(/^In Soviet times/);
    expect(trText(split)).toMatch(/^Sovyet döneminde .* kömürle ödüyordu\.$/);
    expect(trText(beads.find((b) => shape(b) === '0-1')!)).toMatch(/^Bu, Tacikistan'ın yıllık bütçesinin/);
    expect(enText(beads.find((b) => shape(b) === '1-0')!)).toMatch(/^President Karimov even warned/);
  });

  it('marks the added and the omitted sentence for review', () => {
    expect(beads.filter((b) => b.needsReview).map(shape)).toEqual(expect.arrayContaining(['0-1', '1-0']));
  });
});

describe('a sentence split in two where the second half repeats a word of the first', () => {
  // bench/data/unseen/sea: "Drifting mines remain the main danger, and they will remain a
  // danger for years." ↔ "… başlıca tehlike olmayı sürdürüyor." + "Bu tehlike daha yıllarca
  // devam edecek." The second Turkish sentence shares only "tehlike" (danger), which the
  // first also has; the lexicon matches words one to one, so the second "danger" needs it.
  const en = side('en', 'sea');
  const tr = side('tr', 'sea');
  const beads = alignSides(en, tr);

  it('keeps both Turkish sentences with the English one', () => {
    const bead = beads.find((b) => b.src.some((k) => en.segments[k]!.text.startsWith('Drifting mines')))!;
    expect(bead.tgt.map((k) => tr.segments[k]!.text)).toEqual(['Sürüklenen mayınlar başlıca tehlike olmayı sürdürüyor.', 'Bu tehlike daha yıllarca devam edecek.']);
  });
});
