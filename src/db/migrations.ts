/**
 * Numbered schema migrations, applied in order at open. A database records the number
 * of the last one applied in `PRAGMA user_version`. Never edit a released migration:
 * add the next number.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * The migration rebuilds a table others refer to (SQLite's way to change a column's
   * definition): it runs with foreign keys off, and the keys are checked before it commits.
   */
  rebuildsTables?: boolean;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, paragraphs and segments',
    sql: `
      CREATE TABLE documents (
        id          INTEGER PRIMARY KEY,
        title       TEXT NOT NULL,
        src_lang    TEXT NOT NULL,
        tgt_lang    TEXT NOT NULL,
        src_file    TEXT,
        tgt_file    TEXT,
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE TABLE paragraphs (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        side        TEXT NOT NULL CHECK (side IN ('src', 'tgt')),
        ordinal     INTEGER NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('heading', 'body', 'footnote', 'list-item', 'metadata')),
        level       INTEGER,
        footnote    INTEGER,
        text        TEXT NOT NULL,
        marks       TEXT NOT NULL DEFAULT '[]',
        line        INTEGER,
        PRIMARY KEY (document_id, side, ordinal)
      ) WITHOUT ROWID;
      CREATE TABLE segments (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        side        TEXT NOT NULL CHECK (side IN ('src', 'tgt')),
        ordinal     INTEGER NOT NULL,
        paragraph   INTEGER NOT NULL,
        text        TEXT NOT NULL,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        PRIMARY KEY (document_id, side, ordinal)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'pairs and revisions',
    sql: `
      CREATE TABLE pairs (
        id           INTEGER PRIMARY KEY,
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ordinal      REAL NOT NULL, -- REAL so a split can insert between two pairs without renumbering
        src_segments TEXT NOT NULL DEFAULT '[]',
        tgt_segments TEXT NOT NULL DEFAULT '[]',
        source       TEXT NOT NULL,
        target       TEXT NOT NULL,
        status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'translated', 'reviewed', 'final')),
        score        REAL,
        version      INTEGER NOT NULL DEFAULT 1,
        updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        UNIQUE (document_id, ordinal)
      );
      CREATE TABLE revisions (
        id       INTEGER PRIMARY KEY,
        pair_id  INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
        version  INTEGER NOT NULL,
        source   TEXT NOT NULL,
        target   TEXT NOT NULL,
        status   TEXT NOT NULL,
        author   TEXT,
        origin   TEXT,
        at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        UNIQUE (pair_id, version)
      );
    `,
  },
  {
    version: 3,
    name: 'alignment operations (undo of merge, split, move)',
    sql: `
      CREATE TABLE alignment_ops (
        id           INTEGER PRIMARY KEY,
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'move')),
        before_pairs TEXT NOT NULL,
        after_pairs  TEXT NOT NULL,
        author       TEXT,
        at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        undone       INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX alignment_ops_document ON alignment_ops (document_id, id);
      CREATE INDEX revisions_pair ON revisions (pair_id, version);
    `,
  },
  {
    version: 4,
    name: 'glossary and workspace settings',
    sql: `
      CREATE TABLE glossary_entries (
        id    TEXT PRIMARY KEY,
        note  TEXT
      );
      CREATE TABLE glossary_terms (
        id              INTEGER PRIMARY KEY,
        entry_id        TEXT NOT NULL REFERENCES glossary_entries(id) ON DELETE CASCADE,
        lang            TEXT NOT NULL,
        term            TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN ('preferred', 'admitted', 'deprecated', 'forbidden')),
        part_of_speech  TEXT,
        term_type       TEXT,
        suffix_attaches INTEGER NOT NULL DEFAULT 0,
        note            TEXT
      );
      CREATE INDEX glossary_terms_entry ON glossary_terms (entry_id);
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'translation memory',
    sql: `
      CREATE TABLE tm_units (
        id          INTEGER PRIMARY KEY,
        src_lang    TEXT NOT NULL,
        tgt_lang    TEXT NOT NULL,
        source      TEXT NOT NULL,
        target      TEXT NOT NULL,
        source_fold TEXT NOT NULL,            -- folded words, what the full-text index holds
        target_fold TEXT NOT NULL,
        tokens      INTEGER NOT NULL,         -- token count of the source, to prune by length
        key_hash    INTEGER NOT NULL,         -- exact-match key of the source (tokens folded)
        shape_hash  INTEGER NOT NULL,         -- the same with numbers, markers and tags masked
        unit_hash   INTEGER NOT NULL UNIQUE,  -- identity: languages + source + target
        prev_hash   INTEGER,                  -- exact keys of the neighbouring sources (context match)
        next_hash   INTEGER,
        source_xml  TEXT,                     -- TMX segment with inline codes, when it had any
        target_xml  TEXT,
        origin      TEXT,
        author      TEXT,
        pair_id     INTEGER UNIQUE REFERENCES pairs(id) ON DELETE SET NULL,
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        changed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
      );
      CREATE INDEX tm_units_key ON tm_units (key_hash);
      CREATE INDEX tm_units_shape ON tm_units (shape_hash);
      CREATE VIRTUAL TABLE tm_fts USING fts5 (
        source_fold, target_fold, content = 'tm_units', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE VIRTUAL TABLE tm_vocab USING fts5vocab (tm_fts, 'col');
      CREATE TRIGGER tm_units_ai AFTER INSERT ON tm_units BEGIN
        INSERT INTO tm_fts (rowid, source_fold, target_fold) VALUES (new.id, new.source_fold, new.target_fold);
      END;
      CREATE TRIGGER tm_units_ad AFTER DELETE ON tm_units BEGIN
        INSERT INTO tm_fts (tm_fts, rowid, source_fold, target_fold) VALUES ('delete', old.id, old.source_fold, old.target_fold);
      END;
      CREATE TRIGGER tm_units_au AFTER UPDATE OF source_fold, target_fold ON tm_units BEGIN
        INSERT INTO tm_fts (tm_fts, rowid, source_fold, target_fold) VALUES ('delete', old.id, old.source_fold, old.target_fold);
        INSERT INTO tm_fts (rowid, source_fold, target_fold) VALUES (new.id, new.source_fold, new.target_fold);
      END;
    `,
  },
  {
    version: 6,
    name: 'content hash of an imported pair',
    sql: `
      ALTER TABLE documents ADD COLUMN content_hash TEXT;  -- sha256 of both sides' text, to notice a second import of the same files
      CREATE INDEX documents_content_hash ON documents (content_hash);
    `,
  },
  {
    version: 7,
    name: 'comments on pairs',
    sql: `
      CREATE TABLE comments (
        id       INTEGER PRIMARY KEY,
        pair_id  INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
        author   TEXT,
        text     TEXT NOT NULL,
        origin   TEXT,                      -- 'editor', or the XLIFF file it came back in
        at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE INDEX comments_pair ON comments (pair_id, id);
    `,
  },
  {
    version: 8,
    name: 'accepted flags',
    sql: `
      -- an editor's "this is fine": one occurrence (scope pair), a spelling in a document, or everywhere
      CREATE TABLE accepted_flags (
        id          INTEGER PRIMARY KEY,
        scope       TEXT NOT NULL CHECK (scope IN ('pair', 'document', 'workspace')),
        document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
        pair_id     INTEGER REFERENCES pairs(id) ON DELETE CASCADE,
        check_id    TEXT NOT NULL,
        side        TEXT CHECK (side IN ('src', 'tgt')),
        found       TEXT NOT NULL,               -- the flagged text (or the flag's parameters when it has no range)
        reason      TEXT NOT NULL,
        author      TEXT,
        at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE INDEX accepted_flags_document ON accepted_flags (document_id);
    `,
  },
  {
    version: 9,
    name: 'accounts and sessions (team server)',
    sql: `
      -- who may sign in to a team server (hizala serve --team) and as what; local use needs none
      CREATE TABLE users (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL UNIQUE,
        role          TEXT NOT NULL CHECK (role IN ('translator', 'reviewer', 'admin')),
        password_hash TEXT NOT NULL,             -- scrypt$N$r$p$salt$hash (src/app/passwords.ts)
        created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      -- a signed-in browser: only the SHA-256 of the cookie's random token is kept, so a copy
      -- of the database opens no session
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        expires_at TEXT NOT NULL
      );
      CREATE INDEX sessions_user ON sessions (user_id);
    `,
  },
  {
    version: 10,
    name: 'the workspace word list (spelling)',
    sql: `
      -- words the spelling check takes as known besides the dictionaries, per language,
      -- kept lower-cased the language's way (Iğdır → ığdır)
      CREATE TABLE workspace_words (
        id       INTEGER PRIMARY KEY,
        lang     TEXT NOT NULL CHECK (lang IN ('en', 'tr')),
        word     TEXT NOT NULL,
        added_by TEXT,
        added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        UNIQUE (lang, word)
      );
    `,
  },
  {
    version: 11,
    name: "a translation's own formatting",
    sql: `
      -- bold, italic and links of the pair's target as a CAT tool returned them (JSON marks
      -- on the target text); NULL: the target's formatting comes from the document as read
      ALTER TABLE pairs ADD COLUMN tgt_marks TEXT;
    `,
  },
  {
    version: 12,
    name: "a TM unit's notes and properties",
    sql: `
      -- the <note>s and <prop>s a TMX unit came with (JSON {notes, props}), written out again
      ALTER TABLE tm_units ADD COLUMN extra TEXT;
    `,
  },
  {
    version: 13,
    name: 'sentence-level TM units of a many-to-one pair',
    sql: `
      -- a unit cut from a confirmed 2-1 / 3-1 pair (one source sentence and the clause
      -- of the target that translates it); replaced whenever that pair enters the TM again
      ALTER TABLE tm_units ADD COLUMN part_of INTEGER REFERENCES pairs(id) ON DELETE SET NULL;
      CREATE INDEX tm_units_part_of ON tm_units (part_of);
    `,
  },
  {
    version: 14,
    name: "a deleted document's or pair's number is never given again",
    rebuildsTables: true,
    sql: `
      -- INTEGER PRIMARY KEY alone gives the highest number again once its row is deleted:
      -- a document imported after deleting the last one took its number, so a browser tab,
      -- a draft kept in it, or an XLIFF file of the deleted document named the new one; a
      -- pair split after merging away the last pair took that pair's number, which its undo
      -- needs back. AUTOINCREMENT never gives a number twice (PostgreSQL's identity neither).
      CREATE TABLE documents_next (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        title        TEXT NOT NULL,
        src_lang     TEXT NOT NULL,
        tgt_lang     TEXT NOT NULL,
        src_file     TEXT,
        tgt_file     TEXT,
        created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        content_hash TEXT
      );
      INSERT INTO documents_next (id, title, src_lang, tgt_lang, src_file, tgt_file, created_at, content_hash)
        SELECT id, title, src_lang, tgt_lang, src_file, tgt_file, created_at, content_hash FROM documents;
      DROP TABLE documents;
      ALTER TABLE documents_next RENAME TO documents;
      CREATE INDEX documents_content_hash ON documents (content_hash);

      CREATE TABLE pairs_next (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ordinal      REAL NOT NULL, -- REAL so a split can insert between two pairs without renumbering
        src_segments TEXT NOT NULL DEFAULT '[]',
        tgt_segments TEXT NOT NULL DEFAULT '[]',
        source       TEXT NOT NULL,
        target       TEXT NOT NULL,
        status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'translated', 'reviewed', 'final')),
        score        REAL,
        version      INTEGER NOT NULL DEFAULT 1,
        updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        tgt_marks    TEXT,
        UNIQUE (document_id, ordinal)
      );
      INSERT INTO pairs_next (id, document_id, ordinal, src_segments, tgt_segments, source, target, status, score, version, updated_at, tgt_marks)
        SELECT id, document_id, ordinal, src_segments, tgt_segments, source, target, status, score, version, updated_at, tgt_marks FROM pairs;
      DROP TABLE pairs;
      ALTER TABLE pairs_next RENAME TO pairs;
    `,
  },
  {
    version: 15,
    name: "a paragraph's segments",
    sql: `
      -- an export reads the segments of formatted paragraphs only (documents/pair-formatting.ts)
      CREATE INDEX segments_paragraph ON segments (document_id, side, paragraph);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
