import { canonicalNumber } from '../text/placeables.js';
import { foldKey, type Lang } from '../text/case.js';
import { CharClass, charWidth, isDigitAt, LETTERS } from '../text/charclass.js';

/**
 * Tokens for fuzzy matching: words (Turkish-aware case folding, i-dots folded), numbers,
 * footnote markers, inline tags and punctuation, each its own token.
 */
export type TokenKind = 'word' | 'number' | 'marker' | 'tag' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Comparison form: folded word, canonical number, marker number, tag name, punctuation. */
  key: string;
  /** The token as written (for penalties on case and punctuation). */
  raw: string;
}

/*
 * The tokens, in order of precedence at a position — as the regular expression
 *   <sup>\s*\[?\d+\]?\s*<\/sup> | \[\d+\] | <\/?[a-z][^>]*> | \{\d+\} | \d+(?:[.,]\d+)* |
 *   [\p{L}\p{M}]+(?:['’]\p{L}+)? | [^\s\p{L}\p{N}]          (flags giu)
 * would find them, but scanned by hand: the regex cost about 100 ns a token, and the TM
 * tokenises every unit it imports and every candidate it scores.
 */
const SUP_AT = /<sup>\s*\[?\d+\]?\s*<\/sup>/iuy;
const TAG_AT = /<\/?[a-z][^>]*>/iuy;
const LETTER_OR_MARK = new CharClass(/[\p{L}\p{M}]/u);
const NOT_PUNCT = new CharClass(/[\s\p{L}\p{N}]/u);


function digitsEnd(text: string, at: number): number {
  while (isDigitAt(text, at)) at++;
  return at;
}

/** End of the token that starts at `at`, or -1 when none starts there (whitespace, a non-ASCII digit). */
function tokenEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 0x3c) {
    // <
    for (const re of [SUP_AT, TAG_AT]) {
      re.lastIndex = at;
      if (re.test(text)) return re.lastIndex;
    }
  } else if (c === 0x5b || c === 0x7b) {
    // [n] or {n}
    const end = digitsEnd(text, at + 1);
    if (end > at + 1 && text.charCodeAt(end) === (c === 0x5b ? 0x5d : 0x7d)) return end + 1;
  } else if (c >= 0x30 && c <= 0x39) {
    let end = digitsEnd(text, at);
    while ((text[end] === '.' || text[end] === ',') && isDigitAt(text, end + 1)) end = digitsEnd(text, end + 1);
    return end;
  } else if (LETTER_OR_MARK.at(text, at)) {
    let end = at;
    while (end < text.length && LETTER_OR_MARK.at(text, end)) end += charWidth(text, end);
    if ((text[end] === "'" || text[end] === '’') && end + 1 < text.length && LETTERS.at(text, end + 1)) {
      end++;
      while (end < text.length && LETTERS.at(text, end)) end += charWidth(text, end);
    }
    return end;
  }
  return NOT_PUNCT.at(text, at) ? -1 : at + charWidth(text, at);
}

/** Calls `visit` with the start and end of each token, left to right. O(length). */
function scanTokens(text: string, visit: (start: number, end: number) => void): void {
  let at = 0;
  while (at < text.length) {
    const end = tokenEnd(text, at);
    if (end < 0) {
      at += charWidth(text, at);
      continue;
    }
    visit(at, end);
    at = end;
  }
}

const SUP = /^<sup/i;

/**
 * The text case-folded as foldKey folds each word (’ read as '), character for
 * character, so a word's key is a slice of it: one folding per text instead of one per
 * word (the TM folds every unit it imports). Null when folding would change the length
 * (an İ in English text, a combining dot above) or could differ (a Σ, whose lower case
 * depends on the letters after it); the caller then folds word by word.
 */
function foldAligned(text: string, lang: Lang): string | null {
  // İ in English text and a combining dot change the length; a Σ's lower case depends on what follows it
  if (text.includes('\u0307') || text.includes('Σ') || (lang !== 'tr' && text.includes('İ'))) return null;
  const folded = foldKey(text.includes('’') ? text.replaceAll('’', "'") : text, lang);
  return folded.length === text.length ? folded : null;
}

function wordKey(raw: string, at: number, folded: string | null, lang: Lang): string {
  return folded === null ? foldKey(raw.replace(/’/g, "'"), lang) : folded.slice(at, at + raw.length);
}

/** What a token is, from its first character (the scanner has already told tokens apart). */
function kindOf(raw: string): TokenKind {
  const c = raw.charCodeAt(0);
  if (c === 0x5b) return 'marker'; // [
  if (c === 0x3c) return SUP.test(raw) ? 'marker' : 'tag'; // <
  if (c === 0x7b) return 'tag'; // {
  if (c >= 0x30 && c <= 0x39) return 'number';
  return LETTER_OR_MARK.has(c) ? 'word' : 'punct';
}

export function tokenize(text: string, lang: Lang): Token[] {
  const out: Token[] = [];
  const folded = foldAligned(text, lang);
  scanTokens(text, (start, end) => {
    const raw = text.slice(start, end);
    const kind = kindOf(raw);
    if (kind === 'marker') out.push({ kind, key: raw.replace(/\D/g, ''), raw });
    else if (kind === 'tag') out.push({ kind, key: raw.replace(/\s.*$/, '').toLowerCase(), raw });
    else if (kind === 'number') out.push({ kind, key: canonicalNumber(raw, lang), raw });
    else if (kind === 'word') out.push({ kind, key: wordKey(raw, start, folded, lang), raw });
    else out.push({ kind, key: raw === '’' ? "'" : raw, raw });
  });
  return out;
}


/**
 * Folded text for the full-text index: words and numbers only, separated by spaces —
 * the same as the word and number tokens of tokenize(), without building the tokens.
 */
export function foldForIndex(text: string, lang: Lang): string {
  const out: string[] = [];
  const folded = foldAligned(text, lang);
  scanTokens(text, (start, end) => {
    const c = text.charCodeAt(start);
    if (c === 0x5b || c === 0x3c || c === 0x7b) return; // markers and tags are not indexed
    if (c >= 0x30 && c <= 0x39) out.push(canonicalNumber(text.slice(start, end), lang));
    else if (LETTER_OR_MARK.has(c)) {
      const key = wordKey(text.slice(start, end), start, folded, lang);
      out.push(key.includes("'") ? key.replaceAll("'", ' ') : key);
    }
  });
  return out.join(' ');
}

function foldTokens(tokens: readonly Token[]): string {
  return tokens
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => t.key.replace(/['’]/g, ' '))
    .join(' ');
}

/** Key of a source for exact look-up: tokens joined, so case and spacing do not matter. */
export function exactKey(text: string, lang: Lang): number {
  return keyOfTokens(tokenize(text, lang), lang);
}

function keyOfTokens(tokens: readonly Token[], lang: Lang): number {
  return hash48(`${lang}\u0002${tokens.map((t) => `${t.kind[0]}${t.key}`).join('\u0001')}`);
}

/**
 * Key of a source with its placeables (numbers, markers, tags) masked: two sources with
 * the same shape differ at most in placeables, so they are near-perfect matches that
 * word retrieval cannot find when the words are common ("04.10.2023" ↔ "12.03.2024").
 */
export function shapeKey(tokens: readonly Token[], lang: Lang): number {
  return hash48(`${lang}\u0003${tokens.map((t) => (t.kind === 'word' || t.kind === 'punct' ? `${t.kind[0]}${t.key}` : t.kind)).join('\u0001')}`);
}

/** Everything the store keeps about a text, from one tokenisation. */
export function analyse(text: string, lang: Lang): { tokens: Token[]; fold: string; key: number; shape: number } {
  const tokens = tokenize(text, lang);
  return { tokens, fold: foldTokens(tokens), key: keyOfTokens(tokens, lang), shape: shapeKey(tokens, lang) };
}

/**
 * A 48-bit hash as a safe JS integer, for SQLite INTEGER columns: two 32-bit FNV-1a
 * passes with different seeds, 24 bits of each. Not cryptographic — keys are looked up
 * and the text compared, so a collision costs a wasted comparison, never a wrong match.
 * About ten times faster than SHA-1 through node:crypto on short strings.
 */
export function hash48(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 8) * 0x1000000 + (b >>> 8);
}
