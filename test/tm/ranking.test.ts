import { describe, expect, it } from 'vitest';
import { addUnits, searchTm, TmLookups } from '../../src/tm/index.js';
import { ArrayWeights, heaviest } from '../../src/tm/store.js';
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

  it('takes the heaviest candidates as sorting them all would: heaviest first, ties to the smaller id', () => {
    const rng = new Random(99);
    for (let round = 0; round < 200; round++) {
      const weights = new Map<number, number>();
      const n = rng.int(600);
      // few distinct weights: many ties
      for (let k = 0; k < n; k++) weights.set(rng.int(5000), 1 + rng.int(6) / 2);
      const count = [0, 1, 3, 200, 1000][round % 5]!;
      const sorted = [...weights].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, count).map(([id]) => id);
      expect(heaviest([...weights.keys()], (id) => weights.get(id)!, count)).toEqual(sorted);
    }
  });
  it('sums weights per id in arrays kept from look-up to look-up as a map would, ids past the arrays\' end included', () => {
    const rng = new Random(5);
    const kept = new ArrayWeights();
    for (let lookUp = 0; lookUp < 50; lookUp++) {
      const map = new Map<number, number>();
      const weights = kept.reset();
      for (let k = 0; k < 500; k++) {
        // a few ids far past the arrays' first 1,024 entries
        const id = rng.int(10) === 0 ? 1024 + rng.int(100_000) : rng.int(1500);
        const w = 1 + rng.int(100) / 37;
        map.set(id, (map.get(id) ?? 0) + w);
        weights.add(id, w);
      }
      expect([...weights.ids()].sort((a, b) => a - b)).toEqual([...map.keys()].sort((a, b) => a - b));
      for (const [id, w] of map) expect(weights.of(id)).toBe(w);
    }
  });
});
