import { Hono } from 'hono';
import { commentOnPair, editPair, mergePairWithNext, moveEdgeSentence, pairView, removeComment, splitPairAt, undoAlignment } from '../app/pairs.js';
import { documentComments, documentHead, listComments, listPairs, listPairsRange, listRevisions, PAIR_STATUSES, requirePair, type Db, type PairChange, type PairStatus } from '../db/index.js';
import { InputError } from '../errors.js';
import { errorResponse } from './errors.js';
import type { PairPage } from '../model/api.js';
import { actor, idParam, intField, jsonBody } from './params.js';

/** Routes under /api/documents/:documentId/pairs (list, undo) and /api/pairs/:pairId (edit, merge, split, move, history). */
export function documentPairRoutes(db: Db): Hono {
  const app = new Hono();
  app.onError((err, c) => errorResponse(c, err));
  /** The pairs in order, each with the paragraph its first source segment is in (the editor draws paragraph breaks). */
  app.get('/:documentId/pairs', (c) => {
    const id = idParam(c, 'documentId');
    const head = documentHead(db, id);
    // ?limit=N&offset=K: a first screenful of a long document at once, the rest after it
    const limit = c.req.query('limit');
    const offset = c.req.query('offset');
    if (limit !== undefined && !/^\d{1,7}$/.test(limit)) throw new InputError('limit must be a number');
    if (offset !== undefined && !/^\d{1,9}$/.test(offset)) throw new InputError('offset must be a number');
    const range = limit === undefined ? null : listPairsRange(db, id, Number(offset ?? 0), Number(limit));
    const list = range ? range.pairs : listPairs(db, id);
    // the paragraph of each pair's first source segment, looked up for these pairs only
    const firsts = list.flatMap((p) => p.srcSegments.slice(0, 1));
    const paragraphOf = new Map(
      firsts.length
        ? (db.prepare("SELECT ordinal, paragraph FROM segments WHERE document_id = ? AND side = 'src' AND ordinal BETWEEN ? AND ?").all(id, firsts.reduce((a, b) => Math.min(a, b)), firsts.reduce((a, b) => Math.max(a, b))) as { ordinal: number; paragraph: number }[]).map((r) => [r.ordinal, r.paragraph])
        : [],
    );
    const comments = documentComments(db, id);
    const pairs = list.map((p) => ({ ...pairView(p), paragraph: p.srcSegments.length ? (paragraphOf.get(p.srcSegments[0]!) ?? null) : null, comments: comments.get(p.id)?.length ?? 0 }));
    return c.json({ title: head.title, pairs, total: range ? range.total : pairs.length } satisfies PairPage);
  });
  app.post('/:documentId/alignment/undo', (c) => c.json(undoAlignment(db, actor(c), idParam(c, 'documentId'))));
  return app;
}

export function pairRoutes(db: Db): Hono {
  const app = new Hono();
  app.onError((err, c) => errorResponse(c, err));

  app.get('/:pairId', (c) => c.json(pairView(requirePair(db, idParam(c, 'pairId')))));

  /** Comments: GET the list, POST {text} one more (the author from the editor or the server's user). */
  app.get('/:pairId/comments', (c) => {
    const pair = requirePair(db, idParam(c, 'pairId'));
    return c.json({ comments: listComments(db, pair.id) });
  });
  app.post('/:pairId/comments', async (c) => {
    const body = await jsonBody(c);
    if (typeof body.text !== 'string') throw new InputError('"text" must be a non-empty string', { reason: 'empty-comment' });
    return c.json(commentOnPair(db, actor(c), idParam(c, 'pairId'), body.text), 201);
  });
  app.delete('/:pairId/comments/:commentId', (c) => {
    removeComment(db, actor(c), idParam(c, 'pairId'), idParam(c, 'commentId'));
    return c.body(null, 204);
  });

  app.get('/:pairId/revisions', (c) => {
    const pair = requirePair(db, idParam(c, 'pairId'));
    return c.json({ revisions: listRevisions(db, pair.id) });
  });

  /** Edit text or status: {version, source?, target?, status?}. A stale version gets 409 with the current pair. */
  app.put('/:pairId', async (c) => {
    const id = idParam(c, 'pairId');
    const body = await jsonBody(c);
    const version = intField(body, 'version')!;
    const change: PairChange = {};
    for (const key of ['source', 'target'] as const) {
      if (body[key] === undefined) continue;
      if (typeof body[key] !== 'string') throw new InputError(`"${key}" must be a string`);
      change[key] = body[key] as string;
    }
    if (body.status !== undefined) {
      if (!PAIR_STATUSES.includes(body.status as PairStatus)) throw new InputError(`"status" must be one of ${PAIR_STATUSES.join(', ')}`);
      change.status = body.status as PairStatus;
    }
    // why the change was made, shown in the history: a plain edit, or a step back or forward in it
    const reason = body.reason ?? 'edit';
    if (reason !== 'edit' && reason !== 'undo' && reason !== 'redo' && reason !== 'restore') throw new InputError('"reason" must be edit, undo, redo or restore');
    return c.json(editPair(db, actor(c), id, version, change, reason));
  });

  app.post('/:pairId/merge-next', async (c) => {
    const body = await jsonBody(c);
    return c.json(mergePairWithNext(db, actor(c), idParam(c, 'pairId'), intField(body, 'version')!, intField(body, 'nextVersion', false)));
  });

  /** {version, srcAt, tgtAt}: sentences before srcAt/tgtAt stay, the rest form a new pair. */
  app.post('/:pairId/split', async (c) => {
    const body = await jsonBody(c);
    return c.json(splitPairAt(db, actor(c), idParam(c, 'pairId'), intField(body, 'version')!, intField(body, 'srcAt')!, intField(body, 'tgtAt')!));
  });

  /** {version, side: "src"|"tgt", edge: "first"|"last", neighbourVersion?}. */
  app.post('/:pairId/move', async (c) => {
    const body = await jsonBody(c);
    const side = body.side;
    const edge = body.edge;
    if (side !== 'src' && side !== 'tgt') throw new InputError('"side" must be "src" or "tgt"');
    if (edge !== 'first' && edge !== 'last') throw new InputError('"edge" must be "first" or "last"');
    return c.json(moveEdgeSentence(db, actor(c), idParam(c, 'pairId'), intField(body, 'version')!, side, edge, intField(body, 'neighbourVersion', false)));
  });
  return app;
}
