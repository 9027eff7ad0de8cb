import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listPairs, writePair, requirePair } from '../../src/db/index.js';
import { openWorkspace } from '../../src/workspace/index.js';
import { DEV, hizala } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { newWorkspaceLocation } from '../helpers/store.js';

/**
 * Word and PDF in, the corrected document out: `hizala import` of a Word and a PDF file,
 * an editor's correction, `hizala export --format docx|html|md`, the exported files read
 * again by Hizala (same pairs) and by LibreOffice (Debian's soffice, headless).
 */
const BINARY = join(DEV, 'binary');
let dir: string;
let db: string;

beforeAll(() => {
  dir = tempDir();
  db = newWorkspaceLocation();
  const run = hizala(['import', join(BINARY, 'corridor.en.pdf'), join(BINARY, 'corridor.tr.docx'), '--db', db]);
  expect(run.stderr).toMatch(/pairs/);
  expect(run.status).toBe(0);
});

/** LibreOffice with a profile of its own in the test's folder (it writes one on first start). */
function soffice(args: string[]) {
  return spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
}

describe('documents out', () => {
  it("exports the Turkish with an editor's correction as Word, which Hizala and LibreOffice read back", () => {
    const workspace = openWorkspace(db);
    const pairs = listPairs(workspace, 1);
    const misspelled = pairs.filter((p) => p.target.includes('Zengezur'));
    expect(misspelled.length).toBeGreaterThan(1);
    for (const p of misspelled) writePair(workspace, requirePair(workspace, p.id), { target: p.target.replace(/Zengezur/g, 'Zangezur') }, 'edit', 'editor');
    workspace.close();

    const out = join(dir, 'corrected.tr.docx');
    const run = hizala(['export', '1', '--format', 'docx', '-o', out, '--db', db]);
    expect(run.stderr).toBe(`document 1 written to ${out}\n`);
    expect(run.status).toBe(0);
    const enOut = join(dir, 'corrected.en.docx');
    expect(hizala(['export', '1', '--format', 'docx', '--side', 'source', '-o', enOut, '--db', db]).status).toBe(0);

    // read back by Hizala: the same pairs, the correction in them, headings as headings
    const back = hizala(['import', enOut, out, '--json', '--force', '--db', db]);
    expect(back.status).toBe(0);
    const again = openWorkspace(db);
    try {
      // the same pairs; the notes, real Word footnotes now, come back after the text (as
      // Word puts them at the foot), and the sentence the translation left out was exported
      // in English (marked) so it comes back as a pair of two English texts
      const original = listPairs(again, 1);
      const untranslated = new Set(original.filter((p) => !p.target.trim()).map((p) => p.source));
      const text = (id: number) => listPairs(again, id).filter((p) => !untranslated.has(p.target)).map((p) => `${p.source} | ${p.target}`).sort();
      expect(untranslated.size).toBe(1);
      expect(text(2)).toEqual(original.filter((p) => p.target.trim()).map((p) => `${p.source} | ${p.target}`).sort());
      expect(text(2).some((t) => t.includes('Zangezur'))).toBe(true);
      const headings = again.prepare("SELECT count(*) AS n FROM paragraphs WHERE document_id = ? AND side = 'tgt' AND kind = 'heading'");
      expect((headings.get(2) as { n: number }).n).toBe((headings.get(1) as { n: number }).n);
    } finally {
      again.close();
    }

    // read by LibreOffice: it opens the file and prints it to PDF, and its text has the notes at the foot
    const pdf = soffice(['--convert-to', 'pdf', '--outdir', join(dir, 'lo'), out]);
    expect(pdf.status, pdf.stderr).toBe(0);
    expect(existsSync(join(dir, 'lo', 'corrected.tr.pdf'))).toBe(true);
    const txt = soffice(['--convert-to', 'txt:Text (encoded):UTF8', '--outdir', join(dir, 'lo'), out]);
    expect(txt.status, txt.stderr).toBe(0);
    const plain = readFileSync(join(dir, 'lo', 'corrected.tr.txt'), 'utf8');
    expect(plain).toContain('NAHÇIVAN VE ORTA KORİDOR');
    expect(plain).toContain('Zangezur');
    expect(plain).not.toContain('Zengezur');
  }, 180_000);

  it('exports HTML and Markdown that read back as the same sentences', () => {
    for (const format of ['html', 'md']) {
      const out = join(dir, `back.tr.${format}`);
      expect(hizala(['export', '1', '--format', format, '-o', out, '--db', db]).status).toBe(0);
      const segments = (file: string) => JSON.parse(hizala(['segment', file, '--lang', 'tr', '--json']).stdout) as { segments: { text: string }[] };
      const original = openWorkspace(db);
      try {
        // the text in order; the notes (HTML: a list after the text) and the sentence
        // the translation left out (exported in English, marked) compared apart
        const pairs = listPairs(original, 1);
        const isNote = (t: string) => /^\[\d+\] /.test(t);
        const read = segments(out).segments.map((s) => s.text);
        const missing = pairs.filter((p) => !p.target.trim()).map((p) => p.source);
        expect(read.filter((t) => !isNote(t) && !missing.includes(t)).join(' ')).toBe(pairs.map((p) => p.target).filter((t) => t && !isNote(t)).join(' '));
        expect(read.filter(isNote).sort()).toEqual(pairs.map((p) => p.target).filter(isNote).sort());
        expect(read.filter((t) => missing.includes(t))).toEqual(missing);
      } finally {
        original.close();
      }
    }
  });

  it('refuses, when asked to, a document with untranslated pairs, and marks them otherwise', () => {
    const workspace = openWorkspace(db);
    const first = listPairs(workspace, 1)[5]!;
    writePair(workspace, requirePair(workspace, first.id), { target: '' }, 'edit', 'editor');
    workspace.close();
    const refused = hizala(['export', '1', '--format', 'md', '--untranslated', 'refuse', '--db', db]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/2 pairs have no translation \(pair .*\b6\b/);
    const marked = hizala(['export', '1', '--format', 'md', '--db', db]);
    expect(marked.stdout).toContain('<!-- untranslated: source text -->');
    expect(marked.stdout).toContain(first.source);
  });
});
