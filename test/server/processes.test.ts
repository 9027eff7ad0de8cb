import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/accounts.js';
import { listPairs, listRevisions } from '../../src/db/index.js';
import { importDocumentPair } from '../../src/documents/index.js';
import { openWorkspace } from '../../src/workspace/index.js';
import { BIN, REPO } from '../helpers/cli.js';
import { newPostgresDatabase } from '../helpers/store.js';

/** Two team-server processes (the real CLI) over one PostgreSQL database keep every guarantee of one. */
const servers: { child: ChildProcess; url: string }[] = [];
let database: string;
let pairId: number;

function serve(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--team', '--port', '0', '--db', database], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /serving (http:\/\/\S+) /.exec(err);
      if (m) resolve({ child, url: m[1]! });
    });
    child.on('exit', () => reject(new Error(err)));
  });
}

beforeAll(async () => {
  database = newPostgresDatabase();
  const db = openWorkspace(database);
  const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
  pairId = listPairs(db, id)[6]!.id;
  await addUser(db, { name: null, role: null }, 'ayşe', 'translator', 'çeviri parolası 1');
  db.close();
  servers.push(await serve(), await serve());
});
afterAll(() => {
  for (const s of servers) s.child.kill('SIGTERM');
});

describe('two server processes over one PostgreSQL database', () => {
  it('share sessions: signed in on one, known on the other', async () => {
    const res = await fetch(`${servers[0]!.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'ayşe', password: 'çeviri parolası 1' }) });
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    expect(await (await fetch(`${servers[1]!.url}/api/session`, { headers: { cookie } })).json()).toEqual({ team: true, user: 'ayşe', role: 'translator' });
  });

  it('accept exactly one of many writes at the same version, whichever process takes them; the others get 409 with the current pair', async () => {
    const login = await fetch(`${servers[1]!.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'ayşe', password: 'çeviri parolası 1' }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const pair = (await (await fetch(`${servers[0]!.url}/api/pairs/${pairId}`, { headers: { cookie } })).json()) as { version: number };
    const writes = await Promise.all(
      Array.from({ length: 20 }, async (_, k) => {
        const res = await fetch(`${servers[k % 2]!.url}/api/pairs/${pairId}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ version: pair.version, target: `yazım ${k}` }),
        });
        return { k, status: res.status, body: (await res.json()) as { current?: { version: number } } };
      }),
    );
    const accepted = writes.filter((w) => w.status === 200);
    expect(accepted).toHaveLength(1);
    expect(writes.filter((w) => w.status === 409)).toHaveLength(19);
    for (const w of writes.filter((x) => x.status === 409)) expect(w.body.current!.version).toBe(pair.version + 1);
    const db = openWorkspace(database);
    const revisions = listRevisions(db, pairId);
    db.close();
    expect(revisions.at(-1)).toMatchObject({ version: pair.version + 1, target: `yazım ${accepted[0]!.k}`, author: 'ayşe' });
  });
});
