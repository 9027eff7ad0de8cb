import { acceptancesFor, documentHead, listPairs, type Db, type Pair } from '../db/index.js';
import { checkDocument, checkPair, documentVocabulary, hasLostCharacters, markAccepted, markReport, type CheckContext, type DocumentReport, type Flag } from '../qa/index.js';
import { workspaceMatcher } from '../workspace/index.js';

/**
 * A document's flags as every entry point shows them (editor, CLI, XLIFF notes): the
 * checks' findings with the ones an editor accepted marked. `computed` is a report the
 * caller already has (the server computes long documents in a worker thread).
 */
export function documentContext(db: Db, documentId: number): CheckContext {
  const doc = documentHead(db, documentId);
  return { srcLang: doc.src, tgtLang: doc.tgt, matcher: workspaceMatcher(db) };
}

export function documentFlags(db: Db, documentId: number, computed?: DocumentReport, pairs: readonly Pair[] = listPairs(db, documentId)): DocumentReport {
  const report = computed ?? checkDocument(pairs, documentContext(db, documentId));
  return markReport(report, new Map(pairs.map((p) => [p.id, p])), acceptancesFor(db, documentId));
}

export function pairFlags(db: Db, pair: Pair, given: CheckContext = documentContext(db, pair.documentId)): Flag[] {
  // lost characters are restored from the whole document's words: read only when the pair has some
  const context = given.vocabulary || !(hasLostCharacters(pair.source) || hasLostCharacters(pair.target)) ? given : { ...given, vocabulary: documentVocabulary(listPairs(db, pair.documentId), given) };
  return markAccepted(checkPair(pair, context), pair, acceptancesFor(db, pair.documentId));
}
