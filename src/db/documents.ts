import type { Mark, Paragraph, Segment, SegmentedSide } from '../model/index.js';
import type { Lang } from '../text/case.js';
import { statement, type Db } from './open.js';
import { insertPairs, NotFoundError, type NewPair } from './pairs.js';
export type { DocumentSummary } from '../model/api.js';
import type { DocumentSummary } from '../model/api.js';

export type Side = 'src' | 'tgt';

export interface NewDocument {
  title: string;
  source: SegmentedSide & { file?: string };
  target: SegmentedSide & { file?: string };
  /** Aligned pairs, in order. */
  pairs?: readonly NewPair[];
  /** What identifies the imported content (documents/import.ts: contentHash), to notice a second import. */
  contentHash?: string;
}

export interface DocumentSideDetail {
  lang: Lang;
  paragraphs: (Paragraph & { ordinal: number })[];
  segments: (Segment & { ordinal: number })[];
}

export interface DocumentDetail extends DocumentSummary {
  source: DocumentSideDetail;
  target: DocumentSideDetail;
}

/**
 * Store a document with both segmentations in one transaction: either everything is
 * written or nothing is. Cost O(paragraphs + segments) with prepared statements.
 */
export function insertDocument(db: Db, doc: NewDocument, author: string | null = null): number {
  const insertDoc = db.prepare(
    'INSERT INTO documents (title, src_lang, tgt_lang, src_file, tgt_file, content_hash) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertParagraph = db.prepare(
    'INSERT INTO paragraphs (document_id, side, ordinal, kind, level, footnote, text, marks, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertSegment = db.prepare(
    'INSERT INTO segments (document_id, side, ordinal, paragraph, text, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  return db.transaction(() => {
    const id = Number(
      insertDoc.run(doc.title, doc.source.lang, doc.target.lang, doc.source.file ?? null, doc.target.file ?? null, doc.contentHash ?? null).lastInsertRowid,
    );
    for (const [side, data] of [['src', doc.source], ['tgt', doc.target]] as const) {
      data.paragraphs.forEach((p, i) =>
        insertParagraph.run(id, side, i, p.kind, p.level ?? null, p.footnote ?? null, p.text, JSON.stringify(p.marks), p.line),
      );
      data.segments.forEach((s, i) => insertSegment.run(id, side, i, s.paragraph, s.text, s.start, s.end));
    }
    if (doc.pairs) insertPairs(db, id, doc.pairs, 'import', author);
    return id;
  })();
}

type DocumentRow = DocumentRowBase & { [K in `${'pairs' | 'words'}_${(typeof STATUSES)[number]}`]: number | null };

interface DocumentRowBase {
  id: number;
  title: string;
  src_lang: Lang;
  tgt_lang: Lang;
  src_file: string | null;
  tgt_file: string | null;
  created_at: string;
  src_segments: number;
  tgt_segments: number;
  pairs: number | null;
}

const STATUSES = ['draft', 'translated', 'reviewed', 'final'] as const;
type Counts = Record<(typeof STATUSES)[number], number>;

/** A pair's words: spaces + 1 (0 for an empty source). */
const WORDS = "CASE WHEN trim(p.source) = '' THEN 0 ELSE length(trim(p.source)) - length(replace(trim(p.source), ' ', '')) + 1 END";

// Plain SQL that SQLite and PostgreSQL read alike: a column per status, the objects built in toSummary.
const SUMMARY_SQL = `
  SELECT d.id, d.title, d.src_lang, d.tgt_lang, d.src_file, d.tgt_file, d.created_at,
    (SELECT count(*) FROM segments s WHERE s.document_id = d.id AND s.side = 'src') AS src_segments,
    (SELECT count(*) FROM segments s WHERE s.document_id = d.id AND s.side = 'tgt') AS tgt_segments,
    c.*
  FROM documents d
  LEFT JOIN (
    SELECT p.document_id, count(*) AS pairs,
      ${STATUSES.map((st) => `coalesce(sum(CASE WHEN p.status = '${st}' THEN 1 ELSE 0 END), 0) AS pairs_${st}`).join(',\n      ')},
      ${STATUSES.map((st) => `coalesce(sum(CASE WHEN p.status = '${st}' THEN ${WORDS} ELSE 0 END), 0) AS words_${st}`).join(',\n      ')}
    FROM pairs p GROUP BY p.document_id
  ) c ON c.document_id = d.id`;

function toSummary(r: DocumentRow): DocumentSummary {
  return {
    id: r.id,
    title: r.title,
    srcLang: r.src_lang,
    tgtLang: r.tgt_lang,
    srcFile: r.src_file,
    tgtFile: r.tgt_file,
    createdAt: r.created_at,
    srcSegments: r.src_segments,
    tgtSegments: r.tgt_segments,
    pairs: r.pairs ?? 0,
    statuses: Object.fromEntries(STATUSES.map((st) => [st, r[`pairs_${st}`] ?? 0])) as Counts,
    words: Object.fromEntries(STATUSES.map((st) => [st, r[`words_${st}`] ?? 0])) as Counts,
  };
}

/** All documents with their counts, newest first; one query (the counts use the primary keys). */
export function listDocuments(db: Db): DocumentSummary[] {
  return (db.prepare(`${SUMMARY_SQL} ORDER BY d.id DESC`).all() as DocumentRow[]).map(toSummary);
}

export function getDocument(db: Db, id: number): DocumentDetail | null {
  const row = statement(db, `${SUMMARY_SQL} WHERE d.id = ?`).get(id) as DocumentRow | undefined;
  if (!row) return null;
  const paragraphs = db
    .prepare('SELECT side, ordinal, kind, level, footnote, text, marks, line FROM paragraphs WHERE document_id = ? ORDER BY side, ordinal')
    .all(id) as { side: Side; ordinal: number; kind: Paragraph['kind']; level: number | null; footnote: number | null; text: string; marks: string; line: number }[];
  const segments = db
    .prepare('SELECT side, ordinal, paragraph, text, start, end FROM segments WHERE document_id = ? ORDER BY side, ordinal')
    .all(id) as { side: Side; ordinal: number; paragraph: number; text: string; start: number; end: number }[];
  const side = (s: Side, lang: Lang): DocumentSideDetail => ({
    lang,
    paragraphs: paragraphs
      .filter((p) => p.side === s)
      .map((p) => {
        const out: Paragraph & { ordinal: number } = { ordinal: p.ordinal, kind: p.kind, text: p.text, marks: JSON.parse(p.marks) as Mark[], line: p.line };
        if (p.level !== null) out.level = p.level;
        if (p.footnote !== null) out.footnote = p.footnote;
        return out;
      }),
    segments: segments.filter((x) => x.side === s).map(({ side: _side, ...rest }) => rest),
  });
  const summary = toSummary(row);
  return { ...summary, source: side('src', summary.srcLang), target: side('tgt', summary.tgtLang) };
}

/** Documents imported from the same content (the same hash), oldest first. */
export function documentsWithContent(db: Db, contentHash: string): { id: number; title: string }[] {
  return statement(db, 'SELECT id, title FROM documents WHERE content_hash = ? ORDER BY id').all(contentHash) as { id: number; title: string }[];
}

export function deleteDocument(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes > 0;
}

export function countDocuments(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

export interface DocumentHead {
  src: Lang;
  tgt: Lang;
  title: string;
  file: string | null;
}

/** A document's languages, title and source file name; NotFoundError when there is none. */
export function documentHead(db: Db, id: number): DocumentHead {
  const row = statement(db, 'SELECT src_lang AS src, tgt_lang AS tgt, title, src_file AS file FROM documents WHERE id = ?').get(id) as DocumentHead | undefined;
  if (!row) throw new NotFoundError(`no document ${id}`);
  return row;
}
