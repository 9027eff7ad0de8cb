import type { Db } from '../db/index.js';
import { foldKey, type Lang } from '../text/case.js';
import { foldForIndex } from './tokens.js';

export interface ConcordanceHit {
  id: number;
  source: string;
  target: string;
  origin: string | null;
  changedAt: string;
  /** Character ranges of the hits in source and target. */
  sourceRanges: [number, number][];
  targetRanges: [number, number][];
}

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
  const words = [...new Set([foldForIndex(query.text, srcLang), foldForIndex(query.text, tgtLang)])].map((f) => f.split(' ').filter(Boolean)).filter((w) => w.length);
  if (words.length === 0) return [];
  const phrases = words.map((w) => w.map((t) => `"${t.replace(/"/g, '""')}" *`).join(' + '));
  const columns = side === 'source' ? '{source_fold}' : side === 'target' ? '{target_fold}' : '{source_fold target_fold}';
  const match = `${columns} : (${phrases.join(' OR ')})`;
  const rows = db
    .prepare(
      `SELECT u.id, u.source, u.target, u.origin, u.changed_at AS changedAt FROM tm_fts f JOIN tm_units u ON u.id = f.rowid
       WHERE tm_fts MATCH ? AND u.src_lang = ? AND u.tgt_lang = ? ORDER BY f.rowid DESC LIMIT ?`,
    )
    .all(match, srcLang, tgtLang, limit) as Omit<ConcordanceHit, 'sourceRanges' | 'targetRanges'>[];
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
