import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, DEV, hizala, REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { newWorkspaceLocation } from '../helpers/store.js';

/** What users expect of a command-line tool from git, npm and kubectl, on the real binary. */
const EN = join(DEV, 'align/rail.en.md');
const TR = join(DEV, 'align/rail.tr.md');

describe('CLI conventions', () => {
  it('takes global options before or after the command', () => {
    const db = newWorkspaceLocation();
    expect(hizala(['--db', db, 'import', EN, TR]).stdout.trim()).toBe('1');
    const before = JSON.parse(hizala(['--db', db, 'documents', '--json']).stdout) as { documents: { id: number }[] };
    const after = JSON.parse(hizala(['documents', '--json', '--db', db]).stdout) as { documents: { id: number }[] };
    const equals = JSON.parse(hizala([`--db=${db}`, 'documents', '--json']).stdout) as { documents: { id: number }[] };
    expect(before.documents.map((d) => d.id)).toEqual([1]);
    expect(after).toEqual(before);
    expect(equals).toEqual(before);
  });

  it('prints the version and help for a command', () => {
    const version = hizala(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = hizala(['help', 'import']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^hizala import EN_FILE TR_FILE/);
    const unknown = hizala(['help', 'frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/no command "frobnicate"/);
  });

  it('ends quietly with exit 0 when the reader of its output stops early', () => {
    const dir = tempDir();
    const big = join(dir, 'big.en.md');
    // far more than a pipe's buffer, so the writer meets the closed pipe
    writeFileSync(big, Array.from({ length: 6000 }, (_, i) => `Sentence number ${i} of a long paragraph is here. Another one follows it.`).join('\n\n'));
    for (const args of [['segment', big, '--lang', 'en'], ['segment', big, '--lang', 'en', '--json']]) {
      const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${args.map((a) => `"${a}"`).join(' ')} | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8', cwd: REPO });
      expect(run.stdout.trim()).toBe('0');
      expect(run.stderr).toBe('');
    }
  });

  it('says on stderr when the TM has no match; --json prints []', () => {
    const db = newWorkspaceLocation();
    expect(hizala(['import', EN, TR, '--db', db]).status).toBe(0); // a workspace whose TM is empty
    const plain = hizala(['tm', 'search', 'Nothing like this was ever stored.', '--db', db]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toMatch(/no match of 70% or more/);
    const json = hizala(['tm', 'search', 'Nothing like this was ever stored.', '--json', '--db', db]);
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(JSON.parse(hizala(['tm', 'concordance', 'koridor', '--json', '--db', db]).stdout)).toEqual([]);
    expect(hizala(['tm', 'concordance', 'koridor', '--db', db]).stderr).toMatch(/"koridor" is not in the TM/);
  });

  it('prints a one-line summary of an import beside the id, and refuses the same files twice without --force', () => {
    const db = newWorkspaceLocation();
    const first = hizala(['import', EN, TR, '--db', db]);
    expect(first.stdout).toBe('1\n');
    expect(first.stderr).toMatch(/^document 1 ".+": \d+ pairs \(\d+ English, \d+ Turkish segments\), (none needs review|\d+ needs? review)\n$/);
    const again = hizala(['import', EN, TR, '--db', db]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/imported before, as document 1 .*--force/);
    expect(JSON.parse(hizala(['documents', '--json', '--db', db]).stdout).documents).toHaveLength(1);
    const forced = hizala(['import', EN, TR, '--force', '--db', db]);
    expect(forced.stdout).toBe('2\n');
  });

  it('wraps the two-column alignment view to the terminal width instead of cutting it', () => {
    const run = hizala(['align', EN, TR], { env: { COLUMNS: '80' } });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(run.stdout).not.toContain('…');
    // every word of the first English sentence is there, in order
    const firstEnglish = JSON.parse(hizala(['align', EN, TR, '--json']).stdout).segments.en[1] as string;
    const leftColumn = lines.map((l) => l.slice(11).split('│')[0]!.trim()).join(' ');
    expect(leftColumn.replace(/\s+/g, ' ')).toContain(firstEnglish.replace(/\s+/g, ' '));
  });
});

describe('packaging', () => {
  it('ships what the CLI needs and nothing of the tests or benchmarks', () => {
    const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const files = (JSON.parse(run.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const needed of ['bin/hizala', 'dist/cli/main.js', 'web/dist/index.html', 'lexicon/en-tr.tsv', 'glossary/default.tbx', 'demo/caspian-ports.en.md', 'package.json']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => /^(test|bench|data|schemas|src|scripts)\//.test(f))).toEqual([]);
  });

  it('installs globally as a working hizala on the PATH', () => {
    const prefix = tempDir();
    const install = spawnSync('npm', ['install', '-g', '.', '--prefix', prefix, '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: REPO, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    const run = spawnSync(join(prefix, 'bin/hizala'), ['--version'], { cwd: prefix, encoding: 'utf8' });
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
