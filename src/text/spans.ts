import type { Lang } from './case.js';
import { forEachWord, LETTERS, LETTERS_AND_APOSTROPHES, SPACES } from './charclass.js';
import { EN_WORDS, TR_WORDS } from './langid.js';
import { ADDRESS_PATTERN, mayHoldAddress } from './placeables.js';

/**
 * Stretches of a segment that are not in the segment's language, so that each language's
 * checks apply to its own text only: a title cited in the other language (quoted or as a
 * clause of a citation), and web and e-mail addresses. Found by form — function words,
 * letters only one language writes, endings —, never by a list of titles; O(text).
 */
export interface TextSpan {
  start: number;
  end: number;
  /** The language the stretch is in; null for an address. */
  lang: Lang | null;
}

/** Addresses (text/placeables.ts) and DOIs: stretches in no language. */
const ADDRESS = new RegExp(String.raw`${ADDRESS_PATTERN}|\bdoi:\s*\S+`, 'giu');
const HAS_ADDRESS = new RegExp(ADDRESS.source, 'iu');
/** What every address or DOI holds, tested first (the e-mail branch is tried at every letter). */
const mayHoldAddressOrDoi = (text: string): boolean => mayHoldAddress(text) || /doi:/i.test(text);
/** A quoted stretch: “…”, "…", «…», ‘…’ (an opening ‘ after a space, so Turkish apostrophes are not quotes). */
const QUOTED = /“[^”]{3,}”|"[^"]{3,}"|«[^»]{3,}»|(?<=^|[\s(])‘[^’]{3,}’/gu;
/** What every quoted stretch starts with, tested first: most segments quote nothing. */
const MAY_HOLD_QUOTE = /[“"«‘]/u;
/** Clause boundaries inside a citation or a sentence: what a title ends at when it is not quoted. */
const CLAUSE = /[^.,;:()[\]“”"«»|–—]+/gu;
const TR_ENDINGS = ['lar', 'ler', 'ları', 'leri', 'ların', 'lerin', 'nın', 'nin', 'nun', 'nün', 'ının', 'inin', 'dan', 'den', 'tan', 'ten', 'ında', 'inde', 'ması', 'mesi', 'sı', 'si', 'ği', 'ğı'];
const EN_ENDINGS = ['tion', 'tions', 'ing', 'ings', 'ed', 'ly', 'ness', 'ment', 'ments', 'ship', 'ies', 'ous'];
const TR_ENDING = new RegExp(`(?:${TR_ENDINGS.join('|')})$`, 'u');
const EN_ENDING = new RegExp(`(?:${EN_ENDINGS.join('|')})$`, 'u');

/** What a letter says of its word's language, by code unit: ç ğ ı ş only Turkish writes, ö ü Turkish likely, w q x only English (either case). */
const TR_ONLY = 1;
const TR_LIKELY = 2;
const EN_ONLY = 3;
const LETTER_EVIDENCE = new Uint8Array(0x10000);
for (const c of 'çğışÇĞŞ') LETTER_EVIDENCE[c.charCodeAt(0)] = TR_ONLY;
for (const c of 'öüÖÜ') LETTER_EVIDENCE[c.charCodeAt(0)] = TR_LIKELY;
for (const c of 'wqxWQX') LETTER_EVIDENCE[c.charCodeAt(0)] = EN_ONLY;
/** The longest function word of either list, and the longest ending: what of a word is lower-cased. */
const LONGEST_FUNCTION_WORD = Math.max(...[...EN_WORDS, ...TR_WORDS].map((w) => w.length));
const LONGEST_ENDING = Math.max(...[...TR_ENDINGS, ...EN_ENDINGS].map((e) => e.length));

/**
 * How strongly a run of words reads as English and as Turkish. O(text), one pass over its
 * characters; a word is lower-cased only as far as the lists need (the whole of a short
 * word, the last letters of a long one).
 */
export function languageScores(text: string): Record<Lang, number> & { words: number } {
  const score = { en: 0, tr: 0, words: 0 };
  forEachWord(text, LETTERS, LETTERS_AND_APOSTROPHES, (start, _end, firstEnd) => {
    score.words++;
    const length = firstEnd - start;
    if (length <= LONGEST_FUNCTION_WORD) {
      const word = lowered(text.slice(start, firstEnd));
      if (EN_WORDS.has(word)) score.en += 2;
      if (TR_WORDS.has(word)) score.tr += 2;
    }
    let trOnly = false;
    let trLikely = false;
    let enOnly = false;
    for (let c = start; c < firstEnd; c++) {
      const evidence = LETTER_EVIDENCE[text.charCodeAt(c)];
      if (evidence === TR_ONLY) trOnly = true;
      else if (evidence === TR_LIKELY) trLikely = true;
      else if (evidence === EN_ONLY) enOnly = true;
    }
    if (trOnly) score.tr += 2;
    else if (trLikely) score.tr += 1;
    if (enOnly) score.en += 1;
    if (length >= 5) {
      const ending = lowered(text.slice(firstEnd - LONGEST_ENDING, firstEnd));
      if (TR_ENDING.test(ending)) score.tr += 1;
      if (EN_ENDING.test(ending)) score.en += 1;
    }
  });
  return score;
}

/** Lower case without the dotted capital's combining dot ("İçin" → "için"). */
function lowered(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u0307') ? lower.replace(/\u0307/g, '') : lower;
}

/** Whether the run reads as `other` rather than as `own`: clear evidence, and more than twice the other way. */
function readsAs(text: string, own: Lang, other: Lang): boolean {
  const s = languageScores(text);
  return s.words >= 2 && s[other] >= 4 && s[other] >= 2 * s[own] + 1;
}

/**
 * Addresses, and quoted stretches and clauses of three or more words that read as the
 * other language, in order. A clause is judged alone, so "Journal of Eurasian Studies"
 * in a Turkish footnote is English while the Turkish words around it stay Turkish.
 */
export function foreignSpans(text: string, lang: Lang, around?: readonly { start: number; end: number }[]): TextSpan[] {
  const other: Lang = lang === 'en' ? 'tr' : 'en';
  const spans: TextSpan[] = [];
  const taken = (at: number) => spans.some((s) => at >= s.start && at < s.end);
  if (mayHoldAddressOrDoi(text)) for (const m of text.matchAll(ADDRESS)) spans.push({ start: m.index, end: m.index + m[0].length, lang: null });
  if (MAY_HOLD_QUOTE.test(text)) {
    for (const m of text.matchAll(QUOTED)) {
      if (!taken(m.index) && readsAs(m[0], lang, other)) spans.push({ start: m.index, end: m.index + m[0].length, lang: other });
    }
  }
  for (const clause of clauses(text, around)) {
    if (taken(clause.start) || !hasWords(clause.text, 3)) continue;
    if (readsAs(clause.text, lang, other)) {
      const lead = clause.text.length - clause.text.trimStart().length;
      spans.push({ start: clause.start + lead, end: clause.start + clause.text.trimEnd().length, lang: other });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Whether `text` has at least `n` runs of non-space characters (split(/\s+/) without the list). */
function hasWords(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const space = SPACES.has(text.charCodeAt(k));
    if (!space && !inWord && ++words >= n) return true;
    inWord = !space;
  }
  return false;
}

/** The clause boundaries of CLAUSE, by code unit (a table: the scans below read every character of a clause). */
const BOUNDARY = new Uint8Array(0x10000);
for (const c of '.,;:()[]“”"«»|–—') BOUNDARY[c.charCodeAt(0)] = 1;

/**
 * The clauses (CLAUSE matches) of `text`, in order: all of them, or only those that hold
 * one of `around` whole — found from each range outwards to the nearest boundaries, so a
 * long segment with one term costs the length of that term's clause, not of the segment.
 */
function clauses(text: string, around?: readonly { start: number; end: number }[]): { start: number; text: string }[] {
  if (!around) return [...text.matchAll(CLAUSE)].map((m) => ({ start: m.index, text: m[0] }));
  const found: { start: number; text: string }[] = [];
  let lastEnd = -1;
  for (const range of [...around].sort((a, b) => a.start - b.start)) {
    if (range.end <= lastEnd) continue; // in the clause found last
    let inside = range.start;
    while (inside < range.end && BOUNDARY[text.charCodeAt(inside)] === 0) inside++;
    if (inside < range.end || range.end <= range.start) continue; // a boundary inside: no clause holds it
    let start = range.start;
    while (start > 0 && BOUNDARY[text.charCodeAt(start - 1)] === 0) start--;
    let end = range.end;
    while (end < text.length && BOUNDARY[text.charCodeAt(end)] === 0) end++;
    found.push({ start, text: text.slice(start, end) });
    lastEnd = end;
  }
  return found;
}

/**
 * Clauses of two or more words that stand the same in both texts of a pair — a title, a
 * journal's name or a citation kept as published, between the same clause boundaries or
 * quotes on both sides ("Middle Corridor, Brüksel'de …" is a term left in English, not a
 * clause of the English sentence). Not the whole segment: a heading left untranslated
 * is no citation. Ranges are in `text`. O(text).
 */
export function sharedClauses(text: string, other: string, around?: readonly { start: number; end: number }[]): TextSpan[] {
  const clauseSet = (t: string) => new Set(clauses(t).map((c) => c.text.trim().toLowerCase()));
  let otherClauses: Set<string> | undefined;
  let otherLower: string | undefined;
  let wholeTexts: Set<string> | undefined;
  const whole = (t: string) => t.trim().replace(/[.!?:;,]+$/u, '').toLowerCase();
  const spans: TextSpan[] = [];
  for (const found of clauses(text, around)) {
    const clause = found.text.trim();
    const key = clause.toLowerCase();
    if (!hasWords(clause, 2) || !/\p{L}/u.test(clause)) continue;
    // the other text's clauses are read only when a clause of this one may be shared
    otherLower ??= other.toLowerCase();
    if (!otherLower.includes(key)) continue;
    otherClauses ??= clauseSet(other);
    wholeTexts ??= new Set([whole(text), whole(other)]);
    if (wholeTexts.has(key) || !otherClauses.has(key)) continue;
    const start = found.start + found.text.indexOf(clause);
    spans.push({ start, end: start + clause.length, lang: null });
  }
  return spans;
}

/** Whether a segment reads as a bibliographic citation: an address or DOI, or a year with a quoted title, pages, a volume or an issue. */
export function looksLikeCitation(text: string): boolean {
  if (HAS_ADDRESS.test(text)) return true;
  if (!/\b(?:1[6-9]|20)\d{2}\b/u.test(text)) return false;
  return /[“"«]/u.test(text) || /\b(?:pp?|ss?|vol|no|sayı|cilt)\.?\s*\d/iu.test(text) || /\(\s*(?:1[6-9]|20)\d{2}[a-z]?\s*\)/u.test(text) || /\d+\s*[-–]\s*\d+/u.test(text);
}
