import type { Lang } from '../text/case.js';
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
const WHITESPACE = /\s/u;
const HYPHENS = new Set(['\u2010', '\u2011', '\u2013']);
const APOSTROPHES = new Set(['\u2019', '\u02bc']);
const WORD = /[\p{L}\p{N}_\p{M}]/u;
/** A word character not preceded by one (rule 3). */
const WORD_START = /(?<![\p{L}\p{N}_\p{M}])[\p{L}\p{N}_\p{M}]/gu;
const LETTER = /\p{L}/u;
const URL_OR_EMAIL = /(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}_.+-]+@[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+/gu;

/** Characters that normalisation changes or drops, and whitespace runs (which it collapses). */
const NEEDS_NORMALISING = /[\u00ad\u200b\u2010\u2011\u2013\u2019\u02bc]|[^\S ]| {2}/u;

/**
 * Normalised text and, for each of its characters, the index of the NFC character it
 * came from; `map` is null when nothing changed (the index is the same), which is the
 * common case and saves building it.
 */
export function normaliseForMatching(nfc: string): { text: string; map: number[] | null } {
  if (!NEEDS_NORMALISING.test(nfc)) return { text: nfc, map: null };
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
  // the whole-string lower case is the same, character for character, unless the text
  // has İ, a Turkish I, or a Σ (whose lower case depends on its neighbours)
  if (!/[İΣ]/u.test(text) && (lang !== 'tr' || !text.includes('I'))) return text.toLowerCase();
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

export class TermMatcher {
  private readonly byFirst: Record<Lang, Map<string, Candidate[]>> = { en: new Map(), tr: new Map() };
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
        const list = this.byFirst[term.lang].get(first) ?? [];
        list.push({ entryId: entry.id, term, key, caseSensitive, attaches: attachesSuffix(term) });
        this.byFirst[term.lang].set(first, list);
      }
    }
    for (const index of Object.values(this.byFirst)) for (const list of index.values()) list.sort((a, b) => b.key.length - a.key.length);
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
    // a term starts only where a word starts: visit word starts, not every character
    WORD_START.lastIndex = 0;
    let resumeAt = 0;
    for (let m = WORD_START.exec(norm); m; m = WORD_START.exec(norm)) {
      const p = m.index;
      if (p < resumeAt) continue;
      const candidates = mergeByLength(index.get(folded.slice(p, p + 2)), index.get(folded[p]!));
      if (candidates.length === 0 || insideSpan(blocked, map(p))) continue;
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

const EMPTY: Candidate[] = [];

/** Candidates of both keys, longest first (each list already is). */
function mergeByLength(a: Candidate[] | undefined, b: Candidate[] | undefined): Candidate[] {
  if (!b || b.length === 0) return a ?? EMPTY;
  if (!a || a.length === 0) return b;
  return [...a, ...b].sort((x, y) => y.key.length - x.key.length);
}

function urlSpans(nfc: string): [number, number][] {
  if (!nfc.includes('@') && !nfc.includes('www.') && !nfc.includes('://')) return [];
  return [...nfc.matchAll(URL_OR_EMAIL)].map((m) => [m.index, m.index + m[0].length]);
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
  return issuesFromOccurrences(matcher, matcher.find(en, 'en'), matcher.find(tr, 'tr'));
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
