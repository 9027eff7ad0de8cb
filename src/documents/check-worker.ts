import { parentPort, workerData } from 'node:worker_threads';
import { glossaryVersion, openDatabase } from '../db/index.js';
import { checkDocument, pairOccurrences, type CheckContext, type DocumentReport, type PairText } from '../qa/index.js';
import { documentContext } from './flags.js';
import { BY_WORKER, END_OF_PAIRS, FREE, packTerms, SHARE_PAIRS, shareStarts, WORKER_CHECKS, type CheckedInWorker, type CheckWorkerInput, type PairTexts, type SourceTerm } from './split-checks.js';

/**
 * The worker side of split-checks.ts: while the exporting thread reads the pairs, the
 * glossary is read on this thread's own connection; then each batch of pairs' texts is
 * checked as it comes, share by share (the glossary's pair checks, and each pair's terms
 * on its source side for the XLIFF notes), as long as the exporting thread has not taken
 * the share. The first share it has taken ends the work (it took every later one too):
 * the findings go back then, or at the end of the pairs. Runs once and ends.
 */
const { dbPath, documentId, claims: shared } = workerData as CheckWorkerInput;
const claims = new Int32Array(shared);

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

const flagged: DocumentReport['pairs'] = [];
const sourceTerms: [number, SourceTerm[]][] = [];
/** Whether the findings have gone back (the exporting thread took the rest). */
let answered = false;

/** The checks of a batch's shares in order while this thread claims them; false when the exporting thread has one (and so every later one). */
function checkBatch(context: CheckContext, texts: PairTexts): boolean {
  for (const start of shareStarts(texts.start, texts.ids.length)) {
    // a share past the shared array's end is this thread's: the exporting thread takes none then
    if (start < claims.length && Atomics.compareExchange(claims, start, FREE, BY_WORKER) !== FREE) return false;
    const share: (PairText & { id: number })[] = [];
    for (let k = start - texts.start; k < Math.min(texts.ids.length, start - texts.start + SHARE_PAIRS); k++) share.push({ id: texts.ids[k]!, source: texts.sources[k]!, target: texts.targets[k]! });
    for (const p of checkDocument(share, context, WORKER_CHECKS).pairs) flagged.push(p);
    for (const p of share) {
      const found = pairOccurrences(p, context).src;
      if (found.length) sourceTerms.push([p.id, found]);
    }
  }
  return true;
}

function answer(): void {
  if (answered || 'error' in prepared) return;
  answered = true;
  parentPort!.postMessage({ report: { pairs: flagged, document: [] }, sourceTerms: packTerms(sourceTerms), glossary: prepared.glossary } satisfies CheckedInWorker);
}

parentPort!.on('message', (message: PairTexts | typeof END_OF_PAIRS) => {
  // a failure (preparing or in a batch) is answered at the end of the pairs: the exporting thread then checks here
  if (!answered && !('error' in prepared)) {
    try {
      if (message === END_OF_PAIRS || !checkBatch(prepared.context, message)) answer();
    } catch (err) {
      prepared = failed(err);
    }
  }
  if (message !== END_OF_PAIRS) return;
  if ('error' in prepared) parentPort!.postMessage(prepared);
  // the thread ends: nothing else is listened for
  parentPort!.close();
});
