import type { Lang } from '../text/case.js';
import type { TermMatcher } from '../glossary/index.js';

import type { Flag, DocumentFlag, Side } from '../model/flag.js';
export type { Severity, Side, Flag, Place, DocumentFlag } from '../model/flag.js';

export interface PairText {
  source: string;
  target: string;
}

export interface CheckContext {
  srcLang: Lang;
  tgtLang: Lang;
  matcher?: TermMatcher;
  /** Intact words of the document (both sides) and the glossary: evidence for restoring lost characters (restore.ts). */
  vocabulary?: ReadonlyMap<string, number>;
}

/** Whether a spelling dictionary knows a word (dictionaries.ts loads them). */
export type SpellCheck = (word: string) => boolean;

/** A dictionary's forms with the skeleton of a damaged word (see skeleton.ts). */
export type FormLookup = (damaged: string) => readonly string[];

/** A check of one pair: `(pair, context) => Flag[]`. */
export interface PairCheck {
  id: string;
  run(pair: PairText, context: CheckContext): Flag[];
}

export interface DocumentCheck {
  id: string;
  run(pairs: readonly (PairText & { id: number })[], context: CheckContext): DocumentFlag[];
}

export const sideLang = (side: Side, context: CheckContext): Lang => (side === 'src' ? context.srcLang : context.tgtLang);
export const sideText = (side: Side, pair: PairText): string => (side === 'src' ? pair.source : pair.target);
