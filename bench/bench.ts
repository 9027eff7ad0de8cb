/**
 * Speed figures (npm run bench). Prints numbers; asserts nothing.
 *  - segmentation of a ≥50,000-sentence document: sentences per second on one core
 *  - import of that pair into a fresh SQLite file (read, segment, store in one transaction)
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/index.js';
import { importDocumentPair } from '../src/documents/index.js';
import { readMarkdown } from '../src/formats/index.js';
import { joinBrokenParagraphs, segmentParagraphs } from '../src/segment/index.js';
import { bigMarkdownPair } from './lib/corpus.js';

function time<T>(fn: () => T): { result: T; ms: number } {
  const start = process.hrtime.bigint();
  const result = fn();
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
      `  ${lang}: ${n} sentences (${(text.length / 1e6).toFixed(1)} MB); segment ${seg.ms.toFixed(0)} ms = ${Math.round(n / (seg.ms / 1000)).toLocaleString('en')} sentences/s; ` +
        `read+segment ${read.ms.toFixed(0)} ms = ${Math.round(n / (read.ms / 1000)).toLocaleString('en')} sentences/s (goal ≥ 200,000 sentences/s)`,
    );
  }
}

function benchImport(): void {
  const { en, tr } = bigMarkdownPair(50_000);
  const path = join(tmpdir(), `hizala-bench-${process.pid}.sqlite`);
  const db = openDatabase(path);
  try {
    const run = time(() =>
      importDocumentPair(db, { source: { name: 'big.en.md', bytes: Buffer.from(en) }, target: { name: 'big.tr.md', bytes: Buffer.from(tr) } }),
    );
    console.log('import');
    console.log(
      `  ${run.result.source.segments} + ${run.result.target.segments} segments imported into SQLite in ${run.ms.toFixed(0)} ms (goal < 2000 ms)`,
    );
  } finally {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
}

const only = process.argv[2];
if (!only || only === 'segment') benchSegmentation();
if (!only || only === 'import') benchImport();
