import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/formats/index.js';

describe('UTF-16 input', () => {
  const le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  it('reads a whole file', () => {
    expect(decodeText(le('Liman açık.'), 'a.txt')).toEqual({ text: 'Liman açık.', encoding: 'utf-16le' });
  });
  it('refuses an odd number of bytes instead of dropping the last one', () => {
    expect(() => decodeText(Buffer.concat([le('Liman açık.'), Buffer.from([0x41])]), 'cut.txt')).toThrowError(/^cut\.txt: the file is UTF-16 but has an odd number of bytes \(25\)/);
  });
  it('refuses a lone surrogate instead of replacing it', () => {
    const bytes = Buffer.concat([le('Liman\n'), Buffer.from([0x00, 0xd8]), Buffer.from('x', 'utf16le')]);
    expect(() => decodeText(bytes, 'half.txt')).toThrowError(/^half\.txt:2: invalid UTF-16: half of a character \(a lone surrogate\) at byte 14/);
  });
});
