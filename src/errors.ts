/**
 * Errors the user can act on: bad input or bad usage. They carry where the problem is
 * (file, line) so every entry point (CLI, HTTP) reports the same message; the CLI maps
 * them to exit code 2 and the server to HTTP 400.
 */
export interface InputErrorWhere {
  file?: string;
  line?: number;
  column?: number;
  /**
   * What is wrong as a code with its values, for the editor to say in its language
   * (web/locales: reasons.*); the English problem stays the CLI's and the detail.
   */
  reason?: string;
  params?: Record<string, string | number>;
}

export class InputError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly reason: string | undefined;
  readonly params: Record<string, string | number> | undefined;
  /** The message without where it is. */
  readonly problem: string;

  constructor(problem: string, where: InputErrorWhere = {}) {
    super(formatWhere(where) + problem);
    this.problem = problem;
    this.name = 'InputError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.reason = where.reason;
    this.params = where.params;
  }

  /** Where and why, to build the same error again elsewhere (another file name, another thread). */
  get where(): InputErrorWhere {
    const w: InputErrorWhere = {};
    if (this.file) w.file = this.file;
    if (this.line) w.line = this.line;
    if (this.column) w.column = this.column;
    if (this.reason) w.reason = this.reason;
    if (this.params) w.params = this.params;
    return w;
  }
}

/** A request that conflicts with the current state (stale version, newer schema …). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** The same pair of files was imported before; importing it again needs --force / force=true. */
export class DuplicateImportError extends ConflictError {
  override name = 'DuplicateImportError';
  constructor(readonly existing: { id: number; title: string }) {
    super(`these files were imported before, as document ${existing.id} "${existing.title}" (use --force to import them again)`);
  }
}

function formatWhere({ file, line, column }: { file?: string; line?: number; column?: number }): string {
  if (!file) return line ? `line ${line}: ` : '';
  return `${file}${line ? `:${line}` : ''}${line && column ? `:${column}` : ''}: `;
}
