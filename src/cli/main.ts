import { NotFoundError } from '../db/index.js';
import { InputError } from '../errors.js';
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

const COMMANDS: Command[] = [segmentCommand, alignCommand, importCommand, documentsCommand, exportCommand, importXliffCommand, tmCommand, analyzeCommand, qaCommand, glossaryCommand, serveCommand, backupCommand, restoreCommand, doctorCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `hizala ${VERSION} — English ⇄ Turkish translation-memory workbench

usage: hizala <command> [options]

${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Every command takes --db PATH (default tm/hizala.sqlite, or $HIZALA_DB) and --help.
Exit codes: 0 ok, 1 findings (with --fail-on), 2 bad usage or bad input.
`;
}

/** Run the CLI; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    process.stdout.write(topic ? `${topic.usage}\n` : overview());
    return 0;
  }
  if (name === '--version') {
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
    return await command.run(values, positionals);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`hizala ${command.name}: ${err.message}\n\nusage: ${command.usage}\n`);
      return 2;
    }
    if (err instanceof InputError || err instanceof NotFoundError) {
      process.stderr.write(`hizala ${command.name}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
