/**
 * Speed figures (npm run bench). Prints numbers; asserts nothing.
 *  - segmentation of a ≥50,000-sentence document: sentences per second on one core
 *  - import of that pair into a fresh SQLite file (read, segment, store in one transaction)
 *  - alignment of a 100,000-sentence pair: time and peak memory
 *  - every QA check over 10,000 pairs with a 27- and a 500-entry glossary
 *  - XLIFF 1.2 and 2.0 export and re-import of a 100,000-pair document
 *  - the editor: time to interactive of a 5,000-pair document in Chromium, confirm latency
 *  - load: 50 clients editing overlapping pairs for 30 s, no accepted write lost
 *  - the translation memory at 1,000,000 units (bench-tm.ts; HIZALA_TM_UNITS to change)
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/db/index.js';
import { importDocumentPair } from '../src/documents/index.js';
import { alignSides } from '../src/align/index.js';
import { exportDocumentXliffSplit, importDocumentXliff, pairsFromBeads, segmentDocument } from '../src/documents/index.js';
import { openWorkspace } from '../src/workspace/index.js';
import { defaultGlossary, TermMatcher, type Glossary } from '../src/glossary/index.js';
import { checkDocument } from '../src/qa/index.js';
import { readDocumentBytes, readMarkdown } from '../src/formats/index.js';
import { joinBrokenParagraphs, segmentParagraphs } from '../src/segment/index.js';
import { beadScore } from './lib/align-score.js';
import { benchEditor } from './bench-editor.js';
import { benchLoad, benchLoadPostgres } from './bench-load.js';
import { benchTm, benchTmPostgres } from './bench-tm.js';
import { bigMarkdownPair, concatenatedGold } from './lib/corpus.js';
import { setNames } from './lib/gold.js';
import { prng } from './lib/perturb.js';
import { damage, devSentences } from './eval-restore.js';
import { restoreLost, vocabularyOf } from '../src/qa/index.js';
import { preloadRestoration, restorationSources, spellChecker } from '../src/qa/dictionaries.js';
import { spellPairs } from '../src/app/spelling.js';

function time<T>(fn: () => T): { result: T; ms: number } {
  const start = process.hrtime.bigint();
  const result = fn();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

function best<T>(runs: number, fn: () => T): { result: T; ms: number } {
  let out = time(fn);
  for (let i = 1; i < runs; i++) {
    const next = time(fn);
    if (next.ms < out.ms) out = next;
  }
  return out;
}

function benchSegmentation(): void {
  const { en, tr } = bigMarkdownPair(50_000);
  console.log('segmentation');
  for (const [lang, text] of [['en', en], ['tr', tr]] as const) {
    const paragraphs = joinBrokenParagraphs(readMarkdown(text));
    const seg = best(5, () => segmentParagraphs(paragraphs, lang));
    const read = best(3, () => segmentParagraphs(joinBrokenParagraphs(readMarkdown(text)), lang));
    const n = seg.result.length;
    console.log(
      `  ${lang}: ${n} sentences (${(text.length / 1e6).toFixed(1)} MB); segment ${seg.ms.toFixed(0)} ms = ${Math.round(n / (seg.ms / 1000)).toLocaleString('en')} sentences/s (goal ≥ 200,000 sentences/s); ` +
        `read Markdown + segment ${read.ms.toFixed(0)} ms = ${Math.round(n / (read.ms / 1000)).toLocaleString('en')} sentences/s`,
    );
  }
}

function benchImport(): void {
  const { en, tr } = bigMarkdownPair(50_000);
  const path = join(tmpdir(), `hizala-bench-${process.pid}.sqlite`);
  const db = openDatabase(path);
  try {
    const request = { source: { name: 'big.en.md', bytes: Buffer.from(en) }, target: { name: 'big.tr.md', bytes: Buffer.from(tr) } };
    const plain = time(() => importDocumentPair(db, { ...request, align: false }));
    const aligned = time(() => importDocumentPair(db, { ...request, force: true }));
    console.log('import');
    console.log(
      `  ${plain.result.source.segments} + ${plain.result.target.segments} segments read, segmented and stored in SQLite in ${plain.ms.toFixed(0)} ms (goal < 2000 ms); ` +
        `with alignment and ${aligned.result.pairs} pairs stored: ${aligned.ms.toFixed(0)} ms`,
    );
  } finally {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
}

function benchAlignment(): void {
  const { en, tr, order } = bigMarkdownPair(100_000);
  const src = segmentDocument(readDocumentBytes(Buffer.from(en), 'big.en.md'), 'en');
  const tgt = segmentDocument(readDocumentBytes(Buffer.from(tr), 'big.tr.md'), 'tr');
  const rssBefore = process.memoryUsage().rss;
  const run = time(() => alignSides(src, tgt));
  const peakKb = process.resourceUsage().maxRSS;
  const ones = run.result.filter((b) => b.src.length === 1 && b.tgt.length === 1).length;
  const gold = concatenatedGold(order);
  const sameSegmentation = gold.reduce((n, b) => n + b.en.length, 0) === src.segments.length;
  const score = sameSegmentation ? beadScore(run.result.map((b) => ({ en: b.src, tr: b.tgt })), gold) : null;
  console.log('alignment');
  console.log(
    `  ${src.segments.length} × ${tgt.segments.length} sentences (${src.paragraphs.length} × ${tgt.paragraphs.length} paragraphs) aligned in ${(run.ms / 1000).toFixed(2)} s (goal < 10 s); ` +
      `${run.result.length} beads, ${ones} 1-1${score ? `, strict bead F1 ${score.f1.toFixed(3)} against the concatenated gold` : ''}; process peak RSS ${(peakKb / 1024).toFixed(0)} MB (before aligning ${(rssBefore / 2 ** 20).toFixed(0)} MB; goal < 1024 MB)`,
  );
}

/** A glossary of `size` entries: the shipped one plus generated concepts with names of the same shape. */
function syntheticGlossary(size: number): Glossary {
  const base = defaultGlossary();
  const entries = [...base.entries];
  const syllables = ['ka', 'ra', 'zan', 'ge', 'zur', 'han', 'ken', 'di', 'nah', 'çı', 'van', 'şu', 'la', 'çin', 'me', 'ğri', 'ba', 'ku', 'ter', 'vo'];
  for (let k = 0; entries.length < size; k++) {
    const word = (n: number) => Array.from({ length: 3 }, (_, i) => syllables[(n * 7 + i * 13 + k) % syllables.length]).join('');
    const name = word(k).replace(/^./, (c) => c.toUpperCase()) + String(k);
    entries.push({
      id: `synthetic-${k}`,
      terms: [
        { lang: 'en', text: name, status: 'preferred', partOfSpeech: 'properNoun' },
        { lang: 'en', text: `${name}x`, status: 'deprecated', partOfSpeech: 'properNoun' },
        { lang: 'tr', text: name, status: 'preferred', partOfSpeech: 'properNoun' },
      ],
    });
  }
  return { entries };
}

async function benchQa(): Promise<void> {
  const { en, tr } = bigMarkdownPair(12_000);
  const src = segmentDocument(readDocumentBytes(Buffer.from(en), 'big.en.md'), 'en');
  const tgt = segmentDocument(readDocumentBytes(Buffer.from(tr), 'big.tr.md'), 'tr');
  const pairs = pairsFromBeads(alignSides(src, tgt), src, tgt)
    .slice(0, 10_000)
    .map((p, id) => ({ id, source: p.source, target: p.target }));
  console.log('quality checks');
  for (const size of [27, 500]) {
    const glossary = syntheticGlossary(size);
    const matcher = new TermMatcher(glossary);
    // fresh pair objects each run: the checks cache term look-ups per pair object
    const run = best(3, () => checkDocument(pairs.map((p) => ({ ...p })), { srcLang: 'en', tgtLang: 'tr', matcher }));
    const terms = best(3, () => pairs.reduce((n, p) => n + matcher.find(p.source, 'en').length + matcher.find(p.target, 'tr').length, 0));
    const flags = run.result.pairs.reduce((n, p) => n + p.flags.length, 0);
    console.log(
      `  ${pairs.length} pairs, ${glossary.entries.length}-entry glossary: all checks ${run.ms.toFixed(0)} ms (goal < 1000 ms), ${flags} flags; term matching alone ${terms.ms.toFixed(0)} ms`,
    );
  }
  // spelling, as the editor's job worker runs it over a document, after its dictionaries load
  const load = await timeAsync(() => Promise.all([spellChecker('en'), spellChecker('tr')]));
  const matcher = new TermMatcher(syntheticGlossary(27));
  const spelling = await timeAsync(() => spellPairs(pairs, 'en', 'tr', { en: [], tr: [] }));
  const checks = best(1, () => checkDocument(pairs.map((p) => ({ ...p })), { srcLang: 'en', tgtLang: 'tr', matcher }));
  const words = spelling.result.pairs.reduce((n, p) => n + p.src.length + p.tgt.length, 0);
  console.log(`  spelling of the same pairs (both dictionaries, loaded once in ${(load.ms / 1000).toFixed(1)} s): ${spelling.ms.toFixed(0)} ms, ${words} unknown words; with every check: ${(spelling.ms + checks.ms).toFixed(0)} ms (goal < 2000 ms)`);
}

/** XLIFF export and re-import of a 100,000-pair document (the pairs made from the dev corpora, repeated). */
async function benchXliff(): Promise<void> {
  const path = join(tmpdir(), `hizala-bench-xliff-${process.pid}.sqlite`);
  const db = openWorkspace(path);
  try {
    const { en, tr } = bigMarkdownPair(110_000);
    const { id } = importDocumentPair(db, { source: { name: 'big.en.md', bytes: Buffer.from(en) }, target: { name: 'big.tr.md', bytes: Buffer.from(tr) } });
    const extra = db.prepare('SELECT max(ordinal) AS n FROM pairs WHERE document_id = ?').get(id) as { n: number };
    db.prepare('DELETE FROM pairs WHERE document_id = ? AND ordinal > 100000').run(id);
    const pairs = Math.min(extra.n, 100_000);
    console.log(`xliff (${pairs.toLocaleString('en')} pairs)`);
    for (const version of ['1.2', '2.0'] as const) {
      const out = await timeAsync(() => exportDocumentXliffSplit(db, id, { version, matches: false }));
      // read back as the CLI reads a file: its bytes decoded, then parsed
      const file = Buffer.concat(out.result);
      const back = time(() => importDocumentXliff(db, file.toString('utf8'), 'bench.xlf'));
      console.log(
        `  XLIFF ${version}: export ${(out.ms / 1000).toFixed(2)} s (${(file.length / 2 ** 20).toFixed(0)} MB, goal < 5 s), re-import ${(back.ms / 1000).toFixed(2)} s (goal < 5 s), ${back.result.updated} updated, ${back.result.unchanged} unchanged`,
      );
    }
  } finally {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
}

/**
 * Restoring lost characters as `qa mojibake --jsonl` does it: 1,000 damaged lines of the
 * dev documents (each non-ASCII character one or two □), each line alone with the
 * dictionaries and word counts, after they load once.
 */
async function benchRestore(): Promise<void> {
  const load = await timeAsync(async () => {
    await preloadRestoration('en');
    await preloadRestoration('tr');
  });
  const next = prng(11);
  const lines: { text: string; lang: 'en' | 'tr' }[] = [];
  const sources = setNames().flatMap((name) => (['en', 'tr'] as const).flatMap((lang) => devSentences(name, lang).map((text) => ({ text, lang }))));
  const damageable = sources.filter((l) => /[^\x00-\x7f]/u.test(l.text));
  for (let k = 0; lines.length < 1000; k++) {
    const line = damageable[k % damageable.length]!;
    lines.push({ text: damage(line.text, next() < 0.5 ? '□' : '\ufffd', next), lang: line.lang });
  }
  const run = time(() => lines.reduce((n, l) => n + restoreLost(l.text, vocabularyOf([l.text]), restorationSources(l.lang)).filter((r) => r.certain).length, 0));
  console.log('restoring lost characters');
  console.log(`  dictionaries and word counts loaded in ${(load.ms / 1000).toFixed(2)} s (once per process), ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB resident`);
  console.log(`  1,000 damaged lines, each alone: ${(run.ms / 1000).toFixed(2)} s (goal < 1 s), ${run.result} words restored`);
}

const SECTIONS: Record<string, () => void | Promise<void>> = {
  restore: benchRestore,
  segment: benchSegmentation,
  import: benchImport,
  align: benchAlignment,
  qa: benchQa,
  xliff: benchXliff,
  editor: benchEditor,
  load: async () => {
    await benchLoad();
    await benchLoad(undefined, true);
    await benchLoadPostgres();
  },
  tm: async () => {
    benchTm();
    await benchTmPostgres();
  },
};

const only = process.argv[2];
if (only) {
  const section = SECTIONS[only];
  if (!section) throw new Error(`no benchmark "${only}"; one of: ${Object.keys(SECTIONS).join(', ')}`);
  await section();
} else {
  // each section in a process of its own, as a user runs one command: a section's time
  // and peak memory must not carry the heap the sections before it left behind
  for (const name of Object.keys(SECTIONS)) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], { stdio: 'inherit' });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
}
