/**
 * Moving a workspace between stores (SQLite file ⇄ PostgreSQL), table by table in
 * dependency order, keeping every id, then checking it: per table the row count and a
 * SHA-256 over the rows in key order must be the same on both sides. The target must be
 * empty (a new file or a new database); everything is written in one transaction there,
 * so a failed move leaves nothing half-written. O(rows); rows are read in pages by key
 * and written many per statement.
 */
import { createHash } from 'node:crypto';
import { isPostgres, listDocuments, type Db } from '../db/index.js';
import { ConflictError } from '../errors.js';

interface TableSpec {
  name: string;
  columns: string[];
  /** Paging key, unique and increasing; tables without one are read per document or whole. */
  key: string;
  perDocument?: boolean;
  /** A text key: ordered byte-wise on both stores (PostgreSQL's default collation is the locale's). */
  textKey?: boolean;
}

const TABLES: TableSpec[] = [
  { name: 'documents', key: 'id', columns: ['id', 'title', 'src_lang', 'tgt_lang', 'src_file', 'tgt_file', 'created_at', 'content_hash'] },
  { name: 'paragraphs', key: 'ordinal', perDocument: true, columns: ['document_id', 'side', 'ordinal', 'kind', 'level', 'footnote', 'text', 'marks', 'line'] },
  { name: 'segments', key: 'ordinal', perDocument: true, columns: ['document_id', 'side', 'ordinal', 'paragraph', 'text', 'start', 'end'] },
  { name: 'pairs', key: 'id', columns: ['id', 'document_id', 'ordinal', 'src_segments', 'tgt_segments', 'source', 'target', 'status', 'score', 'version', 'updated_at', 'tgt_marks'] },
  { name: 'revisions', key: 'id', columns: ['id', 'pair_id', 'version', 'source', 'target', 'status', 'author', 'origin', 'at'] },
  { name: 'alignment_ops', key: 'id', columns: ['id', 'document_id', 'kind', 'before_pairs', 'after_pairs', 'author', 'at', 'undone'] },
  { name: 'glossary_entries', key: 'rowid', columns: ['id', 'note'] },
  { name: 'glossary_terms', key: 'id', columns: ['id', 'entry_id', 'lang', 'term', 'status', 'part_of_speech', 'term_type', 'suffix_attaches', 'note'] },
  { name: 'settings', key: 'key', textKey: true, columns: ['key', 'value'] },
  {
    name: 'tm_units',
    key: 'id',
    columns: ['id', 'src_lang', 'tgt_lang', 'source', 'target', 'source_fold', 'target_fold', 'tokens', 'key_hash', 'shape_hash', 'unit_hash', 'prev_hash', 'next_hash', 'source_xml', 'target_xml', 'origin', 'author', 'pair_id', 'created_at', 'changed_at', 'extra', 'part_of'],
  },
  { name: 'comments', key: 'id', columns: ['id', 'pair_id', 'author', 'text', 'origin', 'at'] },
  { name: 'accepted_flags', key: 'id', columns: ['id', 'scope', 'document_id', 'pair_id', 'check_id', 'side', 'found', 'reason', 'author', 'at'] },
  { name: 'users', key: 'id', columns: ['id', 'name', 'role', 'password_hash', 'created_at'] },
  { name: 'sessions', key: 'token_hash', textKey: true, columns: ['token_hash', 'user_id', 'created_at', 'expires_at'] },
  { name: 'workspace_words', key: 'id', columns: ['id', 'lang', 'word', 'added_by', 'added_at'] },
];

const PAGE = 2_000;

export interface TableReport {
  table: string;
  rows: number;
  checksum: string;
  same: boolean;
}

const quoted = (c: string) => `"${c}"`;

/** The rows of a table in key order, a page at a time (keyset paging: O(rows) in all). */
function* rowsOf(db: Db, table: TableSpec): Generator<unknown[][]> {
  const columns = table.columns.map(quoted).join(', ');
  if (table.perDocument) {
    for (const { id } of listDocuments(db).sort((a, b) => a.id - b.id)) {
      for (const side of ['src', 'tgt']) {
        yield (db.prepare(`SELECT ${columns} FROM ${table.name} WHERE document_id = ? AND side = ? ORDER BY ordinal`).all(id, side) as Record<string, unknown>[]).map((r) => table.columns.map((c) => r[c]));
      }
    }
    return;
  }
  // the key is read beside the columns (glossary_entries' rowid is not one of them)
  const key = table.textKey && isPostgres(db) ? `"${table.key}" COLLATE "C"` : `"${table.key}"`;
  let after: unknown = null;
  for (;;) {
    const rows = db
      .prepare(`SELECT ${columns}, "${table.key}" AS page_key FROM ${table.name} ${after === null ? '' : `WHERE ${key} > ?`} ORDER BY ${key} LIMIT ${PAGE}`)
      .all(...(after === null ? [] : [after])) as Record<string, unknown>[];
    if (!rows.length) return;
    yield rows.map((r) => table.columns.map((c) => r[c]));
    after = rows[rows.length - 1]!.page_key;
  }
}

/** A value as both stores give it back (SQLite and PostgreSQL agree on text and numbers). */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'bigint') return `n${Number(value)}`;
  return `s${JSON.stringify(String(value))}`;
}

function checksum(db: Db, table: TableSpec): { rows: number; checksum: string } {
  const hash = createHash('sha256');
  let rows = 0;
  for (const page of rowsOf(db, table)) {
    for (const row of page) {
      hash.update(row.map(canonical).join('\u0001'));
      hash.update('\u0002');
      rows++;
    }
  }
  return { rows, checksum: hash.digest('hex') };
}

/** Per table: rows and checksum in both stores. */
export function compareStores(from: Db, to: Db): TableReport[] {
  return TABLES.map((table) => {
    const a = checksum(from, table);
    const b = checksum(to, table);
    return { table: table.name, rows: a.rows, checksum: a.checksum, same: a.rows === b.rows && a.checksum === b.checksum };
  });
}

function isEmpty(db: Db): boolean {
  return ['documents', 'tm_units', 'users', 'glossary_entries'].every((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n === 0);
}

/**
 * Copy every table of `from` into the empty workspace `to`, in one transaction there, then
 * compare the two. `onProgress` hears each table as it is copied.
 */
export function migrateWorkspace(from: Db, to: Db, onProgress: (table: string, rows: number) => void = () => undefined): TableReport[] {
  if (!isEmpty(to)) throw new ConflictError('the target workspace is not empty (it has documents, TM units, accounts or a glossary); move into a new file or a new database');
  to.transaction(() => {
    for (const table of TABLES) {
      const columns = table.columns.map(quoted).join(', ');
      const perStatement = Math.max(1, Math.floor(900 / table.columns.length)); // under both stores' limits on parameters
      const placeholders = (n: number) => Array.from({ length: n }, () => `(${table.columns.map(() => '?').join(', ')})`).join(', ');
      let copied = 0;
      for (const page of rowsOf(from, table)) {
        for (let k = 0; k < page.length; k += perStatement) {
          const chunk = page.slice(k, k + perStatement);
          to.prepare(`INSERT INTO ${table.name} (${columns}) VALUES ${placeholders(chunk.length)}`).run(chunk.flat());
        }
        copied += page.length;
      }
      onProgress(table.name, copied);
    }
    // PostgreSQL's identity columns go on after the highest id copied
    if (isPostgres(to)) {
      for (const table of TABLES.filter((t) => t.key === 'id')) {
        to.prepare(`SELECT setval(pg_get_serial_sequence('${table.name}', 'id'), coalesce((SELECT max(id) FROM ${table.name}), 0) + 1, false)`).get();
      }
    }
  })();
  return compareStores(from, to);
}
