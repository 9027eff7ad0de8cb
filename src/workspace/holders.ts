import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';

/**
 * Who has a workspace open. Each process that opens a workspace file leaves a note in
 * PATH.open/PID.json (what it is, since when) and takes it away when it exits; a note of a
 * process that no longer runs is stale and ignored. `hizala restore` replaces the file
 * only when nobody else holds it, and holds it itself meanwhile, so a server never writes
 * into a file that is being swapped (a restore next to a running server lost writes).
 * Both sides write their note first and look for the other's second, so of a server
 * starting and a restore starting at the same moment at least one sees the other.
 */
export type HolderRole = 'server' | 'cli' | 'restore';

export interface Holder {
  pid: number;
  role: HolderRole;
  command: string;
  since: string;
}

const held = new Map<string, string>(); // note path → db path, removed at exit

function notesDir(dbPath: string): string {
  return `${dbPath}.open`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holders of a workspace other than this process. O(holders). */
export function otherHolders(dbPath: string): Holder[] {
  let names: string[];
  try {
    names = readdirSync(notesDir(dbPath));
  } catch {
    return [];
  }
  const holders: Holder[] = [];
  for (const name of names) {
    const pid = Number(name.replace(/\.json$/, ''));
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    if (!isRunning(pid)) {
      rmSync(join(notesDir(dbPath), name), { force: true }); // stale: that process is gone
      continue;
    }
    try {
      holders.push(JSON.parse(readFileSync(join(notesDir(dbPath), name), 'utf8')) as Holder);
    } catch {
      holders.push({ pid, role: 'cli', command: 'hizala', since: '?' }); // being written: count it
    }
  }
  return holders;
}

export function describeHolder(h: Holder): string {
  return `${h.command} (pid ${h.pid}, since ${h.since})`;
}

/** Leave this process's note; removed by `release` or when the process exits. */
export function hold(dbPath: string, role: HolderRole): void {
  if (dbPath === ':memory:') return;
  const dir = notesDir(dbPath);
  const note = join(dir, `${process.pid}.json`);
  mkdirSync(dir, { recursive: true });
  const holder: Holder = { pid: process.pid, role, command: role === 'server' ? 'hizala serve' : role === 'restore' ? 'hizala restore' : `hizala ${process.argv[2] ?? ''}`.trim(), since: new Date().toISOString() };
  writeFileSync(note, JSON.stringify(holder));
  if (held.size === 0) process.once('exit', releaseAll);
  held.set(note, dbPath);
}

export function release(dbPath: string): void {
  const note = join(notesDir(dbPath), `${process.pid}.json`);
  if (!held.delete(note)) return;
  rmSync(note, { force: true });
  try {
    rmdirSync(notesDir(dbPath)); // only when empty
  } catch {
    /* other holders' notes are there */
  }
}

function releaseAll(): void {
  for (const dbPath of [...held.values()]) release(dbPath);
}

/** Refuse to open a workspace that a restore is replacing. */
export function checkNotBeingRestored(dbPath: string): void {
  const restoring = otherHolders(dbPath).find((h) => h.role === 'restore');
  if (restoring) throw new InputError(`the workspace is being replaced by ${describeHolder(restoring)}; try again when it is done`, { file: dbPath });
}
