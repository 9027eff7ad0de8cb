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
  return flags.sort(compareFlags);
}

const CHECK_ORDER = new Map(CHECK_IDS.map((id, k) => [id, k]));

/** The order of a pair's flags: source side first, by position, then in the order of the checks (so flags found in two parts merge into one order). */
export function compareFlags(a: Flag, b: Flag): number {
  if (a.side !== b.side) return a.side === 'src' ? -1 : 1;
  return a.start - b.start || (CHECK_ORDER.get(a.check) ?? 0) - (CHECK_ORDER.get(b.check) ?? 0);
}

export interface DocumentReport {
  pairs: { id: number; flags: Flag[] }[];
  document: DocumentFlag[];
}

/** Every check over a document, or those `only` names: O(pairs × text length). */
export function checkDocument(pairs: readonly (PairText & { id: number })[], given: CheckContext, only?: ReadonlySet<string>): DocumentReport {
  // the document's words are read only for the check that restores lost characters, and only when some are lost
  const restores = !only || only.has('mojibake');
  const context = given.vocabulary || !restores || !pairs.some((p) => hasLostCharacters(p.source) || hasLostCharacters(p.target)) ? given : { ...given, vocabulary: documentVocabulary(pairs, given) };
  return {
    pairs: pairs.map((p) => ({ id: p.id, flags: checkPair(p, context, only) })).filter((p) => p.flags.length > 0),
    document: DOCUMENT_CHECKS.filter((c) => !only || only.has(c.id)).flatMap((c) => c.run(pairs, context)),
  };
}

/**
 * Two reports of the same pairs by disjoint sets of checks as one: each pair's flags in
 * checkPair's order, pairs in `order` (the document's), document flags in the checks' order.
 */
export function mergeReports(a: DocumentReport, b: DocumentReport, order: readonly number[]): DocumentReport {
  const flags = new Map<number, Flag[]>();
  for (const p of [...a.pairs, ...b.pairs]) flags.set(p.id, [...(flags.get(p.id) ?? []), ...p.flags]);
  const documentOrder = (check: string) => DOCUMENT_CHECKS.findIndex((c) => c.id === check);
  return {
    pairs: order.flatMap((id) => {
      const found = flags.get(id);
      return found ? [{ id, flags: found.sort(compareFlags) }] : [];
    }),
    document: [...a.document, ...b.document].sort((x, y) => documentOrder(x.check) - documentOrder(y.check)),
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
