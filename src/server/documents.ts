import { Hono } from 'hono';
import { getDocument, listDocuments, whenUnlocked, type Db } from '../db/index.js';
import { alignInputs, exportDocument } from '../documents/index.js';
import { authorize } from '../app/policy.js';
import { importReturnedXliff, removeDocument, storeDocument } from '../app/workspace.js';
import type { JobPool } from '../jobs/pool.js';
import { InputError } from '../errors.js';
import { errorResponse } from './errors.js';
import { actor, fileField, formBody } from './params.js';
import { worksInWorker } from './qa.js';

function parseId(raw: string): number | null {
  return /^\d{1,15}$/.test(raw) ? Number(raw) : null;
}

/** How long a prepared upload waits for another writer (a CLI TMX import) before 503. */
const UPLOAD_PATIENCE_MS = 120_000;

export function documentRoutes(db: Db, jobs: JobPool): Hono {
  const app = new Hono();
  app.onError((err, c) => errorResponse(c, err));

  app.get('/', (c) => c.json({ documents: listDocuments(db) }));

  app.get('/:id', (c) => {
    const id = parseId(c.req.param('id'));
    const doc = id === null ? null : getDocument(db, id);
    if (!doc) return c.json({ error: { code: 'not-found', message: `no document ${c.req.param('id')}` } }, 404);
    return c.json(doc);
  });

  /** Multipart upload: fields `en` and `tr` (files), optional `title`, `force`. */
  app.post('/', async (c) => {
    authorize(actor(c), 'import-document'); // before the upload is read and aligned, not after
    const body = await formBody(c, 'files "en" and "tr"');
    const file = async (field: string) => {
      const value = fileField(body, field, `the ${field === 'en' ? 'English' : 'Turkish'} file`);
      return { name: value.name || `${field}.txt`, bytes: new Uint8Array(await value.arrayBuffer()) };
    };
    const source = await file('en');
    const target = await file('tr');
    const title = typeof body.title === 'string' ? body.title : undefined;
    const force = body.force === 'true' || body.force === '1';
    const request = { source, target, ...(title ? { title } : {}), force };
    // reading, segmenting and aligning run in the worker thread: other users' edits go on
    const prepared = await jobs.run('prepare-import', { request, inputs: alignInputs(db, body.tmLexicon === 'true' || body.tmLexicon === '1') });
    // the aligned pair is worth waiting for: store it as soon as another writer lets go
    return c.json(await whenUnlocked(() => storeDocument(db, actor(c), prepared, force), UPLOAD_PATIENCE_MS), 201);
  });

  /** GET /api/documents/:id/export?format=xliff12|xliff20|tmx&profile=omegat3&matches=no, or format=docx|html|md&side=target|source&untranslated=source|refuse — a download. */
  app.get('/:id/export', async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null || !getDocument(db, id)) return c.json({ error: { code: 'not-found', message: `no document ${c.req.param('id')}` } }, 404);
    const q = (name: string) => c.req.query(name);
    const request = { format: q('format'), profile: q('profile'), srcRegion: q('srcRegion'), tgtRegion: q('tgtRegion'), side: q('side'), untranslated: q('untranslated'), matches: q('matches') };
    // a long document's export (its checks, its TM look-ups) runs in the worker thread: other users' requests go on
    const file = worksInWorker(db, id) ? await jobs.run('export-document', { dbPath: db.name, documentId: id, request }) : await exportDocument(db, id, request);
    const headers = { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.fileName}"` };
    // XLIFF's blocks go out one by one, as they are, with the file's length
    if (Array.isArray(file.body)) return c.body(streamOf(file.body), 200, { ...headers, 'content-length': String(file.body.reduce((n, part) => n + part.length, 0)) });
    // the bytes as a view of their own: a Buffer's slice is no copy, and a short one's buffer is
    // Node's shared 8 KB pool, which went out whole (zeros and other data after the file)
    const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
    return c.body(body, 200, headers);
  });

  /** POST /api/documents/:id/import-xliff — multipart "file", optional "resolve" = theirs|ours, "strict" = 1 (all or nothing). */
  app.post('/:id/import-xliff', async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null || !getDocument(db, id)) return c.json({ error: { code: 'not-found', message: `no document ${c.req.param('id')}` } }, 404);
    const form = await formBody(c, 'the XLIFF file in the field "file"');
    const file = fileField(form, 'file', 'the XLIFF');
    const resolve = form.resolve === 'theirs' || form.resolve === 'ours' ? form.resolve : undefined;
    const name = file.name || 'returned.xlf';
    const parsed = await jobs.run('read-xliff', { text: await file.text(), file: name }); // parsed off the event loop
    const strict = form.strict === '1' || form.strict === 'true';
    return c.json(importReturnedXliff(db, actor(c), parsed, name, { documentId: id, ...(resolve ? { resolve } : {}), ...(strict ? { strict } : {}) }));
  });

  app.delete('/:id', (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null) return c.json({ error: { code: 'not-found', message: `no document ${c.req.param('id')}` } }, 404);
    removeDocument(db, actor(c), id);
    return c.body(null, 204);
  });
  return app;
}

/** Blocks of bytes as a response body, in order. */
function streamOf(parts: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });
}
