import type { Db } from '../db/index.js';

export interface TmStats {
  units: number;
  byLanguagePair: { srcLang: string; tgtLang: string; units: number }[];
  byOrigin: { origin: string | null; units: number }[];
  fromDocuments: number;
}

export function tmStats(db: Db): TmStats {
  const byLanguagePair = db.prepare('SELECT src_lang AS srcLang, tgt_lang AS tgtLang, count(*) AS units FROM tm_units GROUP BY 1, 2 ORDER BY 3 DESC').all() as TmStats['byLanguagePair'];
  const byOrigin = db.prepare('SELECT origin, count(*) AS units FROM tm_units GROUP BY 1 ORDER BY 2 DESC LIMIT 20').all() as TmStats['byOrigin'];
  const fromDocuments = (db.prepare('SELECT count(*) AS n FROM tm_units WHERE pair_id IS NOT NULL').get() as { n: number }).n;
  return { units: byLanguagePair.reduce((n, r) => n + r.units, 0), byLanguagePair, byOrigin, fromDocuments };
}
