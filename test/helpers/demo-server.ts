import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { addUser } from '../../src/app/accounts.js';
import type { Db } from '../../src/db/index.js';
import { importDocumentPair } from '../../src/documents/index.js';
import type { Role } from '../../src/model/user.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { openWorkspace } from '../../src/workspace/index.js';
import { REPO } from './cli.js';
import { newWorkspaceLocation, type StoreKind } from './store.js';

export interface DemoServer {
  db: Db;
  server: RunningServer;
  /** The workspace: a file path, or a postgres:// URL. */
  path: string;
  documentId: number;
}

/** The demo analysis pair, imported into `db`; its document id. */
export function importDemo(db: Db, force = false): number {
  return importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') }, force }).id;
}

/**
 * A new workspace with the demo pair imported and the server on a loopback port, for the
 * tests of one file (started before them, closed after them). Read its fields inside
 * tests: they are set in beforeAll. `store` puts the workspace on PostgreSQL; `team`
 * makes it a team server with these accounts.
 */
export function demoServer(options: { webRoot?: boolean; store?: StoreKind; team?: { users: [name: string, role: Role, password: string][] } } = {}): DemoServer {
  const demo = {} as DemoServer;
  beforeAll(async () => {
    demo.path = newWorkspaceLocation(options.store);
    demo.db = openWorkspace(demo.path);
    demo.documentId = importDemo(demo.db);
    for (const [name, role, password] of options.team?.users ?? []) await addUser(demo.db, { name: null, role: null }, name, role, password);
    demo.server = await startServer({ db: demo.db, port: 0, ...(options.team ? { team: true } : {}), ...(options.webRoot ? { webRoot: join(REPO, 'web/dist') } : {}) });
  });
  afterAll(async () => {
    await demo.server?.close();
    demo.db?.close();
  });
  return demo;
}
