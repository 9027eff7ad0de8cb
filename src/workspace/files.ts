import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';

/**
 * Files next to a workspace: what a command may write, and writing it whole or not at all.
 */

/** The path with every link resolved, also for a file that does not exist yet (its folder's). */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** The workspace database and the files SQLite keeps beside it. */
export function workspaceFiles(dbPath: string): string[] {
  return ['', '-wal', '-shm', '-journal'].map((suffix) => realPath(dbPath + suffix));
}

/**
 * Refuse an output path that is the workspace database, one of its WAL/SHM/journal files,
 * or a link to any of them (`export … -o tm/hizala.sqlite` overwrote the workspace with XML).
 */
export function checkOutputPath(output: string, dbPath: string, what = 'the workspace database'): void {
  if (output === ':memory:' || dbPath === ':memory:') return;
  const target = realPath(output);
  if (workspaceFiles(dbPath).includes(target)) {
    throw new InputError(`refusing to write over ${what} (${dbPath}); choose another output file`, { file: output });
  }
}

/**
 * Write a file through a temporary one in the same folder, then rename it into place:
 * a reader never sees half a file, and a failure (full disk, a kill) leaves the old file.
 * `write` gets a function that appends text; O(size of what it writes).
 */
export function writeFileWhole(path: string, write: (append: (chunk: string | Uint8Array) => void) => void): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temporary, 'w');
  try {
    write((chunk) => {
      if (typeof chunk === 'string') writeSync(fd, chunk);
      else writeSync(fd, chunk);
    });
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, path);
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
    rmSync(temporary, { force: true });
    throw err;
  }
}
