import iconv from 'iconv-lite';

/**
 * Single-byte code pages as 256-entry tables, with the bytes a code page leaves
 * undefined mapped to the C1 control of the same number (as Windows and the damaged
 * texts do), so that any text made by a wrong decoding can be turned back into bytes.
 */
export type CodePage = 'windows-1252' | 'windows-1254' | 'latin1' | 'iso-8859-9';

interface Table {
  toChar: string[];
  toByte: Map<string, number>;
}

const tables = new Map<CodePage, Table>();

function table(codePage: CodePage): Table {
  let t = tables.get(codePage);
  if (!t) {
    const toChar: string[] = [];
    const toByte = new Map<string, number>();
    for (let b = 0; b < 256; b++) {
      let ch = iconv.decode(Buffer.from([b]), codePage);
      if (ch === '\ufffd' || ch.length !== 1) ch = String.fromCharCode(b);
      toChar.push(ch);
      if (!toByte.has(ch)) toByte.set(ch, b);
    }
    t = { toChar, toByte };
    tables.set(codePage, t);
  }
  return t;
}

/** Bytes of `text` in the code page, or null when a character is not in it. */
export function encodeSingleByte(text: string, codePage: CodePage): Uint8Array | null {
  const { toByte } = table(codePage);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = toByte.get(text[i]!);
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}

export function decodeSingleByte(bytes: Uint8Array, codePage: CodePage): string {
  const { toChar } = table(codePage);
  let out = '';
  for (const b of bytes) out += toChar[b];
  return out;
}

export function isEncodable(ch: string, codePage: CodePage): boolean {
  return table(codePage).toByte.has(ch);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether bytes are well-formed UTF-8 (checked by hand: a throwing decoder is slow on the many runs that are not). */
export function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return false;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    i += len;
  }
  return true;
}

export function decodeUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  try {
    return strictUtf8.decode(bytes); // still strict: overlong forms and surrogates
  } catch {
    return null;
  }
}
