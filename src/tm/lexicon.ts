import { learnLexicon, type Lexicon } from '../align/index.js';
import type { Db } from '../db/index.js';

/** Units a learned lexicon is drawn from at most: the most recent, so it follows the TM as it grows. O(units · words). */
const MAX_UNITS = 20_000;

const cache = new WeakMap<Db, { key: string; lexicon: Lexicon }>();

/**
 * A word lexicon learned from the translation memory's English–Turkish units (either
 * direction), or null when the TM holds none. Learned again only when the TM changed. The
 * sentence-level parts of many-to-one pairs are left out: they repeat their pair's words.
 */
export function tmLexicon(db: Db): Lexicon | null {
  const state = db
    .prepare(
      `SELECT count(*) AS units, coalesce(max(id), 0) AS last FROM tm_units
       WHERE ((src_lang = 'en' AND tgt_lang = 'tr') OR (src_lang = 'tr' AND tgt_lang = 'en')) AND part_of IS NULL`,
    )
    .get() as { units: number; last: number };
  if (state.units === 0) return null;
  const key = `${state.units}:${state.last}`;
  const cached = cache.get(db);
  if (cached?.key === key) return cached.lexicon;
  const rows = db
    .prepare(
      `SELECT src_lang AS srcLang, source, target FROM tm_units
       WHERE ((src_lang = 'en' AND tgt_lang = 'tr') OR (src_lang = 'tr' AND tgt_lang = 'en')) AND part_of IS NULL
       ORDER BY id DESC LIMIT ?`,
    )
    .all(MAX_UNITS) as { srcLang: string; source: string; target: string }[];
  const lexicon = learnLexicon(rows.map((r) => (r.srcLang === 'en' ? { en: r.source, tr: r.target } : { en: r.target, tr: r.source })));
  cache.set(db, { key, lexicon });
  return lexicon;
}
