import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editPair } from '../../src/app/pairs.js';
import { listPairs, requirePair, type Db, type Pair } from '../../src/db/index.js';
import { importDocumentPair } from '../../src/documents/index.js';
import { searchTm } from '../../src/tm/index.js';
import { openTestWorkspace } from '../helpers/store.js';
import { tempDir } from '../helpers/tmp.js';

const LOCAL = { name: 'tester', role: null };
const FIRST = 'The port plans to double its capacity by 2030.';
const SECOND = 'Its ferry fleet, however, remains small and old.';

let db: Db;
let joined: Pair;

beforeAll(() => {
  const dir = tempDir();
  writeFileSync(join(dir, 'port.en.md'), `# Aktau port\n\n${FIRST} ${SECOND}\n\nTrade through the port grew by 40 percent in 2023.\n`);
  writeFileSync(
    join(dir, 'port.tr.md'),
    '# Aktau limanı\n\nLiman 2030 yılına kadar kapasitesini iki katına çıkarmayı planlıyor, ancak feribot filosu küçük ve eski kalmaya devam ediyor.\n\nLimandan geçen ticaret 2023 yılında yüzde 40 büyüdü.\n',
  );
  const id = importDocumentPair(db = openTestWorkspace(), { source: { path: join(dir, 'port.en.md') }, target: { path: join(dir, 'port.tr.md') } }).id;
  joined = listPairs(db, id).find((p) => p.srcSegments.length === 2)!;
});
afterAll(() => db.close());

const parts = () => db.prepare('SELECT source, target FROM tm_units WHERE part_of = ? ORDER BY id').all(joined.id) as { source: string; target: string }[];

describe('a confirmed 2-1 pair in the TM', () => {
  it('is aligned as one pair of two English sentences and one Turkish one', () => {
    expect(joined).toBeDefined();
    expect(joined.tgtSegments).toHaveLength(1);
    expect(parts()).toEqual([]); // a draft is not in the TM
  });

  it('enters as the pair and as one unit per sentence, so a one-sentence query finds its sentence', () => {
    editPair(db, LOCAL, joined.id, joined.version, { status: 'translated' });
    expect(parts()).toEqual([
      { source: FIRST, target: 'Liman 2030 yılına kadar kapasitesini iki katına çıkarmayı planlıyor' },
      { source: SECOND, target: 'feribot filosu küçük ve eski kalmaya devam ediyor.' },
    ]);
    const [best] = searchTm(db, { text: FIRST, srcLang: 'en', tgtLang: 'tr' });
    expect(best).toMatchObject({ score: 100, unit: { source: FIRST, partOf: joined.id } });
    // the pair's own units are not offered to it
    const own = searchTm(db, { text: `${FIRST} ${SECOND}`, srcLang: 'en', tgtLang: 'tr', min: 30, excludePairId: joined.id });
    expect(own.filter((m) => m.unit.pairId === joined.id || m.unit.partOf === joined.id)).toEqual([]);
  });

  it('its sentence units follow an edit of the translation, and go when no cut is sure', () => {
    const pair = requirePair(db, joined.id);
    editPair(db, LOCAL, pair.id, pair.version, { target: 'Liman 2030 yılına kadar kapasitesini iki katına çıkarmayı planlıyor, ancak eski feribot filosu küçük kalmaya devam ediyor.' });
    expect(parts().map((p) => p.target)).toEqual(['Liman 2030 yılına kadar kapasitesini iki katına çıkarmayı planlıyor', 'eski feribot filosu küçük kalmaya devam ediyor.']);
    const edited = requirePair(db, joined.id);
    editPair(db, LOCAL, edited.id, edited.version, { target: 'Liman 2030 yılına kadar kapasitesini iki katına çıkarmayı planlıyor.' });
    expect(parts()).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM tm_units WHERE pair_id = ?').get(joined.id)).toEqual({ n: 1 });
  });
});
