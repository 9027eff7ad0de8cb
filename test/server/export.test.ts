import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentStamp, type Db } from '../../src/db/index.js';
import { exportDocumentXliff, importDocumentPair } from '../../src/documents/index.js';
import { JobPool } from '../../src/jobs/pool.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { WORK_HERE_MAX_PAIRS } from '../../src/server/qa.js';
import { bigMarkdownPair } from '../../bench/lib/corpus.js';
import { openTestWorkspace } from '../helpers/store.js';

let server: RunningServer;
let db: Db;
let documentId: number;
/** The jobs the server's worker thread was given. */
const jobKinds: string[] = [];

beforeAll(async () => {
  db = openTestWorkspace();
  // a document past what the server's thread exports itself: the worker thread does
  const { en, tr } = bigMarkdownPair(WORK_HERE_MAX_PAIRS + 300);
  documentId = importDocumentPair(db, { source: { name: 'long.en.md', bytes: Buffer.from(en) }, target: { name: 'long.tr.md', bytes: Buffer.from(tr) } }).id;
  const jobs = new JobPool();
  const run = jobs.run.bind(jobs);
  jobs.run = ((kind, input, limit) => {
    jobKinds.push(kind);
    return run(kind, input, limit);
  }) as JobPool['run'];
  server = await startServer({ db, port: 0, jobs });
}, 120_000);
afterAll(async () => {
  await server.close();
  db.close();
});

describe('export of a long document', () => {
  it('is written in the worker thread as the same file the CLI writes', async () => {
    expect(documentStamp(db, documentId).pairs).toBeGreaterThan(WORK_HERE_MAX_PAIRS);
    const res = await fetch(`${server.url}/api/documents/${documentId}/export?format=xliff12`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`document-${documentId}.xlf`);
    expect(jobKinds).toContain('export-document');
    const body = await res.text();
    expect(body).toBe(exportDocumentXliff(db, documentId, { version: '1.2' }));
    expect(body).toContain('hizala-qa:');
  }, 120_000);

  it('answers a Word file from the worker as bytes, and bad options as a 400 naming them', async () => {
    const docx = await fetch(`${server.url}/api/documents/${documentId}/export?format=docx`);
    expect(docx.status).toBe(200);
    const bytes = new Uint8Array(await docx.arrayBuffer());
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip: PK
    const bad = await fetch(`${server.url}/api/documents/${documentId}/export?format=xliff12&srcRegion=USA`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('source region');
    const badMatches = await fetch(`${server.url}/api/documents/${documentId}/export?format=xliff12&matches=maybe`);
    expect(badMatches.status).toBe(400);
    expect(((await badMatches.json()) as { error: { message: string } }).error.message).toBe('matches must be yes or no, not "maybe"');
  }, 120_000);

  it('answers a short document\'s file exactly, with nothing after its end', async () => {
    // under 4 KB: Node hands such bytes out of a shared pool
    const short = importDocumentPair(db, { source: { name: 'short.en.md', bytes: Buffer.from('Hi.\n') }, target: { name: 'short.tr.md', bytes: Buffer.from('Selam.\n') } }).id;
    for (const format of ['xliff12', 'xliff20'] as const) {
      const res = await fetch(`${server.url}/api/documents/${short}/export?format=${format}`);
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.length).toBeLessThan(4096);
      expect(bytes.equals(Buffer.from(exportDocumentXliff(db, short, { version: format === 'xliff12' ? '1.2' : '2.0' }), 'utf8'))).toBe(true);
    }
  });
});
