import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { writeFileWhole } from '../workspace/files.js';
import { isPostgres, type Db } from '../db/index.js';
import { InputError } from '../errors.js';
import { utf16ByteOrder } from '../formats/encoding.js';
import { tmxReader, type TmxTu } from '../formats/tmx/read.js';
import { tmxHead, tmxUnit } from '../formats/tmx/write.js';
import type { Lang } from '../text/case.js';
import { unitBatchInserter, type NewUnit } from './store.js';

/**
 * The TM's TMX import and export, over the TMX reader and writer (formats/tmx/): an import
 * is one transaction, so a malformed file (reported with line and column) imports nothing.
 */
export interface TmxImportResult {
  units: number;
  added: number;
  skipped: number;
  /** Units with an empty translation: not stored (an empty target is no translation). */
  emptyTargets: number;
  /** Second (third …) translations of a <tu>: stored as units of their own, not dropped. */
  alternatives: number;
}

export interface TmxImportOptions {
  onProgress?: (bytes: number, total: number) => void;
}

/** An importer: the TMX reader's units stored a batch at a time (one statement per batch on PostgreSQL). */
function tmxImporter(db: Db, file: string): { feed(chunk: string): void; finish(): TmxImportResult } {
  const insertMany = unitBatchInserter(db);
  const result: TmxImportResult = { units: 0, added: 0, skipped: 0, emptyTargets: 0, alternatives: 0 };
  let pending: NewUnit[][] = [];
  let pendingUnits = 0;
  const flush = () => {
    const added = insertMany(pending.flat());
    let k = 0;
    for (const units of pending) {
      let any = false;
      for (let n = 0; n < units.length; n++) if (added[k++]) any = true;
      if (any) result.added++;
      else result.skipped++;
    }
    pending = [];
    pendingUnits = 0;
  };
  const reader = tmxReader(file, (units: TmxTu) => {
    result.units++;
    if (units === 'empty-target') {
      result.emptyTargets++;
      result.skipped++;
    } else if (!units.length) result.skipped++;
    else {
      result.alternatives += units.length - 1;
      pending.push(units);
      pendingUnits += units.length;
      if (pendingUnits >= 500) flush();
    }
  });
  return {
    feed: (chunk) => reader.feed(chunk),
    finish() {
      reader.finish();
      flush();
      return result;
    },
  };
}

/** Import TMX text held in memory (uploads), in one transaction. */
export function importTmxText(db: Db, text: string, file = 'upload.tmx'): TmxImportResult {
  return db.transaction(() => {
    const importer = tmxImporter(db, file);
    importer.feed(text);
    const result = importer.finish();
    if (isPostgres(db) && result.added > 1000) settlePostgresIndexes(db);
    return result;
  })();
}

/**
 * After many new units on PostgreSQL: fresh statistics (else the planner, not knowing
 * the table grew, scans it instead of using the word index; fuzzy retrieval reads the
 * common words' frequencies from them too) and the GIN indexes' pending
 * lists merged (else every look-up reads the whole list of new entries linearly).
 */
function settlePostgresIndexes(db: Db): void {
  db.prepare('ANALYZE tm_units').run();
  // up to 10,000 most common words with their shares: fuzzy retrieval reads its document
  // frequencies from them (store.ts, postgresCommonWords) instead of counting postings
  db.prepare('ALTER TABLE tm_words ALTER COLUMN term SET STATISTICS 10000').run();
  db.prepare('ANALYZE tm_words').run();
  for (const index of ['tm_units_source_text', 'tm_units_target_text']) db.prepare(`SELECT gin_clean_pending_list('${index}'::regclass)`).get();
}

/**
 * Import a TMX file of any size: read and parsed 1 MB at a time, synchronously, inside
 * one transaction. Memory: one chunk plus one <tu>.
 */
export function importTmxFile(db: Db, path: string, options: TmxImportOptions = {}): TmxImportResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new InputError('no such file', { file: path });
  }
  // A bulk insert touches four B-trees at random keys and the full-text index: a larger
  // page cache for the import's duration keeps them in memory (bounded, so RSS stays flat).
  const cacheBefore = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144');
  try {
    const total = fstatSync(fd).size;
    return db.transaction(() => {
      const bulk = bulkMode(db, total);
      const importer = tmxImporter(db, path);
      // the encoding by its byte-order mark: UTF-16 as TMX 1.4 allows (Trados writes it), else UTF-8
      const mark = Buffer.alloc(2);
      const marked = readSync(fd, mark, 0, 2, 0) === 2 ? utf16ByteOrder(mark) : null;
      const decoder = new TextDecoder(marked ?? 'utf-8', { fatal: true });
      const buffer = Buffer.alloc(1 << 20);
      let read = 0;
      let first = true;
      for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, null);
        if (n === 0) break;
        read += n;
        let chunk: string;
        try {
          chunk = decoder.decode(buffer.subarray(0, n), { stream: true });
        } catch {
          throw new InputError(`not valid ${marked ? 'UTF-16' : 'UTF-8'} near byte ${read}`, { file: path, reason: 'bad-encoding' });
        }
        if (first) chunk = chunk.replace(/^\ufeff/, '');
        first = false;
        importer.feed(chunk);
        options.onProgress?.(read, total);
      }
      const result = importer.finish();
      bulk?.finish();
      if (isPostgres(db)) settlePostgresIndexes(db);
      return result;
    })();
  } finally {
    db.pragma(`cache_size = ${cacheBefore}`);
    closeSync(fd);
  }
}

/** Files this large relative to the TM are imported with the full-text index rebuilt once at the end. */
const BULK_BYTES = 32 * 1024 * 1024;

/**
 * For a large import into a TM much smaller than the file, keeping the full-text index
 * and two look-up indexes up to date row by row costs more than building them once: the
 * triggers and indexes are dropped and rebuilt at the end — inside the import's
 * transaction, so a failed import rolls all of it back. Returns null when not worth it.
 */
function bulkMode(db: Db, bytes: number): { finish(): void } | null {
  if (isPostgres(db)) return null; // SQLite's own triggers and full-text index; PostgreSQL keeps its indexes row by row
  const units = (db.prepare('SELECT count(*) AS n FROM tm_units').get() as { n: number }).n;
  if (bytes < BULK_BYTES || units * 400 > bytes) return null; // ~400 bytes of TMX per unit
  const saved = db
    .prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'tm_units' AND ((type = 'trigger') OR (type = 'index' AND name IN ('tm_units_key', 'tm_units_shape')))")
    .pluck()
    .all() as string[];
  db.exec('DROP TRIGGER tm_units_ai; DROP TRIGGER tm_units_ad; DROP TRIGGER tm_units_au; DROP INDEX tm_units_key; DROP INDEX tm_units_shape;');
  return {
    finish() {
      for (const sql of saved) db.exec(sql);
      db.exec("INSERT INTO tm_fts (tm_fts) VALUES ('rebuild')");
    },
  };
}

export interface TmxExportOptions {
  srcLang?: Lang;
  tgtLang?: Lang;
}

/**
 * Write the TM as TMX 1.4b (valid against tmx14.dtd), streaming units to the file:
 * creation and change dates, the author, the origin as <prop type="x-origin">.
 * Units with inline codes are written with them.
 */
export function exportTmxFile(db: Db, path: string, options: TmxExportOptions = {}): number {
  const srcLang = options.srcLang ?? 'en';
  const tgtLang = options.tgtLang ?? 'tr';
  let count = 0;
  writeFileWhole(path, (append) => {
    const out: string[] = [];
    const flush = () => {
      if (out.length) append(out.join(''));
      out.length = 0;
    };
    out.push(tmxHead(srcLang));
    const rows = db
      .prepare('SELECT id, source, target, source_xml, target_xml, origin, author, created_at, changed_at, extra FROM tm_units WHERE src_lang = ? AND tgt_lang = ? ORDER BY id')
      .iterate(srcLang, tgtLang) as IterableIterator<{ id: number; source: string; target: string; source_xml: string | null; target_xml: string | null; origin: string | null; author: string | null; created_at: string; changed_at: string; extra: string | null }>;
    for (const r of rows) {
      out.push(tmxUnit(r, srcLang, tgtLang));
      count++;
      if (out.length >= 1000) flush();
    }
    out.push('  </body>\n</tmx>\n');
    flush();
  });
  return count;
}

