import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createDatabase } from './pg-cluster.js';
import type { Db } from '../../src/db/index.js';
import { openWorkspace } from '../../src/workspace/index.js';
import { tempDir } from './tmp.js';

/** The two stores every storage, API and e2e test of the team server runs on. */
export const STORES = ['sqlite', 'postgres'] as const;
export type StoreKind = (typeof STORES)[number];

/** A new, empty database on the run's PostgreSQL cluster (test/setup/postgres.ts); its URL. */
export function newPostgresDatabase(): string {
  const base = process.env.HIZALA_TEST_PG;
  if (!base) throw new Error('no PostgreSQL for the tests (HIZALA_TEST_PG is set by test/setup/postgres.ts)');
  return createDatabase(base, `hizala_${randomBytes(6).toString('hex')}`);
}

/** Where a new workspace of this kind lives: a file path or a postgres:// URL. */
export function newWorkspaceLocation(kind: StoreKind): string {
  return kind === 'sqlite' ? join(tempDir(), 'workspace.sqlite') : newPostgresDatabase();
}

export function openTestWorkspace(kind: StoreKind): Db {
  return openWorkspace(newWorkspaceLocation(kind));
}
