import { Hono, type Context } from 'hono';
import { documentHead, listPairs, neighbour, requirePair, type Db } from '../db/index.js';
import { InputError } from '../errors.js';
import { isLang, type Lang } from '../text/index.js';
import { analyzeLeverage, concordance, searchTm, tmStats } from '../tm/index.js';
import { decodeTmx } from '../formats/tmx/index.js';
import { errorResponse } from './errors.js';
import type { JobPool } from '../jobs/pool.js';
import { actor, fileField, formBody, idParam } from './params.js';
import { importTmx } from '../app/workspace.js';

function langParam(c: Context, name: string, fallback: Lang): Lang {
  const v = c.req.query(name) ?? fallback;
  if (!isLang(v)) throw new InputError(`${name} must be en or tr`);
  return v;
}

function intParam(c: Context, name: string, fallback: number, max: number): number {
  const raw = c.req.query(name);
  if (raw === undefined) return fallback;
  if (!/^\d{1,4}$/.test(raw) || Number(raw) > max) throw new InputError(`${name} must be a number from 0 to ${max}`);
  return Number(raw);
}

/** /api/tm: search, concordance, stats, TMX import. */
export function tmRoutes(db: Db, jobs: JobPool): Hono {
  const app = new Hono();
  app.onError((err, c) => errorResponse(c, err));
  app.get('/search', (c) => {
    const q = c.req.query('q') ?? '';
    if (!q.trim()) throw new InputError('give the text to look up as ?q=');
    const matches = searchTm(db, { text: q, srcLang: langParam(c, 'src', 'en'), tgtLang: langParam(c, 'tgt', 'tr'), min: intParam(c, 'min', 70, 100), limit: intParam(c, 'limit', 5, 100) });
    return c.json({ matches });
  });
  app.get('/concordance', (c) => {
    const q = c.req.query('q') ?? '';
    if (!q.trim()) throw new InputError('give the word or phrase as ?q=');
    const side = c.req.query('side') ?? 'both';
    if (side !== 'source' && side !== 'target' && side !== 'both') throw new InputError('side must be source, target or both');
    return c.json({ hits: concordance(db, { text: q, side, srcLang: langParam(c, 'src', 'en'), tgtLang: langParam(c, 'tgt', 'tr'), limit: intParam(c, 'limit', 50, 500) }) });
  });
  app.get('/stats', (c) => c.json(tmStats(db)));
  app.post('/import', async (c) => {
    const file = fileField(await formBody(c, 'the TMX file in the field "file"'), 'file', 'the TMX');
    const name = file.name || 'upload.tmx';
    const text = decodeTmx(new Uint8Array(await file.arrayBuffer()), name);
    return c.json(await importTmx(db, actor(c), text, name, jobs));
  });
  return app;
}

/** /api/pairs/:id/matches and /api/documents/:id/analysis. */
export function tmPairRoutes(db: Db): Hono {
  const app = new Hono();
  app.onError((err, c) => errorResponse(c, err));
  app.get('/:pairId/matches', (c) => {
    const pair = requirePair(db, idParam(c, 'pairId'));
    const langs = documentHead(db, pair.documentId);
    // context needs only the two neighbours: two indexed look-ups, not the whole document
    const matches = searchTm(db, {
      text: pair.source,
      srcLang: langs.src,
      tgtLang: langs.tgt,
      min: intParam(c, 'min', 50, 100),
      limit: intParam(c, 'limit', 5, 50),
      excludePairId: pair.id,
      prevSource: neighbour(db, pair, 'prev')?.source ?? null,
      nextSource: neighbour(db, pair, 'next')?.source ?? null,
    });
    return c.json({ matches });
  });
  return app;
}

export function documentAnalysisRoutes(db: Db): Hono {
  const app = new Hono();
  app.onError((err, c) => errorResponse(c, err));
  app.get('/:documentId/analysis', (c) => {
    const id = idParam(c, 'documentId');
    const langs = documentHead(db, id);
    return c.json(analyzeLeverage(db, listPairs(db, id), langs.src, langs.tgt));
  });
  return app;
}
