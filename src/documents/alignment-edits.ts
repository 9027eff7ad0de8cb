import { joinParts, partition, sentenceParts } from '../align/index.js';
import {
  checkVersion,
  deletePair,
  documentHead,
  getPair,
  insertPairAt,
  neighbour,
  NotFoundError,
  requirePair,
  StaleVersionError,
  toPairSnapshot,
  writePair,
  type Db,
  type Pair,
} from '../db/index.js';
import { ConflictError, InputError } from '../errors.js';
import type { Lang } from '../text/index.js';

/**
 * Manual alignment corrections: merge a pair with the next, split a pair at a sentence
 * boundary, move the first/last sentence of one side to the neighbouring pair, and undo
 * the last of these. Each runs in one transaction, checks the versions it was based on
 * (a stale one is a 409, never an overwrite), writes revisions, and records what it
 * replaced so that undo can put it back.
 */

export interface EditResult {
  /** The pairs as they are after the change, in document order. */
  pairs: Pair[];
  /** Ids of pairs that no longer exist. */
  removed: number[];
}

/**
 * The sentences of one side of a pair: the document's own segments while the pair's
 * text is still exactly their join (so a merged heading and author line split where
 * they were joined), otherwise the text re-segmented.
 */
function partsOf(db: Db, pair: Pair, side: 'src' | 'tgt', lang: Lang): string[] {
  const text = side === 'src' ? pair.source : pair.target;
  const ordinals = side === 'src' ? pair.srcSegments : pair.tgtSegments;
  if (ordinals.length > 0) {
    const rows = db
      .prepare(`SELECT ordinal, text FROM segments WHERE document_id = ? AND side = ? AND ordinal IN (${ordinals.map(() => '?').join(',')})`)
      .all(pair.documentId, side, ...ordinals) as { ordinal: number; text: string }[];
    const byOrdinal = new Map(rows.map((r) => [r.ordinal, r.text]));
    const texts = ordinals.map((o) => byOrdinal.get(o));
    if (texts.every((t): t is string => t !== undefined) && joinParts(...texts) === text) return texts;
  }
  return sentenceParts(text, lang);
}

function recordOp(db: Db, documentId: number, kind: 'merge' | 'split' | 'move', before: Pair[], after: Pair[], author: string | null): void {
  db.prepare('INSERT INTO alignment_ops (document_id, kind, before_pairs, after_pairs, author) VALUES (?, ?, ?, ?, ?)').run(
    documentId,
    kind,
    JSON.stringify(before.map(toPairSnapshot)),
    JSON.stringify(after.map(toPairSnapshot)),
    author,
  );
}

export function mergeWithNext(db: Db, pairId: number, version: number, nextVersion: number | undefined, author: string | null): EditResult {
  return db.transaction((): EditResult => {
    const pair = requirePair(db, pairId);
    checkVersion(pair, version);
    const next = neighbour(db, pair, 'next');
    if (!next) throw new InputError(`pair ${pairId} is the last pair; there is nothing to merge it with`, { reason: 'last-pair' });
    if (nextVersion !== undefined) checkVersion(next, nextVersion);
    deletePair(db, next);
    const merged = writePair(
      db,
      pair,
      {
        source: joinParts(pair.source, next.source),
        target: joinParts(pair.target, next.target),
        srcSegments: [...pair.srcSegments, ...next.srcSegments],
        tgtSegments: [...pair.tgtSegments, ...next.tgtSegments],
        status: 'draft',
        score: null,
      },
      'merge',
      author,
    );
    recordOp(db, pair.documentId, 'merge', [pair, next], [merged], author);
    return { pairs: [merged], removed: [next.id] };
  })();
}

/**
 * Split a pair in two: the first `srcAt` source sentences and `tgtAt` target sentences
 * stay, the rest go to a new pair right after it. Either half may be empty on one side
 * (a 1-0 bead), not on both.
 */
export function splitPair(db: Db, pairId: number, version: number, srcAt: number, tgtAt: number, author: string | null): EditResult {
  return db.transaction((): EditResult => {
    const pair = requirePair(db, pairId);
    checkVersion(pair, version);
    const langs = documentHead(db, pair.documentId);
    const src = partsOf(db, pair, 'src', langs.src);
    const tgt = partsOf(db, pair, 'tgt', langs.tgt);
    for (const [name, at, parts] of [['srcAt', srcAt, src], ['tgtAt', tgtAt, tgt]] as const) {
      if (!Number.isInteger(at) || at < 0 || at > parts.length) throw new InputError(`${name} must be a sentence boundary from 0 to ${parts.length}, not ${at}`);
    }
    if ((srcAt === 0 && tgtAt === 0) || (srcAt === src.length && tgtAt === tgt.length)) {
      throw new InputError('the split leaves one of the two pairs empty', { reason: 'split-empty' });
    }
    const [srcSegA, srcSegB] = partition(pair.srcSegments, src.length, srcAt);
    const [tgtSegA, tgtSegB] = partition(pair.tgtSegments, tgt.length, tgtAt);
    const next = neighbour(db, pair, 'next');
    const ordinal = next ? (pair.ordinal + next.ordinal) / 2 : pair.ordinal + 1;
    if (ordinal === pair.ordinal || (next && ordinal === next.ordinal)) throw new ConflictError('no room between these pairs; renumber the document first');
    const first = writePair(
      db,
      pair,
      { source: joinParts(...src.slice(0, srcAt)), target: joinParts(...tgt.slice(0, tgtAt)), srcSegments: srcSegA, tgtSegments: tgtSegA, status: 'draft', score: null },
      'split',
      author,
    );
    const second = insertPairAt(
      db,
      pair.documentId,
      ordinal,
      { source: joinParts(...src.slice(srcAt)), target: joinParts(...tgt.slice(tgtAt)), srcSegments: srcSegB, tgtSegments: tgtSegB, score: null },
      'split',
      author,
    );
    recordOp(db, pair.documentId, 'split', [pair], [first, second], author);
    return { pairs: [first, second], removed: [] };
  })();
}

/**
 * Move one sentence of one side to the neighbouring pair: the first sentence to the end
 * of the previous pair, or the last sentence to the start of the next pair. A pair left
 * empty on both sides is removed.
 */
export function moveSentence(
  db: Db,
  pairId: number,
  version: number,
  side: 'src' | 'tgt',
  edge: 'first' | 'last',
  neighbourVersion: number | undefined,
  author: string | null,
): EditResult {
  return db.transaction((): EditResult => {
    const pair = requirePair(db, pairId);
    checkVersion(pair, version);
    const other = neighbour(db, pair, edge === 'first' ? 'prev' : 'next');
    if (!other) throw new InputError(`pair ${pairId} has no ${edge === 'first' ? 'previous' : 'next'} pair to move a sentence to`, { reason: 'no-neighbour' });
    if (neighbourVersion !== undefined) checkVersion(other, neighbourVersion);
    const langs = documentHead(db, pair.documentId);
    const textKey = side === 'src' ? 'source' : 'target';
    const segKey = side === 'src' ? 'srcSegments' : 'tgtSegments';
    const parts = partsOf(db, pair, side, langs[side]);
    if (parts.length === 0) throw new InputError(`pair ${pairId} has no ${side === 'src' ? 'source' : 'target'} sentence to move`, { reason: 'no-sentence' });
    const at = edge === 'first' ? 1 : parts.length - 1;
    const [segA, segB] = partition(pair[segKey], parts.length, at);
    const moved = edge === 'first' ? parts.slice(0, 1) : parts.slice(-1);
    const kept = edge === 'first' ? parts.slice(1) : parts.slice(0, -1);
    const movedSegments = edge === 'first' ? segA : segB;
    const keptSegments = edge === 'first' ? segB : segA;

    const updatedOther = writePair(
      db,
      other,
      edge === 'first'
        ? { [textKey]: joinParts(other[textKey], ...moved), [segKey]: [...other[segKey], ...movedSegments], status: 'draft', score: null }
        : { [textKey]: joinParts(...moved, other[textKey]), [segKey]: [...movedSegments, ...other[segKey]], status: 'draft', score: null },
      'move',
      author,
    );
    const remainingText = joinParts(...kept);
    const otherSideText = side === 'src' ? pair.target : pair.source;
    let after: Pair[];
    let removed: number[] = [];
    if (remainingText === '' && otherSideText.trim() === '') {
      deletePair(db, pair);
      after = [updatedOther];
      removed = [pair.id];
    } else {
      const updated = writePair(db, pair, { [textKey]: remainingText, [segKey]: keptSegments, status: 'draft', score: null }, 'move', author);
      after = edge === 'first' ? [updatedOther, updated] : [updated, updatedOther];
    }
    recordOp(db, pair.documentId, 'move', edge === 'first' ? [other, pair] : [pair, other], after, author);
    return { pairs: after, removed };
  })();
}

function sameContent(pair: Pair, snapshot: ReturnType<typeof toPairSnapshot>): boolean {
  return (
    pair.source === snapshot.source &&
    pair.target === snapshot.target &&
    pair.status === snapshot.status &&
    JSON.stringify(pair.srcSegments) === JSON.stringify(snapshot.srcSegments) &&
    JSON.stringify(pair.tgtSegments) === JSON.stringify(snapshot.tgtSegments)
  );
}

interface OpRow {
  id: number;
  before_pairs: string;
  after_pairs: string;
}

/**
 * Undo the document's last alignment correction that is not undone yet. Refused (409)
 * when a pair it produced was edited since, so undo never discards someone's work.
 */
export function undoLastAlignmentEdit(db: Db, documentId: number, author: string | null): EditResult {
  return db.transaction((): EditResult => {
    documentHead(db, documentId);
    const op = db.prepare('SELECT id, before_pairs, after_pairs FROM alignment_ops WHERE document_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1').get(documentId) as
      | OpRow
      | undefined;
    if (!op) throw new InputError('there is no alignment change to undo', { reason: 'nothing-to-undo' });
    const before = JSON.parse(op.before_pairs) as ReturnType<typeof toPairSnapshot>[];
    const after = JSON.parse(op.after_pairs) as ReturnType<typeof toPairSnapshot>[];
    const current = new Map<number, Pair>();
    for (const a of after) {
      // Compare content, not versions: undoing a later change gives the same content a new version.
      const pair = getPair(db, a.id);
      if (!pair) throw new ConflictError(`pair ${a.id} was removed after this change; it cannot be undone`);
      if (!sameContent(pair, a)) throw new StaleVersionError(pair);
      current.set(a.id, pair);
    }
    const beforeIds = new Set(before.map((b) => b.id));
    const removed: number[] = [];
    for (const [id, pair] of current) {
      if (!beforeIds.has(id)) {
        deletePair(db, pair);
        removed.push(id);
      }
    }
    const restored: Pair[] = [];
    for (const b of before) {
      const existing = current.get(b.id);
      const content = { source: b.source, target: b.target, status: b.status, srcSegments: b.srcSegments, tgtSegments: b.tgtSegments, score: b.score };
      if (existing) restored.push(writePair(db, existing, content, 'undo', author));
      else restored.push(insertPairAt(db, documentId, b.ordinal, content, 'undo', author, b.id, b.version + 1));
    }
    db.prepare('UPDATE alignment_ops SET undone = 1 WHERE id = ?').run(op.id);
    return { pairs: restored.sort((x, y) => x.ordinal - y.ordinal), removed };
  })();
}
