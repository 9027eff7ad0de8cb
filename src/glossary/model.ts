import type { Lang } from '../text/case.js';

export type TermStatus = 'preferred' | 'admitted' | 'deprecated' | 'forbidden';
export const TERM_STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated', 'forbidden'];

export interface Term {
  lang: Lang;
  text: string;
  status: TermStatus;
  /** TBX partOfSpeech: "noun" lets Turkish and English suffixes attach directly (koridoru, delimitations). */
  partOfSpeech?: string;
  /** TBX termType: "acronym" is matched case-sensitively. */
  termType?: string;
  /** TBX private x-suffixAttaches = yes: a proper noun that takes suffixes directly (Orta Koridoru). */
  suffixAttaches?: boolean;
  note?: string;
}

/** A concept: its terms in each language. */
export interface Entry {
  id: string;
  note?: string;
  terms: Term[];
}

export interface Glossary {
  entries: Entry[];
}

/** Whether a term is matched case-sensitively (docs/glossary.md). */
export function isCaseSensitive(term: Term): boolean {
  return term.termType === 'acronym';
}

/** Whether suffixes may follow a term without an apostrophe. */
export function attachesSuffix(term: Term): boolean {
  return term.partOfSpeech === 'noun' || term.suffixAttaches === true;
}

/** A term to avoid: deprecated or forbidden. */
export function isDiscouraged(term: Term): boolean {
  return term.status === 'deprecated' || term.status === 'forbidden';
}

/** The texts of the terms a writer should use (preferred and admitted), not the spellings the glossary discourages. */
export function usableTermTexts(entries: Iterable<Entry>): string[] {
  return [...entries].flatMap((e) => e.terms.filter((t) => !isDiscouraged(t)).map((t) => t.text));
}

export function preferredTerm(entry: Entry, lang: Lang): Term | undefined {
  return entry.terms.find((t) => t.lang === lang && t.status === 'preferred') ?? entry.terms.find((t) => t.lang === lang && !isDiscouraged(t));
}
