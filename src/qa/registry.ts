import { inconsistentSpelling } from './checks/consistency.js';
import { doubleSpace } from './checks/double-space.js';
import { emptyTarget } from './checks/empty-target.js';
import { endPunctuation } from './checks/end-punctuation.js';
import { lengthRatio } from './checks/length-ratio.js';
import { markersDiffer } from './checks/markers.js';
import { droppedApostrophe, mojibake } from './checks/mojibake.js';
import { numbersDiffer } from './checks/numbers.js';
import { repeatedWord } from './checks/repeated-word.js';
import { sameAsSource } from './checks/same-as-source.js';
import { forbiddenVariant, missingTargetTerm } from './checks/terms.js';
import { urlsDiffer } from './checks/urls.js';
import type { CheckContext, DocumentCheck, DocumentFlag, Flag, PairCheck, PairText } from './types.js';
import { vocabularyOf } from './restore.js';
import { usableTermTexts } from '../glossary/model.js';

export const PAIR_CHECKS: readonly PairCheck[] = [
  forbiddenVariant,
  missingTargetTerm,
  mojibake,
  droppedApostrophe,
  numbersDiffer,
  markersDiffer,
  urlsDiffer,
  emptyTarget,
  sameAsSource,
  doubleSpace,
  repeatedWord,
  endPunctuation,
  lengthRatio,
];

export const DOCUMENT_CHECKS: readonly DocumentCheck[] = [inconsistentSpelling];

export const CHECK_IDS: readonly string[] = [...PAIR_CHECKS, ...DOCUMENT_CHECKS].map((c) => c.id);

/** All pair checks on one pair, flags sorted by side and position. */
export function checkPair(pair: PairText, context: CheckContext, only?: ReadonlySet<string>): Flag[] {
  const flags: Flag[] = [];
  for (const check of PAIR_CHECKS) if (!only || only.has(check.id)) flags.push(...check.run(pair, context));
  return flags.sort((a, b) => (a.side === b.side ? a.start - b.start : a.side === 'src' ? -1 : 1));
}

export interface DocumentReport {
  pairs: { id: number; flags: Flag[] }[];
  document: DocumentFlag[];
}

/** Every check over a document: O(pairs × text length). */
export function checkDocument(pairs: readonly (PairText & { id: number })[], given: CheckContext): DocumentReport {
  const context = given.vocabulary || !pairs.some((p) => hasLostCharacters(p.source) || hasLostCharacters(p.target)) ? given : { ...given, vocabulary: documentVocabulary(pairs, given) };
  return {
    pairs: pairs.map((p) => ({ id: p.id, flags: checkPair(p, context) })).filter((p) => p.flags.length > 0),
    document: DOCUMENT_CHECKS.flatMap((c) => c.run(pairs, context)),
  };
}

const LOST_CHARACTER = /[\u25a1\ufffd]/u;
export const hasLostCharacters = (text: string): boolean => LOST_CHARACTER.test(text);

/**
 * The words of both sides of a document and of the glossary's terms, for restoring lost
 * characters: the terms a writer should use, not the spellings the glossary forbids
 * (Bakı is no evidence for Bak□). O(document).
 */
export function documentVocabulary(pairs: readonly PairText[], context: CheckContext): Map<string, number> {
  const glossary = context.matcher ? usableTermTexts(context.matcher.entries.values()) : [];
  return vocabularyOf([...pairs.flatMap((p) => [p.source, p.target]), ...glossary]);
}
