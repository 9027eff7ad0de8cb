import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requirePair, type Db } from '../../src/db/index.js';
import { importDocumentPair } from '../../src/documents/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { openWorkspace } from '../../src/workspace/index.js';
import { REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

/**
 * Another program writing to the workspace (a CLI import holds SQLite's write lock): the
 * server answers other requests meanwhile, retries a write until the lock is free, and
 * after its patience (0.25 s) answers 503 with Retry-After — never a 500.
 */
let server: RunningServer;
let db: Db;
let path: string;
let pairId: number;

beforeAll(async () => {
  path = join(tempDir(), 'busy.sqlite');
  db = openWorkspace(path);
  const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
  pairId = (db.prepare('SELECT id FROM pairs WHERE document_id = ? ORDER BY ordinal LIMIT 1').get(id) as { id: number }).id;
  server = await startServer({ db, port: 0 });
});
afterAll(async () => {
  await server.close();
  db.close();
});

/** A second connection, as another process would hold it, with the write lock taken. */
function lockWorkspace(): Database.Database {
  const other = new Database(path);
  other.exec('BEGIN IMMEDIATE');
  return other;
}

const edit = (target: string) => {
  const pair = requirePair(db, pairId);
  return fetch(`${server.url}/api/pairs/${pairId}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: pair.version, target }) });
};

describe('the workspace locked by another writer', () => {
  it('a write waits for the lock without blocking other requests, then goes through', async () => {
    const other = lockWorkspace();
    const write = edit('Beklenen yazı.');
    const started = Date.now();
    const read = await fetch(`${server.url}/api/documents`);
    expect(read.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(300); // the event loop was free
    setTimeout(() => other.exec('COMMIT'), 100);
    const res = await write;
    other.close();
    expect(res.status).toBe(200);
    expect(requirePair(db, pairId).target).toBe('Beklenen yazı.');
  });

  it('a lock held past the server\'s patience gets 503 with Retry-After, and nothing is written', async () => {
    const other = lockWorkspace();
    const before = requirePair(db, pairId);
    try {
      const res = await edit('Yazılmayacak.');
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('busy');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(requirePair(db, pairId)).toEqual(before);
  });
});

describe('long work off the event loop', () => {
  it('an upload is read, segmented and aligned in the worker while edits are answered at once', async () => {
    const paragraphs = (lang: 'en' | 'tr') =>
      Array.from({ length: 800 }, (_, p) =>
        Array.from({ length: 5 }, (_, k) => (lang === 'en' ? `In year ${1000 + p * 5 + k} the port of Aktau handled ${p * 7 + k} ships.` : `${1000 + p * 5 + k} yılında Aktau limanı ${p * 7 + k} gemi ağırladı.`)).join(' '),
      ).join('\n\n');
    const form = new FormData();
    form.set('en', new Blob([paragraphs('en')]), 'big.en.md');
    form.set('tr', new Blob([paragraphs('tr')]), 'big.tr.md');
    const upload = fetch(`${server.url}/api/documents`, { method: 'POST', body: form });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the worker is aligning now
    const latencies: number[] = [];
    let done = false;
    void upload.then(() => (done = true));
    for (let i = 0; i < 10 && !done; i++) {
      const started = Date.now();
      const res = await edit(`Düzenleme ${i}.`);
      expect(res.status).toBe(200);
      latencies.push(Date.now() - started);
    }
    const res = await upload;
    expect(res.status).toBe(201);
    expect(((await res.json()) as { pairs: number }).pairs).toBe(4000);
    expect(latencies.length).toBeGreaterThan(0);
    expect(Math.max(...latencies)).toBeLessThan(500);
  });
});
