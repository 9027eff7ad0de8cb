import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../src/db/index.js';
import { importDocumentPair } from '../../src/documents/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { openWorkspace } from '../../src/workspace/index.js';
import { REPO } from './cli.js';
import { tempDir } from './tmp.js';

export interface DemoServer {
  db: Db;
  server: RunningServer;
  /** The workspace file. */
  path: string;
  documentId: number;
}

/**
 * A new workspace with the demo pair imported and the server on a loopback port, for the
 * tests of one file (started before them, closed after them). Read its fields inside
 * tests: they are set in beforeAll.
 */
export function demoServer(options: { webRoot?: boolean } = {}): DemoServer {
  const demo = {} as DemoServer;
  beforeAll(async () => {
    demo.path = join(tempDir(), 'demo.sqlite');
    demo.db = openWorkspace(demo.path);
    demo.documentId = importDocumentPair(demo.db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } }).id;
    demo.server = await startServer({ db: demo.db, port: 0, ...(options.webRoot ? { webRoot: join(REPO, 'web/dist') } : {}) });
  });
  afterAll(async () => {
    await demo.server?.close();
    demo.db?.close();
  });
  return demo;
}
