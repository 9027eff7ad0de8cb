import { InputError } from '../errors.js';

/**
 * What text Hizala stores: valid Unicode that every export format can carry. Refused,
 * never silently replaced with U+FFFD: a lone surrogate (a half of a character), a
 * noncharacter (U+FFFE, U+FFFF, U+FDD0–U+FDEF, …), and C0 control characters other than
 * tab and line breaks (XML 1.0 cannot carry them). Sizes are bounded per field, the same
 * on every route (HTTP, CLI, XLIFF, glossary import).
 */
export const FIELD_LIMITS = {
  /** A pair's source or target (characters). */
  segment: 100_000,
  /** A glossary or pair note. */
  note: 10_000,
  /** A glossary term. */
  term: 200,
  /** A document title. */
  title: 1_000,
} as const;

/** Half a surrogate pair, or a noncharacter (U+FFFE, U+FFFF …): no XML export can carry it. */
export const UNCARRIABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\p{Noncharacter_Code_Point}/u;
const INVALID = new RegExp(`${UNCARRIABLE.source}|[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]`, 'u');

/** The first character that cannot be stored, with its offset; null when the text is fine. O(n). */
export function invalidCharacter(text: string): { at: number; codeUnit: number; kind: string } | null {
  const m = INVALID.exec(text);
  if (!m) return null;
  const codeUnit = m[0].codePointAt(0)!;
  const kind = codeUnit >= 0xd800 && codeUnit <= 0xdfff ? 'a lone surrogate (half of a character)' : codeUnit < 0x20 ? 'a control character' : 'a noncharacter';
  return { at: m.index, codeUnit, kind };
}

const hex = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;

/** Throws InputError naming the field, the character and where it is, or the size. */
export function checkText(text: string, field: string, limit: number): void {
  if (text.length > limit) throw new InputError(`"${field}" has ${text.length.toLocaleString('en')} characters; at most ${limit.toLocaleString('en')} are accepted`, { reason: 'too-long', params: { field, length: text.length, limit } });
  const bad = invalidCharacter(text);
  if (bad) throw new InputError(`"${field}" has ${bad.kind}, ${hex(bad.codeUnit)}, at character ${bad.at}`, { reason: 'bad-character', params: { field, code: hex(bad.codeUnit), at: bad.at } });
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
