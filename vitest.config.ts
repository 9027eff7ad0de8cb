import { defineConfig } from 'vitest/config';

/**
 * The tests of storage, the API, exchange formats and the editor also run on PostgreSQL:
 * the same files, with HIZALA_TEST_STORE=postgres (test/helpers/store.ts puts each
 * workspace in a database of its own on the run's throwaway cluster). Files that test one
 * store's own behaviour (SQLite's locks, backups, crash recovery) or iterate both stores
 * themselves run once.
 */
const ON_BOTH_STORES = [
  'test/server/{pairs,qa,accept,batch,comments,tm,server,hostile,spelling,export}.test.ts',
  'test/fuzz/routes.test.ts',
  'test/tm/{store,tmx,tmx-details}.test.ts',
  'test/formats/{xliff,xliff-status,xliff-markers,xliff-formatting,po-roundtrip}.test.ts',
  'test/qa/demo.test.ts',
  'test/documents/{tm-sync,flags,split-checks}.test.ts',
  'test/cli/{tm,qa,conventions,user,documents-out,import-xliff}.test.ts',
  // the editor in Chromium runs on SQLite here; on PostgreSQL the team editor test
  // (test/e2e/team.test.ts) drives it on both stores — two Chromiums at once on two cores
  // timed out under CI's load
  'test/e2e/omegat.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['test/setup/temp-root.ts', 'test/setup/postgres.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['test/**/*.test.ts'] } },
      { extends: true, test: { name: 'postgres', include: ON_BOTH_STORES, env: { HIZALA_TEST_STORE: 'postgres' } } },
    ],
  },
});
