import { describe, expect, it } from 'vitest';
import { caretOutsideMarkers, deleteKeepingMarkers, missingMarkers } from '../../web/src/markers.js';

describe('footnote markers in the editor', () => {
  const text = 'Liman büyüyor.[3] Gemi yok.';
  it('Backspace right after a marker removes the whole marker', () => {
    expect(deleteKeepingMarkers(text, 17, 17, 'Backspace')).toEqual({ value: 'Liman büyüyor. Gemi yok.', caret: 14 });
  });
  it('Delete right before a marker removes the whole marker', () => {
    expect(deleteKeepingMarkers(text, 14, 14, 'Delete')).toEqual({ value: 'Liman büyüyor. Gemi yok.', caret: 14 });
  });
  it('a selection that cuts into a marker grows to cover it', () => {
    expect(deleteKeepingMarkers(text, 10, 16, 'Backspace')).toEqual({ value: 'Liman büyü Gemi yok.', caret: 10 });
  });
  it('leaves deletions elsewhere to the browser', () => {
    expect(deleteKeepingMarkers(text, 5, 5, 'Backspace')).toBeNull();
    expect(deleteKeepingMarkers(text, 0, 5, 'Delete')).toBeNull();
  });
  it('lists the source markers the target lacks, as often as they are missing', () => {
    expect(missingMarkers('A.[1] B.[2] C.[2]', 'A.[2] B.')).toEqual(['[1]', '[2]']);
    expect(missingMarkers('A.[1]', 'A.[1]')).toEqual([]);
  });
});

describe('the caret and markers', () => {
  const text = 'Liman[12] büyüyor.';
  it('a caret inside a marker goes to its nearer edge', () => {
    expect(caretOutsideMarkers(text, 6)).toBe(5); // [|12]
    expect(caretOutsideMarkers(text, 8)).toBe(9); // [12|]
    expect(caretOutsideMarkers(text, 7)).toBe(9); // [1|2]: the middle goes to the end
  });
  it('leaves a caret at a marker edge or outside one where it is', () => {
    expect([5, 9, 0, text.length].map((c) => caretOutsideMarkers(text, c))).toEqual([5, 9, 0, text.length]);
  });
});
