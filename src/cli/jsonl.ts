import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';

/**
 * Read JSON Lines from stdin one line at a time (so a large input streams) and write
 * one JSON line per input line. A line that is not a JSON object stops the run with an
 * error naming the line.
 */
export async function mapJsonLines(handle: (value: Record<string, unknown>, line: number) => unknown): Promise<void> {
  // a handler may be async (one that loads a dictionary on first use); lines keep their order
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (!raw.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      throw new InputError(`not JSON: ${(err as Error).message}`, { file: 'stdin', line });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError('each line must be a JSON object', { file: 'stdin', line });
    process.stdout.write(`${JSON.stringify(await handle(value as Record<string, unknown>, line))}\n`);
  }
}

export function stringField(value: Record<string, unknown>, name: string, line: number): string {
  const v = value[name];
  if (typeof v !== 'string') throw new InputError(`"${name}" must be a string`, { file: 'stdin', line });
  return v;
}
