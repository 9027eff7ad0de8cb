/**
 * Use cases on pairs: each checks who may do it, runs in one transaction, keeps the TM in
 * step (a confirmed pair's unit follows its text) and answers pairs as the editor shows
 * them (with needs-review). The server and the CLI call these; they hold no policy.
 */
import { DEFAULT_REVIEW_THRESHOLD } from '../align/index.js';
import { addComment, checkVersion, deleteComment, getPair, listComments, neighbour, NotFoundError, requirePair, writePair, type Db, type PairChange } from '../db/index.js';
import { mergeWithNext, moveSentence, splitPair, syncPairToTm, undoLastAlignmentEdit } from '../documents/index.js';
import { applyReplace, setStatuses, undoBatch, type ReplacePlan } from '../documents/batch.js';
import { pairFlags, vocabularyEdited } from '../documents/flags.js';
import { InputError } from '../errors.js';
import type { BatchResult, Comment, Flag, PairView } from '../model/api.js';
import type { Pair, PairStatus } from '../model/pair.js';
import type { Actor } from '../model/user.js';
import { splitsSurrogatePair } from '../text/index.js';
import { authorize, authorizePairChange, ForbiddenError, isReviewStatus, may } from './policy.js';

/** As the aligner decides it: an uncertain bead, or a sentence left without a counterpart. */
export function pairView(p: Pair): PairView {
  return { ...p, needsReview: p.score !== null && (p.score < DEFAULT_REVIEW_THRESHOLD || !p.source.trim() || !p.target.trim()) };
}

export interface AlignmentEditView {
  pairs: PairView[];
  removed: number[];
}

export type EditReason = 'edit' | 'undo' | 'redo' | 'restore';

/** Edit a pair's text or status at the version the client saw; a stale version is 409 with the current pair. */
export function editPair(db: Db, actor: Actor, pairId: number, version: number, change: Pick<PairChange, 'source' | 'target' | 'status'>, reason: EditReason = 'edit'): PairView {
  return pairView(
    db.transaction(() => {
      const pair = requirePair(db, pairId);
      checkVersion(pair, version);
      authorizePairChange(actor, pair.status, change.status);
      const written = writePair(db, pair, change, reason, actor.name);
      vocabularyEdited(db, pair, written);
      syncPairToTm(db, written, actor.name); // a confirmed pair enters the TM in the same transaction
      return written;
    })(),
  );
}

export interface FixRequest {
  version: number;
  side: 'src' | 'tgt';
  start: number;
  end: number;
  replacement: string;
  /** The check whose fix this is (written into the revision's origin). */
  check?: string;
}

/**
 * Apply a QA fix to the text the flag was computed on: the range must still hold the text
 * the client saw (the version guarantees it); the change is a revision like any edit, and a
 * confirmed pair's TM unit gets the fixed text.
 */
export function fixPair(db: Db, actor: Actor, pairId: number, fix: FixRequest): { pair: PairView; flags: Flag[] } {
  return db.transaction(() => {
    const pair = requirePair(db, pairId);
    checkVersion(pair, fix.version);
    authorizePairChange(actor, pair.status, undefined);
    const text = fix.side === 'src' ? pair.source : pair.target;
    if (fix.end > text.length) throw new InputError(`the range ${fix.start}–${fix.end} is outside the ${fix.side === 'src' ? 'source' : 'target'} text`);
    if (splitsSurrogatePair(text, fix.start) || splitsSurrogatePair(text, fix.end)) throw new InputError(`the range ${fix.start}–${fix.end} cuts a character in half (a surrogate pair)`);
    const fixed = text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
    const origin = fix.check ? `fix:${fix.check.slice(0, 40)}` : 'fix';
    const written = writePair(db, pair, fix.side === 'src' ? { source: fixed } : { target: fixed }, origin, actor.name);
    vocabularyEdited(db, pair, written);
    // the fixed pair's checks run once: for the TM's rule and for the answer
    const flags = pairFlags(db, written);
    syncPairToTm(db, written, actor.name, flags);
    return { pair: pairView(written), flags };
  })();
}

/** An alignment correction resets the pairs it touches to draft: changing a reviewed pair that way is a reviewer's. */
function authorizeAlignmentEdit(actor: Actor, pairs: readonly (Pair | null)[]): void {
  authorize(actor, 'edit');
  if (pairs.some((p) => p && isReviewStatus(p.status))) authorize(actor, 'edit-reviewed');
}

const view = (result: { pairs: Pair[]; removed: number[] }): AlignmentEditView => ({ pairs: result.pairs.map(pairView), removed: result.removed });

export function mergePairWithNext(db: Db, actor: Actor, pairId: number, version: number, nextVersion: number | undefined): AlignmentEditView {
  return view(
    db.transaction(() => {
      const pair = requirePair(db, pairId);
      authorizeAlignmentEdit(actor, [pair, neighbour(db, pair, 'next')]);
      return mergeWithNext(db, pairId, version, nextVersion, actor.name);
    })(),
  );
}

export function splitPairAt(db: Db, actor: Actor, pairId: number, version: number, srcAt: number, tgtAt: number): AlignmentEditView {
  return view(
    db.transaction(() => {
      authorizeAlignmentEdit(actor, [requirePair(db, pairId)]);
      return splitPair(db, pairId, version, srcAt, tgtAt, actor.name);
    })(),
  );
}

export function moveEdgeSentence(db: Db, actor: Actor, pairId: number, version: number, side: 'src' | 'tgt', edge: 'first' | 'last', neighbourVersion: number | undefined): AlignmentEditView {
  return view(
    db.transaction(() => {
      const pair = requirePair(db, pairId);
      authorizeAlignmentEdit(actor, [pair, neighbour(db, pair, edge === 'first' ? 'prev' : 'next')]);
      return moveSentence(db, pairId, version, side, edge, neighbourVersion, actor.name);
    })(),
  );
}

export function undoAlignment(db: Db, actor: Actor, documentId: number): AlignmentEditView {
  authorize(actor, 'edit');
  return view(undoLastAlignmentEdit(db, documentId, actor.name));
}

const LOCKED = 'reviewed; only a reviewer or an admin can change it';

/**
 * Replace all: for an actor who may not change reviewed pairs, those are left alone and
 * reported as skipped (the rest of the batch goes on), not refused as a whole.
 */
export function replaceInDocument(db: Db, actor: Actor, documentId: number, plans: readonly ReplacePlan[], allowEmpty: boolean): BatchResult {
  authorize(actor, 'edit');
  return db.transaction((): BatchResult => {
    const locked = lockedFor(db, actor, plans.map((p) => p.pairId));
    const result = applyReplace(db, documentId, plans.filter((p) => !locked.has(p.pairId)), { allowEmpty, author: actor.name });
    return { ...result, skipped: [...result.skipped, ...[...locked].map((pairId) => ({ pairId, reason: LOCKED }))] };
  })();
}

/** One status for many pairs (bulk confirm); setting reviewed or final is a reviewer's. */
export function setDocumentStatuses(db: Db, actor: Actor, documentId: number, targets: readonly { id: number; version: number }[], status: PairStatus): BatchResult {
  authorize(actor, isReviewStatus(status) ? 'review' : 'edit');
  return db.transaction((): BatchResult => {
    const locked = lockedFor(db, actor, targets.map((t) => t.id));
    const result = setStatuses(db, documentId, targets.filter((t) => !locked.has(t.id)), status, actor.name);
    return { ...result, skipped: [...result.skipped, ...[...locked].map((pairId) => ({ pairId, reason: LOCKED }))] };
  })();
}

export function undoDocumentBatch(db: Db, actor: Actor, documentId: number, batchId: string): BatchResult {
  authorize(actor, 'edit');
  return undoBatch(db, documentId, batchId, actor.name);
}

/** The pairs among `ids` that are reviewed or final when `actor` may not change such pairs. O(ids) look-ups. */
function lockedFor(db: Db, actor: Actor, ids: readonly number[]): Set<number> {
  if (may(actor, 'edit-reviewed')) return new Set();
  return new Set([...new Set(ids)].filter((id) => {
    const pair = getPair(db, id);
    return pair !== null && isReviewStatus(pair.status);
  }));
}

export function commentOnPair(db: Db, actor: Actor, pairId: number, text: string): Comment {
  authorize(actor, 'comment');
  if (!text.trim()) throw new InputError('"text" must be a non-empty string', { reason: 'empty-comment' });
  return addComment(db, requirePair(db, pairId).id, text.trim(), actor.name);
}

/** A comment is removed by whoever wrote it, or by a reviewer. */
export function removeComment(db: Db, actor: Actor, pairId: number, commentId: number): void {
  authorize(actor, 'comment');
  const pair = requirePair(db, pairId);
  const comment = listComments(db, pair.id).find((x) => x.id === commentId);
  if (!comment) throw new NotFoundError(`no comment ${commentId} on pair ${pair.id}`);
  if (!may(actor, 'edit-reviewed') && comment.author !== actor.name) throw new ForbiddenError('comment');
  deleteComment(db, commentId);
}
