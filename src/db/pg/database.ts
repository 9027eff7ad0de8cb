/**
 * A PostgreSQL workspace behind the same connection interface as better-sqlite3's (the
 * part of it the store uses: prepare → get/all/run/iterate/pluck/raw, exec, transaction,
 * pragma for the schema version), so every query of the store runs on both. Queries are
 * written once, in the SQL both understand; `translate` covers the few spellings that
 * differ (placeholders, SQLite's strftime('now'), `IS ?`, quoted camelCase aliases, the
 * reserved word "end", the new id an INSERT answers).
 */
import { SyncPgConnection } from './bridge.js';
import { TABLES_WITH_ID } from './schema.js';

export interface RunResult {
  changes: number;
  lastInsertRowid: number;
}

const translated = new Map<string, { sql: string; returnsId: boolean }>();

/** SQLite's spelling → PostgreSQL's. Cached per statement text; O(length). */
export function translate(sql: string): { sql: string; returnsId: boolean } {
  const known = translated.get(sql);
  if (known) return known;
  let out = sql
    .replace(/strftime\('%Y-%m-%dT%H:%M:%fZ', 'now'\)/g, `to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`)
    .replace(/strftime\('%Y-%m-%dT%H:%M:%SZ', 'now'\)/g, `to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`)
    .replace(/\bIS \?/g, 'IS NOT DISTINCT FROM ?')
    .replace(/\bAS ([a-z]+[A-Z][A-Za-z]*)\b/g, 'AS "$1"')
    .replace(/(?<!["\w])end(?!["\w])/g, '"end"');
  let n = 0;
  out = out.replace(/'(?:[^']|'')*'|\?/g, (m) => (m === '?' ? `$${++n}` : m)); // not inside string literals
  const insert = /^\s*INSERT\s+INTO\s+(\w+)/i.exec(out);
  const returnsId = insert !== null && TABLES_WITH_ID.has(insert[1]!) && !/\bRETURNING\b/i.test(out);
  if (returnsId) out = `${out.trimEnd().replace(/;$/, '')} RETURNING id`;
  const result = { sql: out, returnsId };
  translated.set(sql, result);
  return result;
}

/** Arguments as better-sqlite3 takes them: spread, or one array. */
function flatten(params: unknown[]): unknown[] {
  const list = params.length === 1 && Array.isArray(params[0]) ? (params[0] as unknown[]) : params;
  return list.map((p) => (typeof p === 'bigint' ? Number(p) : p === undefined ? null : p));
}

export class PgStatement {
  private plucked = false;
  private rawRows = false;

  constructor(
    private readonly connection: SyncPgConnection,
    private readonly text: { sql: string; returnsId: boolean },
  ) {}

  pluck(on = true): this {
    this.plucked = on;
    return this;
  }

  raw(on = true): this {
    this.rawRows = on;
    return this;
  }

  private rows(params: unknown[]): unknown[] {
    const result = this.connection.query(this.text.sql, flatten(params));
    if (this.plucked) return result.rows.map((r) => r[0]);
    if (this.rawRows) return result.rows;
    return result.rows.map((r) => Object.fromEntries(result.fields.map((f, k) => [f, r[k]])));
  }

  get(...params: unknown[]): unknown {
    return this.rows(params)[0];
  }

  all(...params: unknown[]): unknown[] {
    return this.rows(params);
  }

  iterate(...params: unknown[]): IterableIterator<unknown> {
    return this.rows(params)[Symbol.iterator]();
  }

  run(...params: unknown[]): RunResult {
    const result = this.connection.query(this.text.sql, flatten(params));
    return { changes: result.rowCount, lastInsertRowid: this.text.returnsId ? Number(result.rows[0]?.[0] ?? 0) : 0 };
  }
}

export class PgDatabase {
  readonly memory = false;
  readonly readonly = false;
  readonly open = true;
  private depth = 0;

  constructor(
    /** The connection URL: worker threads open their own connection with it. */
    readonly name: string,
    private readonly connection: SyncPgConnection = new SyncPgConnection(name),
  ) {}

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  prepare(sql: string): PgStatement {
    return new PgStatement(this.connection, translate(sql));
  }

  /** Several statements without parameters (schema changes). */
  exec(sql: string): this {
    this.connection.query(sql);
    return this;
  }

  /** The statements of `fn` in one transaction (nested: a savepoint), as better-sqlite3's db.transaction. */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    return (...args: A): R => {
      const savepoint = this.depth > 0 ? `s${this.depth}` : null;
      this.connection.query(savepoint ? `SAVEPOINT ${savepoint}` : 'BEGIN');
      this.depth++;
      try {
        const result = fn(...args);
        this.depth--;
        this.connection.query(savepoint ? `RELEASE SAVEPOINT ${savepoint}` : 'COMMIT');
        return result;
      } catch (err) {
        this.depth--;
        try {
          this.connection.query(savepoint ? `ROLLBACK TO SAVEPOINT ${savepoint}` : 'ROLLBACK');
          if (savepoint) this.connection.query(`RELEASE SAVEPOINT ${savepoint}`);
        } catch {
          /* the connection is gone: the server rolls back by itself */
        }
        throw err;
      }
    };
  }

  /** The schema version lives in a table (SQLite keeps it in PRAGMA user_version); other pragmas are SQLite's own and mean nothing here. */
  pragma(source: string, options: { simple?: boolean } = {}): unknown {
    const set = /^user_version\s*=\s*(\d+)$/.exec(source.trim());
    if (set) {
      this.connection.query('UPDATE hizala_schema SET version = $1', [Number(set[1])]);
      return [];
    }
    if (source.trim() === 'user_version') {
      const version = Number(this.connection.query('SELECT version FROM hizala_schema').rows[0]?.[0] ?? 0);
      return options.simple ? version : [{ user_version: version }];
    }
    return options.simple ? undefined : [];
  }

  close(): this {
    this.connection.close();
    return this;
  }
}

export function isPostgresUrl(path: string): boolean {
  return /^postgres(ql)?:\/\//i.test(path);
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/i, '$1:***@');
}
