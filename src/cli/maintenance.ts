import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { isPostgresUrl, openDatabase, redactUrl, schemaVersion, SCHEMA_VERSION } from '../db/index.js';
import { InputError } from '../errors.js';
import { checkOutput, dbPathOf, openExistingWorkspace, progress, UsageError, writeJson, type Command } from './command.js';
import { realPath, workspaceFiles } from '../workspace/files.js';
import { describeHolder, hold, otherHolders, release } from '../workspace/holders.js';

/** backup, restore and doctor work on a workspace file; a PostgreSQL server has its own tools. */
function refusePostgres(values: Record<string, string | boolean | undefined>, command: string): void {
  const where = dbPathOf(values);
  if (isPostgresUrl(where)) {
    throw new InputError(`hizala ${command} works on a workspace file; for PostgreSQL use pg_dump / pg_restore, or hizala migrate --from … --to FILE.sqlite for a checked copy`, { file: redactUrl(where) });
  }
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'copy the workspace database while it is in use (SQLite online backup)',
  usage: `hizala backup FILE [--db PATH]

A consistent copy even while the server is writing (SQLite's online backup API).`,
  options: {},
  async run(values, positionals) {
    refusePostgres(values, 'backup');
    if (positionals.length !== 1) throw new UsageError('give the backup FILE');
    checkOutput(values, positionals[0]!);
    const db = openExistingWorkspace(values);
    try {
      await db.backup(positionals[0]!, {
        progress: ({ totalPages, remainingPages }) => {
          progress(`backup: ${totalPages - remainingPages}/${totalPages} pages`);
          return 200;
        },
      });
      process.stdout.write(`backed up to ${positionals[0]}\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'replace the workspace database with a backup (checked first)',
  usage: `hizala restore FILE [--db PATH]

Checks the backup (integrity, schema version), then replaces the database with it; the
replaced database is kept as PATH.before-restore. Stop the server first.`,
  options: {},
  run(values, positionals) {
    refusePostgres(values, 'restore');
    if (positionals.length !== 1) throw new UsageError('give the backup FILE');
    const file = positionals[0]!;
    const target = dbPathOf(values);
    if (!existsSync(file)) throw new InputError('no such file', { file });
    if (!existsSync(target)) throw new InputError('no workspace here to restore into (check --db or $HIZALA_DB; to start a workspace from a backup, copy the file)', { file: target });
    if (workspaceFiles(target).includes(realPath(file))) throw new InputError('the backup is the workspace itself (or its WAL/SHM file); name another backup or another --db', { file });
    let backup: Database.Database;
    try {
      backup = new Database(file, { readonly: true, fileMustExist: true });
      const ok = backup.pragma('integrity_check', { simple: true });
      const version = backup.pragma('user_version', { simple: true }) as number;
      backup.close();
      if (ok !== 'ok') throw new InputError(`the backup is damaged: ${String(ok)}`, { file });
      if (version > SCHEMA_VERSION) throw new InputError(`the backup has schema version ${version}, newer than this Hizala (${SCHEMA_VERSION})`, { file });
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError(`not a Hizala backup: ${(err as Error).message}`, { file });
    }
    // Nobody else may have the workspace open while it is replaced: a server would go on
    // writing into the file moved aside, and its accepted writes would be lost.
    hold(target, 'restore');
    try {
      const others = otherHolders(target);
      if (others.length) {
        throw new InputError(`the workspace is open in ${others.map(describeHolder).join(', ')}; stop ${others.length === 1 ? 'it' : 'them'} first, then restore`, { file: target });
      }
      // fold the WAL into the old database before moving it aside
      const old = new Database(target);
      old.pragma('wal_checkpoint(TRUNCATE)');
      old.close();
      const aside = `${target}.before-restore`;
      renameSync(target, aside);
      for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
      try {
        copyFileSync(file, target);
        const db = openDatabase(target); // migrates an older backup
        db.close();
      } catch (err) {
        // put the workspace back as it was rather than leave none
        rmSync(target, { force: true });
        renameSync(aside, target);
        throw err;
      }
      process.stdout.write(`restored ${file} to ${target} (the previous database is ${aside})\n`);
      return 0;
    } finally {
      release(target);
    }
  },
};

export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'check the workspace database (integrity, foreign keys, schema)',
  usage: `hizala doctor [--json] [--db PATH]

Runs PRAGMA integrity_check and foreign_key_check. Exit code 1 when a problem is found.`,
  options: { json: { type: 'boolean' } },
  run(values) {
    refusePostgres(values, 'doctor');
    const db = openDatabase(dbPathOf(values), { mustExist: true });
    try {
      const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
      const foreignKeys = db.pragma('foreign_key_check') as unknown[];
      const report = {
        schema: schemaVersion(db),
        integrity: integrity.map((r) => r.integrity_check),
        foreignKeyProblems: foreignKeys.length,
        documents: (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n,
        tmUnits: (db.prepare('SELECT count(*) AS n FROM tm_units').get() as { n: number }).n,
      };
      const ok = report.integrity.length === 1 && report.integrity[0] === 'ok' && report.foreignKeyProblems === 0;
      if (values.json) writeJson({ ok, ...report });
      else process.stdout.write(`${ok ? 'ok' : 'PROBLEMS FOUND'}: schema ${report.schema}, integrity ${report.integrity.join('; ')}, ${report.foreignKeyProblems} foreign-key problems, ${report.documents} documents, ${report.tmUnits} TM units\n`);
      return ok ? 0 : 1;
    } finally {
      db.close();
    }
  },
};
