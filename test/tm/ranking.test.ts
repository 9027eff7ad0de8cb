import { describe, expect, it } from 'vitest';
import { addUnits, searchTm, TmLookups } from '../../src/tm/index.js';
import { basePairs, editSentence, Random, syntheticUnit, vocabulary } from '../../bench/lib/tm-corpus.js';
import { openTestDatabase } from '../helpers/store.js';

const unit = (source: string, target: string) => ({ srcLang: 'en' as const, tgtLang: 'tr' as const, source, target, origin: 'test' });

/**
 * Which matches a look-up keeps, on a TM where many units score alike (the bench's
 * generated corpus). On SQLite only: the ranking is the same code over the same rows on
 * both stores, and 20,000 units take minutes through the PostgreSQL bridge.
 */
describe('TM match ranking', () => {
  it('keeps the same matches whatever order its candidates come in (shared reads hand them on in another): a tie with the last kept goes to the older unit', () => {
    const db = openTestDatabase();
    const bases = basePairs();
    const vocab = vocabulary(bases);
    addUnits(db, Array.from({ length: 20000 }, (_, k) => syntheticUnit(k, bases, vocab)).map((u) => unit(u.source, u.target)));
    const rng = new Random(4242);
    const queries = Array.from({ length: 400 }, () => editSentence(bases[rng.int(bases.length)]!.source, 1 + rng.int(3), rng, vocab));
    const ids = (matches: { unit: { id: number } }[]) => matches.map((m) => m.unit.id);
    const alone = queries.map((text) => ids(searchTm(db, { text, srcLang: 'en', tgtLang: 'tr', min: 70, limit: 3 })));
    const lookups = new TmLookups();
    const shared = db.transaction(() => queries.map((text) => ids(searchTm(db, { text, srcLang: 'en', tgtLang: 'tr', min: 70, limit: 3 }, lookups))))();
    expect(shared).toEqual(alone);
    expect(alone.filter((m) => m.length === 3).length).toBeGreaterThan(150);
  });

});
