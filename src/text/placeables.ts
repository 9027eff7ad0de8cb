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

/** What every address holds, tested before the pattern: most segments hold none, and the e-mail branch is tried at every letter. */
export function mayHoldAddress(text: string): boolean {
  return text.includes('@') || text.includes('://') || text.includes('www.') || text.includes('WWW.');
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
