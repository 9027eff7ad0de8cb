import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Db } from '../../src/db/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { REPO, DEV } from '../helpers/cli.js';
import { openTestDatabase } from '../helpers/store.js';

let server: RunningServer;
let db: Db;

beforeAll(async () => {
  db = openTestDatabase();
  server = await startServer({ db, host: '127.0.0.1', port: 0, webRoot: join(REPO, 'web/dist'), maxBodyBytes: 2 * 1024 * 1024 });
});
afterAll(async () => {
  await server.close();
  db.close();
});

function upload(en: { name: string; bytes: BlobPart }, tr: { name: string; bytes: BlobPart }, title?: string): FormData {
  const form = new FormData();
  form.set('en', new Blob([en.bytes]), en.name);
  form.set('tr', new Blob([tr.bytes]), tr.name);
  if (title) form.set('title', title);
  return form;
}

const corridor = (lang: string) => ({ name: `corridor.${lang}.md`, bytes: new Uint8Array(readFileSync(join(DEV, `align/corridor.${lang}.md`))) as BlobPart });

describe('HTTP API on loopback', () => {
  it('binds 127.0.0.1 on an ephemeral port and answers /api/health', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, schema: SCHEMA_VERSION });
  });

  it('imports an uploaded pair, lists it and returns its paragraphs and segments', async () => {
    const res = await fetch(`${server.url}/api/documents`, { method: 'POST', body: upload(corridor('en'), corridor('tr'), 'Rail') });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: number };
    const list = (await (await fetch(`${server.url}/api/documents`)).json()) as { documents: { id: number; title: string }[] };
    expect(list.documents).toContainEqual(expect.objectContaining({ id: created.id, title: 'Rail', srcSegments: 68, tgtSegments: 67 }));
    const doc = (await (await fetch(`${server.url}/api/documents/${created.id}`)).json()) as {
      source: { paragraphs: { kind: string }[]; segments: { text: string }[] };
      target: { segments: { text: string }[] };
    };
    expect(doc.source.paragraphs[0]!.kind).toBe('heading');
    expect(doc.source.segments).toHaveLength(68);
    expect(doc.target.segments[0]!.text).toBe('NAHÇIVAN VE ORTA KORİDOR: ESKİ RAYLAR, YENİ GÜZERGÂHLAR');
  });

  it('refuses the same files a second time with 409 naming the earlier document, unless force', async () => {
    await fetch(`${server.url}/api/documents`, { method: 'POST', body: upload(corridor('en'), corridor('tr'), 'Again') }); // 201, or 409 after the test above
    const again = await fetch(`${server.url}/api/documents`, { method: 'POST', body: upload(corridor('en'), corridor('tr'), 'Again') });
    expect(again.status).toBe(409);
    const body = (await again.json()) as { error: { code: string }; existing: { id: number } };
    expect(body.error.code).toBe('duplicate-import');
    expect(body.existing).toMatchObject({ id: expect.any(Number), title: expect.any(String) });
    const forced = upload(corridor('en'), corridor('tr'), 'Again');
    forced.set('force', 'true');
    expect((await fetch(`${server.url}/api/documents`, { method: 'POST', body: forced })).status).toBe(201);
  });

  it('refuses a bad upload with 400 and stores nothing', async () => {
    const before = ((await (await fetch(`${server.url}/api/documents`)).json()) as { documents: unknown[] }).documents.length;
    const res = await fetch(`${server.url}/api/documents`, { method: 'POST', body: upload({ name: 'bad.md', bytes: new Uint8Array([0, 1, 2]) }, corridor('tr')) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/bad\.md:1: binary data/);
    const missing = new FormData();
    missing.set('en', new Blob(['x']), 'a.md');
    const res2 = await fetch(`${server.url}/api/documents`, { method: 'POST', body: missing });
    expect(res2.status).toBe(400);
    const after = ((await (await fetch(`${server.url}/api/documents`)).json()) as { documents: unknown[] }).documents.length;
    expect(after).toBe(before);
  });

  it('refuses a body over the limit with 413 and a non-multipart POST with 415', async () => {
    const big = { name: 'big.md', bytes: 'a'.repeat(3 * 1024 * 1024) };
    const res = await fetch(`${server.url}/api/documents`, { method: 'POST', body: upload(big, corridor('tr')) });
    expect(res.status).toBe(413);
    const json = await fetch(`${server.url}/api/documents`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(json.status).toBe(415);
  });

  it('answers 404 for an unknown document and an unknown API route', async () => {
    expect((await fetch(`${server.url}/api/documents/99999`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/documents/abc`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/nothing`)).status).toBe(404);
  });

  it('serves the editor page with security headers and no path traversal', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<script type="module"');
    const traversal = await fetch(`${server.url}/..%2f..%2fpackage.json`);
    expect(traversal.status).toBe(404);
  });
});
