import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/accounts.js';
import { editPair } from '../../src/app/pairs.js';
import { addComment, listPairs } from '../../src/db/index.js';
import { importDocumentPair } from '../../src/documents/index.js';
import { openWorkspace } from '../../src/workspace/index.js';
import { hizala, REPO } from '../helpers/cli.js';
import { newPostgresDatabase } from '../helpers/store.js';
import { tempDir } from '../helpers/tmp.js';

/** A TMX header says when the file was written: the one thing two exports of the same TM may differ in. */
const withoutExportTime = (text: string) => text.replace(/(<header [^>]*creationdate=")\d{8}T\d{6}Z/, '$1…');

describe('hizala migrate', () => {
  it('moves a workspace SQLite → PostgreSQL → SQLite with every table the same and identical exports', async () => {
    const dir = tempDir();
    const first = join(dir, 'first.sqlite');
    const db = openWorkspace(first);
    const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
    for (const p of listPairs(db, id).slice(5, 12)) editPair(db, { name: 'ayşe', role: null }, p.id, p.version, { target: `${p.target} ✓`, status: 'translated' });
    addComment(db, listPairs(db, id)[0]!.id, 'Başlık kısa mı?', 'rev');
    await addUser(db, { name: null, role: null }, 'rev', 'reviewer', 'reviewer password 1');
    db.close();
    const server = newPostgresDatabase();
    const there = hizala(['migrate', '--from', first, '--to', server, '--json']);
    expect(there.stderr).toBe('');
    expect(there.status).toBe(0);
    const report = JSON.parse(there.stdout) as { to: string; tables: { table: string; rows: number; same: boolean }[] };
    expect(report.tables.every((t) => t.same)).toBe(true);
    expect(report.tables.find((t) => t.table === 'tm_units')!.rows).toBe(7);
    expect(report.tables.find((t) => t.table === 'revisions')!.rows).toBe(23 + 7);
    const back = join(dir, 'back.sqlite');
    const again = hizala(['migrate', '--from', server, '--to', back]);
    expect(again.status).toBe(0);
    expect(again.stdout.split('\n').filter(Boolean).every((line) => line.startsWith('same'))).toBe(true);
    for (const [format, extra] of [['xliff20', []], ['tmx', []]] as const) {
      const outputs = [first, server, back].map((where, k) => {
        const file = join(dir, `out${k}.${format}`);
        expect(hizala(['export', String(id), '--format', format, '-o', file, '--db', where, ...extra]).status).toBe(0);
        return withoutExportTime(readFileSync(file, 'utf8'));
      });
      expect(outputs[1], format).toBe(outputs[0]);
      expect(outputs[2], format).toBe(outputs[0]);
    }
    const tms = [first, back].map((where, k) => {
      const file = join(dir, `tm${k}.tmx`);
      hizala(['tm', 'export', file, '--db', where]);
      return withoutExportTime(readFileSync(file, 'utf8'));
    });
    expect(tms[1]).toBe(tms[0]);
    // the ids go on after the copied ones on PostgreSQL: a new document gets the next id
    const moved = openWorkspace(server);
    expect(importDocumentPair(moved, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') }, force: true }).id).toBe(id + 1);
    moved.close();
  });

  it('refuses a target that is not empty, and writes nothing into it', () => {
    const dir = tempDir();
    const a = join(dir, 'a.sqlite');
    const b = join(dir, 'b.sqlite');
    for (const path of [a, b]) {
      const db = openWorkspace(path);
      importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
      db.close();
    }
    const run = hizala(['migrate', '--from', a, '--to', b]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/the target workspace is not empty/);
  });
});
