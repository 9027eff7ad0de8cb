import { describe, expect, it } from 'vitest';
import { readHtml, readMarkdown, readPlainText } from '../../src/formats/index.js';
import { flattenedNoteMarkers, superscriptNotes } from '../../src/formats/superscripts.js';

describe('superscript footnote numbers', () => {
  it('become markers after punctuation and note numbers at a paragraph start; units keep theirs', () => {
    expect(superscriptNotes('It rose in 2024.¹ Then fell.²³').text).toBe('It rose in 2024.[1] Then fell.[23]');
    expect(superscriptNotes('¹⁰ Port of Aktau, 2025.').text).toBe('[10] Port of Aktau, 2025.');
    expect(superscriptNotes('An area of 5 km² and 3 m³.').text).toBe('An area of 5 km² and 3 m³.');
  });

  it('move the marks after them and mark each marker', () => {
    const { text, marks } = superscriptNotes('Rose.¹ A bold word.', [{ type: 'bold', start: 9, end: 13 }]);
    expect(text.slice(marks.find((m) => m.type === 'bold')!.start, marks.find((m) => m.type === 'bold')!.end)).toBe('bold');
    expect(marks.find((m) => m.type === 'sup')).toEqual({ type: 'sup', start: 5, end: 8 });
  });

  it('are read so by every reader, the notes as footnote entries', () => {
    for (const ps of [readPlainText('Rose in 2024.¹ Then fell.\n\n¹ Port of Aktau, 2025.\n'), readMarkdown('Rose in 2024.¹ Then fell.\n\n¹ Port of Aktau, 2025.\n'), readHtml('<p>Rose in 2024.¹ Then fell.</p><p>¹ Port of Aktau, 2025.</p>')]) {
      expect(ps.map((p) => p.text)).toEqual(['Rose in 2024.[1] Then fell.', '[1] Port of Aktau, 2025.']);
      expect(ps[1]!.footnote).toBe(1);
    }
  });
});

describe('note numbers flattened by PDF extraction', () => {
  it('are markers after a word or a year, not after a decimal or a word that takes a number', () => {
    expect(flattenedNoteMarkers('It rose in the region.3 The EU agreed.').text).toBe('It rose in the region.[3] The EU agreed.');
    expect(flattenedNoteMarkers('It was signed in October 2023.2 The project grew.').text).toBe('It was signed in October 2023.[2] The project grew.');
    expect(flattenedNoteMarkers('It handled 7.2 Mt and 11.4 bcm. See No.1 Fan and Art.9 Below.').text).toBe('It handled 7.2 Mt and 11.4 bcm. See No.1 Fan and Art.9 Below.');
    expect(flattenedNoteMarkers('It grew.12').marks).toEqual([{ type: 'sup', start: 8, end: 12 }]);
  });

  it('make the notes at the end notes again, in sequence, and leave dates and counts alone', () => {
    const ps = readPlainText('1 Introduction\n\nIt rose in the region.1 The EU agreed in 2022.2\n\n15 Temmuz was a Friday.\n\n12 countries signed.\n\n1 Port of Aktau, 2025.\n\n2 9 November 2020 statement, Art. 9.\n');
    expect(ps.map((p) => p.text)).toEqual(['1 Introduction', 'It rose in the region.[1] The EU agreed in 2022.[2]', '15 Temmuz was a Friday.', '12 countries signed.', '[1] Port of Aktau, 2025.', '[2] 9 November 2020 statement, Art. 9.']);
    expect(ps.map((p) => p.footnote ?? null)).toEqual([null, null, null, null, 1, 2]);
  });
});
