import { describe, expect, it } from 'vitest';
import { readHtml, readMarkdown, readPlainText } from '../../src/formats/index.js';
import { superscriptNotes } from '../../src/formats/superscripts.js';

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
