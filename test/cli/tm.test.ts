import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hizala, REPO, DEV, SCHEMAS } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { newWorkspaceLocation } from '../helpers/store.js';

describe('hizala tm and analyze', () => {
  it('imports, searches, finds concordances, reports stats, exports, and analyzes a document', () => {
    const dir = tempDir();
    const db = newWorkspaceLocation();
    expect(hizala(['tm', 'import', join(SCHEMAS, 'samples/tmx14-valid.tmx'), '--db', db]).stdout).toMatch(/3 units read, 3 added/);
    const search = JSON.parse(hizala(['tm', 'search', 'Send it by e-mail today.', '--min', '50', '--json', '--db', db]).stdout) as { score: number; unit: { target: string } }[];
    expect(search[0]).toMatchObject({ unit: { target: 'E-posta ile gönderin.' } });
    expect(search[0]!.score).toBeGreaterThan(70);
    const conc = JSON.parse(hizala(['tm', 'concordance', 'istanbul', '--json', '--db', db]).stdout) as { targetRanges: [number, number][] }[];
    expect(conc).toHaveLength(1);
    expect(conc[0]!.targetRanges).toHaveLength(1);
    expect(JSON.parse(hizala(['tm', 'stats', '--json', '--db', db]).stdout)).toMatchObject({ units: 3 });
    const out = join(dir, 'out.tmx');
    expect(hizala(['tm', 'export', out, '--db', db]).stdout).toMatch(/3 units written/);
    expect(hizala(['import', join(REPO, 'demo/caspian-ports.en.md'), join(REPO, 'demo/caspian-ports.tr.md'), '--db', db]).status).toBe(0);
    const analysis = JSON.parse(hizala(['analyze', '1', '--json', '--db', db]).stdout) as { total: { segments: number; words: number } };
    expect(analysis.total.segments).toBeGreaterThan(15);
    expect(hizala(['analyze', '99', '--db', db]).status).toBe(2);
  });

  it('refuses a missing or malformed TMX with exit code 2', () => {
    expect(hizala(['tm', 'import', '/nonexistent.tmx', '--db', newWorkspaceLocation()]).status).toBe(2);
    const run = hizala(['tm', 'import', join(DEV, 'qa/glossary.tbx'), '--db', newWorkspaceLocation()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a TMX file/);
  });
});

describe('hizala export', () => {
  it('writes XLIFF with regions in the language codes, and a CAT-tool glossary without forbidden spellings', () => {
    const dir = tempDir();
    const db = newWorkspaceLocation();
    expect(hizala(['import', join(REPO, 'demo/caspian-ports.en.md'), join(REPO, 'demo/caspian-ports.tr.md'), '--db', db]).status).toBe(0);
    const out = hizala(['export', '1', '--format', 'xliff20', '--src-region', 'us', '--tgt-region', 'TR', '--db', db]);
    expect(out.stdout).toContain('srcLang="en-US" trgLang="tr-TR"');
    expect(hizala(['export', '1', '--format', 'xliff12', '--src-region', 'USA', '--db', db]).status).toBe(2);
    const tbx = join(dir, 'cat.tbx');
    expect(hizala(['glossary', 'export', tbx, '--format', 'tbx2', '--profile', 'omegat3', '--db', db]).status).toBe(0);
    const text = readFileSync(tbx, 'utf8');
    expect(text).not.toContain('deprecatedTerm-admn-sts');
    expect(text).toContain('Do not use in English: Zengezur');
  });
});
