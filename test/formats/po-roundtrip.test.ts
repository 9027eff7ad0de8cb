import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPairs } from '../../src/db/index.js';
import { exportDocumentXliff, importDocumentPair, importDocumentXliff } from '../../src/documents/index.js';
import { REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { openTestWorkspace } from '../helpers/store.js';

/**
 * Through translate-toolkit (Debian translate-toolkit, installed by .ci/run) and back:
 * xliff2po, an edit in the PO file, po2xliff -t with our export as template. po2xliff
 * writes the units in a second <file>, in the XLIFF 1.1 namespace, renumbered, with our
 * unit id as their source reference: the edit must still come back.
 */
describe('a PO round trip through translate-toolkit', () => {
  it('imports the edit made in the PO file', () => {
    const dir = tempDir();
    const db = openTestWorkspace();
    const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
    const pair = listPairs(db, id)[2]!;
    const xlf = join(dir, 'out.xlf');
    writeFileSync(xlf, exportDocumentXliff(db, id, { version: '1.2', matches: false }));
    const po = join(dir, 'out.po');
    execFileSync('xliff2po', ['-i', xlf, '-o', po], { stdio: 'pipe' });
    const edited = readFileSync(po, 'utf8').replace(`msgstr "${pair.target.replace(/"/g, '\\"')}"`, 'msgstr "Gemiler günlerce bekliyor."');
    expect(edited).toContain('Gemiler günlerce bekliyor.');
    writeFileSync(po, edited);
    const back = join(dir, 'back.xlf');
    execFileSync('po2xliff', ['-t', xlf, '-i', po, '-o', back], { stdio: 'pipe' });
    const report = importDocumentXliff(db, readFileSync(back, 'utf8'), 'back.xlf');
    expect(report.updated).toBe(1);
    expect(listPairs(db, id)[2]!.target).toBe('Gemiler günlerce bekliyor.');
    db.close();
  });
});
