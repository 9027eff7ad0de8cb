import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addGlossaryTerm, listPairs, writePair, type Db, type Pair } from '../../src/db/index.js';
import { documentContext, exportDocumentXliff, exportDocumentXliffSplit, importDocumentPair } from '../../src/documents/index.js';
import { checkHere, packTerms, SHARE_PAIRS, shareStarts, startChecks, unpackTerms, type CheckedDocument, type StartedChecks } from '../../src/documents/split-checks.js';
import { checkDocument } from '../../src/qa/index.js';
import { REPO } from '../helpers/cli.js';
import { openTestWorkspace } from '../helpers/store.js';
import { tempDir } from '../helpers/tmp.js';

function demo() {
  const db = openTestWorkspace();
  const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
  return { db, id };
}

/** Time for the worker to start and read the glossary (on a slow machine it may read the changed one: then the test shows less, never fails wrongly). */
const workerHasRead = () => new Promise((resolve) => setTimeout(resolve, 1500));

/** What the split checks found in the document as it is now, and what every check run here finds. */
async function finishAndCheckHere(db: Db, id: number, started: StartedChecks): Promise<{ pairs: Pair[]; checked: CheckedDocument; here: CheckedDocument }> {
  const pairs = listPairs(db, id);
  const context = documentContext(db, id);
  const checked = await started.finish(pairs, context);
  return { pairs, checked, here: checkHere(listPairs(db, id), context) };
}

describe('checks split between this thread and a worker', () => {
  it('export the same XLIFF, notes of both halves included, as the checks run in one thread', async () => {
    const { db, id } = demo();
    for (const version of ['1.2', '2.0'] as const) {
      const bytes = Buffer.concat(await exportDocumentXliffSplit(db, id, { version }, { splitFrom: 1 }));
      // the bytes are the one-thread export's text in UTF-8, Turkish letters included
      expect(bytes.equals(Buffer.from(exportDocumentXliff(db, id, { version }), 'utf8'))).toBe(true);
      const split = bytes.toString('utf8');
      expect(split).toMatch(/[çğıİöşü]/);
      // findings of a worker check (the glossary's) and of a check run here (lost characters)
      expect(split).toMatch(/hizala-qa:forbidden-variant/);
      expect(split).toMatch(/hizala-qa:mojibake/);
      expect(split).toContain('term: Zangezur → Zengezur');
    }
    db.close();
  });

  it('use the findings of the worker for the pairs sent to it, merged in the order of one thread', async () => {
    const { db, id } = demo();
    const { checked, here } = await finishAndCheckHere(db, id, startChecks(db, id, 1, { splitFrom: 1 }));
    expect(checked.threads).toBe(2);
    expect(checked.report).toEqual(here.report);
    db.close();
  });

  it('check pairs sent in batches as they are read as one thread checks them all, and run no document-wide check (XLIFF notes are per unit)', async () => {
    const { db, id } = demo();
    const started = startChecks(db, id, 1, { splitFrom: 1 });
    let batches = 0;
    const pairs = listPairs(db, id, { size: 3, chunk: (batch) => (batches++, started.send(batch)) });
    expect(batches).toBe(Math.ceil(pairs.length / 3));
    const context = documentContext(db, id);
    const checked = await started.finish(pairs, context);
    const here = checkHere(listPairs(db, id), context);
    expect(checked.threads).toBe(2);
    expect(checked.report).toEqual(here.report);
    // the demo spells Zangezur two ways: a check the export does not write is not run
    expect(checkDocument(pairs, context).document.some((f) => f.check === 'inconsistent-spelling')).toBe(true);
    expect(checked.report.document).toEqual([]);
    const terms = (list: readonly { entryId: string; found: string }[]) => list.map((o) => `${o.entryId}:${o.found}`);
    for (const p of pairs) expect(terms(checked.sourceTerms(p))).toEqual(terms(here.sourceTerms(p)));
    db.close();
  });

  it('take the glossary checks of the shares the worker has not begun, from the last back, and join the findings in the order of one thread', async () => {
    const { db, id } = demo();
    const started = startChecks(db, id, listPairs(db, id).length, { splitFrom: 1 });
    // shares of SHARE_PAIRS: a batch of 1,200 pairs is three, the last of 200
    expect(shareStarts(1000, 1200)).toEqual([1000, 1000 + SHARE_PAIRS, 1000 + 2 * SHARE_PAIRS]);
    const pairs = listPairs(db, id, { size: 2, chunk: started.send });
    const context = documentContext(db, id);
    // this thread is done with its own checks long before the worker has loaded its modules
    // and read the glossary: it takes the glossary's checks of most shares, if not all
    const checked = await started.finish(pairs, context);
    expect(checked.taken).toBeGreaterThan(0);
    expect(checked.threads).toBe(2);
    const here = checkHere(listPairs(db, id), context);
    expect(checked.report).toEqual(here.report);
    expect(checked.report.pairs.some((p) => p.flags.some((f) => f.check === 'forbidden-variant'))).toBe(true);
    const terms = (list: readonly { entryId: string; found: string }[]) => list.map((o) => `${o.entryId}:${o.found}`);
    for (const p of pairs) expect(terms(checked.sourceTerms(p))).toEqual(terms(here.sourceTerms(p)));
    db.close();
  });

  it('hand the source terms over packed, as they were', () => {
    const list: [number, { entryId: string; found: string }[]][] = [[7, [{ entryId: 'zangezur', found: "Zengezur'un" }, { entryId: 'baku', found: 'Bakü' }]], [9, [{ entryId: '', found: 'çğıİöşü\u0000' }]]];
    expect([...unpackTerms(packTerms(list))]).toEqual(list);
  });

  it('check the pairs as given, with an edit made after the worker started: the findings are those of the pairs as they are now', async () => {
    const { db, id } = demo();
    const started = startChecks(db, id, 1, { splitFrom: 1 });
    await workerHasRead();
    // an edit after the worker started: a forbidden spelling in the first pair's target
    const first = listPairs(db, id)[0]!;
    writePair(db, first, { target: `${first.target} Zangezur` }, 'test', null);
    const { pairs, checked, here: expected } = await finishAndCheckHere(db, id, started);
    expect(checked.report).toEqual(expected.report);
    expect(checked.report.pairs.find((p) => p.id === first.id)?.flags.some((f) => f.check === 'forbidden-variant' && f.side === 'tgt')).toBe(true);
    const terms = (list: readonly { entryId: string; found: string }[]) => list.map((o) => `${o.entryId}:${o.found}`);
    for (const p of pairs) expect(terms(checked.sourceTerms(p))).toEqual(terms(expected.sourceTerms(p)));
    db.close();
  });

  it('stop a worker whose pairs will not come, and then check everything here', async () => {
    const { db, id } = demo();
    const started = startChecks(db, id, 1, { splitFrom: 1 });
    started.cancel();
    const { checked, here } = await finishAndCheckHere(db, id, started);
    expect(checked.threads).toBe(1);
    expect(checked.report).toEqual(here.report);
    db.close();
  });

  it('check everything here when the worker cannot prepare (it finds no such document), and let it end', async () => {
    const { db, id } = demo();
    const started = startChecks(db, id + 1000, 1, { splitFrom: 1 });
    const pairs = listPairs(db, id, { size: 4, chunk: started.send });
    const context = documentContext(db, id);
    const checked = await started.finish(pairs, context);
    expect(checked.threads).toBe(1);
    expect(checked.report).toEqual(checkHere(pairs, context).report);
    // a worker that failed ends its thread: a process that used it (a CLI export) exits by itself
    const location = db.name;
    db.close();
    const script = `
      const [{ openWorkspace }, { listPairs }, { documentContext }, { startChecks }] = await Promise.all(['workspace/index.js', 'db/index.js', 'documents/flags.js', 'documents/split-checks.js'].map((m) => import(${JSON.stringify(join(REPO, 'dist'))} + '/' + m)));
      const db = openWorkspace(process.argv[2]);
      const started = startChecks(db, ${id + 1000}, 1, { splitFrom: 1 });
      const checked = await started.finish(listPairs(db, ${id}), documentContext(db, ${id}));
      db.close();
      console.log('threads', checked.threads);`;
    const file = join(tempDir(), 'split-once.mjs');
    writeFileSync(file, script);
    const { stdout } = await promisify(execFile)(process.execPath, [file, location], { timeout: 20_000, encoding: 'utf8' });
    expect(stdout.trim()).toBe('threads 1');
  });

  it('check again here what the worker matched with a glossary changed since', async () => {
    const { db, id } = demo();
    const started = startChecks(db, id, 1, { splitFrom: 1 });
    await workerHasRead();
    // a new concept the Turkish side never names: every pair with "Caspian" misses its term
    addGlossaryTerm(db, 'test-caspian', { lang: 'en', text: 'Caspian', status: 'preferred' });
    addGlossaryTerm(db, 'test-caspian', { lang: 'tr', text: 'Kaspiyumsu', status: 'preferred' });
    const { checked, here } = await finishAndCheckHere(db, id, started);
    expect(checked.report).toEqual(here.report);
    expect(checked.report.pairs.some((p) => p.flags.some((f) => f.check === 'missing-target-term' && f.params?.term === 'test-caspian'))).toBe(true);
    db.close();
  });
});
