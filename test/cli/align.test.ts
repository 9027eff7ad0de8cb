import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hizala, DEV } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const data = (f: string) => join(DEV, 'align', f);

interface AlignJson {
  segments: { en: string[]; tr: string[] };
  beads: { en: number[]; tr: number[]; score: number; needsReview: boolean }[];
}

describe('hizala align', () => {
  it('aligns presegmented gold files: indices count non-empty lines', () => {
    const run = hizala(['align', data('rail.en.txt'), data('rail.tr.txt'), '--presegmented', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as AlignJson;
    const lines = readFileSync(data('rail.en.txt'), 'utf8').split('\n').filter(Boolean);
    expect(out.segments.en).toEqual(lines);
    expect(out.beads.flatMap((b) => b.en)).toEqual(lines.map((_, k) => k));
    expect(out.beads[0]).toMatchObject({ en: [0], tr: [0] });
    expect(typeof out.beads[0]!.score).toBe('number');
  });

  it('aligns Markdown end to end and prints a two-column view', () => {
    const run = hizala(['align', data('gas.en.md'), data('gas.tr.md')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d\.\d\d[ ?] 1-1 {2}GAS, PIPELINES/);
    expect(run.stdout).toContain('│ HAZAR HAVZASINDA GAZ');
  });

  it('refuses bad input with exit code 2', () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n\n');
    expect(hizala(['align', empty, data('gas.tr.txt'), '--presegmented']).stderr).toMatch(/empty\.txt: the file has no text/);
    const swapped = hizala(['align', data('gas.tr.md'), data('gas.en.md')]);
    expect(swapped.status).toBe(2);
    expect(swapped.stderr).toMatch(/looks Turkish, not English/);
    const binary = join(dir, 'b.md');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    expect(hizala(['align', binary, data('gas.tr.md')]).status).toBe(2);
    expect(hizala(['align', data('gas.en.md'), data('gas.tr.md'), '--method', 'magic']).status).toBe(2);
  });
});
