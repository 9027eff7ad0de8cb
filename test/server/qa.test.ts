import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Pair } from '../../src/db/index.js';
import { importDocumentPair } from '../../src/documents/index.js';
import type { Flag } from '../../src/qa/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { REPO } from '../helpers/cli.js';
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

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('QA and glossary API', () => {
  it('lists flags per pair and per document', async () => {
    const report = (await (await fetch(`${server.url}/api/documents/${documentId}/flags`)).json()) as { pairs: { id: number; flags: Flag[] }[]; document: { check: string }[] };
    expect(report.pairs.flatMap((p) => p.flags.map((f) => f.check))).toEqual(expect.arrayContaining(['mojibake', 'dropped-apostrophe', 'forbidden-variant']));
    expect(report.document.map((d) => d.check)).toContain('inconsistent-spelling');
  });

  it('applies a fix as a revision, refuses a stale one, and the flag is gone', async () => {
    const report = (await (await fetch(`${server.url}/api/documents/${documentId}/flags`)).json()) as { pairs: { id: number; flags: Flag[] }[] };
    const withFix = report.pairs.find((p) => p.flags.some((f) => f.check === 'dropped-apostrophe'))!;
    const flag = withFix.flags.find((f) => f.check === 'dropped-apostrophe')!;
    const pair = (await (await fetch(`${server.url}/api/pairs/${withFix.id}`)).json()) as Pair;
    const body = { version: pair.version, side: flag.side, start: flag.start, end: flag.end, replacement: flag.fix, check: flag.check };
    const res = await fetch(`${server.url}/api/pairs/${pair.id}/fix`, json('POST', body));
    expect(res.status).toBe(200);
    const fixed = (await res.json()) as { pair: Pair; flags: Flag[] };
    expect(fixed.pair.source).toContain("Kazakhstan's shipping company");
    expect(fixed.flags.some((f) => f.check === 'dropped-apostrophe')).toBe(false);
    const history = (await (await fetch(`${server.url}/api/pairs/${pair.id}/revisions`)).json()) as { revisions: { origin: string }[] };
    expect(history.revisions.at(-1)!.origin).toBe('fix:dropped-apostrophe');
    expect((await fetch(`${server.url}/api/pairs/${pair.id}/fix`, json('POST', body))).status).toBe(409);
  });

  it("a confirmed pair with an open error stays out of the TM; fixed, it enters with the fixed text", async () => {
    const report = (await (await fetch(`${server.url}/api/documents/${documentId}/flags`)).json()) as { pairs: { id: number; flags: Flag[] }[] };
    const withFix = report.pairs.find((p) => p.flags.some((f) => f.check === 'forbidden-variant' && f.fix))!;
    const flag = withFix.flags.find((f) => f.check === 'forbidden-variant' && f.fix)!;
    const field = flag.side === 'src' ? 'source' : 'target';
    let pair = (await (await fetch(`${server.url}/api/pairs/${withFix.id}`)).json()) as Pair;
    pair = (await (await fetch(`${server.url}/api/pairs/${pair.id}`, json('PUT', { version: pair.version, status: 'translated' }))).json()) as Pair;
    const unit = () => db.prepare('SELECT source, target FROM tm_units WHERE pair_id = ?').get(pair.id) as { source: string; target: string } | undefined;
    expect(pair.status).toBe('translated');
    expect(unit()).toBeUndefined(); // the forbidden spelling is an error: not reused elsewhere
    const res = await fetch(`${server.url}/api/pairs/${pair.id}/fix`, json('POST', { version: pair.version, side: flag.side, start: flag.start, end: flag.end, replacement: flag.fix, check: flag.check }));
    const fixed = ((await res.json()) as { pair: Pair }).pair;
    expect(fixed[field]).not.toBe(pair[field]);
    expect(unit()?.[field]).toBe(fixed[field]);
  });

  it('adds a glossary term and the document is checked against it', async () => {
    const before = (await (await fetch(`${server.url}/api/documents/${documentId}/flags`)).json()) as { pairs: { flags: Flag[] }[] };
    const count = (r: typeof before) => r.pairs.flatMap((p) => p.flags).filter((f) => f.check === 'forbidden-variant').length;
    const res = await fetch(`${server.url}/api/glossary/terms`, json('POST', { entry: 'ferry', lang: 'tr', term: 'feribot', status: 'forbidden' }));
    expect(res.status).toBe(201);
    const after = (await (await fetch(`${server.url}/api/documents/${documentId}/flags`)).json()) as typeof before;
    expect(count(after)).toBeGreaterThan(count(before));
    expect((await fetch(`${server.url}/api/glossary/terms`, json('POST', { entry: 'x', lang: 'de', term: 'y' }))).status).toBe(400);
    const tbx = await (await fetch(`${server.url}/api/glossary/export`)).text();
    expect(tbx).toContain('<term>feribot</term>');
  });
});
