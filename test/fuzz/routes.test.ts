import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/index.js';
import { importDocumentPair } from '../../src/documents/index.js';
import { createApp } from '../../src/server/app.js';
import { REPO } from '../helpers/cli.js';
import type { Hono } from 'hono';
import { JobPool } from '../../src/jobs/pool.js';
import { openTestWorkspace } from '../helpers/store.js';

/**
 * Every HTTP route with malformed bodies, content types, encodings and URLs: the answer
 * is never a 5xx, and every API error has the JSON shape {error: {code, message}}.
 * `npm run fuzz` runs many more cases (HIZALA_FUZZ_RUNS).
 */
const RUNS = Number(process.env.HIZALA_FUZZ_RUNS ?? 150);
let db: Db;
let app: Hono;
let jobs: JobPool;
let documentId: number;
let pairId: number;

beforeAll(() => {
  db = openTestWorkspace();
  documentId = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } }).id;
  pairId = (db.prepare('SELECT id FROM pairs WHERE document_id = ? ORDER BY ordinal LIMIT 1').get(documentId) as { id: number }).id;
  jobs = new JobPool();
  app = createApp({ db, jobs });
});
afterAll(async () => {
  await jobs.close();
  db.close();
});

const ROUTES: [string, string][] = [
  ['GET', '/api/health'],
  ['GET', '/api/documents'],
  ['POST', '/api/documents'],
  ['GET', '/api/documents/:d'],
  ['GET', '/api/documents/:d/pairs'],
  ['GET', '/api/documents/:d/flags'],
  ['GET', '/api/documents/:d/export?format=:q'],
  ['POST', '/api/documents/:d/import-xliff'],
  ['POST', '/api/documents/:d/alignment/undo'],
  ['GET', '/api/documents/:d/analysis'],
  ['GET', '/api/pairs/:p'],
  ['PUT', '/api/pairs/:p'],
  ['GET', '/api/pairs/:p/revisions'],
  ['POST', '/api/pairs/:p/merge-next'],
  ['POST', '/api/pairs/:p/split'],
  ['POST', '/api/pairs/:p/move'],
  ['GET', '/api/pairs/:p/flags'],
  ['GET', '/api/pairs/:p/terms'],
  ['POST', '/api/pairs/:p/fix'],
  ['GET', '/api/pairs/:p/matches'],
  ['GET', '/api/glossary'],
  ['POST', '/api/glossary/terms'],
  ['POST', '/api/glossary/import'],
  ['GET', '/api/glossary/export?format=:q'],
  ['GET', '/api/tm/search?q=:q&min=:q'],
  ['GET', '/api/tm/concordance?q=:q&side=:q'],
  ['GET', '/api/tm/stats'],
  ['POST', '/api/tm/import'],
];

const idLike = fc.oneof(fc.constant('ID'), fc.constantFrom('0', '-1', '1e3', '99999999999999999999', 'abc', '%', '%zz', '%00', '..', '%2e%2e'));
const queryValue = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('%', '%E0%A4%A', 'xliff12', 'tmx', 'docx', 'tbx3', '150', '-5'));
const jsonish = fc.oneof(
  fc.json(),
  fc.constantFrom('{', '[]', 'null', '{"version":1,"target":"\\ud800"}', '{"version":"1"}', '{"version":1,"side":"tgt","start":0,"end":99999,"replacement":"x"}', '{"version":1,"srcAt":-1,"tgtAt":1e9}', '{"entry":"a","lang":"en","term":""}'),
  fc.string({ unit: 'binary', maxLength: 60 }),
);
const contentType = fc.constantFrom('application/json', 'multipart/form-data', 'multipart/form-data; boundary=XX', 'text/plain', 'application/x-www-form-urlencoded', '');
const multipartBody = fc.constantFrom(
  '--XX\r\nContent-Disposition: form-data; name="file"; filename="a.xlf"\r\n\r\n<xliff',
  '--XX\r\nContent-Disposition: form-data; name="en"; filename="a.md"\r\n\r\nHello.\r\n--XX--\r\n',
  '--XX--\r\n',
  'garbage',
);

describe('HTTP routes under malformed requests', () => {
  it('never answer 5xx, and API errors keep their JSON shape', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), idLike, idLike, queryValue, fc.oneof(jsonish, multipartBody), contentType, async ([method, template], d, p, q, body, type) => {
        const path = template
          .replace(':d', d === 'ID' ? String(documentId) : d)
          .replace(':p', p === 'ID' ? String(pairId) : p)
          .replaceAll(':q', encodeURIComponent(q));
        const init: RequestInit = { method, headers: type ? { 'content-type': type } : {} };
        if (method !== 'GET') init.body = body;
        const res = await app.request(`http://127.0.0.1${path}`, init);
        expect(res.status, `${method} ${path} ${type}`).toBeLessThan(500);
        if (res.status >= 400) {
          const json = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
          expect(typeof json.error?.code).toBe('string');
          expect(typeof json.error?.message).toBe('string');
        }
      }),
      { numRuns: RUNS },
    );
  });
});
