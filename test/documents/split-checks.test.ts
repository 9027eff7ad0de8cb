import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPairs, writePair } from '../../src/db/index.js';
import { documentContext, exportDocumentXliff, exportDocumentXliffSplit, importDocumentPair } from '../../src/documents/index.js';
import { checkHere, startChecks } from '../../src/documents/split-checks.js';
import { REPO } from '../helpers/cli.js';
import { openTestWorkspace } from '../helpers/store.js';

function demo() {
  const db = openTestWorkspace();
  const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
  return { db, id };
}

describe('checks split between this thread and a worker', () => {
  it('export the same XLIFF, notes of both halves included, as the checks run in one thread', async () => {
    const { db, id } = demo();
    for (const version of ['1.2', '2.0'] as const) {
      const split = await exportDocumentXliffSplit(db, id, { version }, { splitFrom: 1 });
      expect(split).toBe(exportDocumentXliff(db, id, { version }));
      // findings of a worker check (the glossary's) and of a check run here (lost characters)
      expect(split).toMatch(/hizala-qa:forbidden-variant/);
      expect(split).toMatch(/hizala-qa:mojibake/);
      expect(split).toContain('term: Zangezur → Zengezur');
    }
    db.close();
  });

  it('use the findings of the worker for the pairs it read, merged in the order of one thread', async () => {
    const { db, id } = demo();
    const started = startChecks(db, id, 1, { splitFrom: 1 });
    const pairs = listPairs(db, id);
    const context = documentContext(db, id);
    const checked = await started.finish(pairs, context);
    expect(checked.threads).toBe(2);
    expect(checked.report).toEqual(checkHere(pairs, context).report);
    db.close();
  });

  it('check again here what the worker read before an edit: the findings are those of the pairs as they are now', async () => {
    const { db, id } = demo();
    const started = startChecks(db, id, 1, { splitFrom: 1 });
    // an edit while the worker may be reading: a forbidden spelling in the first pair's target
    const first = listPairs(db, id)[0]!;
    writePair(db, first, { target: `${first.target} Zangezur` }, 'test', null);
    const pairs = listPairs(db, id);
    const context = documentContext(db, id);
    const checked = await started.finish(pairs, context);
    const expected = checkHere(listPairs(db, id), context);
    expect(checked.report).toEqual(expected.report);
    expect(checked.report.pairs.find((p) => p.id === first.id)?.flags.some((f) => f.check === 'forbidden-variant' && f.side === 'tgt')).toBe(true);
    const terms = (list: readonly { entryId: string; found: string }[]) => list.map((o) => `${o.entryId}:${o.found}`);
    for (const p of pairs) expect(terms(checked.sourceTerms(p))).toEqual(terms(expected.sourceTerms(p)));
    db.close();
  });

});
