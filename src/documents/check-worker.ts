import { parentPort, workerData } from 'node:worker_threads';
import { glossaryVersion, openDatabase } from '../db/index.js';
import { checkDocument, pairOccurrences, type CheckContext } from '../qa/index.js';
import { documentContext } from './flags.js';
import type { CheckedInWorker, CheckWorkerInput, PairTexts } from './split-checks.js';

/**
 * The worker side of split-checks.ts: while the exporting thread reads the pairs, the
 * glossary is read on this thread's own connection; then the given checks run over the
 * pairs' texts as sent, with each pair's glossary terms on its source side (for the
 * XLIFF notes). Runs once and ends.
 */
const { dbPath, documentId, checks } = workerData as CheckWorkerInput;

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

function check(prepared: { context: CheckContext; glossary: number }, texts: PairTexts): CheckedInWorker {
  const { context, glossary } = prepared;
  const pairs = texts.ids.map((id, k) => ({ id, source: texts.sources[k]!, target: texts.targets[k]! }));
  const report = checkDocument(pairs, context, new Set(checks));
  const sourceTerms: CheckedInWorker['sourceTerms'] = [];
  for (const p of pairs) {
    const found = pairOccurrences(p, context).src;
    if (found.length) sourceTerms.push([p.id, found.map((o) => ({ entryId: o.entryId, found: o.found }))]);
  }
  return { report, sourceTerms, glossary };
}

const failed = (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) });
let prepared: ReturnType<typeof prepare> | { error: string };
try {
  prepared = prepare();
} catch (err) {
  prepared = failed(err);
}
parentPort!.once('message', (texts: PairTexts) => {
  let reply: CheckedInWorker | { error: string };
  try {
    reply = 'error' in prepared ? prepared : check(prepared, texts);
  } catch (err) {
    reply = failed(err);
  }
  parentPort!.postMessage(reply);
});
