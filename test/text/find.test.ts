import { describe, expect, it } from 'vitest';
import { compileFinder, replaceFound } from '../../src/text/find.js';

describe('find and replace', () => {
  it('folds case the Turkish way on the Turkish side: I finds ı, İ finds i', () => {
    const find = compileFinder({ find: 'ırak' });
    expect(find('IRAK ile Irak ve ırak', 'tr')).toHaveLength(3);
    expect(compileFinder({ find: 'istanbul' })('İSTANBUL ve İstanbul', 'tr')).toHaveLength(2);
    // in English, I is the capital of i
    expect(compileFinder({ find: 'iraq' })('IRAQ and Iraq', 'en')).toHaveLength(2);
    expect(compileFinder({ find: 'Irak', matchCase: true })('IRAK ile Irak', 'tr')).toEqual([{ start: 9, end: 13 }]);
  });

  it('keeps offsets right where lower case is longer (İ in an English text)', () => {
    const text = 'The İzmir port and the izmir road';
    const found = compileFinder({ find: 'izmir' })(text, 'en');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['İzmir', 'izmir']);
  });

  it('finds whole words only, Turkish letters counting as letters', () => {
    const find = compileFinder({ find: 'koridor', wholeWord: true });
    const text = "Koridor, koridoru ve Zengezur koridor'u";
    expect(find(text, 'tr').map((f) => text.slice(f.start, f.end))).toEqual(['Koridor', 'koridor']);
  });

  it('takes a regular expression with groups in the replacement', () => {
    const query = { find: '(\\d+) milyon', regex: true };
    const text = '25 milyon ton ve 4 milyon ton';
    const found = compileFinder(query)(text, 'tr');
    expect(replaceFound(text, found, '$1 million', query)).toBe('25 million ton ve 4 million ton');
  });

  it('replaces literally without a regular expression', () => {
    const query = { find: 'Zengezur' };
    const text = 'Zengezur yolu ve zengezur';
    expect(replaceFound(text, compileFinder(query)(text, 'tr'), 'Zangezur $1', query)).toBe('Zangezur $1 yolu ve Zangezur $1');
  });

  it('refuses a bad pattern with a clear message', () => {
    expect(() => compileFinder({ find: '(unclosed', regex: true })).toThrowError(/not a valid regular expression/);
    expect(() => compileFinder({ find: '' })).toThrowError(/give the text to find/);
  });
});
