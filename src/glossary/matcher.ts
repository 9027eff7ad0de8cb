import type { Lang } from '../text/case.js';
import { CharClass, charWidth } from '../text/charclass.js';
import { foreignSpans, sharedClauses } from '../text/spans.js';
import { addresses, SPACE_SET } from '../text/placeables.js';
import { attachesSuffix, isCaseSensitive, isDiscouraged, type Entry, type Glossary, type Term } from './model.js';

/**
 * The term matcher, as a Turkish or English reader finds terms (docs/glossary.md):
 * NFC; soft hyphens and zero-width spaces ignored; whitespace runs (no-break spaces, line
 * breaks) as one space; hyphen-like dashes as "-", ’ and ʼ as "'"; Turkish case folding
 * (İ→i, I→ı) except for acronyms; a term starts at a word boundary; after it, a suffix
 * follows an apostrophe (Zengezur'un), or attaches directly for common nouns
 * (koridoru); leftmost-longest, no overlaps; never inside a URL or an e-mail address.
 *
 * Cost: O(text length × candidate terms starting with the same two folded characters);
 * the candidates come from a map keyed by those characters, so the work per token does
 * not grow with the size of the glossary.
 */
export interface Occurrence {
  entryId: string;
  term: Term;
  /** Range in the NFC text, end exclusive, suffix included. */
  start: number;
  end: number;
  /** The NFC text of the occurrence, characters as they stand. */
  found: string;
  /** Where the term itself ends in the NFC text; from here to `end` is its suffix. */
  termEnd: number;
  discouraged: boolean;
}

interface Candidate {
  entryId: string;
  term: Term;
  /** Normalised (and, unless case-sensitive, folded) form. */
  key: string;
  caseSensitive: boolean;
  attaches: boolean;
}

const IGNORED = new Set(['\u00ad', '\u200b']);
const WHITESPACE = new RegExp(`[${SPACE_SET}]`, 'u');
const SPACE_CHARS = new CharClass(WHITESPACE);
const HYPHENS = new Set(['\u2010', '\u2011', '\u2013']);
const APOSTROPHES = new Set(['\u2019', '\u02bc']);
const WORD = /[\p{L}\p{N}_\p{M}]/u;
/** Word characters: a term starts only at one not preceded by another (rule 3). */
const WORD_CHARS = new CharClass(WORD);
const LETTER = /\p{L}/u;

/** Whether normalisation would change the text: a character it maps or drops, whitespace other than a single space. One pass, no regex (hot path). */
function needsNormalising(text: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (previousSpace) return true;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (code > 0x20 && code < 0x7f) continue;
    if (code <= 0x20 || code === 0xad || code === 0x200b || code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x2019 || code === 0x02bc) return true;
    if (SPACE_CHARS.has(code)) return true;
  }
  return false;
}

/**
 * Normalised text and, for each of its characters, the index of the NFC character it
 * came from; `map` is null when nothing changed (the index is the same), which is the
 * common case and saves building it.
 */
export function normaliseForMatching(nfc: string): { text: string; map: number[] | null } {
  if (!needsNormalising(nfc)) return { text: nfc, map: null };
  let text = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < nfc.length; i++) {
    const ch = nfc[i]!;
    const code = ch.charCodeAt(0);
    if (code < 0x80 && code > 0x20) {
      // the common case, plain ASCII that needs no mapping
      text += ch;
      map.push(i);
      inSpace = false;
      continue;
    }
    if (IGNORED.has(ch)) continue;
    if (WHITESPACE.test(ch)) {
      if (!inSpace) {
        text += ' ';
        map.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    text += HYPHENS.has(ch) ? '-' : APOSTROPHES.has(ch) ? "'" : ch;
    map.push(i);
  }
  return { text, map };
}

/** Character-by-character case folding of the reference rules: İ→i, Turkish I→ı, else the single-character lower case. */
export function foldForMatching(text: string, lang: Lang): string {
  // the whole-string lower case is the same, character for character, once İ (the one
  // letter whose lower case is longer) and the Turkish I are mapped — unless the text has
  // a Σ, whose lower case depends on its neighbours
  if (!text.includes('Σ')) {
    const dotted = text.includes('İ') ? text.replaceAll('İ', 'i') : text;
    return (lang === 'tr' && dotted.includes('I') ? dotted.replaceAll('I', 'ı') : dotted).toLowerCase();
  }
  let out = '';
  for (const ch of text) {
    if (ch === 'İ') out += 'i';
    else if (ch === 'I' && lang === 'tr') out += 'ı';
    else {
      const lowered = ch.toLowerCase();
      out += lowered.length === ch.length ? lowered : ch;
    }
  }
  return out;
}

/** Candidates keyed by the first two folded UTF-16 units of their key (unit₀ · 65536 + unit₁); a one-unit key uses NO_SECOND as its second. */
const NO_SECOND = 0xffff;

function prefixKey(first: number, second: number): number {
  return first * 0x10000 + second;
}

/** A 20-bit digest of a two-unit prefix, for the table that rules most word starts out before any map look-up (different prefixes may share one: it can only say no). */
function prefixDigest(first: number, second: number): number {
  return ((first & 0x3ff) << 10) | (second & 0x3ff);
}

export class TermMatcher {
  private readonly byFirst: Record<Lang, Map<number, Candidate[]>> = { en: new Map(), tr: new Map() };
  /** Folded first units that start some term, per language: most words start with none and are skipped at once. */
  private readonly firstUnits: Record<Lang, Uint8Array> = { en: new Uint8Array(0x10000), tr: new Uint8Array(0x10000) };
  /** Two-unit prefixes (as digests) that start some term, and first units that are a whole term: a word start matching neither has no candidate. */
  private readonly prefixes: Record<Lang, Uint8Array> = { en: new Uint8Array(1 << 20), tr: new Uint8Array(1 << 20) };
  private readonly singleUnits: Record<Lang, Uint8Array> = { en: new Uint8Array(0x10000), tr: new Uint8Array(0x10000) };
  readonly entries: ReadonlyMap<string, Entry>;

  constructor(glossary: Glossary) {
    this.entries = new Map(glossary.entries.map((e) => [e.id, e]));
    for (const entry of glossary.entries) {
      for (const term of entry.terms) {
        const normalised = normaliseForMatching(term.text.normalize('NFC')).text.trim();
        if (!normalised) continue;
        const caseSensitive = isCaseSensitive(term);
        const key = caseSensitive ? normalised : foldForMatching(normalised, term.lang);
        const first = foldForMatching(normalised.slice(0, 2), term.lang);
        const prefix = prefixKey(first.charCodeAt(0), first.length > 1 ? first.charCodeAt(1) : NO_SECOND);
        const list = this.byFirst[term.lang].get(prefix) ?? [];
        list.push({ entryId: entry.id, term, key, caseSensitive, attaches: attachesSuffix(term) });
        this.byFirst[term.lang].set(prefix, list);
        this.firstUnits[term.lang][first.charCodeAt(0)] = 1;
        if (first.length > 1) this.prefixes[term.lang][prefixDigest(first.charCodeAt(0), first.charCodeAt(1))] = 1;
        else this.singleUnits[term.lang][first.charCodeAt(0)] = 1;
      }
    }
    // a two-unit key's list also holds the one-unit terms of its first unit, so a look-up
    // is one get; every list longest first (leftmost-longest matching)
    for (const index of Object.values(this.byFirst)) {
      const singles = [...index].filter(([k]) => k % 0x10000 === NO_SECOND);
      for (const [k, list] of index) {
        const single = singles.find(([s]) => Math.floor(s / 0x10000) === Math.floor(k / 0x10000) && s !== k);
        if (single) list.push(...single[1]);
        list.sort((a, b) => b.key.length - a.key.length);
      }
    }
  }

  /** Occurrences of glossary terms of `lang` in `text`, left to right. */
  find(text: string, lang: Lang): Occurrence[] {
    const nfc = text.normalize('NFC');
    const { text: norm, map: charMap } = normaliseForMatching(nfc);
    const map = (k: number) => (charMap ? charMap[k]! : k);
    const folded = foldForMatching(norm, lang);
    const index = this.byFirst[lang];
    const blocked = urlSpans(nfc);
    const out: Occurrence[] = [];
    const firstUnits = this.firstUnits[lang];
    const prefixes = this.prefixes[lang];
    const singleUnits = this.singleUnits[lang];
    // a term starts only where a word starts: one pass over the characters, O(length)
    let resumeAt = 0;
    let previousIsWord = false;
    for (let p = 0; p < norm.length; p += charWidth(norm, p)) {
      const isWord = WORD_CHARS.at(norm, p);
      const wordStart = isWord && !previousIsWord;
      previousIsWord = isWord;
      if (!wordStart || p < resumeAt || firstUnits[folded.charCodeAt(p)] !== 1) continue;
      const first = folded.charCodeAt(p);
      if (singleUnits[first] !== 1 && prefixes[prefixDigest(first, folded.charCodeAt(p + 1))] !== 1) continue;
      const candidates = (p + 1 < folded.length ? index.get(prefixKey(first, folded.charCodeAt(p + 1))) : undefined) ?? index.get(prefixKey(first, NO_SECOND));
      if (!candidates || insideSpan(blocked, map(p))) continue;
      let matchedEnd = -1;
      let matched: Candidate | null = null;
      for (const c of candidates) {
        const haystack = c.caseSensitive ? norm : folded;
        if (!haystack.startsWith(c.key, p)) continue;
        const end = suffixEnd(norm, p + c.key.length, c.attaches);
        if (end < 0) continue;
        matched = c;
        matchedEnd = end;
        break;
      }
      if (!matched) continue;
      const start = map(p);
      const last = map(matchedEnd - 1);
      out.push({
        entryId: matched.entryId,
        term: matched.term,
        start,
        end: last + 1,
        found: nfc.slice(start, last + 1),
        termEnd: map(p + matched.key.length - 1) + 1,
        discouraged: isDiscouraged(matched.term),
      });
      resumeAt = matchedEnd;
    }
    return out;
  }
}

/**
 * Where a match of a term ending at `at` ends (exclusive), or -1 when the term does not
 * match here because a word character follows that is not an allowed suffix.
 */
function suffixEnd(norm: string, at: number, attaches: boolean): number {
  const c = norm[at];
  if (c === undefined) return at;
  if (WORD.test(c)) {
    if (!attaches || !LETTER.test(c)) return -1;
    let end = at;
    while (end < norm.length && LETTER.test(norm[end]!)) end++;
    return end;
  }
  if (c === "'" && norm[at + 1] !== undefined && LETTER.test(norm[at + 1]!)) {
    let end = at + 1;
    while (end < norm.length && LETTER.test(norm[end]!)) end++;
    return end;
  }
  return at;
}

function urlSpans(nfc: string): [number, number][] {
  return addresses(nfc).map((a) => [a.start, a.end]);
}

function insideSpan(spans: [number, number][], at: number): boolean {
  for (const [s, e] of spans) if (at >= s && at < e) return true;
  return false;
}

export type TermProblem = 'forbidden-variant' | 'missing-target-term';

export interface TermIssue {
  side: Lang;
  entryId: string;
  found: string;
  start: number;
  end: number;
  /** The suffix after the term (Zangezur'un → "'un"). */
  suffix: string;
  problem: TermProblem;
  /** The preferred term of the occurrence's language (for the fix and the message). */
  preferred?: string;
}

/**
 * Terminology issues of one English/Turkish pair, by the rules in docs/glossary.md:
 * every discouraged occurrence is a forbidden-variant; a concept present on one side and
 * absent on the other is a missing-target-term, checked in both directions. Sorted by
 * side (en first), position, problem.
 */
export function termIssues(matcher: TermMatcher, en: string, tr: string): TermIssue[] {
  return issuesFromOccurrences(matcher, ownLanguageOnly(matcher.find(en, 'en'), en, tr, 'en'), ownLanguageOnly(matcher.find(tr, 'tr'), tr, en, 'tr'));
}

/**
 * A language's terms apply to its own text: occurrences inside a stretch in the other
 * language (a title cited as published, a clause of a citation), an address, or a
 * stretch of two or more words that stands the same on the other side (kept as it
 * was) are neither corrected nor expected to be translated (text/spans.ts).
 */
export function ownLanguageOnly(occurrences: Occurrence[], text: string, otherText: string, lang: Lang): Occurrence[] {
  if (occurrences.length === 0) return occurrences;
  const nfc = text.normalize('NFC');
  const spans = [...foreignSpans(nfc, lang, occurrences), ...sharedClauses(nfc, otherText.normalize('NFC'), occurrences)];
  if (spans.length === 0) return occurrences;
  return occurrences.filter((o) => !spans.some((s) => o.start >= s.start && o.end <= s.end));
}

/** The issues of a pair whose occurrences are already known. */
export function issuesFromOccurrences(matcher: TermMatcher, enOccurrences: Occurrence[], trOccurrences: Occurrence[]): TermIssue[] {
  const sides: [Lang, Occurrence[]][] = [
    ['en', enOccurrences],
    ['tr', trOccurrences],
  ];
  const issues: TermIssue[] = [];
  for (const [side, occurrences] of sides) {
    const other = sides.find(([s]) => s !== side)![1];
    const otherConcepts = new Set(other.map((o) => o.entryId));
    const reported = new Set<string>();
    for (const o of occurrences) {
      const preferred = matcher.entries.get(o.entryId)?.terms.find((t) => t.lang === side && t.status === 'preferred')?.text;
      const suffix = o.found.slice(o.termEnd - o.start);
      const base = { side, entryId: o.entryId, found: o.found, start: o.start, end: o.end, suffix, ...(preferred ? { preferred } : {}) };
      if (o.discouraged) issues.push({ ...base, problem: 'forbidden-variant' });
      if (!otherConcepts.has(o.entryId) && !reported.has(o.entryId)) {
        reported.add(o.entryId);
        issues.push({ ...base, problem: 'missing-target-term' });
      }
    }
  }
  return issues.sort((a, b) => (a.side === b.side ? (a.start === b.start ? a.problem.localeCompare(b.problem) : a.start - b.start) : a.side === 'en' ? -1 : 1));
}
