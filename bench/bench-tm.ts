/**
 * Translation-memory figures (part of npm run bench; alone: npm run bench:tm).
 * HIZALA_TM_UNITS sets the TM size (default 1,000,000); the recall check uses a
 * 100,000-unit TM, where an exhaustive scan per query is affordable.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../src/db/index.js';
import { concordance, exportTmxFile, importTmxFile, searchTm, searchTmExhaustive, TmLookups } from '../src/tm/index.js';
import { tmxHead, tmxUnit } from '../src/formats/tmx/index.js';
import { basePairs, editSentence, Random, syntheticUnit, vocabulary } from './lib/tm-corpus.js';
import { closeSync, openSync, writeSync } from 'node:fs';
import { createDatabase, startCluster } from '../test/helpers/pg-cluster.js';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function writeSyntheticTmx(path: string, units: number): void {
  const bases = basePairs();
  const vocab = vocabulary(bases);
  const fd = openSync(path, 'w');
  const now = new Date().toISOString();
  let out = tmxHead('en');
  for (let k = 0; k < units; k++) {
    const u = syntheticUnit(k, bases, vocab);
    out += tmxUnit({ id: k + 1, source: u.source, target: u.target, source_xml: null, target_xml: null, origin: 'bench', author: null, created_at: now, changed_at: now }, 'en', 'tr');
    if (out.length > 1 << 20) {
      writeSync(fd, out);
      out = '';
    }
  }
  writeSync(fd, `${out}  </body>\n</tmx>\n`);
  closeSync(fd);
}

function queries(n: number): string[] {
  const bases = basePairs();
  const vocab = vocabulary(bases);
  const rng = new Random(4242);
  return Array.from({ length: n }, () => editSentence(bases[rng.int(bases.length)]!.source, 1 + rng.int(3), rng, vocab));
}

function measureLookups(db: Db, qs: string[]): void {
  const fuzzy: number[] = [];
  let found = 0;
  for (const q of qs) {
    const t = performance.now();
    const m = searchTm(db, { text: q, srcLang: 'en', tgtLang: 'tr', min: 50, limit: 5 });
    fuzzy.push(performance.now() - t);
    if (m.length) found++;
  }
  const conc: number[] = [];
  const rng = new Random(7);
  for (const q of qs) {
    const words = q.split(' ').filter((w) => /^[A-Za-z]{4,}$/.test(w));
    const start = rng.int(Math.max(1, words.length - 1));
    const phrase = words.slice(start, start + 1 + rng.int(2)).join(' ') || 'corridor';
    const t = performance.now();
    concordance(db, { text: phrase, side: 'both', limit: 50 });
    conc.push(performance.now() - t);
  }
  console.log(
    `  fuzzy top-5 ≥ 50 %: p50 ${percentile(fuzzy, 50).toFixed(1)} ms, p95 ${percentile(fuzzy, 95).toFixed(1)} ms (goal p95 < 25 ms) over ${qs.length} queries; ${found} found a match`,
  );
  console.log(`  concordance: p50 ${percentile(conc, 50).toFixed(1)} ms, p95 ${percentile(conc, 95).toFixed(1)} ms (goal p95 < 10 ms)`);
  // as an XLIFF export looks its pairs up: one read transaction, postings and candidates read once
  const alone = qs.map((q) => searchTm(db, { text: q, srcLang: 'en', tgtLang: 'tr', min: 70, limit: 3 }));
  const lookups = new TmLookups();
  const t = performance.now();
  const shared = db.transaction(() => qs.map((q) => searchTm(db, { text: q, srcLang: 'en', tgtLang: 'tr', min: 70, limit: 3 }, lookups)))();
  const same = shared.every((m, k) => JSON.stringify(m) === JSON.stringify(alone[k]));
  console.log(`  the same queries looked up as an export does (top 3 ≥ 70 %, one transaction, reads shared): ${((performance.now() - t) / qs.length).toFixed(2)} ms per query; matches the same as alone: ${same ? 'yes' : 'NO'}`);
}

export function benchTm(units = Number(process.env.HIZALA_TM_UNITS ?? 1_000_000)): void {
  const dir = mkdtempSync(join(tmpdir(), 'hizala-tm-'));
  try {
    console.log(`translation memory (${units.toLocaleString('en')} units generated from the dev corpora, see bench/lib/tm-corpus.ts)`);
    // recall against an exhaustive scan, on a TM small enough to scan
    const recallUnits = Math.min(units, 100_000);
    const small = join(dir, 'small.tmx');
    writeSyntheticTmx(small, recallUnits);
    const sdb = openDatabase(join(dir, 'small.sqlite'));
    importTmxFile(sdb, small);
    const qs = queries(1000);
    let expected75 = 0;
    let found75 = 0;
    let exact = 0;
    let exactFound = 0;
    let scanMs = 0;
    let indexMs = 0;
    for (const q of qs.slice(0, 100)) {
      let t = performance.now();
      const all = searchTmExhaustive(sdb, { text: q, srcLang: 'en', tgtLang: 'tr', min: 75 });
      scanMs += performance.now() - t;
      t = performance.now();
      const viaIndex = new Set(searchTm(sdb, { text: q, srcLang: 'en', tgtLang: 'tr', min: 75, limit: 1000 }).map((m) => m.unit.id));
      indexMs += performance.now() - t;
      expected75 += all.length;
      found75 += all.filter((m) => viaIndex.has(m.unit.id)).length;
      const exacts = all.filter((m) => m.score === 100);
      exact += exacts.length;
      exactFound += exacts.filter((m) => viaIndex.has(m.unit.id)).length;
    }
    // exact matches: queries taken from units of the TM itself
    const stored = (sdb.prepare('SELECT count(*) AS n FROM tm_units').get() as { n: number }).n;
    for (let k = 0; k < 100; k++) {
      const text = (sdb.prepare('SELECT source FROM tm_units ORDER BY id LIMIT 1 OFFSET ?').get((k * 997) % stored) as { source: string }).source;
      const ids = searchTm(sdb, { text, srcLang: 'en', tgtLang: 'tr', min: 100, limit: 1000 });
      exact++;
      if (ids.some((m) => m.score === 100)) exactFound++;
    }
    sdb.close();
    console.log(
      `  recall on ${recallUnits.toLocaleString('en')} units, 100 queries: matches ≥ 75 % found through the index ${found75}/${expected75} = ${(found75 / Math.max(1, expected75)).toFixed(3)} (goal ≥ 0.99); exact ${exactFound}/${exact} (goal 1.0)`,
    );
    console.log(`  time for those 100 queries: exhaustive scan ${(scanMs / 100).toFixed(1)} ms per query, index ${(indexMs / 100).toFixed(1)} ms per query`);

    const big = join(dir, 'big.tmx');
    let t = performance.now();
    writeSyntheticTmx(big, units);
    const genMs = performance.now() - t;
    const path = join(dir, 'big.sqlite');
    const db = openDatabase(path);
    const rss0 = process.memoryUsage().rss;
    let rssMax = rss0;
    t = performance.now();
    const result = importTmxFile(db, big, { onProgress: () => (rssMax = Math.max(rssMax, process.memoryUsage().rss)) });
    const importMs = performance.now() - t;
    db.pragma('wal_checkpoint(TRUNCATE)');
    console.log(
      `  TMX of ${(statSync(big).size / 2 ** 20).toFixed(0)} MB (generated in ${(genMs / 1000).toFixed(1)} s) imported in ${(importMs / 1000).toFixed(1)} s (goal < 60 s): ${result.added.toLocaleString('en')} units; ` +
        `RSS ${(rss0 / 2 ** 20).toFixed(0)} → max ${(rssMax / 2 ** 20).toFixed(0)} MB during the import; database ${(statSync(path).size / 2 ** 20).toFixed(0)} MB on disk`,
    );
    measureLookups(db, qs);
    t = performance.now();
    searchTmExhaustive(db, { text: qs[0]!, srcLang: 'en', tgtLang: 'tr', min: 50 });
    console.log(`  one exhaustive scan of the ${units.toLocaleString('en')} units: ${(performance.now() - t).toFixed(0)} ms`);
    t = performance.now();
    const exported = exportTmxFile(db, join(dir, 'out.tmx'));
    console.log(`  TMX export of ${exported.toLocaleString('en')} units: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}


/**
 * The same TM on PostgreSQL (a throwaway cluster, or HIZALA_TM_PG=postgres://… of your
 * own): import time, the same lookups, and whether both stores give the same matches.
 */
export function benchTmPostgres(units = Number(process.env.HIZALA_TM_UNITS ?? 1_000_000)): Promise<void> {
  return (async () => {
    const own = process.env.HIZALA_TM_PG;
    const cluster = own ? null : await startCluster();
    const dir = mkdtempSync(join(tmpdir(), 'hizala-tm-pg-'));
    try {
      const url = createDatabase(own ?? cluster!.url, `hizala_tm_${process.pid}`);
      console.log(`translation memory on PostgreSQL (${units.toLocaleString('en')} units, the same generated corpus)`);
      const file = join(dir, 'big.tmx');
      writeSyntheticTmx(file, units);
      const db = openDatabase(url);
      let t = performance.now();
      const result = importTmxFile(db, file);
      console.log(`  TMX imported in ${((performance.now() - t) / 1000).toFixed(1)} s: ${result.added.toLocaleString('en')} units`);
      const qs = queries(1000);
      measureLookups(db, qs);
      // the same answers as SQLite: the first 50 queries against a SQLite copy of the TM
      const lite = openDatabase(join(dir, 'same.sqlite'));
      importTmxFile(lite, file);
      // ids differ between the stores (PostgreSQL's sequence skips the duplicates it refused),
      // and equal scores are ordered by id: compared are the scores, and the sources as a set
      let sameScores = 0;
      let sameSources = 0;
      for (const q of qs.slice(0, 50)) {
        const a = searchTm(db, { text: q, srcLang: 'en', tgtLang: 'tr', min: 50, limit: 5 });
        const b = searchTm(lite, { text: q, srcLang: 'en', tgtLang: 'tr', min: 50, limit: 5 });
        if (JSON.stringify(a.map((m) => m.score)) === JSON.stringify(b.map((m) => m.score))) sameScores++;
        if (JSON.stringify(a.map((m) => m.unit.source).sort()) === JSON.stringify(b.map((m) => m.unit.source).sort())) sameSources++;
      }
      console.log(`  against SQLite, the same 50 queries: the same top-5 scores for ${sameScores}, the same top-5 units for ${sameSources} (the rest differ only among equal scores, ordered by id)`);
      lite.close();
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      cluster?.stop();
    }
  })();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchTm();
  await benchTmPostgres();
}
