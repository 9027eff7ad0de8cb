import { lower, type Lang } from '../text/case.js';
import { RULES, type SegmentationRules } from './rules/index.js';
import { ADDRESS_PATTERN } from '../text/placeables.js';

/**
 * Sentence segmentation of one paragraph of plain text.
 *
 * One left-to-right pass over the candidate terminators (. ! ? …); each candidate is
 * decided by looking at the word before it and the first character after it, so the
 * cost is O(n) in the paragraph length. Rules (abbreviations, ordinals) are data in
 * ./rules/.
 */

interface CompiledRules {
  neverFinal: Set<string>;
  beforeNumber: Set<string>;
  captionLabels: Set<string>;
  ordinalMaxDigits: number;
  sentenceStarters: Set<string>;
  finalBeforeStarter: Set<string>;
}

const compiled = new Map<SegmentationRules, CompiledRules>();

function compile(rules: SegmentationRules): CompiledRules {
  let c = compiled.get(rules);
  if (!c) {
    c = {
      neverFinal: new Set(rules.neverFinal),
      beforeNumber: new Set(rules.beforeNumber),
      captionLabels: new Set(rules.captionLabels ?? []),
      ordinalMaxDigits: rules.ordinalMaxDigits,
      sentenceStarters: new Set(rules.sentenceStarters ?? []),
      finalBeforeStarter: new Set(rules.finalBeforeStarter ?? []),
    };
    compiled.set(rules, c);
  }
  return c;
}

const TERMINATOR = /[.!?…]+/g;
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = /^["'”’»)\]]+/;
/** Footnote markers right after the full stop: [7], [7-9], <sup>[1]</sup>, <sup>1</sup>. */
const MARKER = /^(?:<sup>\s*\[?\d+(?:[-–,]\s*\d+)*\]?\s*<\/sup>|\[\d+(?:[-–,]\s*\d+)*\])/;
const OPENERS = /^["'“‘«(\[]+/;
/** URLs, e-mail addresses and <autolinks>: never split inside them. */
const PROTECTED = new RegExp(String.raw`<[a-z]+:[^>\s]*>|${ADDRESS_PATTERN}`, 'giu');
const WORD_START = /[\s(\["'“‘«]/u;
const DIGITS = /^\d+$/;
const SINGLE_UPPER = /^\p{Lu}$/u;
/** Single letters joined by full stops, the last one's stop being the candidate: T.C, İ.Ü, M.Ö, p.m. */
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
/** A sentence glued to the previous one by a lost space ("… one.This …"): a capital, then lower case. */
const GLUED_START = /^\p{Lu}\p{Ll}/u;
const LOWER_WORD_END = /\p{L}\p{Ll}$/u;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;

export interface Span {
  start: number;
  end: number;
}

function protectedSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!text.includes('.') || (!text.includes('@') && !text.includes('www') && !text.includes(':'))) return spans;
  for (const m of text.matchAll(PROTECTED)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** The word right before position `end` (exclusive), without leading openers. */
function wordBefore(text: string, end: number): { word: string; start: number } {
  let start = end;
  while (start > 0 && !WORD_START.test(text[start - 1]!)) start--;
  return { word: text.slice(start, end), start };
}

function isWhitespace(ch: string | undefined): boolean {
  return ch !== undefined && (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\u00a0' || ch === '\r' || ch === '\u202f');
}

/**
 * Decide whether a full stop after `word` ends the sentence, given the first
 * letter-or-digit `next` of what follows.
 */
/** The word starting at `at` (letters and marks only). */
function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && end - at < 40 && /[\p{L}\p{M}]/u.test(text[end]!)) end++;
  return text.slice(at, end);
}

/** A Roman numeral of two letters or more (II … MMXXV); one letter alone is read as an initial. */
const ROMAN_NUMERAL = /^(?=[MDCLXVI]{2,}$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

function fullStopEnds(text: string, wordStart: number, word: string, next: string, nextAt: number, lang: Lang, rules: CompiledRules): boolean {
  if (word === '') return true;
  const key = lower(word, lang);
  if (rules.neverFinal.has(key)) return false;
  // abbreviations written without spaces: "Prof.Dr." ends like "Dr."
  const lastDot = key.lastIndexOf('.');
  if (lastDot > 0 && rules.neverFinal.has(key.slice(lastDot + 1))) return false;
  if (rules.finalBeforeStarter.has(key) || DOTTED_ACRONYM.test(word)) return rules.sentenceStarters.has(lower(wordAt(text, nextAt), lang));
  // the word before, which several rules below look at
  const prev = wordStart > 1 ? wordBefore(text, wordStart - 1) : null;
  const prevKey = prev ? lower(prev.word.replace(/\.$/, ''), lang) : '';
  // two-word abbreviations such as "et al."
  if (prev?.word && rules.neverFinal.has(`${lower(prev.word, lang)} ${key}`)) return false;
  if (DIGIT.test(next) && rules.beforeNumber.has(key)) return false;
  if (SINGLE_UPPER.test(word) && /\p{Lu}/u.test(next)) return false; // initials: "M. Sargsyan"
  // a caption's label opening the paragraph: "Figure 3. The Caspian ports" is one caption
  if (prev && DIGITS.test(word) && word.length <= 3 && rules.captionLabels.has(prevKey) && text.slice(0, prev.start).trim() === '') return false;
  // Turkish writes ordinals in Roman numerals too: "II. Dünya Savaşı", "XIX. yüzyıl", "IV. Murat"
  if (rules.ordinalMaxDigits > 0 && ROMAN_NUMERAL.test(word) && LETTER.test(next)) return rules.sentenceStarters.has(lower(wordAt(text, nextAt), lang));
  if (rules.ordinalMaxDigits > 0 && DIGITS.test(word) && word.length <= rules.ordinalMaxDigits && LETTER.test(next)) {
    // after "s.", "md.", "No." the number is a page or article ("s. 45. Ayrıntılar …"), and
    // after a noun it labels ("Ek 2", "Tablo 3", "Madde 9") a label — Turkish puts an
    // ordinal before its noun ("2. Ek") — so its full stop ends the sentence
    if (prev && (rules.beforeNumber.has(prevKey) || rules.captionLabels.has(prevKey))) return true;
    // Turkish ordinals: "19. yüzyıl", "2. Karabağ Savaşı" — but a word that only starts
    // sentences ("… sayısı 12. Bu artış …") names nothing an ordinal could count
    return rules.sentenceStarters.has(lower(wordAt(text, nextAt), lang));
  }
  return true;
}

/**
 * Sentence spans of a paragraph. Each span is trimmed; spans are in order and cover every
 * non-space character of the text.
 */
export function sentenceSpans(text: string, lang: Lang): Span[] {
  const rules = compile(RULES[lang]);
  const spans: Span[] = [];
  const guarded = protectedSpans(text);
  let guardIndex = 0;
  let segmentStart = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    const at = m.index;
    while (guardIndex < guarded.length && guarded[guardIndex]!.end <= at) guardIndex++;
    const guard = guarded[guardIndex];
    if (guard && guard.start <= at && at < guard.end) continue;

    // Closers and footnote markers stay with the sentence they follow.
    let end = at + m[0].length;
    for (;;) {
      const rest = text.slice(end, end + 40);
      const closer = CLOSERS.exec(rest) ?? MARKER.exec(rest);
      if (!closer) break;
      end += closer[0].length;
    }
    if (end >= text.length) break;
    if (!isWhitespace(text[end])) {
      // PDF and web text lose the space after a full stop ("… one.This …"): a boundary
      // when a lower-case word ends right at the stop and a capitalised word starts
      // right after it, and the word is not an abbreviation
      if (end !== at + m[0].length || !GLUED_START.test(text.slice(end, end + 2))) continue;
      const nextWord = wordAt(text, end);
      // a short capitalised word after a dot is more often a file or domain part (Node.Js)
      if (nextWord.length < 3 && !rules.sentenceStarters.has(lower(nextWord, lang))) continue;
      const { word, start } = wordBefore(text, at);
      if (!LOWER_WORD_END.test(word) || word.includes('.')) continue;
      if (m[0] === '.' && !fullStopEnds(text, start, word, text[end]!, end, lang, rules)) continue;
      pushTrimmed(text, segmentStart, end, spans);
      segmentStart = end;
      continue;
    }

    let nextAt = end;
    while (isWhitespace(text[nextAt])) nextAt++;
    if (nextAt >= text.length) break;
    const opener = OPENERS.exec(text.slice(nextAt, nextAt + 4));
    const next = text[nextAt + (opener ? opener[0].length : 0)] ?? '';
    if (/\p{Ll}/u.test(next)) continue; // a sentence does not start in lower case
    if (!/[\p{L}\p{N}]/u.test(next) && !opener) continue;

    if (m[0] === '.') {
      const { word, start } = wordBefore(text, at);
      if (!fullStopEnds(text, start, word, next, nextAt + (opener ? opener[0].length : 0), lang, rules)) continue;
    }
    pushTrimmed(text, segmentStart, end, spans);
    segmentStart = nextAt;
  }
  pushTrimmed(text, segmentStart, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && isWhitespace(text[start])) start++;
  while (end > start && isWhitespace(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}
