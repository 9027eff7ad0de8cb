import { parentPort, workerData } from 'node:worker_threads';
import { glossaryVersion, listPairTexts, openDatabase, stampOf } from '../db/index.js';
import { checkDocument, pairOccurrences } from '../qa/index.js';
import { documentContext } from './flags.js';
import type { CheckedInWorker, CheckWorkerInput } from './split-checks.js';

/**
 * The worker side of split-checks.ts: the given checks over a document, read on this
 * thread's own connection, and each pair's glossary terms on its source side (for the
 * XLIFF notes). Runs once and ends.
 */
const { dbPath, documentId, checks } = workerData as CheckWorkerInput;
let reply: CheckedInWorker | { error: string };
try {
  const db = openDatabase(dbPath, { mustExist: true });
  try {
    const pairs = listPairTexts(db, documentId);
    const glossaryBefore = glossaryVersion(db);
    const context = documentContext(db, documentId);
    const glossary = glossaryVersion(db) === glossaryBefore ? glossaryBefore : -1;
    const report = checkDocument(pairs, context, new Set(checks));
    const sourceTerms: CheckedInWorker['sourceTerms'] = [];
    for (const p of pairs) {
      const found = pairOccurrences(p, context).src;
      if (found.length) sourceTerms.push([p.id, found.map((o) => ({ entryId: o.entryId, found: o.found }))]);
    }
    reply = { report, sourceTerms, stamp: stampOf(pairs), glossary };
  } finally {
    db.close();
  }
} catch (err) {
  reply = { error: err instanceof Error ? err.message : String(err) };
}
parentPort!.postMessage(reply);
