import { acceptancesFor, documentHead, documentStamp, listPairs, sameStamp, type Db, type DocumentStamp, type Pair } from '../db/index.js';
import { checkDocument, checkPair, documentVocabulary, hasLostCharacters, markAccepted, markReport, vocabularyChanged, vocabularyOf, type CheckContext, type DocumentReport, type Flag } from '../qa/index.js';
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
  const context = given.vocabulary || !(hasLostCharacters(pair.source) || hasLostCharacters(pair.target)) ? given : { ...given, vocabulary: keptVocabulary(db, pair.documentId, given) };
  return markAccepted(checkPair(pair, context), pair, acceptancesFor(db, pair.documentId));
}

interface KeptVocabulary {
  stamp: DocumentStamp;
  matcher: CheckContext['matcher'];
  vocabulary: Map<string, number>;
}

/** Per database, the vocabularies of the documents checked last (at most KEPT_DOCUMENTS). */
const vocabularies = new WeakMap<Db, Map<number, KeptVocabulary>>();
const KEPT_DOCUMENTS = 8;

/**
 * A document's vocabulary, read again only when its pairs changed otherwise than by the
 * edits this process made and noted (vocabularyEdited): reading it is O(document) — 100 ms
 * for 5,000 pairs — and every edit or flag request of a pair with lost characters needs it.
 */
function keptVocabulary(db: Db, documentId: number, context: CheckContext): Map<string, number> {
  const stamp = documentStamp(db, documentId);
  let byDocument = vocabularies.get(db);
  if (!byDocument) vocabularies.set(db, (byDocument = new Map()));
  const kept = byDocument.get(documentId);
  if (kept && kept.matcher === context.matcher && sameStamp(kept.stamp, stamp)) return kept.vocabulary;
  const vocabulary = documentVocabulary(listPairs(db, documentId), context);
  byDocument.delete(documentId);
  byDocument.set(documentId, { stamp, matcher: context.matcher, vocabulary });
  if (byDocument.size > KEPT_DOCUMENTS) byDocument.delete(byDocument.keys().next().value!);
  return vocabulary;
}

/**
 * After one edit of one pair (`before` → `after`, just written): a kept vocabulary of its
 * document takes the pair's old words out and its new ones in, O(pair), and the stamp it
 * is valid for moves by that edit alone. No query: if another process wrote meanwhile,
 * the database's stamp differs from this one and keptVocabulary reads the words again.
 */
export function vocabularyEdited(db: Db, before: Pair, after: Pair): void {
  const kept = vocabularies.get(db)?.get(after.documentId);
  if (!kept) return;
  if (before.source !== after.source || before.target !== after.target) {
    const vocabulary = kept.vocabulary;
    for (const [word, n] of vocabularyOf([before.source, before.target])) {
      const left = (vocabulary.get(word) ?? 0) - n;
      if (left > 0) vocabulary.set(word, left);
      else vocabulary.delete(word);
    }
    for (const [word, n] of vocabularyOf([after.source, after.target])) vocabulary.set(word, (vocabulary.get(word) ?? 0) + n);
    vocabularyChanged(vocabulary);
  }
  kept.stamp = { ...kept.stamp, versions: kept.stamp.versions + after.version - before.version };
}
