import { isBusy, NotFoundError, whenUnlocked } from '../db/index.js';
import { ConflictError, InputError } from '../errors.js';
import { VERSION } from '../version.js';
import { parseCommandArgs, UsageError, type Command } from './command.js';
import { alignCommand } from './align.js';
import { documentsCommand } from './documents.js';
import { glossaryCommand } from './glossary.js';
import { qaCommand } from './qa.js';
import { analyzeCommand, tmCommand } from './tm.js';
import { exportCommand, importXliffCommand } from './export.js';
import { backupCommand, doctorCommand, restoreCommand } from './maintenance.js';
import { importCommand } from './import.js';
import { segmentCommand } from './segment.js';
import { serveCommand } from './serve.js';
import { userCommand } from './user.js';
import { migrateCommand } from './migrate.js';

const COMMANDS: Command[] = [segmentCommand, alignCommand, importCommand, documentsCommand, exportCommand, importXliffCommand, tmCommand, analyzeCommand, qaCommand, glossaryCommand, serveCommand, userCommand, backupCommand, restoreCommand, doctorCommand, migrateCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `hizala ${VERSION} — English ⇄ Turkish translation-memory workbench

usage: hizala [--db PATH] <command> [options]
       hizala help <command> | --version

${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Every command takes --db PATH (default tm/hizala.sqlite, or $HIZALA_DB) and --help.
Exit codes: 0 ok, 1 findings (with --fail-on), 2 bad usage or bad input.
`;
}

/**
 * Global options may stand before the command, as in git or kubectl: `hizala --db X
 * documents` is `hizala documents --db X`. Returns the command name and its arguments.
 */
export function splitGlobalOptions(argv: readonly string[]): { name: string | undefined; rest: string[] } {
  const globals: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i]!;
    if (arg === '--db' && i + 1 < argv.length) {
      globals.push(arg, argv[i + 1]!);
      i += 2;
    } else if (arg.startsWith('--db=')) {
      globals.push(arg);
      i += 1;
    } else break;
  }
  const [name, ...rest] = argv.slice(i);
  return { name, rest: [...rest, ...globals] };
}

/**
 * A reader that stops early (`hizala segment big.md | head -1`) closes the pipe; that is
 * the reader's choice, not an error, so the CLI ends quietly with exit 0 as Unix tools do.
 */
function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
}

/** Run the CLI; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  endQuietlyOnClosedPipe();
  const { name, rest } = splitGlobalOptions(argv);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = rest[0] === undefined ? undefined : COMMANDS.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && !rest[0].startsWith('-') && !topic) {
      process.stderr.write(`hizala help: no command "${rest[0]}"\n\n${overview()}`);
      return 2;
    }
    process.stdout.write(topic ? `${topic.usage}\n` : overview());
    return 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`hizala: unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      process.stdout.write(`${command.usage}\n`);
      return 0;
    }
    return await runWaitingForLock(() => command.run(values, positionals));
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`hizala ${command.name}: ${err.message}\n\nusage: ${command.usage}\n`);
      return 2;
    }
    if (err instanceof InputError || err instanceof NotFoundError || err instanceof ConflictError) {
      process.stderr.write(`hizala ${command.name}: ${err.message}\n`);
      return 2;
    }
    if (isBusy(err)) {
      process.stderr.write(`hizala ${command.name}: the workspace stayed locked by another writer; try again later\n`);
      return 2;
    }
    const fsProblem = fileSystemProblem(err);
    if (fsProblem) {
      process.stderr.write(`hizala ${command.name}: ${fsProblem}\n`);
      return 2;
    }
    // A bug of ours: one line, the stack only when asked for.
    process.stderr.write(`hizala ${command.name}: internal error: ${err instanceof Error ? err.message : String(err)}${process.env.HIZALA_DEBUG ? `\n${(err as Error).stack ?? ''}` : ' (HIZALA_DEBUG=1 shows where)'}\n`);
    return 3;
  }
}

/** How long a command waits for another writer (a server's import, a TMX import) to finish. */
const LOCK_PATIENCE_MS = 10 * 60_000;

/**
 * Run a command; when the workspace is locked by another writer beyond SQLite's own busy
 * timeout, say so once and run it again (its transaction was rolled back, nothing was
 * written) until the lock is free or LOCK_PATIENCE_MS have passed.
 */
function runWaitingForLock(run: () => Promise<number> | number): Promise<number> {
  return whenUnlocked(run, LOCK_PATIENCE_MS, {
    firstDelayMs: 500,
    maxDelayMs: 500,
    onWait: () => process.stderr.write('hizala: another program is writing to the workspace; waiting for it to finish …\n'),
  });
}

const FS_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'already exists',
  EBUSY: 'busy',
};

/** "PATH: problem" for a file-system error, null for anything else. */
export function fileSystemProblem(err: unknown): string | null {
  const e = err as NodeJS.ErrnoException;
  if (!(err instanceof Error) || typeof e.code !== 'string' || !(e.code in FS_PROBLEMS)) return null;
  return `${e.path ?? '?'}: ${FS_PROBLEMS[e.code]}`;
}
