import { documentHead, neighbour, type Db, type Pair } from '../db/index.js';
import { upsertPairUnit, type TmUnit } from '../tm/index.js';

/**
 * A confirmed pair (status past draft, with a translation) enters the TM, with its
 * neighbours' sources as context; the unit that came from the same pair is updated, not
 * duplicated.
 */
export function syncPairToTm(db: Db, pair: Pair, author: string | null): TmUnit | null {
  if (pair.status === 'draft' || !pair.source.trim() || !pair.target.trim()) return null;
  const doc = documentHead(db, pair.documentId);
  return upsertPairUnit(db, {
    srcLang: doc.src,
    tgtLang: doc.tgt,
    source: pair.source,
    target: pair.target,
    origin: `document:${pair.documentId}`,
    author,
    pairId: pair.id,
    prevSource: neighbour(db, pair, 'prev')?.source ?? null,
    nextSource: neighbour(db, pair, 'next')?.source ?? null,
  });
}
