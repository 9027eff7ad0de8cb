import { parentPort, workerData } from 'node:worker_threads';
import { glossaryVersion, openDatabase } from '../db/index.js';
import { checkDocument, DOCUMENT_CHECKS, pairOccurrences, type CheckContext, type DocumentReport, type PairText } from '../qa/index.js';
import { documentContext } from './flags.js';
import { END_OF_PAIRS, type CheckedInWorker, type CheckWorkerInput, type PairTexts } from './split-checks.js';

/**
 * The worker side of split-checks.ts: while the exporting thread reads the pairs, the
 * glossary is read on this thread's own connection; then each batch of pairs' texts is
 * checked as it comes (the pair checks among the given ones, and each pair's glossary
 * terms on its source side, for the XLIFF notes), and at the end of the pairs the
 * document-wide ones over all of them. Runs once and ends.
 */
const { dbPath, documentId, checks } = workerData as CheckWorkerInput;
const DOCUMENT_CHECK_IDS = new Set(DOCUMENT_CHECKS.map((c) => c.id));
const pairChecks = new Set(checks.filter((id) => !DOCUMENT_CHECK_IDS.has(id)));
const documentChecks = new Set(checks.filter((id) => DOCUMENT_CHECK_IDS.has(id)));

function prepare(): { context: CheckContext; glossary: number } {
  const db = openDatabase(dbPath, { mustExist: true });
  try {
    const before = glossaryVersion(db);
    const context = documentContext(db, documentId);
    return { context, glossary: glossaryVersion(db) === before ? before : -1 };
  } finally {
    db.close();
  }
}

const failed = (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) });
let prepared: ReturnType<typeof prepare> | { error: string };
try {
  prepared = prepare();
} catch (err) {
  prepared = failed(err);
}

const pairs: (PairText & { id: number })[] = [];
const flagged: DocumentReport['pairs'] = [];
const sourceTerms: CheckedInWorker['sourceTerms'] = [];

/** The pair checks and source terms of a batch, as it comes. */
function checkBatch(context: CheckContext, texts: PairTexts): void {
  const batch = texts.ids.map((id, k) => ({ id, source: texts.sources[k]!, target: texts.targets[k]! }));
  pairs.push(...batch);
  flagged.push(...checkDocument(batch, context, pairChecks).pairs);
  for (const p of batch) {
    const found = pairOccurrences(p, context).src;
    if (found.length) sourceTerms.push([p.id, found.map((o) => ({ entryId: o.entryId, found: o.found }))]);
  }
}

parentPort!.on('message', (message: PairTexts | typeof END_OF_PAIRS) => {
  // a failure (preparing or in a batch) is answered at the end of the pairs: the exporting thread then checks here
  if (!('error' in prepared)) {
    try {
      if (message !== END_OF_PAIRS) return checkBatch(prepared.context, message);
      const report: DocumentReport = { pairs: flagged, document: documentChecks.size ? checkDocument(pairs, prepared.context, documentChecks).document : [] };
      parentPort!.postMessage({ report, sourceTerms, glossary: prepared.glossary } satisfies CheckedInWorker);
    } catch (err) {
      prepared = failed(err);
    }
  }
  if (message !== END_OF_PAIRS) return;
  if ('error' in prepared) parentPort!.postMessage(prepared);
  // the thread ends: nothing else is listened for
  parentPort!.close();
});
