import { spawn, spawnSync } from 'node:child_process';
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

/**
 * The same, without holding this process: for a test that also serves HTTP from it. While
 * spawnSync runs, the server's keep-alive timers cannot fire; they fire late, as the next
 * request picks up a socket, and that request fails with ECONNRESET.
 */
export function hizalaAsync(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, env: { ...process.env, ...options.env }, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
