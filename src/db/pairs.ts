import { checkText, FIELD_LIMITS } from '../text/valid.js';
import { ConflictError, InputError } from '../errors.js';
import { rawStatement, statement, type Db } from './open.js';

import type { FormatMark, Pair, PairStatus, Revision } from '../model/pair.js';
import { reanchorMarks } from '../text/formatting.js';
export { PAIR_STATUSES } from '../model/pair.js';
export type { Pair, PairStatus, Revision };

export type NewPair = Pick<Pair, 'srcSegments' | 'tgtSegments' | 'source' | 'target' | 'score'> & { status?: PairStatus };

/** A pair's row as read in raw mode (rawStatement): COLUMNS in order. */
type PairRow = [id: number, documentId: number, ordinal: number, srcSegments: string, tgtSegments: string, source: string, target: string, status: PairStatus, score: number | null, version: number, updatedAt: string, targetMarks: string | null];

const COLUMNS = 'id, document_id, ordinal, src_segments, tgt_segments, source, target, status, score, version, updated_at, tgt_marks';

function toPair(r: PairRow): Pair {
  return {
    id: r[0],
    documentId: r[1],
    ordinal: r[2],
    srcSegments: JSON.parse(r[3]) as number[],
    tgtSegments: JSON.parse(r[4]) as number[],
    source: r[5],
    target: r[6],
    status: r[7],
    score: r[8],
    version: r[9],
    updatedAt: r[10],
    targetMarks: r[11] ? (JSON.parse(r[11]) as FormatMark[]) : null,
  };
}

/**
 * Insert a document's pairs in order (ordinals 1, 2, …), each with its first revision.
 * Call inside the import's transaction. O(pairs) with two prepared statements.
 */
export function insertPairs(db: Db, documentId: number, pairs: readonly NewPair[], origin: string, author: string | null = null): void {
  const insert = statement(db, 'INSERT INTO pairs (document_id, ordinal, src_segments, tgt_segments, source, target, status, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const revision = statement(db, 'INSERT INTO revisions (pair_id, version, source, target, status, author, origin) VALUES (?, 1, ?, ?, ?, ?, ?)');
  pairs.forEach((p, k) => {
    const status = p.status ?? 'draft';
    const id = insert.run(documentId, k + 1, JSON.stringify(p.srcSegments), JSON.stringify(p.tgtSegments), p.source, p.target, status, p.score).lastInsertRowid;
    revision.run(id, p.source, p.target, status, author, origin);
  });
}

/**
 * A document's pairs in order. `each`, when given, is handed every `size` pairs as they
 * are read (and the rest at the end), so that work on them can start before the last is
 * read: an export sends them to its checks' worker.
 */
export function listPairs(db: Db, documentId: number, each?: { size: number; chunk: (pairs: readonly Pair[]) => void }): Pair[] {
  // rows as arrays, each made a pair as it is read: a third faster for 100,000 pairs than row objects collected first
  const pairs: Pair[] = [];
  let handed = 0;
  for (const r of rawStatement(db, `SELECT ${COLUMNS} FROM pairs WHERE document_id = ? ORDER BY ordinal`).iterate(documentId) as IterableIterator<PairRow>) {
    pairs.push(toPair(r));
    if (each && pairs.length - handed === each.size) {
      each.chunk(pairs.slice(handed));
      handed = pairs.length;
    }
  }
  if (each && pairs.length > handed) each.chunk(pairs.slice(handed));
  return pairs;
}

/**
 * What changes with every write to a document's pairs: their number, the sum of their
 * versions (every edit raises one) and the newest id (a split adds one). Read by the
 * caches of what is derived from a whole document, in any process sharing the database.
 */
export interface DocumentStamp {
  pairs: number;
  versions: number;
  newest: number;
}

/** Whether two stamps are of the same pairs. */
export function sameStamp(a: DocumentStamp, b: DocumentStamp): boolean {
  return a.pairs === b.pairs && a.versions === b.versions && a.newest === b.newest;
}

export function documentStamp(db: Db, documentId: number): DocumentStamp {
  const row = statement(db, 'SELECT count(*) AS n, coalesce(sum(version), 0) AS v, coalesce(max(id), 0) AS m FROM pairs WHERE document_id = ?').get(documentId) as { n: number | string; v: number | string; m: number | string };
  return { pairs: Number(row.n), versions: Number(row.v), newest: Number(row.m) };
}

/** How many pairs a document has: from the index alone (a stamp reads every row for its versions: 30–95 ms for 100,000 pairs, this 2–3 ms). */
export function countPairs(db: Db, documentId: number): number {
  return Number((statement(db, 'SELECT count(*) AS n FROM pairs WHERE document_id = ?').get(documentId) as { n: number | string }).n);
}

/** Pairs `offset` … `offset + limit` of a document in order (a first screenful while the rest loads); and how many there are. */
export function listPairsRange(db: Db, documentId: number, offset: number, limit: number): { pairs: Pair[]; total: number } {
  const pairs = (rawStatement(db, `SELECT ${COLUMNS} FROM pairs WHERE document_id = ? ORDER BY ordinal LIMIT ? OFFSET ?`).all(documentId, limit, offset) as PairRow[]).map(toPair);
  return { pairs, total: countPairs(db, documentId) };
}

export function getPair(db: Db, id: number): Pair | null {
  const row = rawStatement(db, `SELECT ${COLUMNS} FROM pairs WHERE id = ?`).get(id) as PairRow | undefined;
  return row ? toPair(row) : null;
}

/** The pair right before or after `pair` in its document, or null. */
export function neighbour(db: Db, pair: Pair, direction: 'prev' | 'next'): Pair | null {
  const sql =
    direction === 'next'
      ? `SELECT ${COLUMNS} FROM pairs WHERE document_id = ? AND ordinal > ? ORDER BY ordinal LIMIT 1`
      : `SELECT ${COLUMNS} FROM pairs WHERE document_id = ? AND ordinal < ? ORDER BY ordinal DESC LIMIT 1`;
  const row = rawStatement(db, sql).get(pair.documentId, pair.ordinal) as PairRow | undefined;
  return row ? toPair(row) : null;
}

/** Refuse a write based on a version that is no longer current (HTTP 409 with the current pair). */
export class StaleVersionError extends ConflictError {
  constructor(readonly current: Pair) {
    super(`pair ${current.id} changed since version you edited; it is now at version ${current.version}`);
  }
}

export function requirePair(db: Db, id: number): Pair {
  const pair = getPair(db, id);
  if (!pair) throw new NotFoundError(`no pair ${id}`);
  return pair;
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export function checkVersion(pair: Pair, version: number | undefined): void {
  if (version === undefined || !Number.isInteger(version)) throw new InputError('the request needs the "version" of the pair it is based on');
  if (pair.version !== version) throw new StaleVersionError(pair);
}

export interface PairChange {
  source?: string;
  target?: string;
  status?: PairStatus;
  srcSegments?: number[];
  tgtSegments?: number[];
  score?: number | null;
  /** The target's own formatting; left out, a pair that has some keeps it where its text is still there. */
  targetMarks?: FormatMark[] | null;
}

/**
 * Write a new version of a pair and its revision. The caller has checked the version
 * inside the same transaction; the UPDATE checks it again so a racing writer cannot
 * slip in between.
 */
export function writePair(db: Db, pair: Pair, change: PairChange, origin: string, author: string | null): Pair {
  if (change.source !== undefined && change.source !== pair.source) checkText(change.source, 'source', FIELD_LIMITS.segment);
  if (change.target !== undefined && change.target !== pair.target) checkText(change.target, 'target', FIELD_LIMITS.segment);
  // A change that changes nothing writes nothing: no new version, no empty revision.
  if (isNoChange(pair, change)) return pair;
  const next: Pair = { ...pair, ...change, version: pair.version + 1 };
  // an edit of a target with formatting of its own keeps the formatting of the text it did not touch
  if (change.targetMarks === undefined && pair.targetMarks && next.target !== pair.target) next.targetMarks = reanchorMarks(pair.target, pair.targetMarks, next.target);
  const result = statement(
    db,
    `UPDATE pairs SET source = ?, target = ?, status = ?, src_segments = ?, tgt_segments = ?, score = ?, version = ?, tgt_marks = ?,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND version = ?`,
  )
    .run(next.source, next.target, next.status, JSON.stringify(next.srcSegments), JSON.stringify(next.tgtSegments), next.score, next.version, next.targetMarks ? JSON.stringify(next.targetMarks) : null, pair.id, pair.version);
  if (result.changes !== 1) throw new StaleVersionError(requirePair(db, pair.id));
  statement(db, 'INSERT INTO revisions (pair_id, version, source, target, status, author, origin) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    pair.id,
    next.version,
    next.source,
    next.target,
    next.status,
    author,
    origin,
  );
  return requirePair(db, pair.id);
}

function isNoChange(pair: Pair, change: PairChange): boolean {
  return (Object.keys(change) as (keyof PairChange)[]).every((key) => {
    const value = change[key];
    return value === undefined || JSON.stringify(value) === JSON.stringify(pair[key]);
  });
}

/** Insert one pair at `ordinal` with its first revision (a split's second half). */
export function insertPairAt(db: Db, documentId: number, ordinal: number, p: NewPair, origin: string, author: string | null, id?: number, version = 1): Pair {
  const status = p.status ?? 'draft';
  const values = [documentId, ordinal, JSON.stringify(p.srcSegments), JSON.stringify(p.tgtSegments), p.source, p.target, status, p.score, version];
  // An undo brings a pair back under its old id; otherwise the store numbers it (a NULL id
  // is SQLite's way to ask for one, PostgreSQL refuses it, so the column is left out).
  const newId =
    id === undefined
      ? Number(statement(db, 'INSERT INTO pairs (document_id, ordinal, src_segments, tgt_segments, source, target, status, score, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(...values).lastInsertRowid)
      : (statement(db, 'INSERT INTO pairs (id, document_id, ordinal, src_segments, tgt_segments, source, target, status, score, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(id, ...values), id);
  statement(db, 'INSERT INTO revisions (pair_id, version, source, target, status, author, origin) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    newId,
    version,
    p.source,
    p.target,
    status,
    author,
    origin,
  );
  return requirePair(db, newId);
}

export function deletePair(db: Db, pair: Pair): void {
  const result = statement(db, 'DELETE FROM pairs WHERE id = ? AND version = ?').run(pair.id, pair.version);
  if (result.changes !== 1) throw new StaleVersionError(requirePair(db, pair.id));
}


export function listRevisions(db: Db, pairId: number): Revision[] {
  return statement(db, 'SELECT version, source, target, status, author, origin, at FROM revisions WHERE pair_id = ? ORDER BY version').all(pairId) as Revision[];
}

/** What undo needs to put a pair back. */
export function toPairSnapshot(p: Pair) {
  return {
    id: p.id,
    ordinal: p.ordinal,
    source: p.source,
    target: p.target,
    status: p.status,
    srcSegments: p.srcSegments,
    tgtSegments: p.tgtSegments,
    score: p.score,
    version: p.version,
  };
}
