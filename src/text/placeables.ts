import type { Lang } from './case.js';

/**
 * Whitespace as the glossary's reference rules define it (Python's str.isspace), for a
 * character class: JavaScript's \s differs — it takes U+FEFF and leaves out U+001C–U+001F
 * and U+0085 (NEL, a line break in text from old systems).
 */
export const SPACE_SET = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/**
 * Web and e-mail addresses: placeables that no sentence boundary, glossary term or check
 * reaches into, and that a translation keeps as they are. One definition for the
 * segmenter, the aligner's anchors, the QA checks, the term matcher, the language spans
 * and the document classifier (each had its own, with different edges).
 *
 * An address ends at whitespace (SPACE_SET) and before trailing punctuation and quotes:
 * "(see www.x.org/a)." holds www.x.org/a. An e-mail address may have letters outside ASCII.
 */
export const ADDRESS_PATTERN = String.raw`\b(?:https?:\/\/|www\.)[^${SPACE_SET}<>"“”]*[^${SPACE_SET}<>"“”.,;:!?)\]'’]|[\p{L}\p{N}_.+-]+@[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+`;

/** Every address (global: use with matchAll or replace, which do not share its lastIndex). */
export const ADDRESSES = new RegExp(ADDRESS_PATTERN, 'giu');

const ANY_ADDRESS = new RegExp(ADDRESS_PATTERN, 'iu');

/** What every address holds (in any case, as the pattern matches), tested first: most segments hold none, and the e-mail branch is tried at every letter. */
const MAY_HOLD_ADDRESS = /@|:\/\/|www\./i;

export function mayHoldAddress(text: string): boolean {
  return MAY_HOLD_ADDRESS.test(text);
}

export interface AddressSpan {
  start: number;
  end: number;
  text: string;
  kind: 'url' | 'email';
}

/** A Turkish case ending set off after an address (hakam.org’da, www.x.org/rapor'un). */
const ENDING_AFTER = /['’]\p{L}+$/u;

/**
 * The addresses of a text, in order, each without a case ending written after it
 * (Turkish sets one off with an apostrophe: "www.x.org/a'da" is the address www.x.org/a).
 * O(text).
 */
export function addresses(text: string): AddressSpan[] {
  if (!mayHoldAddress(text)) return [];
  return [...text.matchAll(ADDRESSES)].map((m) => {
    const kind = /^(?:https?:|www\.)/iu.test(m[0]) ? 'url' : 'email';
    const ending = kind === 'url' ? ENDING_AFTER.exec(m[0]) : null;
    const found = ending ? m[0].slice(0, ending.index) : m[0];
    return { start: m.index, end: m.index + found.length, text: found, kind };
  });
}

/** Whether a text holds an address. */
export function hasAddress(text: string): boolean {
  return mayHoldAddress(text) && ANY_ADDRESS.test(text);
}

/** A number with its separators: 1,234.5 / 1.234,5 / 3.5 / 3,5 / 14.05.2024 */
const NUMBER = /\d+(?:[.,]\d+)*/gu;

const DIGITS_ONLY = /^\d+$/;
/** Thousands grouped as the language writes them, with an optional decimal part: 1,234,567.5 / 1.234.567,5. */
const GROUPED: Record<Lang, RegExp> = { en: /^\d{1,3}(,\d{3})+(\.\d+)?$/, tr: /^\d{1,3}(\.\d{3})+(,\d+)?$/ };

/**
 * Canonical form of a number, reading "." and "," as each language writes them:
 * English 1,234.5 and Turkish 1.234,5 are both "1234.5"; 3.5 and 3,5 are both "3.5".
 */
export function canonicalNumber(raw: string, lang: Lang): string {
  // most numbers are digits only (2023, 15): nothing to read but leading zeros
  if (DIGITS_ONLY.test(raw)) return raw.replace(/^0+(?=\d)/, '');
  const groups = raw.split(/[.,]/);
  if (groups.length > 2 && new Set(raw.replace(/\d/g, '')).size === 1 && !/^\d{1,3}([.,]\d{3})+$/.test(raw)) return raw.replace(/,/g, '.'); // dates 14.05.2024
  const thousands = lang === 'tr' ? '.' : ',';
  const decimal = lang === 'tr' ? ',' : '.';
  let s = raw;
  if (GROUPED[lang].test(s)) s = s.split(thousands).join('');
  s = s.replace(decimal, '.');
  // a separator the language does not use as decimal mark with exactly 3 digits after it is a thousands mark
  if (/^\d{1,3}[.,]\d{3}$/.test(s) && s.includes(thousands)) s = s.replace(thousands, '');
  return s.replace(/^0+(?=\d)/, '');
}

export interface NumberSpan {
  start: number;
  end: number;
  text: string;
  /** The same for the same number in either language (canonicalNumber). */
  key: string;
}

/**
 * The numbers of a text as placeables that must stand in a translation too: one
 * definition for the aligner's anchors and the number check (the TM's tokens key theirs
 * by canonicalNumber). O(text).
 */
export function numbers(text: string, lang: Lang): NumberSpan[] {
  return [...text.matchAll(NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], key: canonicalNumber(m[0], lang) }));
}
