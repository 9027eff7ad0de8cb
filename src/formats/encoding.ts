import iconv from 'iconv-lite';
import { InputError } from '../errors.js';
import { UNCARRIABLE } from '../text/valid.js';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1254';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Bytes that windows-1254 leaves undefined. */
const CP1254_UNDEFINED = new Set([0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e]);
/** Non-ASCII characters a Turkish or English text in windows-1254 is made of. */
const CP1254_PLAUSIBLE = /[çğıöşüÇĞİÖŞÜâîûÂÎÛéèà“”‘’–—…•€«»°§©®±·]/u;

/** UTF-16 as its byte-order mark says, or null without one. */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  return bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
}

/**
 * Decode a text file: UTF-8 (with or without BOM), UTF-16 with a BOM, or a legacy
 * Turkish Windows file (windows-1254). Anything else — binary data, another legacy
 * code page, UTF-16 without a BOM — is refused with an error naming the file.
 * O(n) in the file size.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new InputError('the file is empty', { file, reason: 'file-empty' });
  let decoded: DecodedText;
  const order = utf16ByteOrder(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: strictUtf8(bytes.subarray(3), file), encoding: 'utf-8-bom' };
  } else if (order) {
    decoded = { text: strictUtf16(bytes.subarray(2), order, file), encoding: order };
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      throw new InputError(
        `binary data or UTF-16 without a byte-order mark (NUL byte at offset ${nul}); save the file as UTF-8`,
        { file, line: lineAt(bytes, nul), reason: 'bad-encoding' },
      );
    }
    const utf8 = tryUtf8(bytes);
    decoded = utf8 !== null ? { text: utf8, encoding: 'utf-8' } : { text: windows1254(bytes, file), encoding: 'windows-1254' };
  }
  rejectControlCharacters(decoded.text, file);
  if (decoded.text.trim() === '') throw new InputError('the file has no text', { file, reason: 'no-text' });
  return decoded;
}

/** UTF-16 after its BOM: an odd byte count (a cut file) or a lone surrogate is an error, not a dropped or replaced character. */
function strictUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  if (bytes.length % 2 !== 0) throw new InputError(`the file is UTF-16 but has an odd number of bytes (${bytes.length + 2}): it was cut short or is not UTF-16`, { file, reason: 'bad-encoding' });
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const text = iconv.decode(Buffer.from(bytes), encoding);
    const at = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/.exec(text)?.index ?? 0;
    throw new InputError(`invalid UTF-16: half of a character (a lone surrogate) at byte ${2 + 2 * at}`, { file, line: text.slice(0, at).split('\n').length, reason: 'bad-encoding' });
  }
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function strictUtf8(bytes: Uint8Array, file: string): string {
  const text = tryUtf8(bytes);
  if (text === null) {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(`starts with a UTF-8 byte-order mark but is not valid UTF-8 (byte 0x${hex(bytes[at])} at offset ${at + 3})`, {
      file,
      line: lineAt(bytes, at),
      reason: 'bad-encoding',
    });
  }
  return text;
}

/**
 * Accept windows-1254 only when every high byte is defined there and decodes to a
 * letter or sign a Turkish/English text plausibly uses; otherwise the file is in some
 * other code page we would silently garble.
 */
function windows1254(bytes: Uint8Array, file: string): string {
  let high = 0;
  let plausible = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (CP1254_UNDEFINED.has(b)) {
      throw unsupported(file, bytes, i);
    }
    high++;
    if (plausibleHighByte()[b]) plausible++;
  }
  if (high > 0 && plausible / high < 0.8) throw unsupported(file, bytes, firstInvalidUtf8(bytes));
  return iconv.decode(Buffer.from(bytes), 'windows-1254');
}

let plausibleTable: boolean[] | undefined;

/** For each byte value, whether its windows-1254 character is plausible in our texts. */
function plausibleHighByte(): boolean[] {
  plausibleTable ??= Array.from({ length: 256 }, (_, b) => CP1254_PLAUSIBLE.test(iconv.decode(Buffer.from([b]), 'windows-1254')));
  return plausibleTable;
}

function unsupported(file: string, bytes: Uint8Array, at: number): InputError {
  return new InputError(
    `unsupported encoding: not UTF-8, UTF-16 with a byte-order mark, or Turkish windows-1254 (byte 0x${hex(bytes[at])} at offset ${at}); save the file as UTF-8`,
    { file, line: lineAt(bytes, at), reason: 'bad-encoding' },
  );
}

function rejectControlCharacters(text: string, file: string): void {
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.exec(text);
  if (bad) {
    const line = text.slice(0, bad.index).split('\n').length;
    throw new InputError(`binary data: control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`, {
      file,
      line,
      reason: 'binary',
    });
  }
  // a noncharacter (U+FFFE, U+FFFF …) or half a surrogate pair: no XML export could carry
  // it, and one such character made every export of the document unreadable
  const lost = UNCARRIABLE.exec(text);
  if (lost) {
    const line = text.slice(0, lost.index).split('\n').length;
    const column = lost.index - text.lastIndexOf('\n', lost.index - 1);
    const code = `U+${lost[0].codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()}`;
    throw new InputError(`a character no export format can carry: ${code}`, { file, line, column, reason: 'bad-character', params: { field: file, code, at: column } });
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return 0;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function hex(b: number | undefined): string {
  return (b ?? 0).toString(16).padStart(2, '0').toUpperCase();
}
