import { Hono } from 'hono';
import { documentHead, listPairs, PAIR_STATUSES, type Db, type PairStatus } from '../db/index.js';
import { planReplace, type FindSide, type ReplacePlan } from '../documents/batch.js';
import { replaceInDocument, setDocumentStatuses, undoDocumentBatch } from '../app/pairs.js';
import { InputError } from '../errors.js';
import type { FindPreview } from '../model/api.js';
import type { FindQuery } from '../text/find.js';
import { JobPool } from '../jobs/pool.js';
import { errorResponse } from './errors.js';
import { actor, idParam, jsonBody } from './params.js';

/** A user's pattern may run this long over a document before it is stopped. */
const FIND_TIMEOUT_MS = 5_000;
/** Occurrences listed in a preview; the counts cover all. */
const PREVIEW_LIMIT = 1_000;

function findRequest(body: Record<string, unknown>): { query: FindQuery; side: FindSide; replacement: string | null } {
  if (typeof body.find !== 'string') throw new InputError('"find" must be a string');
  const side = body.side ?? 'target';
  if (side !== 'source' && side !== 'target' && side !== 'both') throw new InputError('"side" must be source, target or both');
  if (body.replace !== undefined && typeof body.replace !== 'string') throw new InputError('"replace" must be a string');
  return {
    query: { find: body.find, matchCase: body.matchCase === true, wholeWord: body.wholeWord === true, regex: body.regex === true },
    side,
    replacement: typeof body.replace === 'string' ? body.replace : null,
  };
}

/**
 * /api/documents/:id/find (preview), /replace (one batch), /status (bulk status, one
 * batch) and /batches/:batch/undo. Patterns run in a worker thread of their own with a
 * time limit, so a pattern that backtracks for ever costs its author a 400, nobody else
 * anything.
 */
export function batchRoutes(db: Db, findJobs: JobPool = new JobPool()): Hono {
  const app = new Hono();
  app.onError((err, c) => errorResponse(c, err));
  const plan = async (documentId: number, request: ReturnType<typeof findRequest>): Promise<ReplacePlan[]> => {
    const head = documentHead(db, documentId);
    const input = { pairs: listPairs(db, documentId).map(({ id, version, source, target }) => ({ id, version, source, target })), ...request, srcLang: head.src, tgtLang: head.tgt };
    if (!request.query.regex) return planReplace(input); // plain text: linear, no need to leave the thread
    return findJobs.run('plan-replace', input, { timeoutMs: FIND_TIMEOUT_MS, tooLong: `the pattern ran longer than ${FIND_TIMEOUT_MS / 1000} s over this document; simplify it` });
  };

  app.post('/:documentId/find', async (c) => {
    const documentId = idParam(c, 'documentId');
    const plans = await plan(documentId, findRequest(await jsonBody(c)));
    return c.json({
      occurrences: plans.reduce((n, p) => n + p.found.length, 0),
      pairs: new Set(plans.map((p) => p.pairId)).size,
      emptied: plans.filter((p) => p.after !== null && !p.after.trim() && p.before.trim()).map((p) => p.pairId),
      matches: plans.slice(0, PREVIEW_LIMIT),
      truncated: plans.length > PREVIEW_LIMIT,
    } satisfies FindPreview);
  });

  /** {find, replace, side, matchCase, wholeWord, regex, allowEmpty?, expect?: [{id, version}]}: pairs changed since the preview are skipped. */
  app.post('/:documentId/replace', async (c) => {
    const documentId = idParam(c, 'documentId');
    const body = await jsonBody(c);
    const request = findRequest(body);
    if (request.replacement === null) throw new InputError('give the replacement ("replace")');
    let plans = await plan(documentId, request);
    if (Array.isArray(body.expect)) {
      const seen = new Map((body.expect as { id?: unknown; version?: unknown }[]).map((e) => [Number(e.id), Number(e.version)]));
      plans = plans.map((p) => (seen.has(p.pairId) ? { ...p, version: seen.get(p.pairId)! } : p));
    }
    return c.json(replaceInDocument(db, actor(c), documentId, plans, body.allowEmpty === true));
  });

  /** {status, pairs: [{id, version}]}. */
  app.post('/:documentId/status', async (c) => {
    const documentId = idParam(c, 'documentId');
    const body = await jsonBody(c);
    if (!PAIR_STATUSES.includes(body.status as PairStatus)) throw new InputError(`"status" must be one of ${PAIR_STATUSES.join(', ')}`);
    if (!Array.isArray(body.pairs) || body.pairs.some((p) => typeof p?.id !== 'number' || typeof p?.version !== 'number')) throw new InputError('"pairs" must be a list of {id, version}');
    return c.json(setDocumentStatuses(db, actor(c), documentId, body.pairs as { id: number; version: number }[], body.status as PairStatus));
  });

  app.post('/:documentId/batches/:batch/undo', (c) => c.json(undoDocumentBatch(db, actor(c), idParam(c, 'documentId'), c.req.param('batch'))));
  return app;
}
