import { randomUUID } from 'node:crypto';
import { listPairs, listRevisions, requirePair, writePair, type Db, type Pair, type PairStatus } from '../db/index.js';
import { ConflictError, InputError } from '../errors.js';
import { compileFinder, replaceFound, type FindQuery, type Found } from '../text/find.js';
import type { Lang } from '../text/index.js';
import { syncPairToTm } from './tm-sync.js';
import type { BatchResult, FindSide, ReplacePlan } from '../model/api.js';

/**
 * Changes to many pairs at once — find and replace, a status for a whole selection — as
 * one transaction and one batch: every revision it writes has the origin
 * "batch:ID:KIND", so the batch can be undone as a whole. Confirmed pairs enter or
 * update the TM in the same transaction.
 */
export type { BatchResult, FindSide, ReplacePlan };

export interface PlanInput {
  pairs: readonly Pick<Pair, 'id' | 'version' | 'source' | 'target'>[];
  query: FindQuery;
  replacement: string | null;
  side: FindSide;
  srcLang: Lang;
  tgtLang: Lang;
}

/** Every occurrence, pair by pair, and what each text becomes. Pure: the server runs it in a worker (a hostile pattern cannot stall requests). */
export function planReplace(input: PlanInput): ReplacePlan[] {
  const find = compileFinder(input.query);
  const plans: ReplacePlan[] = [];
  for (const p of input.pairs) {
    for (const side of input.side === 'both' ? (['source', 'target'] as const) : [input.side]) {
      const text = p[side];
      const found = find(text, side === 'source' ? input.srcLang : input.tgtLang);
      if (!found.length) continue;
      plans.push({ pairId: p.id, version: p.version, side, before: text, after: input.replacement === null ? null : replaceFound(text, found, input.replacement, input.query), found });
    }
  }
  return plans;
}

/** A batch that would leave a segment empty: the caller must say it means it. */
export class WouldEmptyError extends ConflictError {
  override name = 'WouldEmptyError';
  constructor(readonly pairIds: number[]) {
    super(`the replacement would leave ${pairIds.length} segment${pairIds.length === 1 ? '' : 's'} empty; confirm to go on`);
  }
}

function newBatch(kind: string): { id: string; origin: string } {
  const id = randomUUID().slice(0, 13);
  return { id, origin: `batch:${id}:${kind}` };
}

/** Write a replace plan in one transaction; a pair changed since the preview is skipped and reported. */
export function applyReplace(db: Db, documentId: number, plans: readonly ReplacePlan[], options: { allowEmpty?: boolean; author: string | null }): BatchResult {
  const empties = [...new Set(plans.filter((p) => p.after !== null && !p.after.trim() && p.before.trim()).map((p) => p.pairId))];
  if (empties.length && !options.allowEmpty) throw new WouldEmptyError(empties);
  const batch = newBatch('replace');
  return db.transaction((): BatchResult => {
    const byPair = new Map<number, ReplacePlan[]>();
    for (const p of plans) (byPair.get(p.pairId) ?? byPair.set(p.pairId, []).get(p.pairId)!).push(p);
    const written: Pair[] = [];
    const skipped: BatchResult['skipped'] = [];
    for (const [pairId, changes] of byPair) {
      const pair = requirePair(db, pairId);
      if (pair.documentId !== documentId) throw new InputError(`pair ${pairId} is not in document ${documentId}`);
      if (pair.version !== changes[0]!.version || changes.some((c) => pair[c.side] !== c.before)) {
        skipped.push({ pairId, reason: 'changed since the preview' });
        continue;
      }
      const change: { source?: string; target?: string } = {};
      for (const c of changes) if (c.after !== null) change[c.side] = c.after;
      const updated = writePair(db, pair, change, batch.origin, options.author);
      syncPairToTm(db, updated, options.author);
      written.push(updated);
    }
    return { batch: batch.id, pairs: written, skipped };
  })();
}

/** One status for many pairs (bulk confirm): each at the version the client saw, in one transaction. */
export function setStatuses(db: Db, documentId: number, targets: readonly { id: number; version: number }[], status: PairStatus, author: string | null): BatchResult {
  const batch = newBatch('status');
  return db.transaction((): BatchResult => {
    const written: Pair[] = [];
    const skipped: BatchResult['skipped'] = [];
    for (const { id, version } of targets) {
      const pair = requirePair(db, id);
      if (pair.documentId !== documentId) throw new InputError(`pair ${id} is not in document ${documentId}`);
      if (pair.version !== version) {
        skipped.push({ pairId: id, reason: 'changed since it was shown' });
        continue;
      }
      if (pair.status === status) continue;
      const updated = writePair(db, pair, { status }, batch.origin, author);
      syncPairToTm(db, updated, author);
      written.push(updated);
    }
    return { batch: batch.id, pairs: written, skipped };
  })();
}

/** Put back what a batch changed, pair by pair; a pair changed after the batch is left alone and reported. */
export function undoBatch(db: Db, documentId: number, batchId: string, author: string | null): BatchResult {
  if (!/^[0-9a-f-]{1,40}$/.test(batchId)) throw new InputError(`no batch "${batchId}"`);
  const undo = newBatch('undo');
  return db.transaction((): BatchResult => {
    const written: Pair[] = [];
    const skipped: BatchResult['skipped'] = [];
    let seen = false;
    for (const pair of listPairs(db, documentId)) {
      const revisions = listRevisions(db, pair.id);
      const k = revisions.findIndex((r) => r.origin?.startsWith(`batch:${batchId}:`));
      if (k < 0) continue;
      seen = true;
      if (k !== revisions.length - 1 || revisions[k]!.version !== pair.version) {
        skipped.push({ pairId: pair.id, reason: 'changed after the batch' });
        continue;
      }
      const before = revisions[k - 1]!;
      const updated = writePair(db, pair, { source: before.source, target: before.target, status: before.status }, undo.origin, author);
      syncPairToTm(db, updated, author);
      written.push(updated);
    }
    if (!seen) throw new InputError(`no batch "${batchId}" in document ${documentId}`);
    return { batch: undo.id, pairs: written, skipped };
  })();
}
