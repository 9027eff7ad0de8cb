import { isPostgres, type Db } from '../db/index.js';
import { foldKey, type Lang } from '../text/case.js';
import { foldForIndex } from './tokens.js';
import type { ConcordanceHit } from '../model/api.js';

export type { ConcordanceHit };

export interface ConcordanceQuery {
  text: string;
  /** Where to look: the source side, the target side, or both (default). */
  side?: 'source' | 'target' | 'both';
  srcLang?: Lang;
  tgtLang?: Lang;
  limit?: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * Concordance: the phrase's words in a row, each allowed a suffix (searching "koridor"
 * finds "koridoru" and "Koridoru'nun"), case-folded the Turkish way (İ/i, I/ı). The
 * full-text index finds the units (a prefix phrase query); the ranges are then found in
 * the original text with the same folding. Newest units first: FTS5 walks its doclists
 * in rowid order and stops at the limit, so a common word costs no more than a rare one
 * (ranking by relevance would score every hit). O(limit × text length) after the look-up.
 */
export function concordance(db: Db, query: ConcordanceQuery): ConcordanceHit[] {
  const srcLang = query.srcLang ?? 'en';
  const tgtLang = query.tgtLang ?? 'tr';
  const side = query.side ?? 'both';
  const limit = Math.min(query.limit ?? 50, 500);
  // Turkish takes suffixes, so its words match as prefixes ("koridor" → "koridoru");
  // English words match exactly or with a plural -s. A prefix query makes FTS5 merge the
  // doclists of every term with that prefix, which is slow for short English prefixes
  // ("port" → ports, portion, portray …) and needless there.
  const rows = isPostgres(db) ? postgresHits(db, query.text, side, srcLang, tgtLang, limit) : sqliteHits(db, query.text, side, srcLang, tgtLang, limit);
  const queryWords = (lang: Lang) => foldForIndex(query.text, lang).split(' ').filter(Boolean);
  return rows.map((r) => ({
    ...r,
    sourceRanges: side === 'target' ? [] : phraseRanges(r.source, queryWords(srcLang), srcLang),
    targetRanges: side === 'source' ? [] : phraseRanges(r.target, queryWords(tgtLang), tgtLang),
  }));
}

/** Ranges where the words occur in a row, each word of the text starting with the query word. */
export function phraseRanges(text: string, queryWords: string[], lang: Lang): [number, number][] {
  if (queryWords.length === 0) return [];
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, fold: foldKey(m[0].replace(/['’].*$/u, ''), lang) }));
  const ranges: [number, number][] = [];
  for (let i = 0; i + queryWords.length <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < queryWords.length && ok; k++) ok = words[i + k]!.fold.startsWith(queryWords[k]!.replace(/'.*$/, ''));
    if (ok) {
      ranges.push([words[i]!.start, words[i + queryWords.length - 1]!.end]);
      i += queryWords.length - 1;
    }
  }
  return ranges;
}

type Hit = Omit<ConcordanceHit, 'sourceRanges' | 'targetRanges'>;

/** How many of the newest units the first step of a PostgreSQL concordance reads. */
const RECENT = 5_000;

function sqliteHits(db: Db, text: string, side: 'source' | 'target' | 'both', srcLang: Lang, tgtLang: Lang, limit: number): Hit[] {
  const phraseFor = (lang: Lang): string | null => {
    const words = foldForIndex(text, lang).split(' ').filter(Boolean);
    if (!words.length) return null;
    const quote = (w: string) => `"${w.replace(/"/g, '""')}"`;
    if (lang === 'tr') return words.map((w) => `${quote(w)} *`).join(' + ');
    return words.length === 1 ? `(${quote(words[0]!)} OR ${quote(`${words[0]}s`)})` : words.map(quote).join(' + ');
  };
  const parts: string[] = [];
  const srcPhrase = phraseFor(srcLang);
  const tgtPhrase = phraseFor(tgtLang);
  if (side !== 'target' && srcPhrase) parts.push(`{source_fold} : (${srcPhrase})`);
  if (side !== 'source' && tgtPhrase) parts.push(`{target_fold} : (${tgtPhrase})`);
  if (parts.length === 0) return [];
  const match = parts.join(' OR ');
  const rows = db
    .prepare(
      `SELECT u.id, u.source, u.target, u.origin, u.changed_at AS changedAt FROM tm_fts f JOIN tm_units u ON u.id = f.rowid
       WHERE tm_fts MATCH ? AND u.src_lang = ? AND u.tgt_lang = ? ORDER BY f.rowid DESC LIMIT ?`,
    )
    .all(match, srcLang, tgtLang, limit) as Omit<ConcordanceHit, 'sourceRanges' | 'targetRanges'>[];
  return rows;
}

/**
 * The same query on PostgreSQL: a phrase of the folded words (`<->`), each a prefix in
 * Turkish (`:*`), over GIN indexes of the stored tsvectors of the folded sides; newest first.
 */
function postgresHits(db: Db, text: string, side: 'source' | 'target' | 'both', srcLang: Lang, tgtLang: Lang, limit: number): Hit[] {
  const queryFor = (lang: Lang): string | null => {
    const words = foldForIndex(text, lang).split(' ').filter(Boolean);
    if (!words.length) return null;
    const quote = (w: string) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
    if (lang === 'tr') return words.map((w) => `${quote(w)}:*`).join(' <-> ');
    return words.length === 1 ? `(${quote(words[0]!)} | ${quote(`${words[0]}s`)})` : words.map(quote).join(' <-> ');
  };
  const conditions: string[] = [];
  const params: unknown[] = [];
  const srcQuery = queryFor(srcLang);
  const tgtQuery = queryFor(tgtLang);
  if (side !== 'target' && srcQuery) {
    conditions.push("u.source_tsv @@ to_tsquery('simple', ?)");
    params.push(srcQuery);
  }
  if (side !== 'source' && tgtQuery) {
    conditions.push("u.target_tsv @@ to_tsquery('simple', ?)");
    params.push(tgtQuery);
  }
  if (conditions.length === 0) return [];
  const match = conditions.join(' OR ');
  const columns = 'id, source, target, origin, changed_at AS changedAt';
  // Newest first, in two steps, because the planner cannot tell a common phrase from a rare
  // one: walking the whole table newest first for a rare phrase took 1.4 s on a million
  // units. First the newest RECENT units (a common phrase is found there); if that gives
  // fewer than `limit`, every match through the GIN indexes (a rare phrase has few).
  const recent = db
    .prepare(`SELECT ${columns} FROM (SELECT * FROM tm_units WHERE src_lang = ? AND tgt_lang = ? ORDER BY id DESC LIMIT ${RECENT}) u WHERE (${match}) ORDER BY id DESC LIMIT ?`)
    .all(srcLang, tgtLang, ...params, limit) as Hit[];
  if (recent.length >= limit) return recent;
  return db
    .prepare(
      `WITH hits AS MATERIALIZED (SELECT id FROM tm_units u WHERE (${match}) AND src_lang = ? AND tgt_lang = ?)
       SELECT ${columns} FROM tm_units WHERE id IN (SELECT id FROM hits ORDER BY id DESC LIMIT ?) ORDER BY id DESC`,
    )
    .all(...params, srcLang, tgtLang, limit) as Hit[];
}
