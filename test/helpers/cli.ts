import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/hizala', import.meta.url));
/** The dev sets we wrote (document pairs with gold alignments, QA sets, glossaries). */
export const DEV = fileURLToPath(new URL('../../data/dev', import.meta.url));
/** Offline copies of the XLIFF, TMX and TBX schemas, with hand-written samples. */
export const SCHEMAS = fileURLToPath(new URL('../../schemas', import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the real `bin/hizala` (the built CLI) in a child process. */
export function hizala(args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
