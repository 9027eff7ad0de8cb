import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, type Pair } from '../../src/db/index.js';
import { importDocumentPair } from '../../src/documents/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { DEV } from '../helpers/cli.js';
import { openTestDatabase } from '../helpers/store.js';

let server: RunningServer;
let db: Db;
let documentId: number;

beforeAll(async () => {
  db = openTestDatabase();
  documentId = importDocumentPair(db, { source: { path: join(DEV, 'align/rail.en.md') }, target: { path: join(DEV, 'align/rail.tr.md') } }).id;
  server = await startServer({ db, port: 0 });
});
afterAll(async () => {
  await server.close();
  db.close();
});

type PairView = Pair & { needsReview: boolean };

async function pairs(): Promise<PairView[]> {
  return ((await (await fetch(`${server.url}/api/documents/${documentId}/pairs`)).json()) as { pairs: PairView[] }).pairs;
}

function post(path: string, body: unknown, method = 'POST') {
  return fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json', 'x-hizala-author': 'ayse' }, body: JSON.stringify(body) });
}

describe('pairs API', () => {
  it('lists one pair per bead with its score, in order', async () => {
    const list = await pairs();
    expect(list.length).toBeGreaterThan(30);
    expect(list[0]).toMatchObject({ source: 'THE MIDDLE CORRIDOR AFTER 2020: RAILS, PORTS AND POLITICS', version: 1, status: 'draft' });
    expect(list.map((p) => p.ordinal)).toEqual([...list.map((p) => p.ordinal)].sort((a, b) => a - b));
  });

  it('edits a pair with its version and refuses a stale version with 409 and the current pair', async () => {
    const [first] = await pairs();
    const ok = await post(`/api/pairs/${first!.id}`, { version: 1, target: 'Yeni başlık', status: 'translated' }, 'PUT');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ version: 2, target: 'Yeni başlık', status: 'translated' });
    const stale = await post(`/api/pairs/${first!.id}`, { version: 1, target: 'Eski sürüme dayalı' }, 'PUT');
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { current: Pair }).current).toMatchObject({ version: 2, target: 'Yeni başlık' });
    const history = (await (await fetch(`${server.url}/api/pairs/${first!.id}/revisions`)).json()) as { revisions: { version: number; author: string | null }[] };
    expect(history.revisions.map((r) => [r.version, r.author])).toEqual([[1, null], [2, 'ayse']]);
    expect((await post(`/api/pairs/${first!.id}`, { target: 'no version' }, 'PUT')).status).toBe(400);
  });

  it('merges with the next pair, splits it back, moves a sentence, and undoes each', async () => {
    const before = await pairs();
    // two neighbouring untouched 1-1 pairs after the title (which the previous test edited)
    const k = before.findIndex((p, i) => i > 0 && p.srcSegments.length === 1 && p.tgtSegments.length === 1 && before[i + 1]?.srcSegments.length === 1 && before[i + 1]?.tgtSegments.length === 1);
    const a = before[k]!;
    const b = before[k + 1]!;

    const merged = await post(`/api/pairs/${a.id}/merge-next`, { version: a.version, nextVersion: b.version });
    expect(merged.status).toBe(200);
    const m = ((await merged.json()) as { pairs: Pair[]; removed: number[] });
    expect(m.removed).toEqual([b.id]);
    expect(m.pairs[0]!.source).toBe(`${a.source} ${b.source}`);
    expect((await pairs()).length).toBe(before.length - 1);

    const split = await post(`/api/pairs/${a.id}/split`, { version: m.pairs[0]!.version, srcAt: 1, tgtAt: 1 });
    expect(split.status).toBe(200);
    const s = ((await split.json()) as { pairs: Pair[] }).pairs;
    expect(s.map((p) => [p.source, p.target])).toEqual([[a.source, a.target], [b.source, b.target]]);
    const afterSplit = await pairs();
    expect(afterSplit.length).toBe(before.length);
    expect(afterSplit.map((p) => p.source)).toEqual(before.map((p) => p.source));

    const second = afterSplit[k + 1]!;
    const moved = await post(`/api/pairs/${second.id}/move`, { version: second.version, side: 'tgt', edge: 'first' });
    expect(moved.status).toBe(200);
    const afterMove = await pairs();
    expect(afterMove[k]!.target).toBe(`${a.target} ${b.target}`);

    // undo the move, then the split, then the merge: back to the imported alignment
    for (let i = 0; i < 3; i++) expect((await post(`/api/documents/${documentId}/alignment/undo`, {})).status).toBe(200);
    const restored = await pairs();
    expect(restored.map((p) => [p.id, p.source, p.target])).toEqual(before.map((p) => [p.id, p.source, p.target]));
    expect(restored[k]!.version).toBeGreaterThan(a.version);
  });

  it('refuses a split that is no split, a stale merge and an unknown pair', async () => {
    const [p, q] = await pairs();
    expect((await post(`/api/pairs/${p!.id}/split`, { version: p!.version, srcAt: 0, tgtAt: 0 })).status).toBe(400);
    expect((await post(`/api/pairs/${p!.id}/merge-next`, { version: p!.version, nextVersion: q!.version + 5 })).status).toBe(409);
    expect((await post(`/api/pairs/999999/merge-next`, { version: 1 })).status).toBe(404);
    expect((await pairs()).length).toBeGreaterThan(30);
  });

  it('refuses an undo that would discard a later edit', async () => {
    const list = await pairs();
    const a = list[5]!;
    await post(`/api/pairs/${a.id}/merge-next`, { version: a.version });
    const merged = (await pairs())[5]!;
    await post(`/api/pairs/${merged.id}`, { version: merged.version, target: 'elle düzeltildi' }, 'PUT');
    expect((await post(`/api/documents/${documentId}/alignment/undo`, {})).status).toBe(409);
  });
});
