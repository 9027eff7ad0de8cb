import { Hono } from 'hono';
import { fixPair } from '../app/pairs.js';
import { acceptDocumentFlag, acceptPairFlag, withdrawDocumentAcceptance, withdrawFlagAcceptance } from '../app/qa.js';
import { addTerm, importGlossary } from '../app/workspace.js';
import { addWorkspaceWord, knownWords, pairsToSpell, spellPairs } from '../app/spelling.js';
import { documentHead, countPairs, listWorkspaceWords, loadGlossary, requirePair, type Db } from '../db/index.js';
import { InputError } from '../errors.js';
import { documentContext, documentFlags, pairFlags } from '../documents/index.js';
import type { DocumentReport } from '../qa/index.js';
import { TERM_STATUSES, type TermStatus } from '../glossary/index.js';
import { exportGlossary, readGlossaryBytes } from '../formats/glossary/index.js';
import { isLang, type Lang } from '../text/index.js';
import { workspaceMatcher } from '../workspace/index.js';
import { errorResponse } from './errors.js';
import type { JobPool } from '../jobs/pool.js';
import { actor, fileField, formBody, idParam, jsonBody } from './params.js';


/**
 * Pairs up to which a document's checks and exports run on the server's thread; past it
 * they run in the worker thread (a 95,000-pair document's checks took 7.5 s of the event
 * loop).
 */
export const WORK_HERE_MAX_PAIRS = 2_000;

/** Whether a document's checks and exports go to the worker thread (a file or PostgreSQL store the worker can open, and a long document). */
export function worksInWorker(db: Db, documentId: number): boolean {
  return !db.memory && countPairs(db, documentId) > WORK_HERE_MAX_PAIRS;
}

/** Flags: GET /api/documents/:id/flags (every pair and the document-level ones). */
export function documentQaRoutes(db: Db, jobs?: JobPool, spellJobs: JobPool | undefined = jobs): Hono {
  const app = new Hono();
  app.onError((err, c) => errorResponse(c, err));
  /** The checks over a document: here for a short one, in the worker thread for a long one. */
  const checked = async (id: number): Promise<DocumentReport | undefined> => {
    if (!jobs || !worksInWorker(db, id)) return undefined;
    const head = documentHead(db, id);
    return jobs.run('check-document', { dbPath: db.name, documentId: id, srcLang: head.src, tgtLang: head.tgt, glossary: loadGlossary(db) });
  };
  app.get('/:documentId/flags', async (c) => {
    const id = idParam(c, 'documentId');
    return c.json(documentFlags(db, id, await checked(id))); // acceptances marked here: O(flags)
  });
  /**
   * Accepting a finding about the whole document: POST /api/documents/:id/accept
   * {check, key, reason} (key: the finding's as the flags report gives it) → 201
   * {acceptance}; DELETE /api/documents/:id/accepted/:acceptanceId withdraws it.
   */
  app.post('/:documentId/accept', async (c) => {
    const id = idParam(c, 'documentId');
    const body = (await jsonBody(c)) as { check?: unknown; key?: unknown; reason?: unknown };
    if (typeof body.check !== 'string' || typeof body.key !== 'string') throw new InputError('give the finding\'s "check" and "key"');
    if (typeof body.reason !== 'string' || !body.reason.trim()) throw new InputError('say why the finding is fine ("reason")', { reason: 'accept-reason' });
    // (an unknown document has no pairs to check: acceptDocumentFlag answers its 404)
    return c.json(acceptDocumentFlag(db, actor(c), id, { check: body.check, key: body.key, reason: body.reason }, await checked(id)), 201);
  });
  app.delete('/:documentId/accepted/:acceptanceId', (c) => c.json(withdrawDocumentAcceptance(db, actor(c), idParam(c, 'documentId'), idParam(c, 'acceptanceId'))));
  /**
   * Spelling: GET /api/documents/:id/spelling[?pairs=1,2] — the words neither the
   * dictionaries nor the workspace know, per pair and side: the pairs that have any, or
   * every pair asked for.
   */
  app.get('/:documentId/spelling', async (c) => {
    const id = idParam(c, 'documentId');
    const head = documentHead(db, id);
    const listed = c.req.query('pairs');
    if (listed !== undefined && !/^\d+(?:,\d+){0,499}$/.test(listed)) throw new InputError('"pairs" is a comma-separated list of up to 500 pair ids');
    const pairIds = listed?.split(',').map(Number);
    const known = knownWords(db);
    if (!spellJobs || db.memory) return c.json(await spellPairs(pairsToSpell(db, id, pairIds), head.src, head.tgt, known, { everyPair: pairIds !== undefined }));
    return c.json(await spellJobs.run('spell-document', { dbPath: db.name, documentId: id, ...(pairIds ? { pairIds } : {}), srcLang: head.src, tgtLang: head.tgt, known }));
  });
  return app;
}

/**
 * GET /api/pairs/:id/flags; POST /api/pairs/:id/fix {version, side, start, end, replacement}
 * applies a fix to the text the flag was computed on: the range must still hold the text
 * the client saw (the version guarantees it), and the change is a revision like any edit.
 */
export function pairQaRoutes(db: Db): Hono {
  const app = new Hono();
  app.onError((err, c) => errorResponse(c, err));
  app.get('/:pairId/flags', (c) => {
    const pair = requirePair(db, idParam(c, 'pairId'));
    return c.json({ flags: pairFlags(db, pair) });
  });
  /**
   * Accept a flag: {check, side, start, end, reason, scope: pair|document|workspace}. The
   * flagged text is read from the pair as it is now; the acceptance holds while that text
   * is there. DELETE /api/pairs/:id/accepted/:acceptanceId withdraws it.
   */
  app.post('/:pairId/accept', async (c) => {
    const body = await jsonBody(c);
    const { check, side, start, end, reason } = body;
    const scope = body.scope ?? 'pair';
    if (typeof check !== 'string' || !check) throw new InputError('"check" must be the id of a check');
    if (side !== 'src' && side !== 'tgt') throw new InputError('"side" must be "src" or "tgt"');
    if (scope !== 'pair' && scope !== 'document' && scope !== 'workspace') throw new InputError('"scope" must be pair, document or workspace');
    if (typeof reason !== 'string' || !reason.trim()) throw new InputError('say why the flag is fine ("reason")', { reason: 'accept-reason' });
    return c.json(acceptPairFlag(db, actor(c), idParam(c, 'pairId'), { check, side, start, end, reason, scope }), 201);
  });
  app.delete('/:pairId/accepted/:acceptanceId', (c) => c.json(withdrawFlagAcceptance(db, actor(c), idParam(c, 'pairId'), idParam(c, 'acceptanceId'))));
  /** The glossary terms found in a pair, each with its preferred forms in both languages. */
  app.get('/:pairId/terms', (c) => {
    const pair = requirePair(db, idParam(c, 'pairId'));
    const context = documentContext(db, pair.documentId);
    const matcher = context.matcher!;
    const terms = (['src', 'tgt'] as const).flatMap((side) =>
      matcher.find(side === 'src' ? pair.source : pair.target, side === 'src' ? context.srcLang : context.tgtLang).map((o) => {
        const entry = matcher.entries.get(o.entryId);
        const preferred = (lang: Lang) => entry?.terms.find((t) => t.lang === lang && t.status === 'preferred')?.text ?? null;
        return { side, entryId: o.entryId, found: o.found, start: o.start, end: o.end, status: o.term.status, en: preferred('en'), tr: preferred('tr') };
      }),
    );
    return c.json({ terms });
  });
  app.post('/:pairId/fix', async (c) => {
    const id = idParam(c, 'pairId');
    const body = await jsonBody(c);
    const { version, side, start, end, replacement } = body;
    if (typeof version !== 'number' || !Number.isInteger(version)) throw new InputError('"version" must be an integer');
    if (side !== 'src' && side !== 'tgt') throw new InputError('"side" must be "src" or "tgt"');
    if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
      throw new InputError('"start" and "end" must be a character range');
    }
    if (typeof replacement !== 'string') throw new InputError('"replacement" must be a string');
    return c.json(fixPair(db, actor(c), id, { version, side, start, end, replacement, ...(typeof body.check === 'string' ? { check: body.check } : {}) }));
  });
  return app;
}

/** The workspace word list: POST /api/words {lang, word} adds a word spelling takes as known; GET /api/words?lang= lists them. */
export function wordRoutes(db: Db): Hono {
  const app = new Hono();
  app.onError((err, c) => errorResponse(c, err));
  app.get('/', (c) => {
    const lang = c.req.query('lang') ?? 'en';
    if (!isLang(lang)) throw new InputError('"lang" must be en or tr');
    return c.json({ lang, words: listWorkspaceWords(db, lang) });
  });
  app.post('/', async (c) => {
    const { lang, word } = await jsonBody(c);
    if (!isLang(lang)) throw new InputError('"lang" must be en or tr');
    if (typeof word !== 'string') throw new InputError('"word" must be a string', { reason: 'bad-word' });
    const result = addWorkspaceWord(db, actor(c), lang, word);
    return c.json(result, result.added ? 201 : 200);
  });
  return app;
}

/** The workspace glossary: list, add a term, import (TBX/CSV upload), export. */
export function glossaryRoutes(db: Db): Hono {
  const app = new Hono();
  app.onError((err, c) => errorResponse(c, err));
  app.get('/', (c) => c.json(loadGlossary(db)));
  app.post('/terms', async (c) => {
    const body = await jsonBody(c);
    const { entry, lang, term, status } = body;
    if (typeof entry !== 'string' || !/^[\p{L}\p{N}_.-]{1,80}$/u.test(entry)) throw new InputError('"entry" must be an id of letters, digits, _ . -', { reason: 'bad-entry' });
    if (!isLang(lang)) throw new InputError('"lang" must be en or tr');
    if (typeof term !== 'string' || !term.trim() || term.length > 200) throw new InputError('"term" must be a non-empty string', { reason: 'bad-term' });
    const st = (status ?? 'preferred') as TermStatus;
    if (!TERM_STATUSES.includes(st)) throw new InputError(`"status" must be one of ${TERM_STATUSES.join(', ')}`);
    addTerm(db, actor(c), entry, {
      lang,
      text: term.trim(),
      status: st,
      ...(typeof body.partOfSpeech === 'string' ? { partOfSpeech: body.partOfSpeech } : {}),
      ...(typeof body.termType === 'string' ? { termType: body.termType } : {}),
      ...(body.suffixAttaches === true ? { suffixAttaches: true } : {}),
      ...(typeof body.note === 'string' ? { note: body.note } : {}),
    });
    return c.json(loadGlossary(db).entries.find((e) => e.id === entry), 201);
  });
  app.post('/import', async (c) => {
    const file = fileField(await formBody(c, 'the glossary file in the field "file"'), 'file', 'the glossary');
    const glossary = readGlossaryBytes(new Uint8Array(await file.arrayBuffer()), file.name || 'glossary.tbx');
    return c.json({ imported: importGlossary(db, actor(c), glossary) });
  });
  /** ?format=tbx|tbx3|csv|omegat; ?profile=omegat3 leaves forbidden spellings out of a TBX (CAT tools list them as translations). */
  app.get('/export', (c) => {
    const file = exportGlossary(loadGlossary(db), c.req.query('format') ?? 'tbx', c.req.query('profile'));
    return c.body(file.text, 200, { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.fileName}"` });
  });
  return app;
}
