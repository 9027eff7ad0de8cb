import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPairs } from '../../src/db/index.js';
import { openWorkspace } from '../../src/workspace/index.js';
import { addUnits } from '../../src/tm/index.js';
import { hizala, REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { newWorkspaceLocation } from '../helpers/store.js';

describe('hizala export (XLIFF)', () => {
  it('offers the TM\'s matches of each pair, and leaves them out with --no-matches', () => {
    const dir = tempDir();
    const db = newWorkspaceLocation();
    expect(hizala(['import', join(REPO, 'demo/caspian-ports.en.md'), join(REPO, 'demo/caspian-ports.tr.md'), '--db', db]).status).toBe(0);
    const workspace = openWorkspace(db);
    const [first] = listPairs(workspace, 1);
    addUnits(workspace, [{ srcLang: 'en', tgtLang: 'tr', source: `${first!.source} Again.`, target: 'Önceki bir çeviri.', origin: 'old-tm' }]);
    workspace.close();
    const withMatches = join(dir, 'with.xlf');
    const without = join(dir, 'without.xlf');
    expect(hizala(['export', '1', '--format', 'xliff12', '-o', withMatches, '--db', db]).status).toBe(0);
    expect(hizala(['export', '1', '--format', 'xliff12', '--no-matches', '-o', without, '--db', db]).status).toBe(0);
    expect(readFileSync(withMatches, 'utf8')).toContain('<target>Önceki bir çeviri.</target></alt-trans>');
    const plain = readFileSync(without, 'utf8');
    expect(plain).not.toContain('<alt-trans');
    // everything else is the same file
    expect(plain).toBe(readFileSync(withMatches, 'utf8').replace(/\n\s*<alt-trans [^\n]*<\/alt-trans>/g, ''));
  });
});

/** `hizala import-xliff`: what it says and its exit code when a unit cannot be applied, with and without --strict. */
describe('hizala import-xliff', () => {
  it('exits 1 when a unit is left alone; --strict then writes nothing', () => {
    const dir = tempDir();
    const db = newWorkspaceLocation();
    expect(hizala(['import', join(REPO, 'demo/caspian-ports.en.md'), join(REPO, 'demo/caspian-ports.tr.md'), '--db', db]).status).toBe(0);
    const file = join(dir, 'out.xlf');
    expect(hizala(['export', '1', '--format', 'xliff12', '-o', file, '--db', db]).status).toBe(0);
    const workspace = openWorkspace(db);
    const [, second, third] = listPairs(workspace, 1);
    workspace.close();
    // one unit with a new translation; another whose source is not the one exported
    const unit = (id: number) => new RegExp(`(<trans-unit id="p${id}"[^]*?<source>)([^]*?)(</source>\\s*<target[^>]*>)([^]*?)(</target>)`);
    const returned = readFileSync(file, 'utf8')
      .replace(unit(second!.id), '$1$2$3Yeni bir çeviri.$5')
      .replace(unit(third!.id), '$1Another source altogether.$3Başka bir çeviri.$5');
    writeFileSync(file, returned);

    const strict = hizala(['import-xliff', file, '--strict', '--db', db]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/nothing imported \(--strict\): 1 units left alone, 0 conflicts; 1 would have been updated/);
    expect(strict.stdout).toMatch(new RegExp(`out\\.xlf:\\d+: unit p${third!.id} left alone, the source is not the one exported`));
    const unchanged = openWorkspace(db);
    expect(listPairs(unchanged, 1).find((p) => p.id === second!.id)!.target).toBe(second!.target);
    unchanged.close();

    const run = hizala(['import-xliff', file, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/1 updated, .*1 left alone/);
    const after = openWorkspace(db);
    expect(listPairs(after, 1).find((p) => p.id === second!.id)!.target).toBe('Yeni bir çeviri.');
    after.close();
  });
});
