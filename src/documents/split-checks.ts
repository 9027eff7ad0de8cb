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

/** Pairs' texts, sent to the worker as this thread reads them, in the document's order. */
export interface PairTexts {
  ids: number[];
  sources: string[];
  targets: string[];
}

/** What tells the worker that every pair has been sent. */
export const END_OF_PAIRS = 'end of pairs';

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
  /** Send pairs to the worker as they are read, in the document's order: it checks them while the rest are read. */
  send: (pairs: readonly Pair[]) => void;
  /**
   * Send the worker the pairs not sent yet, run this thread's share of the checks (before
   * it returns), and answer the merged findings once the worker's are in. `pairs` are all
   * of the document's, those sent first.
   */
  finish: (pairs: readonly Pair[], context: CheckContext) => Promise<CheckedDocument>;
  /** Stop the worker when the pairs will not come (reading them failed). */
  cancel: () => void;
}

/**
 * Start the worker for a document's checks. Call before reading the pairs here: while
 * they are read, the worker starts, and reads the glossary and builds its term matcher
 * on its own connection; `send` hands it the pairs' texts as they are read, and it checks
 * each batch as it comes (a copy costs less than the worker reading them again from the
 * database, and it checks exactly the pairs checked here); `finish` sends the rest and
 * the end, after which the worker runs the document-wide check. Whatever goes wrong in
 * the worker (it cannot start or open the database, the glossary changed in between),
 * its share runs here instead: the findings are the same, only slower.
 */
export function startChecks(db: Db, documentId: number, pairCount: number, options: { splitFrom?: number } = {}): StartedChecks {
  if (db.memory || pairCount < (options.splitFrom ?? SPLIT_FROM_PAIRS)) return { send: () => {}, finish: async (pairs, context) => checkHere(pairs, context), cancel: () => {} };
  const worker = startWorker({ dbPath: db.name, documentId, checks: WORKER_CHECKS });
  let sent = 0;
  const send = (pairs: readonly Pair[]) => {
    worker.send({ ids: pairs.map((p) => p.id), sources: pairs.map((p) => p.source), targets: pairs.map((p) => p.target) });
    sent += pairs.length;
  };
  return {
    send,
    async finish(pairs, context) {
      if (pairs.length > sent) send(pairs.slice(sent));
      worker.end();
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
function startWorker(input: CheckWorkerInput): { send: (texts: PairTexts) => void; end: () => void; reply: Promise<CheckedInWorker | null>; cancel: () => void } {
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
    end: () => worker?.postMessage(END_OF_PAIRS),
    reply,
    cancel: () => void worker?.terminate(),
  };
}
