import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPairs, writePair, type Db } from '../../src/db/index.js';
import { exportDocumentTmx, exportDocumentXliff, importDocumentPair, importDocumentXliff, type XliffImportReport } from '../../src/documents/index.js';
import { escapeXml } from '../../src/formats/xml.js';
import { REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { openTestWorkspace } from '../helpers/store.js';

/**
 * A real CAT tool round trip: Debian's OmegaT 3.6 in console mode translates our XLIFF
 * 1.2 (profile omegat3) from a TMX in its project's tm/auto, and what it writes back is
 * imported. .ci/run installs omegat and translate-toolkit.
 */
const PROJECT = `<omegat><project version="1.0"><source_dir>__DEFAULT__</source_dir><target_dir>__DEFAULT__</target_dir>
 <tm_dir>__DEFAULT__</tm_dir><glossary_dir>__DEFAULT__</glossary_dir><glossary_file>__DEFAULT__</glossary_file>
 <dictionary_dir>__DEFAULT__</dictionary_dir><source_lang>en-US</source_lang><target_lang>tr-TR</target_lang>
 <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok><target_tok>org.omegat.tokenizer.LuceneTurkishTokenizer</target_tok>
 <sentence_seg>false</sentence_seg><support_default_translations>true</support_default_translations><remove_tags>false</remove_tags>
</project></omegat>`;

/**
 * An OmegaT project in `dir` with `xliff` as its source file and `tmx` in tm/auto, translated
 * in console mode; answers the XLIFF OmegaT wrote back, imported into `db`.
 */
function translateWithOmegat(db: Db, dir: string, name: string, xliff: string, tmx: string): XliffImportReport {
  const project = join(dir, 'proj');
  for (const sub of ['source', 'target', 'tm/auto', 'glossary', 'omegat']) mkdirSync(join(project, sub), { recursive: true });
  writeFileSync(join(project, 'omegat.project'), PROJECT);
  writeFileSync(join(project, `source/${name}`), xliff);
  writeFileSync(join(project, 'tm/auto/hizala.tmx'), tmx);
  execFileSync('omegat', [project, '--mode=console-translate', `--config-dir=${join(dir, 'cfg')}`, '--disable-project-locking', '--no-team', '--quiet'], { stdio: 'pipe', timeout: 120_000 });
  const returned = join(project, `target/${name}`);
  return importDocumentXliff(db, readFileSync(returned, 'utf8'), returned);
}

describe('round trip through OmegaT 3.6 and translate-toolkit', () => {
  it('every segment comes back: the ones OmegaT translated updated, the rest unchanged with Turkish letters and footnote markers intact', () => {
    const dir = tempDir();
    const db = openTestWorkspace();
    const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
    // three pairs left untranslated: OmegaT should fill them from its TM
    const emptied = listPairs(db, id).filter((p) => /^(Cargo|In 2024|Fewer)/.test(p.source));
    expect(emptied).toHaveLength(3);
    for (const p of emptied) writePair(db, p, { target: '' }, 'test', null);
    const before = listPairs(db, id);

    const translations = new Map<string, string>([
      [emptied[0]!.source, "Rusya'yı atlayan Çin–Avrupa yükü Hazar'ı feribotla geçiyor; İĞDIR ve Şuşa."],
      [emptied[2]!.source, 'Hatta yirmiden az gemi çalışıyor ve çoğu Sovyet döneminden kalma.'],
    ]);
    const tus = [...translations].map(([en, tr]) => `<tu><tuv xml:lang="en-US"><seg>${escapeXml(en)}</seg></tuv><tuv xml:lang="tr-TR"><seg>${escapeXml(tr)}</seg></tuv></tu>`).join('\n');
    const memory = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="Hizala" creationtoolversion="1" segtype="sentence" o-tmf="hizala" adminlang="en-US" srclang="en-US" datatype="plaintext"/><body>\n${tus}\n</body></tmx>\n`;
    const report = translateWithOmegat(db, dir, 'analysis.xlf', exportDocumentXliff(db, id, { version: '1.2', profile: 'omegat3' }), memory);
    expect(report).toMatchObject({ units: before.length, updated: 2, conflicts: [] });
    const after = listPairs(db, id);
    for (const [k, p] of after.entries()) {
      const expected = translations.get(p.source) ?? before[k]!.target;
      expect(p.target).toBe(expected);
    }
    expect(after.find((p) => p.source.startsWith('In 2024'))!.target).toBe(''); // no TM match: still untranslated, not the source
    expect(after.some((p) => p.target.includes('[1]'))).toBe(true);

    // translate-toolkit reads the XLIFF and the TMX we write, with the same units and texts
    const xlf = join(dir, 'export.xlf');
    const tmx = join(dir, 'export.tmx');
    writeFileSync(xlf, exportDocumentXliff(db, id, { version: '1.2' }));
    writeFileSync(tmx, exportDocumentTmx(db, id));
    const read = (file: string) =>
      JSON.parse(
        execFileSync('/usr/bin/python3', ['-c', 'import json,sys\nfrom translate.storage import factory\ns=factory.getobject(sys.argv[1])\nprint(json.dumps([[u.source,u.target] for u in s.units if not u.isheader()]))', file], { encoding: 'utf8' }),
      ) as [string, string][];
    // translate-toolkit shows a paired code by its native code (the demo's subheadings are <i>…</i>)
    const codes = (units: [string, string][]) => units.map(([s, t]) => [s, t].map((x) => x.replace(/<\/?i>/g, '')));
    expect(read(xlf).some(([s]) => s.startsWith('<i>'))).toBe(true);
    expect(codes(read(xlf))).toEqual(after.map((p) => [p.source, p.target]));
    expect(codes(read(tmx))).toEqual(after.filter((p) => p.target.trim()).map((p) => [p.source, p.target]));
  });

  it('fills footnoted segments from Hizala\'s own TMX: its markers are placeholders, as in the XLIFF', () => {
    const dir = tempDir();
    const db = openTestWorkspace();
    const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
    const footnoted = listPairs(db, id).filter((p) => /\[\d+\]/.test(p.source) && /\[\d+\]/.test(p.target) && !p.source.startsWith('['));
    expect(footnoted.length).toBeGreaterThanOrEqual(2);
    // the translation memory: the document as it is; the project: the same document with those targets emptied
    const tmx = exportDocumentTmx(db, id);
    expect(tmx).toMatch(/<ph x="1" type="x-footnote">\[\d+\]<\/ph>/);
    for (const p of footnoted) writePair(db, p, { target: '' }, 'test', null);
    const report = translateWithOmegat(db, dir, 'analysis.xlf', exportDocumentXliff(db, id, { version: '1.2', profile: 'omegat3' }), tmx);
    expect(report.updated).toBe(footnoted.length);
    for (const p of footnoted) expect(listPairs(db, id).find((x) => x.id === p.id)!.target).toBe(p.target); // marker and all
  });
});

describe('a whole document pre-translated by OmegaT 3.6 from Hizala\'s TMX', () => {
  it('fills every unit of a footnoted dev document (markers mid-sentence too) from the TMX in the OmegaT profile', () => {
    const dir = tempDir();
    const db = openTestWorkspace();
    const { id } = importDocumentPair(db, { source: { path: join(REPO, 'data/dev/align/corridor.en.md') }, target: { path: join(REPO, 'data/dev/align/corridor.tr.md') } });
    const original = listPairs(db, id).filter((p) => p.source.trim() && p.target.trim());
    const footnoted = original.filter((p) => /\[\d+\]/.test(p.source));
    expect(footnoted.filter((p) => /\[\d+\]\S/.test(p.source) || /^\[\d+\]/.test(p.source)).length).toBeGreaterThan(2); // not only at the end
    const tmx = exportDocumentTmx(db, id, { profile: 'omegat3' });
    for (const p of original) writePair(db, p, { target: '' }, 'test', null);
    translateWithOmegat(db, dir, 'corridor.xlf', exportDocumentXliff(db, id, { version: '1.2', profile: 'omegat3' }), tmx);
    const after = new Map(listPairs(db, id).map((p) => [p.id, p.target]));
    // a unit whose translation is its source (a date, a name) comes back as the source: untranslated, as OmegaT cannot tell
    const translated = original.filter((p) => p.target !== p.source);
    const back = translated.filter((p) => after.get(p.id) === p.target);
    expect(back.length / translated.length).toBeGreaterThanOrEqual(0.95);
    // every footnoted unit is filled with its markers; one whose source has the marker at the
    // end (kept outside the segment by OmegaT) gets it back at the end, wherever the target had it
    const withoutMarkers = (t: string | undefined) => (t ?? '').replace(/\[\d+\]/g, '');
    const markers = (t: string | undefined) => (t ?? '').match(/\[\d+\]/g)?.sort();
    for (const p of footnoted) {
      expect(withoutMarkers(after.get(p.id))).toBe(withoutMarkers(p.target));
      expect(markers(after.get(p.id))).toEqual(markers(p.target));
    }
    expect(footnoted.filter((p) => after.get(p.id) === p.target).length).toBe(footnoted.length - 1);
  });
});

describe('bold, italic, links and footnote markers through OmegaT 3.6', () => {
  // a document pair written for this test: formatting and note markers mid-sentence and at the ends
  const EN = `# Ports of the **Caspian**

The port of **Aktau** handles *most* of the grain[1] that crosses the sea.

See [the report](https://example.org/report) for the figures of 2024.[2]

*Baku* expanded its terminal, and **Alat** now takes ferries.

[1] Data from **2024**.

[2] Published by the *port authority*.
`;
  const TR = `# **Hazar** Limanları

**Aktau** limanı denizi geçen tahılın[1] *çoğunu* elleçliyor.

2024 rakamları için [rapora](https://example.org/report) bakın.[2]

*Bakü* terminalini genişletti ve **Alat** artık feribot alıyor.

[1] Veriler **2024** yılından.

[2] *Liman idaresi* tarafından yayımlandı.
`;

  it("OmegaT fills every segment from Hizala's TMX (OmegaT profile) and the formatting comes back with the translation", () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ports.en.md'), EN);
    writeFileSync(join(dir, 'ports.tr.md'), TR);
    const db = openTestWorkspace();
    const { id } = importDocumentPair(db, { source: { path: join(dir, 'ports.en.md') }, target: { path: join(dir, 'ports.tr.md') } });
    const original = listPairs(db, id);
    const withCodes = original.filter((p) => /\[\d\]/.test(p.source) || p.ordinal > 0);
    const originalXliff = exportDocumentXliff(db, id, { version: '1.2' });
    // what the document's own translation carries: the codes of each target
    const targetCodes = (xliffText: string) => [...xliffText.matchAll(/<target[^>]*>(.*?)<\/target>/g)].map((m) => m[1]!.replace(/ state="[^"]*"/g, ''));
    const tmx = exportDocumentTmx(db, id, { profile: 'omegat3' });
    expect(tmx).toContain('creationtool="OmegaT"');
    expect(tmx).toContain('&lt;b0&gt;Aktau&lt;/b0&gt;');

    for (const p of original) writePair(db, p, { target: '' }, 'test', null);
    const report = translateWithOmegat(db, dir, 'ports.xlf', exportDocumentXliff(db, id, { version: '1.2', profile: 'omegat3' }), tmx);
    expect(report).toMatchObject({ units: original.length, updated: original.length, conflicts: [], orphans: [] });
    const after = listPairs(db, id);
    expect(after.map((p) => p.target)).toEqual(original.map((p) => p.target));
    // the same codes on every target as the document's own translation had: bold, italic, the link and the markers
    expect(targetCodes(exportDocumentXliff(db, id, { version: '1.2' }))).toEqual(targetCodes(originalXliff));
    expect(withCodes.length).toBeGreaterThan(4);
    // and the translation as a document has them
    const html = exportDocumentXliff(db, id, { version: '2.0' });
    expect(html).toContain('<pc id="f1" type="fmt" subType="xlf:b">Aktau</pc>');
  });
});
