import { Worker } from 'node:worker_threads';
import { glossaryVersion, sameStamp, stampOf, type Db, type DocumentStamp, type Pair } from '../db/index.js';
import { CHECK_IDS, checkDocument, mergeReports, pairOccurrences, type CheckContext, type DocumentReport } from '../qa/index.js';

/**
 * The checks of a long document on two threads: a worker takes the glossary's checks
 * (the term look-ups, the largest share), while this thread runs the rest — among them
 * those that read what this process has loaded (spelling dictionaries, word counts for
 * restoring lost characters), so their findings are the same as if all ran here. The
 * split keeps the two about even: the checks that read only the text (markers,
 * addresses, numbers) stay here, as the worker, which starts and reads the pairs first,
 * finished last with them. On this two-core machine an XLIFF export of 100,000 pairs
 * spent over half its time in the checks; this overlaps them.
 */
export const WORKER_CHECKS: readonly string[] = ['forbidden-variant', 'missing-target-term', 'inconsistent-spelling'];
const OWN_CHECKS: ReadonlySet<string> = new Set(CHECK_IDS.filter((id) => !WORKER_CHECKS.includes(id)));

/** Below this many pairs, starting a thread costs more than it saves. */
export const SPLIT_FROM_PAIRS = 10_000;

export interface CheckWorkerInput {
  dbPath: string;
  documentId: number;
  checks: readonly string[];
}

export interface SourceTerm {
  entryId: string;
  found: string;
}

export interface CheckedInWorker {
  report: DocumentReport;
  /** Per pair with any, the glossary terms found on its source side. */
  sourceTerms: [number, SourceTerm[]][];
  /** The pairs the worker read: its findings are used only when they are the ones checked here. */
  stamp: DocumentStamp;
  /** The glossary's version the worker matched terms with; -1 if it changed while the worker read it. */
  glossary: number;
}

export interface CheckedDocument {
  report: DocumentReport;
  sourceTerms: (pair: Pair) => SourceTerm[];
  /** 2 when the worker's findings were used, 1 when every check ran on this thread. */
  threads: 1 | 2;
}

/** Every check over the pairs here, and the source terms from the same term look-ups. */
export function checkHere(pairs: readonly Pair[], context: CheckContext): CheckedDocument {
  return { report: checkDocument(pairs, context), sourceTerms: termsHere(context), threads: 1 };
}

/** A pair's source terms as the checks here found them (cached per pair by the term checks). */
const termsHere = (context: CheckContext) => (pair: Pair) => pairOccurrences(pair, context).src;

/**
 * Start the worker's share of a document's checks. Call before reading the pairs here,
 * so that reading them overlaps too; then `finish` with the pairs read runs this
 * thread's share and merges. Whatever goes wrong in the worker (it cannot open the
 * database, the document changed in between), the worker's share runs here instead:
 * the findings are the same, only slower.
 */
export function startChecks(db: Db, documentId: number, pairCount: number, options: { splitFrom?: number } = {}): { finish: (pairs: readonly Pair[], context: CheckContext) => Promise<CheckedDocument> } {
  if (db.memory || pairCount < (options.splitFrom ?? SPLIT_FROM_PAIRS)) return { finish: async (pairs, context) => checkHere(pairs, context) };
  const pending = runWorker({ dbPath: db.name, documentId, checks: WORKER_CHECKS });
  return {
    async finish(pairs, context) {
      const glossary = glossaryVersion(db);
      const own = checkDocument(pairs, context, OWN_CHECKS);
      const theirs = await pending;
      if (!theirs || theirs.glossary !== glossary || !sameStamp(theirs.stamp, stampOf(pairs))) {
        const rest = checkDocument(pairs, context, new Set(WORKER_CHECKS));
        return { report: mergeReports(own, rest, pairs.map((p) => p.id)), sourceTerms: termsHere(context), threads: 1 };
      }
      const terms = new Map(theirs.sourceTerms);
      return { report: mergeReports(own, theirs.report, pairs.map((p) => p.id)), sourceTerms: (pair) => terms.get(pair.id) ?? [], threads: 2 };
    },
  };
}

/** The worker's reply, or null when it failed (the caller then checks here). */
function runWorker(input: CheckWorkerInput): Promise<CheckedInWorker | null> {
  // under the test runner this module is TypeScript from src/; a worker thread runs the compiled one
  const fromSource = import.meta.url.endsWith('.ts');
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL(fromSource ? '../../dist/documents/check-worker.js' : './check-worker.js', import.meta.url), { workerData: input });
    } catch {
      resolve(null);
      return;
    }
    worker.once('message', (reply: CheckedInWorker | { error: string }) => resolve('error' in reply ? null : reply));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}
