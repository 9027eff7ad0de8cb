import { userInfo } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Actor } from '../model/user.js';
import { defaultDbPath, type Db } from '../db/index.js';
import { openWorkspace } from '../workspace/index.js';
import { checkOutputPath } from '../workspace/files.js';

/** Bad usage: unknown option, missing argument … (exit code 2, with the command's usage). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Options;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> | number;
}

/** Options every command takes. */
export const COMMON_OPTIONS: Options = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

/** The workspace of a command that only reads or maintains one: a missing file is an error, never a new workspace. */
export function openExistingWorkspace(values: Record<string, string | boolean | undefined>): Db {
  return openWorkspace(dbPathOf(values), { mustExist: true });
}

/** Refuse an output file that is the workspace database (or its WAL/SHM, or a link to it). */
export function checkOutput(values: Record<string, string | boolean | undefined>, output: string): void {
  checkOutputPath(output, dbPathOf(values));
}

export function dbPathOf(values: Record<string, string | boolean | undefined>): string {
  return typeof values.db === 'string' ? values.db : defaultDbPath();
}

export function stringOption(values: Record<string, string | boolean | undefined>, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** Progress lines for long work, on stderr and only when a person watches it. */
export function progress(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`${message}\n`);
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** The person running the CLI on the workspace's machine: no role limits; revisions are theirs. */
export function localActor(): Actor {
  return { name: osUser(), role: null };
}

export function osUser(): string | null {
  try {
    return userInfo().username;
  } catch {
    return null; // no user entry (some containers)
  }
}
