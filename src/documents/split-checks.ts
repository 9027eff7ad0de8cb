import { Worker } from 'node:worker_threads';
import { glossaryVersion, type Db, type Pair } from '../db/index.js';
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

/** The pairs' texts, sent to the worker once this thread has read them. */
export interface PairTexts {
  ids: number[];
  sources: string[];
  targets: string[];
}

export interface SourceTerm {
  entryId: string;
  found: string;
}

export interface CheckedInWorker {
  report: DocumentReport;
  /** Per pair with any, the glossary terms found on its source side. */
  sourceTerms: [number, SourceTerm[]][];
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

export interface StartedChecks {
  /**
   * Send the pairs read here to the worker, run this thread's share of the checks (before
   * it returns), and answer the merged findings once the worker's are in.
   */
  finish: (pairs: readonly Pair[], context: CheckContext) => Promise<CheckedDocument>;
  /** Stop the worker when the pairs will not come (reading them failed). */
  cancel: () => void;
}

/**
 * Start the worker for a document's checks. Call before reading the pairs here: while
 * they are read, the worker starts, and reads the glossary and builds its term matcher
 * on its own connection; `finish` then sends it the pairs' texts (a copy costs less than
 * the worker reading them again from the database, and it checks exactly the pairs
 * checked here). Whatever goes wrong in the worker (it cannot start or open the
 * database, the glossary changed in between), its share runs here instead: the findings
 * are the same, only slower.
 */
export function startChecks(db: Db, documentId: number, pairCount: number, options: { splitFrom?: number } = {}): StartedChecks {
  if (db.memory || pairCount < (options.splitFrom ?? SPLIT_FROM_PAIRS)) return { finish: async (pairs, context) => checkHere(pairs, context), cancel: () => {} };
  const worker = startWorker({ dbPath: db.name, documentId, checks: WORKER_CHECKS });
  return {
    async finish(pairs, context) {
      worker.send({ ids: pairs.map((p) => p.id), sources: pairs.map((p) => p.source), targets: pairs.map((p) => p.target) });
      const glossary = glossaryVersion(db);
      const own = checkDocument(pairs, context, OWN_CHECKS);
      const theirs = await worker.reply;
      if (!theirs || theirs.glossary !== glossary) {
        const rest = checkDocument(pairs, context, new Set(WORKER_CHECKS));
        return { report: mergeReports(own, rest, pairs.map((p) => p.id)), sourceTerms: termsHere(context), threads: 1 };
      }
      const terms = new Map(theirs.sourceTerms);
      return { report: mergeReports(own, theirs.report, pairs.map((p) => p.id)), sourceTerms: (pair) => terms.get(pair.id) ?? [], threads: 2 };
    },
    cancel: worker.cancel,
  };
}

/** A started worker: its reply, or null when it failed (the caller then checks here). */
function startWorker(input: CheckWorkerInput): { send: (texts: PairTexts) => void; reply: Promise<CheckedInWorker | null>; cancel: () => void } {
  // under the test runner this module is TypeScript from src/; a worker thread runs the compiled one
  const fromSource = import.meta.url.endsWith('.ts');
  let worker: Worker | null = null;
  const reply = new Promise<CheckedInWorker | null>((resolve) => {
    try {
      worker = new Worker(new URL(fromSource ? '../../dist/documents/check-worker.js' : './check-worker.js', import.meta.url), { workerData: input });
    } catch {
      resolve(null);
      return;
    }
    worker.once('message', (answer: CheckedInWorker | { error: string }) => resolve('error' in answer ? null : answer));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
  return {
    send: (texts) => worker?.postMessage(texts),
    reply,
    cancel: () => void worker?.terminate(),
  };
}
