import { describe, expect, it } from 'vitest';
import { formatRow, wrapText } from '../../src/cli/columns.js';

describe('wrapText', () => {
  it('breaks at spaces, never past the width, losing no word', () => {
    const text = 'Azerbaycan ile Ermenistan arasındaki Zengezur koridoru bölgesel ticaret için önemlidir.';
    const lines = wrapText(text, 20);
    expect(lines.every((l) => [...l].length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });
  it('cuts a word longer than the width, and keeps an empty cell one line', () => {
    expect(wrapText('https://example.org/very/long/path', 10)).toEqual(['https://ex', 'ample.org/', 'very/long/', 'path']);
    expect(wrapText('', 10)).toEqual(['']);
  });
});

describe('formatRow', () => {
  it('puts cells side by side, as tall as the tallest', () => {
    expect(formatRow('1-1 ', ['one two three', 'bir'], 7)).toBe('1-1 one two │ bir\n    three   │');
  });
});
