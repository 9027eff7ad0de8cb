import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createDatabase } from './pg-cluster.js';
import { openDatabase, type Db } from '../../src/db/index.js';
import { openWorkspace } from '../../src/workspace/index.js';
import { tempDir } from './tmp.js';

/** The two stores every storage, API and e2e test runs on. */
export const STORES = ['sqlite', 'postgres'] as const;
export type StoreKind = (typeof STORES)[number];

/**
 * The store this run of a test file puts its workspaces on: vitest.config.ts runs the
 * storage, API and e2e files once per store (project "postgres" sets HIZALA_TEST_STORE).
 */
export const TEST_STORE: StoreKind = process.env.HIZALA_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

/** A new, empty database on the run's PostgreSQL cluster (test/setup/postgres.ts); its URL. */
export function newPostgresDatabase(): string {
  const base = process.env.HIZALA_TEST_PG;
  if (!base) throw new Error('no PostgreSQL for the tests (HIZALA_TEST_PG is set by test/setup/postgres.ts)');
  return createDatabase(base, `hizala_${randomBytes(6).toString('hex')}`);
}

/** Where a new workspace of this kind lives: a file path or a postgres:// URL. */
export function newWorkspaceLocation(kind: StoreKind = TEST_STORE): string {
  return kind === 'sqlite' ? join(tempDir(), 'workspace.sqlite') : newPostgresDatabase();
}

/** A new workspace (the default glossary loaded) on this run's store. */
export function openTestWorkspace(kind: StoreKind = TEST_STORE): Db {
  return openWorkspace(newWorkspaceLocation(kind));
}

/** A new, empty database (no glossary) on this run's store. */
export function openTestDatabase(kind: StoreKind = TEST_STORE): Db {
  return openDatabase(newWorkspaceLocation(kind));
}
