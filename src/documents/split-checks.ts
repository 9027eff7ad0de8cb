import { Worker } from 'node:worker_threads';
import { glossaryVersion, type Db, type Pair } from '../db/index.js';
import { CHECK_IDS, checkDocument, DOCUMENT_CHECKS, mergeReports, pairOccurrences, type CheckContext, type DocumentReport } from '../qa/index.js';

/**
 * The pair checks of a long document on two threads, for the XLIFF export (the notes are
 * per unit; the document-wide check, inconsistent-spelling, writes none, and is not run).
 * A worker takes the glossary's checks (the term look-ups, the largest share), while this
 * thread runs the rest — among them those that read what this process has loaded
 * (spelling dictionaries, word counts for restoring lost characters), so the findings are
 * the same as if all ran here. The worker checks the pairs in order as they come, in
 * shares of SHARE_PAIRS; this thread, once its own checks are done, takes the glossary's
 * checks of the shares the worker has not begun, from the last one back, so the two
 * finish together whichever share was the larger (the worker had finished 0.7–0.9 s
 * after this thread on the export of 100,000 pairs on a two-core machine). Each share is
 * claimed by one thread in a shared array: the worker's are the first ones, this
 * thread's the rest, so the findings join in the document's order.
 */
export const WORKER_CHECKS: ReadonlySet<string> = new Set(['forbidden-variant', 'missing-target-term']);
const DOCUMENT_CHECK_IDS: ReadonlySet<string> = new Set(DOCUMENT_CHECKS.map((c) => c.id));
const OWN_CHECKS: ReadonlySet<string> = new Set(CHECK_IDS.filter((id) => !WORKER_CHECKS.has(id) && !DOCUMENT_CHECK_IDS.has(id)));
const PAIR_CHECK_IDS: ReadonlySet<string> = new Set(CHECK_IDS.filter((id) => !DOCUMENT_CHECK_IDS.has(id)));

/** Below this many pairs, starting a thread costs more than it saves. */
export const SPLIT_FROM_PAIRS = 10_000;

export interface CheckWorkerInput {
  dbPath: string;
  documentId: number;
  /** An Int32Array over it, a slot per pair: for the first pair of each share, FREE or which thread has claimed the share. */
  claims: SharedArrayBuffer;
}

/** A share's claim: not yet taken, taken by the worker, taken by the exporting thread. */
export const FREE = 0;
export const BY_WORKER = 1;
export const BY_EXPORTER = 2;

/**
 * The pairs claimed at once: a batch is checked in shares of this many (the last may be
 * fewer), each claimed by the slot of its first pair's place in the document. Small
 * enough that the thread that finishes first waits for at most some 20 ms of the other's
 * work; a claim is one atomic operation.
 */
export const SHARE_PAIRS = 500;

/** Where each share of a batch starts, as places in the document, in order. */
export function shareStarts(start: number, size: number): number[] {
  const starts: number[] = [];
  for (let at = start; at < start + size; at += SHARE_PAIRS) starts.push(at);
  return starts;
}

/** Pairs' texts, sent to the worker as this thread reads them, in the document's order. */
export interface PairTexts {
  /** The place of the batch's first pair in the document (0 for the first batch). */
  start: number;
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

/**
 * Source terms per pair as a worker hands them over: numbers in one typed array and the
 * strings in one string, each copied as a block — as objects, the 40,000 pairs with terms
 * of a 100,000-pair document took some 100 ms to send and more to receive.
 */
export interface PackedTerms {
  /** Per pair with terms: its id and how many. */
  pairs: Int32Array;
  /** The length of each term's entry id and found text, in order. */
  lengths: Int32Array;
  /** The entry ids and found texts, one after the other. */
  texts: string;
}

export function packTerms(list: readonly (readonly [number, readonly SourceTerm[]])[]): PackedTerms {
  const pairs: number[] = [];
  const lengths: number[] = [];
  const texts: string[] = [];
  for (const [id, terms] of list) {
    pairs.push(id, terms.length);
    for (const t of terms) {
      lengths.push(t.entryId.length, t.found.length);
      texts.push(t.entryId, t.found);
    }
  }
  return { pairs: Int32Array.from(pairs), lengths: Int32Array.from(lengths), texts: texts.join('') };
}

export function unpackTerms(packed: PackedTerms): Map<number, SourceTerm[]> {
  const out = new Map<number, SourceTerm[]>();
  let at = 0;
  let length = 0;
  const next = () => packed.texts.slice(at, (at += packed.lengths[length++]!));
  for (let k = 0; k < packed.pairs.length; k += 2) {
    const terms: SourceTerm[] = [];
    for (let n = packed.pairs[k + 1]!; n > 0; n--) terms.push({ entryId: next(), found: next() });
    out.set(packed.pairs[k]!, terms);
  }
  return out;
}

export interface CheckedInWorker {
  /** The worker's checks over the shares it claimed (the first ones). */
  report: DocumentReport;
  /** The glossary terms found on the source side of those shares' pairs. */
  sourceTerms: PackedTerms;
  /** The glossary's version the worker matched terms with; -1 if it changed while the worker read it. */
  glossary: number;
}

export interface CheckedDocument {
  /** The pair checks' findings (no document-wide ones). */
  report: DocumentReport;
  sourceTerms: (pair: Pair) => SourceTerm[];
  /** 2 when the worker's findings were used, 1 when every check ran on this thread. */
  threads: 1 | 2;
  /** Pairs whose glossary checks this thread took from the worker. */
  taken: number;
}

/** Every pair check over the pairs here, and the source terms from the same term look-ups. */
export function checkHere(pairs: readonly Pair[], context: CheckContext): CheckedDocument {
  return { report: checkDocument(pairs, context, PAIR_CHECK_IDS), sourceTerms: termsHere(context), threads: 1, taken: 0 };
}

/** A pair's source terms as the checks here found them (cached per pair by the term checks). */
const termsHere = (context: CheckContext) => (pair: Pair) => pairOccurrences(pair, context).src;

export interface StartedChecks {
  /** Send pairs to the worker as they are read, in the document's order: it checks them while the rest are read. */
  send: (pairs: readonly Pair[]) => void;
  /**
   * Send the worker the pairs not sent yet, run this thread's share of the checks, then
   * `meanwhile` (other work of this thread), then take the glossary's checks of the shares
   * the worker has not begun — all before it returns —, and answer the merged findings
   * once the worker's are in. `pairs` are all of the document's, those sent first.
   */
  finish: (pairs: readonly Pair[], context: CheckContext, meanwhile?: () => void) => Promise<CheckedDocument>;
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
  if (db.memory || pairCount < (options.splitFrom ?? SPLIT_FROM_PAIRS)) {
    const finish = async (pairs: readonly Pair[], context: CheckContext, meanwhile?: () => void) => {
      const checked = checkHere(pairs, context);
      meanwhile?.();
      return checked;
    };
    return { send: () => {}, finish, cancel: () => {} };
  }
  // a slot per pair counted now and some for pairs added before they are read; were there
  // more, none is taken from the worker (see finish)
  const claims = new Int32Array(new SharedArrayBuffer(4 * (pairCount + 16)));
  const worker = startWorker({ dbPath: db.name, documentId, claims: claims.buffer as SharedArrayBuffer });
  /** Where each share sent starts in the document's pairs. */
  const shares: number[] = [];
  let sent = 0;
  const send = (pairs: readonly Pair[]) => {
    worker.send({ start: sent, ids: pairs.map((p) => p.id), sources: pairs.map((p) => p.source), targets: pairs.map((p) => p.target) });
    shares.push(...shareStarts(sent, pairs.length));
    sent += pairs.length;
  };
  return {
    send,
    async finish(pairs, context, meanwhile) {
      if (pairs.length > sent) send(pairs.slice(sent));
      worker.end();
      const glossary = glossaryVersion(db);
      const own = checkDocument(pairs, context, OWN_CHECKS);
      try {
        meanwhile?.();
      } catch (err) {
        worker.cancel();
        throw err;
      }
      // the shares the worker has not begun, from the last back, until one it has
      let firstTaken = shares.length;
      if (sent <= claims.length) {
        while (firstTaken > 0 && Atomics.compareExchange(claims, shares[firstTaken - 1]!, FREE, BY_EXPORTER) === FREE) firstTaken--;
      }
      const takenPairs = firstTaken < shares.length ? pairs.slice(shares[firstTaken]) : [];
      const takenReport = checkDocument(takenPairs, context, WORKER_CHECKS);
      const theirs = await worker.reply;
      if (!theirs || theirs.glossary !== glossary) {
        const rest = checkDocument(pairs, context, WORKER_CHECKS);
        return { report: mergeReports(own, rest, pairs.map((p) => p.id)), sourceTerms: termsHere(context), threads: 1, taken: 0 };
      }
      // the worker's shares come first, then these: the document's order
      const glossaryReport: DocumentReport = { pairs: [...theirs.report.pairs, ...takenReport.pairs], document: [] };
      const terms = unpackTerms(theirs.sourceTerms);
      const taken = new Set(takenPairs.map((p) => p.id));
      return {
        report: mergeReports(own, glossaryReport, pairs.map((p) => p.id)),
        sourceTerms: (pair) => terms.get(pair.id) ?? (taken.has(pair.id) ? pairOccurrences(pair, context).src : []),
        threads: 2,
        taken: takenPairs.length,
      };
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
