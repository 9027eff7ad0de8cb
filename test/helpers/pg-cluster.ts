import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { SyncPgConnection } from '../../src/db/pg/bridge.js';

/**
 * A throwaway PostgreSQL cluster for the run: initdb into a temporary folder (as the
 * `postgres` user when the tests run as root, which initdb refuses to be), a server on a
 * free port on 127.0.0.1 only, trust authentication there, no fsync (nothing in it
 * outlives the run). The tests (test/setup/postgres.ts) and `npm run bench:load` use it.
 * PostgreSQL comes from Debian's `postgresql` package (.ci/run installs it).
 */
function binDir(): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error('PostgreSQL is not installed (the tests run every store test on it too): apt-get install postgresql — .ci/run does');
  return join(base, versions[0]!, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Start a throwaway cluster; its superuser URL (database `postgres`) and how to stop and remove it. */
export async function startCluster(): Promise<{ url: string; stop: () => void }> {
  const bin = binDir();
  const root = mkdtempSync(join(tmpdir(), 'hizala-pg-'));
  const asRoot = userInfo().uid === 0;
  const run = (program: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, program), asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args, { stdio: ['ignore', 'pipe', 'pipe'] });
  if (asRoot) {
    // the postgres user must pass through the temporary folder (the run's own is 0700):
    // only the search bit is added, nothing taken away (/tmp keeps its sticky bit)
    const mode = statSync(tmpdir()).mode & 0o7777;
    if (!(mode & 0o001)) chmodSync(tmpdir(), mode | 0o001);
    const { uid, gid } = { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) };
    chownSync(root, uid, gid);
  }
  const data = join(root, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(root, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

/** Create database `name` on the server of `serverUrl` (a superuser's URL); the new database's URL. */
export function createDatabase(serverUrl: string, name: string): string {
  const admin = new SyncPgConnection(serverUrl);
  try {
    admin.query(`CREATE DATABASE ${name}`);
  } finally {
    admin.close();
  }
  return serverUrl.replace(/\/[^/]*$/, `/${name}`);
}
