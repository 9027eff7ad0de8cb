import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRevisions, requirePair, type Db } from '../../src/db/index.js';
import { importDocumentPair } from '../../src/documents/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { REPO } from '../helpers/cli.js';
import { openTestWorkspace } from '../helpers/store.js';

/** Malformed and hostile requests: each a 4xx with the JSON error shape, nothing stored. */
let server: RunningServer;
let db: Db;
let pairId: number;
let documentId: number;
const logged: string[] = [];
const originalError = console.error;

beforeAll(async () => {
  db = openTestWorkspace();
  documentId = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } }).id;
  pairId = (db.prepare('SELECT id FROM pairs WHERE document_id = ? ORDER BY ordinal LIMIT 1').get(documentId) as { id: number }).id;
  server = await startServer({ db, port: 0, webRoot: join(REPO, 'web/dist') });
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
});
afterAll(async () => {
  console.error = originalError;
  await server.close();
  db.close();
});

async function send(method: string, path: string, body?: BodyInit, headers: Record<string, string> = {}): Promise<{ status: number; json: { error?: { code: string; message: string } } }> {
  const res = await fetch(`${server.url}${path}`, { method, ...(body === undefined ? {} : { body }), headers });
  const text = await res.text();
  let json = {};
  try {
    json = JSON.parse(text) as object;
  } catch {
    /* not JSON */
  }
  return { status: res.status, json };
}

const put = (body: unknown) => send('PUT', `/api/pairs/${pairId}`, JSON.stringify(body), { 'content-type': 'application/json' });

describe('malformed requests get a 4xx, never a 500', () => {
  const multipartRoutes = ['/api/documents', '/api/documents/1/import-xliff', '/api/glossary/import', '/api/tm/import'];
  for (const route of multipartRoutes) {
    it(`malformed multipart on ${route}`, async () => {
      for (const [type, body] of [
        ['multipart/form-data', 'garbage'],
        ['multipart/form-data; boundary=XX', 'garbage'],
        ['multipart/form-data; boundary=XX', '--XX\r\nContent-Disposition: form-data; name="file"; filename="a.md"\r\n\r\nabc'],
      ] as const) {
        const res = await send('POST', route.replace('/1/', `/${documentId}/`), body, { 'content-type': type });
        expect(res.status, `${type}: ${JSON.stringify(res.json)}`).toBe(400);
        expect(res.json.error?.message).toMatch(/multipart\/form-data|multipart field/);
      }
      expect((await send('POST', route.replace('/1/', `/${documentId}/`), 'x', { 'content-type': 'text/plain' })).status).toBe(415);
    });
  }

  it('a URL with broken percent-encoding', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/%', headers: { host: `127.0.0.1:${server.port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(400);
  });

  it('an unknown export format', async () => {
    const res = await send('GET', `/api/documents/${documentId}/export?format=odt`);
    expect(res.status).toBe(400);
    expect(res.json.error?.message).toMatch(/format must be/);
  });

  it('logs no stack trace for any of it', () => {
    expect(logged.filter((l) => /\n\s+at /.test(l))).toEqual([]);
  });
});

describe('text stays valid Unicode', () => {
  it('refuses a lone surrogate, a noncharacter and a control character in a PUT, and stores nothing', async () => {
    const before = requirePair(db, pairId);
    for (const target of ['Liman \uD800 açık', 'Liman \uDC00', 'Liman \uFFFE', 'Liman \u0001']) {
      const res = await put({ version: before.version, target });
      expect(res.status, target).toBe(400);
      expect(res.json.error?.message).toMatch(/"target" has a (lone surrogate|noncharacter|control character)/);
    }
    expect(requirePair(db, pairId)).toEqual(before);
  });

  it('refuses a fix whose range cuts a surrogate pair', async () => {
    const pair = requirePair(db, pairId);
    const edited = await put({ version: pair.version, target: 'Liman 😀 açık.' });
    expect(edited.status).toBe(200);
    const current = requirePair(db, pairId);
    const at = current.target.indexOf('😀') + 1; // between the two halves
    const res = await send('POST', `/api/pairs/${pairId}/fix`, JSON.stringify({ version: current.version, side: 'tgt', start: at, end: at + 1, replacement: 'x' }), { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.json.error?.message).toMatch(/cuts a character in half/);
    expect(requirePair(db, pairId).target).toBe('Liman 😀 açık.');
  });

  it('refuses a text over the size limit, the same limit for every route', async () => {
    const pair = requirePair(db, pairId);
    const res = await put({ version: pair.version, target: 'a'.repeat(100_001) });
    expect(res.status).toBe(400);
    expect(res.json.error?.message).toMatch(/at most 100,000/);
    const note = await send('POST', '/api/glossary/terms', JSON.stringify({ entry: 'x', lang: 'en', term: 'port', note: 'n'.repeat(10_001) }), { 'content-type': 'application/json' });
    expect(note.status).toBe(400);
    expect(note.json.error?.message).toMatch(/"note" has 10,001 characters/);
  });

  it('a PUT that changes nothing adds no version and no revision', async () => {
    const pair = requirePair(db, pairId);
    const revisions = listRevisions(db, pairId).length;
    const res = await put({ version: pair.version, target: pair.target, status: pair.status });
    expect(res.status).toBe(200);
    expect(requirePair(db, pairId).version).toBe(pair.version);
    expect(listRevisions(db, pairId)).toHaveLength(revisions);
  });
});

describe('a server shared on a network', () => {
  async function status(port: number, headers: Record<string, string>): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/health', headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('answers the names it is told (--allowed-host) and only those, and takes the token only as a bearer token', async () => {
    const shared = await startServer({ db, host: '0.0.0.0', port: 0, token: 'team-token-1', allowedHosts: ['hizala.lan', 'files.lan:9999'] });
    try {
      const auth = { authorization: 'Bearer team-token-1' };
      expect(await status(shared.port, { ...auth, host: `hizala.lan:${shared.port}` })).toBe(200);
      expect(await status(shared.port, { ...auth, host: 'hizala.lan' })).toBe(200);
      expect(await status(shared.port, { ...auth, host: 'files.lan:9999' })).toBe(200);
      expect(await status(shared.port, { ...auth, host: `files.lan:${shared.port}` })).toBe(403);
      expect(await status(shared.port, { ...auth, host: `other.lan:${shared.port}` })).toBe(403);
      expect(await status(shared.port, { host: 'hizala.lan', authorization: 'team-token-1' })).toBe(401);
    } finally {
      await shared.close();
    }
  });
});
