import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeText } from '../../src/formats/index.js';

const TURKISH = 'Zengezur koridoru ve Iğdır–Dilucu hattı; İstanbul’da ŞUBAT ayında görüşüldü.\n';

describe('decodeText', () => {
  it('reads UTF-8 without and with a BOM', () => {
    expect(decodeText(Buffer.from(TURKISH, 'utf8'), 'a.txt')).toEqual({ text: TURKISH, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TURKISH)]), 'a.txt')).toEqual({ text: TURKISH, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TURKISH, 'utf-16le')]), 'a.txt').text).toBe(TURKISH);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TURKISH, 'utf-16be')]), 'a.txt')).toEqual({ text: TURKISH, encoding: 'utf-16be' });
  });

  it('detects and converts legacy Turkish windows-1254', () => {
    const bytes = iconv.encode(TURKISH.replace('’', "'"), 'windows-1254');
    expect(decodeText(bytes, 'legacy.txt')).toEqual({ text: TURKISH.replace('’', "'"), encoding: 'windows-1254' });
  });

  it('refuses another legacy code page (KOI8-R Russian) naming the file', () => {
    const bytes = iconv.encode('Азербайджан и Армения подписали заявление о транспорте.\n', 'koi8-r');
    expect(() => decodeText(bytes, 'russian.txt')).toThrowError(/^russian\.txt:1: unsupported encoding/);
  });

  it('refuses binary data and UTF-16 without a BOM', () => {
    expect(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]), 'a.zip')).toThrowError(/a\.zip:1: binary data/);
    expect(() => decodeText(iconv.encode('Hello world', 'utf-16le'), 'u16.txt')).toThrowError(/NUL byte/);
    expect(() => decodeText(Buffer.from('text\u0001more'), 'ctl.txt')).toThrowError(/control character U\+0001/);
  });

  it('refuses a character no export can carry (U+FFFF, U+FFFE), naming the line and column, so no export of the document breaks', () => {
    expect(() => decodeText(Buffer.from('The port opened.\n\nA lone \uffff here.\n'), 'nonchar.md')).toThrowError(/^nonchar\.md:3:8: a character no export format can carry: U\+FFFF/);
    expect(() => decodeText(iconv.encode('\ufeffBir \ufffe işaret.', 'utf-16le'), 'u16.txt')).toThrowError(/U\+FFFE/);
  });

  it('refuses empty and blank files', () => {
    expect(() => decodeText(new Uint8Array(), 'empty.md')).toThrowError(InputError);
    expect(() => decodeText(Buffer.from('  \n\n '), 'blank.md')).toThrowError(/blank\.md: the file has no text/);
  });
});
