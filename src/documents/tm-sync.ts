import { defaultLexicon, splitBead } from '../align/index.js';
import { documentHead, neighbour, statement, type Db, type Pair } from '../db/index.js';
import { sentenceSpans } from '../segment/index.js';
import type { Lang } from '../text/case.js';
import { unitInserter, upsertPairUnit, type NewUnit, type TmUnit } from '../tm/index.js';
import { pairFlags } from './flags.js';
import type { Flag } from '../model/flag.js';

/**
 * A confirmed pair (status past draft, with a translation) enters the TM, with its
 * neighbours' sources as context; the unit that came from the same pair is updated, not
 * duplicated. A many-to-one pair also leaves its sentence-level units (subUnits), so that
 * a one-sentence query finds its sentence; they are replaced each time.
 */
export function syncPairToTm(db: Db, pair: Pair, author: string | null, flags?: readonly Flag[]): TmUnit | null {
  if (pair.status === 'draft' || !pair.source.trim() || !pair.target.trim()) return null;
  // the TM stays clean: a pair with an open error (not accepted) is not reused elsewhere,
  // and a unit it left earlier goes until the error is fixed or accepted. `flags`: the
  // pair's flags as they are now, when the caller has computed them already.
  if ((flags ?? pairFlags(db, pair)).some((f) => f.severity === 'error' && !f.accepted)) {
    statement(db, 'DELETE FROM tm_units WHERE pair_id = ? OR part_of = ?').run(pair.id, pair.id);
    return null;
  }
  const doc = documentHead(db, pair.documentId);
  const origin = `document:${pair.documentId}`;
  const unit = upsertPairUnit(db, {
    srcLang: doc.src,
    tgtLang: doc.tgt,
    source: pair.source,
    target: pair.target,
    origin,
    author,
    pairId: pair.id,
    prevSource: neighbour(db, pair, 'prev')?.source ?? null,
    nextSource: neighbour(db, pair, 'next')?.source ?? null,
  });
  statement(db, 'DELETE FROM tm_units WHERE part_of = ?').run(pair.id);
  const parts = subUnits(pair, doc.src, doc.tgt);
  // most pairs are one to one: the insert is prepared only for a pair that has parts
  if (parts.length) {
    const insert = unitInserter(db);
    for (const part of parts) insert({ ...part, srcLang: doc.src, tgtLang: doc.tgt, origin, author, partOf: pair.id });
  }
  return unit;
}

/**
 * Sentence-level units of a pair that joins several source sentences to one target
 * sentence, where the target can be cut with confidence (align/subunits.ts); none
 * otherwise. A pair the other way round (one source sentence, several target ones) needs
 * none: its source is already one sentence.
 */
export function subUnits(pair: Pair, srcLang: Lang, tgtLang: Lang): Pick<NewUnit, 'source' | 'target'>[] {
  if (pair.srcSegments.length < 2 || pair.tgtSegments.length !== 1) return [];
  // the sentences as the source reads now (its text may have been corrected since alignment)
  const sources = sentenceSpans(pair.source, srcLang).map((s) => pair.source.slice(s.start, s.end));
  if (sources.length !== pair.srcSegments.length || sentenceSpans(pair.target, tgtLang).length !== 1) return [];
  return splitBead(sources, pair.target, srcLang, tgtLang, defaultLexicon());
}
