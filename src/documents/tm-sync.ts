import { documentHead, neighbour, statement, type Db, type Pair } from '../db/index.js';
import { upsertPairUnit, type TmUnit } from '../tm/index.js';
import { pairFlags } from './flags.js';
import type { Flag } from '../model/flag.js';

/**
 * A confirmed pair (status past draft, with a translation) enters the TM, with its
 * neighbours' sources as context; the unit that came from the same pair is updated, not
 * duplicated.
 */
export function syncPairToTm(db: Db, pair: Pair, author: string | null, flags?: readonly Flag[]): TmUnit | null {
  if (pair.status === 'draft' || !pair.source.trim() || !pair.target.trim()) return null;
  // the TM stays clean: a pair with an open error (not accepted) is not reused elsewhere,
  // and a unit it left earlier goes until the error is fixed or accepted. `flags`: the
  // pair's flags as they are now, when the caller has computed them already.
  if ((flags ?? pairFlags(db, pair)).some((f) => f.severity === 'error' && !f.accepted)) {
    statement(db, 'DELETE FROM tm_units WHERE pair_id = ?').run(pair.id);
    return null;
  }
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
