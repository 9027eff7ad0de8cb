import type { Db, Pair } from '../db/index.js';
import type { Lang } from '../text/case.js';
import { searchTm } from './store.js';
import { exactKey, tokenize } from './tokens.js';
import type { Band, LeverageReport } from '../model/api.js';

export type { Band, LeverageReport };
export const BANDS: readonly Band[] = ['context', 'exact', 'repetition', '95-99', '85-94', '75-84', '50-74', 'no-match'];

export function bandOf(rank: number | undefined): Band {
  if (rank === undefined) return 'no-match';
  if (rank >= 101) return 'context';
  if (rank >= 100) return 'exact';
  if (rank >= 95) return '95-99';
  if (rank >= 85) return '85-94';
  if (rank >= 75) return '75-84';
  if (rank >= 50) return '50-74';
  return 'no-match';
}

/**
 * Leverage analysis as CAT tools report it before a job is priced: each pair's source
 * in the band of its best TM match (the pair's own unit excluded), and a source already
 * seen earlier in the document counted as an internal repetition. Words are word tokens
 * of the source. O(pairs × one look-up).
 */
export function analyzeLeverage(db: Db, pairs: readonly Pair[], srcLang: Lang, tgtLang: Lang): LeverageReport {
  const bands = Object.fromEntries(BANDS.map((b) => [b, { segments: 0, words: 0 }])) as LeverageReport['bands'];
  const seen = new Set<number>();
  let segments = 0;
  let words = 0;
  pairs.forEach((pair, k) => {
    if (!pair.source.trim()) return;
    const count = tokenize(pair.source, srcLang).filter((t) => t.kind === 'word' || t.kind === 'number').length;
    const key = exactKey(pair.source, srcLang);
    let band: Band;
    if (seen.has(key)) band = 'repetition';
    else {
      const [best] = searchTm(db, {
        text: pair.source,
        srcLang,
        tgtLang,
        min: 50,
        limit: 1,
        excludePairId: pair.id,
        prevSource: pairs[k - 1]?.source ?? null,
        nextSource: pairs[k + 1]?.source ?? null,
      });
      band = bandOf(best?.rank);
    }
    seen.add(key);
    bands[band].segments++;
    bands[band].words += count;
    segments++;
    words += count;
  });
  return { bands, total: { segments, words } };
}
