import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../errors.js';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations.js';
import { isPostgresUrl, PgDatabase, redactUrl } from './pg/database.js';
import { PG_MIGRATIONS } from './pg/schema.js';

export type Db = Database.Database;

export const DEFAULT_DB_PATH = 'tm/hizala.sqlite';

export function defaultDbPath(): string {
  return process.env.HIZALA_DB || DEFAULT_DB_PATH;
}

export interface OpenOptions {
  /** Apply migrations up to this version only (tests of upgrades). */
  upTo?: number;
  readonly?: boolean;
  /** Refuse a path with no database instead of creating one (commands that read or maintain a workspace). */
  mustExist?: boolean;
}

/**
 * Open (creating if needed) a workspace database: WAL journal, foreign keys on, a busy
 * timeout so a second process waits instead of failing, then pending migrations.
 * One connection per process; better-sqlite3 is synchronous, so writes in a process are
 * serialised by the event loop and across processes by SQLite's lock.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (isPostgresUrl(path)) return openPostgres(path);
  if (options.mustExist && path !== ':memory:' && !existsSync(path)) {
    throw new InputError('no workspace here (a command that reads or maintains a workspace never creates one; check --db or $HIZALA_DB)', { file: path });
  }
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false });
  } catch (err) {
    throw new InputError(`cannot open the database: ${(err as Error).message}`, { file: path });
  }
  try {
    db.pragma('busy_timeout = 1000'); // then the CLI says it waits and tries again (cli/main.ts); the server uses 0
    db.pragma('foreign_keys = ON');
    if (!options.readonly && path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db, path, options.upTo ?? SCHEMA_VERSION);
  } catch (err) {
    db.close();
    if (err instanceof InputError) throw err;
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') throw new InputError('not a Hizala database (not an SQLite file)', { file: path });
    throw err;
  }
  return db;
}

/**
 * A workspace on a PostgreSQL server (`postgres://user:password@host:port/database`):
 * the schema is created or brought up to date on first use, by one process at a time
 * (an advisory lock), in one transaction.
 */
function openPostgres(url: string): Db {
  let pg: PgDatabase;
  try {
    pg = new PgDatabase(url);
  } catch (err) {
    throw new InputError(`cannot connect to PostgreSQL: ${(err as Error).message}`, { file: redactUrl(url) });
  }
  // the same interface as better-sqlite3's, for the part of it the store uses (pg/database.ts)
  const db = pg as unknown as Db;
  try {
    db.transaction(() => {
      db.prepare('SELECT pg_advisory_xact_lock(730621)').get();
      db.exec('CREATE TABLE IF NOT EXISTS hizala_schema (version INTEGER NOT NULL)');
      if (!db.prepare('SELECT version FROM hizala_schema').get()) db.prepare('INSERT INTO hizala_schema (version) VALUES (0)').run();
      const current = schemaVersion(db);
      if (current > SCHEMA_VERSION) {
        throw new InputError(`the database has schema version ${current}, newer than this Hizala understands (${SCHEMA_VERSION}); upgrade Hizala or open another database`, { file: redactUrl(url) });
      }
      for (const m of PG_MIGRATIONS) {
        if (m.version <= current) continue;
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }
    })();
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/** Whether a workspace is on a PostgreSQL server (the few SQLite-only paths ask). */
export function isPostgres(db: Db): boolean {
  return (db as unknown) instanceof PgDatabase;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Apply the migrations after the database's version, each in its own transaction. */
export function migrate(db: Db, path: string, upTo: number = SCHEMA_VERSION, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new InputError(
      `the database has schema version ${current}, newer than this Hizala understands (${SCHEMA_VERSION}); upgrade Hizala or open another database`,
      { file: path },
    );
  }
  for (const m of migrations) {
    if (m.version <= current || m.version > upTo) continue;
    // a table rebuilt (created anew, copied, the old one dropped) would take its rows'
    // children with it under ON DELETE CASCADE: keys off, checked before the commit
    // (SQLite's documented procedure for changing a table's definition)
    if (m.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(m.sql);
        if (m.rebuildsTables) {
          const broken = db.pragma('foreign_key_check') as unknown[];
          if (broken.length) throw new InputError(`migration ${m.version} (${m.name}) would leave ${broken.length} rows without their parent; nothing was changed`, { file: path });
        }
        db.pragma(`user_version = ${m.version}`);
      })();
    } finally {
      if (m.rebuildsTables) db.pragma('foreign_keys = ON');
    }
  }
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement for `sql`, prepared once per connection and reused: preparing
 * costs more than running a simple query, and paths such as reading back a 100,000-unit
 * XLIFF file look pairs up one by one. Only for `get`/`run`/`all`: a statement that is
 * iterated, or switched to pluck/raw mode, must be prepared on its own.
 */
export function statement(db: Db, sql: string): Database.Statement {
  return cachedStatement(statements, db, sql, 'rows');
}

const rawStatements = new WeakMap<Db, Map<string, Database.Statement>>();
const pluckStatements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement whose rows are arrays of the selected columns, in order: for
 * reading many rows (a long document's pairs), where building an object per row costs
 * more than the query. Its own cache, so a statement's mode never changes under a caller.
 */
export function rawStatement(db: Db, sql: string): Database.Statement {
  return cachedStatement(rawStatements, db, sql, 'raw');
}

/** A prepared statement that answers each row's first column alone (pluck mode), cached like the others. */
export function pluckStatement(db: Db, sql: string): Database.Statement {
  return cachedStatement(pluckStatements, db, sql, 'pluck');
}

function cachedStatement(statementsOf: WeakMap<Db, Map<string, Database.Statement>>, db: Db, sql: string, mode: 'rows' | 'raw' | 'pluck'): Database.Statement {
  let cache = statementsOf.get(db);
  if (!cache) {
    cache = new Map();
    statementsOf.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = mode === 'raw' ? db.prepare(sql).raw(true) : mode === 'pluck' ? db.prepare(sql).pluck() : db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}

/** SQLite could not take its lock: another connection (a CLI import, another server) is writing. */
export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  // PostgreSQL: a deadlock or a serialization failure was rolled back and may be run again
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === '40P01' || code === '40001');
}

/**
 * Run a database write, trying again with timers (never blocking the event loop) while
 * another process holds the lock — the write met the lock and was rolled back, so running
 * it again is safe — for up to `patienceMs`; then the busy error goes on. `onWait` is
 * called before the first wait (the CLI says it is waiting). The delay doubles from
 * `firstDelayMs` up to `maxDelayMs`.
 */
export async function whenUnlocked<T>(
  write: () => T | Promise<T>,
  patienceMs: number,
  options: { firstDelayMs?: number; maxDelayMs?: number; onWait?: () => void } = {},
): Promise<T> {
  const started = Date.now();
  let delay = options.firstDelayMs ?? 20;
  for (let waited = false; ; waited = true) {
    try {
      return await write();
    } catch (err) {
      if (!isBusy(err) || Date.now() - started + delay > patienceMs) throw err;
      if (!waited) options.onWait?.();
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, options.maxDelayMs ?? 500);
    }
  }
}
