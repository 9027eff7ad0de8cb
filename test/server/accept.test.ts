import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPairs, requirePair, writePair, type Db, type Pair } from '../../src/db/index.js';
import { exportDocumentXliff, importDocumentPair } from '../../src/documents/index.js';
import type { Flag } from '../../src/qa/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { openWorkspace } from '../../src/workspace/index.js';
import { hizalaAsync as hizala, REPO } from '../helpers/cli.js';
import { newWorkspaceLocation } from '../helpers/store.js';

let server: RunningServer;
let db: Db;
let dbPath: string;
let documentId: number;

beforeAll(async () => {
  dbPath = newWorkspaceLocation();
  db = openWorkspace(dbPath);
  documentId = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } }).id;
  server = await startServer({ db, port: 0 });
});
afterAll(async () => {
  await server.close();
  db.close();
});

const json = (method: string, body?: unknown) => ({ method, headers: { 'content-type': 'application/json', 'x-hizala-author': 'editor' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const report = async () => (await (await fetch(`${server.url}/api/documents/${documentId}/flags`)).json()) as { pairs: { id: number; flags: Flag[] }[] };
const flagsOf = async (check: string) => (await report()).pairs.flatMap((p) => p.flags.filter((f) => f.check === check).map((f) => ({ pairId: p.id, flag: f })));

describe('accepting a flag', () => {
  it('keeps it with who, when and why, while other text of the pair changes, and withdraws it', async () => {
    const { pairId, flag } = (await flagsOf('dropped-apostrophe'))[0]!;
    const body = { check: flag.check, side: flag.side, start: flag.start, end: flag.end, reason: 'a company name, written so', scope: 'pair' };
    expect((await fetch(`${server.url}/api/pairs/${pairId}/accept`, json('POST', { ...body, reason: ' ' }))).status).toBe(400);
    const res = await fetch(`${server.url}/api/pairs/${pairId}/accept`, json('POST', body));
    expect(res.status).toBe(201);
    const { acceptance } = (await res.json()) as { acceptance: { id: number } };
    const accepted = (await flagsOf('dropped-apostrophe')).find((x) => x.pairId === pairId)!.flag;
    expect(accepted.accepted).toMatchObject({ author: 'editor', reason: 'a company name, written so', scope: 'pair' });
    expect((await fetch(`${server.url}/api/pairs/${pairId}/accept`, json('POST', body))).status).toBe(409);
    // an edit elsewhere in the pair: the acceptance holds (keyed by the flagged text, not offsets)
    const pair = requirePair(db, pairId);
    writePair(db, pair, { source: `Today, ${pair.source}` }, 'edit', 'editor');
    expect((await flagsOf('dropped-apostrophe')).find((x) => x.pairId === pairId)!.flag.accepted?.id).toBe(acceptance.id);
    // shown in the XLIFF notes as accepted, with the reason
    expect(exportDocumentXliff(db, documentId, { version: '1.2', matches: false })).toContain('accepted (warning): dropped-apostrophe');
    const back = await fetch(`${server.url}/api/pairs/${pairId}/accepted/${acceptance.id}`, json('DELETE'));
    expect(((await back.json()) as { flags: Flag[] }).flags.find((f) => f.check === 'dropped-apostrophe')!.accepted).toBeUndefined();
  });

  it('accepts a spelling for the whole document: every pair with it is marked', async () => {
    const all = await flagsOf('mojibake');
    const { pairId, flag } = all[0]!;
    const pairs = new Map(listPairs(db, documentId).map((p) => [p.id, p]));
    const text = (x: { pairId: number; flag: Flag }) => (x.flag.side === 'src' ? pairs.get(x.pairId)!.source : pairs.get(x.pairId)!.target).slice(x.flag.start, x.flag.end);
    const same = all.filter((x) => text(x) === text({ pairId, flag }) && x.flag.side === flag.side);
    const res = await fetch(`${server.url}/api/pairs/${pairId}/accept`, json('POST', { check: flag.check, side: flag.side, start: flag.start, end: flag.end, reason: 'as printed', scope: 'document' }));
    expect(res.status).toBe(201);
    const after = await flagsOf('mojibake');
    expect(after.filter((x) => x.flag.accepted).length).toBe(same.length);
  });

  it('qa check --fail-on error passes once every error is accepted, and says what it left out', async () => {
    const errors = (await report()).pairs.flatMap((p) => p.flags.filter((f) => f.severity === 'error' && !f.accepted).map((f) => ({ pairId: p.id, flag: f })));
    expect(errors.length).toBeGreaterThan(0);
    const before = await hizala(['qa', 'check', String(documentId), '--fail-on', 'error', '--db', dbPath]);
    expect(before.stderr).toMatch(/^(\d+ accepted flags? not counted.*\n)?$/);
    expect(before.status).toBe(1);
    for (const { pairId, flag } of errors) {
      const still = ((await (await fetch(`${server.url}/api/pairs/${pairId}/flags`)).json()) as { flags: Flag[] }).flags.find((f) => f.check === flag.check && f.start === flag.start && f.side === flag.side);
      if (still?.accepted) continue;
      const res = await fetch(`${server.url}/api/pairs/${pairId}/accept`, json('POST', { check: flag.check, side: flag.side, start: flag.start, end: flag.end, reason: 'checked by hand', scope: 'pair' }));
      expect(res.status).toBe(201);
    }
    const run = await hizala(['qa', 'check', String(documentId), '--fail-on', 'error', '--db', dbPath]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('[accepted by editor: checked by hand]');
    expect(run.stderr).toMatch(/accepted flags? not counted/);
    // the CLI loads the dictionaries and word counts for each qa check (5-7 s apiece)
  }, 90_000);

  it('accepts a finding about the whole document: marked in the flags report and in qa check, withdrawn again', async () => {
    type Finding = { check: string; severity: string; key: string; accepted?: { id: number; author: string; reason: string } };
    const findings = async () => ((await (await fetch(`${server.url}/api/documents/${documentId}/flags`)).json()) as { document: Finding[] }).document;
    const [finding] = await findings();
    expect(finding).toMatchObject({ check: 'inconsistent-spelling', key: expect.any(String) });
    const url = `${server.url}/api/documents/${documentId}/accept`;
    expect((await fetch(url, json('POST', { check: finding!.check, key: finding!.key, reason: '' }))).status).toBe(400);
    expect((await fetch(url, json('POST', { check: finding!.check, key: '{"spellings":"other"}', reason: 'fine' }))).status).toBe(404);
    const res = await fetch(url, json('POST', { check: finding!.check, key: finding!.key, reason: 'both spellings are quoted as published' }));
    expect(res.status).toBe(201);
    const { acceptance } = (await res.json()) as { acceptance: { id: number } };
    expect((await fetch(url, json('POST', { check: finding!.check, key: finding!.key, reason: 'again' }))).status).toBe(409);
    expect((await findings()).find((d) => d.key === finding!.key)!.accepted).toMatchObject({ author: 'editor', reason: 'both spellings are quoted as published' });
    const run = await hizala(['qa', 'check', String(documentId), '--format', 'text', '--db', dbPath]);
    expect(run.stdout).toContain('[accepted by editor: both spellings are quoted as published]');
    const cliReport = JSON.parse((await hizala(['qa', 'check', String(documentId), '--format', 'json', '--db', dbPath])).stdout) as { document: Finding[] };
    expect(cliReport.document.find((d) => d.key === finding!.key)!.accepted).toMatchObject({ reason: 'both spellings are quoted as published' });
    const back = await fetch(`${server.url}/api/documents/${documentId}/accepted/${acceptance.id}`, json('DELETE'));
    expect(back.status).toBe(200);
    expect((await findings()).find((d) => d.key === finding!.key)!.accepted).toBeUndefined();
    // the CLI loads the dictionaries and word counts for each qa check (5-7 s apiece)
  }, 90_000);
});

export type { Pair };
