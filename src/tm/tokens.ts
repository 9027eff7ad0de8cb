import { canonicalNumber } from '../align/index.js';
import { foldKey, type Lang } from '../text/case.js';

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

const TOKEN = /<sup>\s*\[?\d+\]?\s*<\/sup>|\[\d+\]|<\/?[a-z][^>]*>|\{\d+\}|\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/giu;

const LETTER_START = /[\p{L}\p{M}]/u;

export function tokenize(text: string, lang: Lang): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const c = raw[0]!;
    if (c === '[' || raw.toLowerCase().startsWith('<sup')) out.push({ kind: 'marker', key: raw.replace(/\D/g, ''), raw });
    else if (c === '<' || c === '{') out.push({ kind: 'tag', key: raw.replace(/\s.*$/, '').toLowerCase(), raw });
    else if (/\d/.test(c)) out.push({ kind: 'number', key: canonicalNumber(raw, lang), raw });
    else if (/[\p{L}\p{M}]/u.test(c)) out.push({ kind: 'word', key: foldKey(raw.replace(/’/g, "'"), lang), raw });
    else out.push({ kind: 'punct', key: raw === '’' ? "'" : raw, raw });
  }
  return out;
}


/**
 * Folded text for the full-text index: words and numbers only, separated by spaces —
 * the same as the word and number tokens of tokenize(), without building the tokens.
 */
export function foldForIndex(text: string, lang: Lang): string {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const c = raw[0]!;
    if (c === '[' || c === '<' || c === '{') continue; // markers and tags are not indexed
    if (c >= '0' && c <= '9') out.push(canonicalNumber(raw, lang).replace(/['’]/g, ' '));
    else if (LETTER_START.test(c)) out.push(foldKey(raw.replace(/’/g, "'"), lang).replace(/'/g, ' '));
  }
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
