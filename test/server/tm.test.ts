import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPairs, type Db } from '../../src/db/index.js';
import { importDocumentPair } from '../../src/documents/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { REPO, SCHEMAS } from '../helpers/cli.js';
import { openTestWorkspace } from '../helpers/store.js';

let server: RunningServer;
let db: Db;
let documentId: number;

beforeAll(async () => {
  db = openTestWorkspace();
  documentId = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } }).id;
  server = await startServer({ db, port: 0 });
});
afterAll(async () => {
  await server.close();
  db.close();
});

describe('TM API', () => {
  it('a pair confirmed through the API enters the TM and is offered for a similar segment', async () => {
    const pair = listPairs(db, documentId)[7]!;
    const res = await fetch(`${server.url}/api/pairs/${pair.id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: pair.version, status: 'translated' }) });
    expect(res.status).toBe(200);
    const stats = (await (await fetch(`${server.url}/api/tm/stats`)).json()) as { units: number; fromDocuments: number };
    expect(stats).toMatchObject({ units: 1, fromDocuments: 1 });
    const q = encodeURIComponent(pair.source.replace(/\.$/, ' now.'));
    const search = (await (await fetch(`${server.url}/api/tm/search?q=${q}&min=50`)).json()) as { matches: { score: number }[] };
    expect(search.matches[0]!.score).toBeGreaterThan(80);
    // not offered to the pair it came from
    const own = (await (await fetch(`${server.url}/api/pairs/${pair.id}/matches`)).json()) as { matches: unknown[] };
    expect(own.matches).toEqual([]);
  });

  it('imports an uploaded TMX, finds concordances, and analyses a document', async () => {
    const form = new FormData();
    form.set('file', new Blob([readFileSync(join(SCHEMAS, 'samples/tmx14-valid.tmx'))]), 'sample.tmx');
    const res = await fetch(`${server.url}/api/tm/import`, { method: 'POST', body: form });
    expect(await res.json()).toMatchObject({ units: 3, added: 3 });
    const conc = (await (await fetch(`${server.url}/api/tm/concordance?q=${encodeURIComponent('İSTANBUL')}`)).json()) as { hits: unknown[] };
    expect(conc.hits).toHaveLength(1);
    const analysis = (await (await fetch(`${server.url}/api/documents/${documentId}/analysis`)).json()) as { total: { segments: number } };
    expect(analysis.total.segments).toBeGreaterThan(15);
    expect((await fetch(`${server.url}/api/tm/search`)).status).toBe(400);
  });
});

describe('export and import API', () => {
  it('downloads XLIFF and TMX, and reads back a returned XLIFF with its report', async () => {
    const res = await fetch(`${server.url}/api/documents/${documentId}/export?format=xliff20`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/document-\d+-2\.0\.xlf/);
    const x20 = await res.text();
    expect(x20).toContain('<xliff version="2.0"');
    expect((await (await fetch(`${server.url}/api/documents/${documentId}/export?format=tmx`)).text())).toContain('<tmx version="1.4">');
    const form = new FormData();
    form.set('file', new Blob([x20]), 'back.xlf');
    const back = await fetch(`${server.url}/api/documents/${documentId}/import-xliff`, { method: 'POST', body: form });
    expect(back.status).toBe(200);
    expect(await back.json()).toMatchObject({ updated: 0, conflicts: [] });
    expect((await fetch(`${server.url}/api/documents/${documentId}/export?format=odt`)).status).toBe(400);
  });

  it('says what is wrong with a returned file as a reason with its values, the file and the line (the editor words it in its language)', async () => {
    const x20 = await (await fetch(`${server.url}/api/documents/${documentId}/export?format=xliff20`)).text();
    // a file none of whose units is a pair here (another workspace's)
    const broken = x20.replace(/<unit id="p(\d+)"/g, '<unit id="p99999$1"');
    const first = /<unit id="(p\d+)"/.exec(broken)![1]!;
    const form = new FormData();
    form.set('file', new Blob([broken]), 'geri.xlf');
    const res = await fetch(`${server.url}/api/documents/${documentId}/import-xliff`, { method: 'POST', body: form });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: Record<string, unknown> };
    const line = broken.slice(0, broken.indexOf(`<unit id="${first}"`)).split('\n').length;
    expect(error).toEqual({ code: 'bad-input', message: expect.stringContaining(first), reason: 'unit-unknown', params: { unit: first }, file: 'geri.xlf', line });
    const search = await fetch(`${server.url}/api/documents/${documentId}/find`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ find: '(', side: 'both', matchCase: false, wholeWord: false, regex: true }) });
    expect(((await search.json()) as { error: { reason: string } }).error.reason).toBe('bad-regex');
  });
});
