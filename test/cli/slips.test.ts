import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, DEV, hizala } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

/** Human slips with the CLI: each refused with one line naming the path, the workspace intact. */
const EN = join(DEV, 'align/rail.en.md');
const TR = join(DEV, 'align/rail.tr.md');

function workspace(): { dir: string; db: string } {
  const dir = tempDir();
  const db = join(dir, 'w.sqlite');
  expect(hizala(['import', EN, TR, '--db', db]).status).toBe(0);
  return { dir, db };
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function refusedIntact(args: string[], db: string, message: RegExp): void {
  const before = digest(db);
  const run = hizala(args);
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(digest(db)).toBe(before);
  expect(hizala(['doctor', '--db', db]).stdout).toMatch(/^ok: /);
}

describe('CLI slips never destroy the workspace', () => {
  it('an export, glossary export, TMX export or backup onto the database (or a link to it) is refused', () => {
    const { dir, db } = workspace();
    const link = join(dir, 'link.sqlite');
    symlinkSync(db, link);
    refusedIntact(['export', '1', '-o', db, '--db', db], db, /refusing to write over the workspace database/);
    refusedIntact(['export', '1', '-o', link, '--db', db], db, /refusing to write over the workspace database/);
    refusedIntact(['export', '1', '-o', `${db}-wal`, '--db', db], db, /refusing to write over/);
    refusedIntact(['glossary', 'export', db, '--db', db], db, /refusing to write over/);
    refusedIntact(['tm', 'export', db, '--db', db], db, /refusing to write over/);
    refusedIntact(['backup', db, '--db', db], db, /refusing to write over/);
  });

  it('restore of the workspace onto itself is refused and leaves it in place', () => {
    const { db } = workspace();
    refusedIntact(['restore', db, '--db', db], db, /the backup is the workspace itself/);
    expect(existsSync(`${db}.before-restore`)).toBe(false);
  });

  it('commands that read or maintain a workspace refuse a missing one instead of creating it', () => {
    const dir = tempDir();
    const typo = join(dir, 'typo.sqlite');
    for (const args of [['doctor'], ['documents'], ['backup', join(dir, 'b.sqlite')], ['tm', 'stats'], ['glossary', 'list'], ['export', '1'], ['analyze', '1'], ['qa', 'check', '1']]) {
      const run = hizala([...args, '--db', typo]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/typo\.sqlite: no workspace here/);
      expect(existsSync(typo)).toBe(false);
    }
    expect(hizala(['restore', EN, '--db', typo]).stderr).toMatch(/no workspace here to restore into/);
  });

  it('file-system errors are one line naming the path', () => {
    const { dir, db } = workspace();
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const intoFolder = hizala(['export', '1', '-o', folder, '--db', db]);
    expect(intoFolder.status).toBe(2);
    expect(intoFolder.stderr).toMatch(/a-folder.*is a directory/);
    const noFolder = hizala(['tm', 'export', join(dir, 'missing/out.tmx'), '--db', db]);
    expect(noFolder.status).toBe(2);
    expect(noFolder.stderr).toMatch(/no such file or directory/);
    for (const run of [intoFolder, noFolder]) {
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('a restore while a server has the workspace open is refused, naming it; after the server stops it goes through', async () => {
    const { dir, db } = workspace();
    const backup = join(dir, 'backup.sqlite');
    expect(hizala(['backup', backup, '--db', db]).status).toBe(0);
    const server = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        let seen = '';
        server.stderr.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          if (seen.includes('is serving')) resolve();
        });
        server.once('exit', () => reject(new Error(seen)));
      });
      const refused = hizala(['restore', backup, '--db', db]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/the workspace is open in hizala serve \(pid \d+, since .+\); stop it first/);
      expect(existsSync(`${db}.before-restore`)).toBe(false);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    const restored = hizala(['restore', backup, '--db', db]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(existsSync(`${db}.before-restore`)).toBe(true);
  });
});

describe('a CLI writer next to another writer', () => {
  it('waits for the lock, says so once, and then writes', async () => {
    const { dir, db } = workspace();
    const other = new Database(db);
    other.exec('BEGIN IMMEDIATE');
    const tmx = join(dir, 'u.tmx');
    writeFileSync(tmx, '<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>The port is open.</seg></tuv><tuv xml:lang="tr"><seg>Liman açık.</seg></tuv></tu></body></tmx>');
    const child = spawn(process.execPath, [BIN, 'tm', 'import', tmx, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(stderr).toMatch(/another program is writing to the workspace; waiting/);
    other.exec('COMMIT');
    other.close();
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(stdout).toMatch(/1 units read, 1 added/);
    expect(stderr.match(/waiting/g)).toHaveLength(1);
  });
});
