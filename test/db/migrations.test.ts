import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion, SCHEMA_VERSION } from '../../src/db/index.js';
import { tempDir } from '../helpers/tmp.js';

describe('database migrations', () => {
  it('creates a new database at the current schema with WAL and foreign keys', () => {
    const path = join(tempDir(), 'new.sqlite');
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['documents', 'paragraphs', 'segments', 'pairs', 'revisions']));
    db.close();
  });

  it('upgrades a database made by an older version and keeps its data', () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = openDatabase(path, { upTo: 1 });
    expect(schemaVersion(old)).toBe(1);
    old.prepare("INSERT INTO documents (title, src_lang, tgt_lang) VALUES ('kept', 'en', 'tr')").run();
    expect(() => old.prepare('SELECT * FROM pairs').all()).toThrow(/no such table/);
    old.close();

    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT title FROM documents').pluck().all()).toEqual(['kept']);
    expect(db.prepare('SELECT count(*) FROM pairs').pluck().get()).toBe(0);
    db.close();
  });

  it("rebuilds the documents and pairs at version 14 with every row and child kept, and no number given twice after", () => {
    const path = join(tempDir(), 'v13.sqlite');
    const old = openDatabase(path, { upTo: 13 });
    old.prepare("INSERT INTO documents (id, title, src_lang, tgt_lang) VALUES (1, 'a', 'en', 'tr'), (2, 'b', 'en', 'tr')").run();
    old.prepare("INSERT INTO pairs (id, document_id, ordinal, source, target, tgt_marks) VALUES (10, 1, 1, 'One.', 'Bir.', NULL), (11, 2, 1, 'Two.', 'İki.', '[]')").run();
    old.prepare("INSERT INTO revisions (pair_id, version, source, target, status) VALUES (11, 1, 'Two.', 'İki.', 'draft')").run();
    old.prepare("INSERT INTO comments (pair_id, text) VALUES (11, 'kept')").run();
    old.close();

    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT id, document_id, target, tgt_marks FROM pairs ORDER BY id').all()).toEqual([
      { id: 10, document_id: 1, target: 'Bir.', tgt_marks: null },
      { id: 11, document_id: 2, target: 'İki.', tgt_marks: '[]' },
    ]);
    // the children still hang on their parents: deleting document 2 takes its pair, revision and comment
    db.prepare('DELETE FROM documents WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM comments').pluck().get()).toBe(0);
    const next = db.prepare("INSERT INTO documents (title, src_lang, tgt_lang) VALUES ('c', 'en', 'tr')").run().lastInsertRowid;
    expect(next).toBe(3);
    db.close();
  });

  it('refuses a database newer than the code with a clear error', () => {
    const path = join(tempDir(), 'future.sqlite');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase(path)).toThrowError(new RegExp(`future\\.sqlite: the database has schema version ${SCHEMA_VERSION + 5}, newer than`));
  });

  it('refuses a file that is not an SQLite database', async () => {
    const path = join(tempDir(), 'text.sqlite');
    (await import('node:fs')).writeFileSync(path, 'just some text, not a database at all '.repeat(200));
    expect(() => openDatabase(path)).toThrowError(/not a Hizala database/);
  });

  it('deletes a document with its paragraphs and segments (foreign keys cascade)', () => {
    const db = openDatabase(join(tempDir(), 'fk.sqlite'));
    const id = db.prepare("INSERT INTO documents (title, src_lang, tgt_lang) VALUES ('x', 'en', 'tr')").run().lastInsertRowid;
    db.prepare("INSERT INTO segments (document_id, side, ordinal, paragraph, text, start, end) VALUES (?, 'src', 0, 0, 'a', 0, 1)").run(id);
    db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM segments').pluck().get()).toBe(0);
    db.close();
  });
});
