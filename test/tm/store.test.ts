import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPairs, writePair } from '../../src/db/index.js';
import { importDocumentPair, syncPairToTm } from '../../src/documents/index.js';
import { addUnits, analyzeLeverage, concordance, searchTm, tmStats, TmLookups } from '../../src/tm/index.js';
import { REPO } from '../helpers/cli.js';
import { openTestDatabase } from '../helpers/store.js';

const unit = (source: string, target: string, extra: Record<string, string> = {}) => ({ srcLang: 'en' as const, tgtLang: 'tr' as const, source, target, origin: 'test', ...extra });

describe('translation memory store', () => {
  it('finds exact and fuzzy matches with their score and origin, best first', () => {
    const db = openTestDatabase();
    addUnits(db, [
      unit('The railway through Meghri has been idle for three decades.', 'Meğri üzerinden geçen demiryolu otuz yıldır kullanılmıyor.'),
      unit('The railway through Meghri has been idle for two decades.', 'Meğri üzerinden geçen demiryolu yirmi yıldır kullanılmıyor.'),
      unit('Gas prices fell sharply in winter.', 'Kışın gaz fiyatları sert düştü.'),
    ]);
    const matches = searchTm(db, { text: 'The railway through Meghri has been idle for three decades.', srcLang: 'en', tgtLang: 'tr', min: 70 });
    expect(matches.map((m) => m.score)).toEqual([100, expect.any(Number)]);
    expect(matches[1]!.score).toBeGreaterThan(85);
    expect(matches[0]!.unit).toMatchObject({ origin: 'test', target: 'Meğri üzerinden geçen demiryolu otuz yıldır kullanılmıyor.' });
    expect(searchTm(db, { text: 'Something else entirely here.', srcLang: 'en', tgtLang: 'tr' })).toEqual([]);
  });

  it('answers the same matches when many look-ups share what they read (an export\'s), a repeated word and numbers included', () => {
    const db = openTestDatabase();
    const demo = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } }).id;
    const pairs = listPairs(db, demo);
    // an earlier translation of every other sentence, edited, and units of the other direction
    addUnits(db, pairs.filter((_, k) => k % 2 === 0).map((p, k) => unit(k % 3 ? p.source : `${p.source} The port, the port, in 2024.`, p.target)));
    addUnits(db, pairs.map((p) => ({ srcLang: 'tr' as const, tgtLang: 'en' as const, source: p.target, target: p.source })));
    const queries = [...pairs.map((p) => p.source), 'The port, the port and the port handled 12 ships in 2024.'];
    const lookups = new TmLookups();
    const alone = queries.map((text) => searchTm(db, { text, srcLang: 'en', tgtLang: 'tr', min: 50, limit: 5 }));
    const shared = db.transaction(() => queries.map((text) => searchTm(db, { text, srcLang: 'en', tgtLang: 'tr', min: 50, limit: 5 }, lookups)))();
    expect(shared).toEqual(alone);
    expect(alone.filter((m) => m.length > 0).length).toBeGreaterThan(pairs.length / 2);
    // read once: the candidates of every look-up are kept, with a unit of the other direction as none
    expect(lookups.rows.size).toBeGreaterThan(0);
    expect([...lookups.rows.values()].some((r) => r === null)).toBe(true);
    // and once what they may keep is full
    const small = new TmLookups({ postings: 50, rows: 20 });
    expect(db.transaction(() => queries.map((text) => searchTm(db, { text, srcLang: 'en', tgtLang: 'tr', min: 50, limit: 5 }, small)))()).toEqual(alone);
    expect(small.rows.size).toBeLessThanOrEqual(20);
    expect(small.cachedPostings).toBeLessThanOrEqual(50);
  });

  it('stores identical units once and ranks a context match first', () => {
    const db = openTestDatabase();
    expect(addUnits(db, [unit('It is.', 'Öyle.'), unit('It is.', 'Öyle.', { origin: 'other' })])).toBe(1);
    addUnits(db, [
      unit('The route is open.', 'Güzergâh açık.', { prevSource: 'First.', nextSource: 'Last.' }),
      unit('The route is open.', 'Yol açık.'),
    ]);
    const [first] = searchTm(db, { text: 'The route is open.', srcLang: 'en', tgtLang: 'tr', prevSource: 'First.', nextSource: 'Last.' });
    expect(first).toMatchObject({ context: true, rank: 101, unit: { target: 'Güzergâh açık.' } });
  });

  it('concordance finds a word with Turkish suffixes and case, with character ranges', () => {
    const db = openTestDatabase();
    addUnits(db, [unit('The Zangezur corridor.', "ZENGEZUR KORİDORU'nun geleceği belirsiz."), unit('A corridor.', 'Koridorun sonu.'), unit('Nothing.', 'Hiçbir şey.')]);
    const hits = concordance(db, { text: 'koridor', side: 'target' });
    expect(hits).toHaveLength(2);
    const first = hits.find((h) => h.target.startsWith('ZENGEZUR'))!;
    expect(first.targetRanges.map(([s, e]) => first.target.slice(s, e))).toEqual(["KORİDORU'nun"]);
    expect(concordance(db, { text: 'zengezur koridoru', side: 'target' })).toHaveLength(1);
  });

  it('a confirmed pair enters the TM once and is updated, not duplicated, when edited again', () => {
    const db = openTestDatabase();
    const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
    const pair = listPairs(db, id)[6]!;
    const confirmed = writePair(db, pair, { status: 'translated' }, 'edit', 'ayse');
    syncPairToTm(db, confirmed, 'ayse');
    expect(tmStats(db)).toMatchObject({ units: 1, fromDocuments: 1 });
    const edited = writePair(db, confirmed, { target: `${confirmed.target} (düzeltildi)` }, 'edit', 'ayse');
    syncPairToTm(db, edited, 'ayse');
    expect(tmStats(db).units).toBe(1);
    expect(searchTm(db, { text: pair.source, srcLang: 'en', tgtLang: 'tr' })[0]!.unit.target).toMatch(/düzeltildi/);
  });

  it('leverage analysis counts words per band and internal repetitions', () => {
    const db = openTestDatabase();
    const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
    const pairs = listPairs(db, id);
    addUnits(db, [unit(pairs[6]!.source, pairs[6]!.target), unit(pairs[7]!.source.replace(/\.$/, ' today.'), 'x')]);
    const report = analyzeLeverage(db, pairs, 'en', 'tr');
    expect(report.total.segments).toBe(pairs.length);
    expect(report.bands.exact.segments).toBe(1);
    expect(report.bands['85-94'].segments + report.bands['75-84'].segments + report.bands['95-99'].segments).toBeGreaterThanOrEqual(1);
    const words = Object.values(report.bands).reduce((n, b) => n + b.words, 0);
    expect(words).toBe(report.total.words);
  });
});

describe('lexicon learned from the TM', () => {
  it('is null for an empty TM, learned from the units otherwise, and relearned when the TM changes', async () => {
    const { tmLexicon } = await import('../../src/tm/index.js');
    const db = openTestDatabase();
    expect(tmLexicon(db)).toBeNull();
    const towns = ['Baku', 'Kars', 'Aktau', 'Poti', 'Batumi'];
    addUnits(db, towns.map((t) => unit(`The ferry to ${t} is slow.`, `${t} feribotu yavaş.`)));
    addUnits(db, towns.map((t) => unit(`The railway to ${t} is new.`, `${t} demiryolu yeni.`)));
    expect(tmLexicon(db)!.entries.get('ferry')).toContain('ferib');
    expect(tmLexicon(db)!.entries.get('railway')).toContain('demir');
    expect(tmLexicon(db)!.entries.has('bridge')).toBe(false);
    addUnits(db, towns.map((t) => unit(`The bridge to ${t} is old.`, `${t} köprüsü eski.`)));
    expect(tmLexicon(db)!.entries.get('bridge')).toContain('köprü');
  });
});
