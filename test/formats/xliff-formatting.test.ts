import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPairs, requirePair, writePair, type Db } from '../../src/db/index.js';
import { exportDocument, exportDocumentTmx, exportDocumentXliff, importDocumentPair, importDocumentXliff } from '../../src/documents/index.js';
import { SCHEMAS } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { openTestWorkspace } from '../helpers/store.js';

/** Bold, italic and links out to CAT tools and back (a pair we wrote for the test). */
const EN = `# Ports of the Caspian

The port of **Aktau** handles *most* of the grain.[1] See [the report](https://example.org/report) for figures.

[1] Data from **2024**.
`;
const TR = `# Hazar Limanları

**Aktau** limanı tahılın *çoğunu* elleçliyor.[1] Rakamlar için [rapora](https://example.org/report) bakın.

[1] Veriler **2024** yılından.
`;

function workspace(): { db: Db; id: number; dir: string } {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.en.md'), EN);
  writeFileSync(join(dir, 'a.tr.md'), TR);
  const db = openTestWorkspace();
  const { id } = importDocumentPair(db, { source: { path: join(dir, 'a.en.md') }, target: { path: join(dir, 'a.tr.md') } });
  return { db, id, dir };
}
const pairOf = (db: Db, id: number, start: string) => listPairs(db, id).find((p) => p.source.startsWith(start))!;
const validate = (file: string, schema: string) => execFileSync('xmllint', ['--nonet', '--noout', '--schema', join(SCHEMAS, schema), file], { stdio: 'pipe' });

describe('formatting in XLIFF and TMX', () => {
  it('exports bold, italic and links as paired codes with the same ids on both sides, valid against the schemas', () => {
    const { db, id, dir } = workspace();
    const x12 = exportDocumentXliff(db, id, { version: '1.2' });
    const x20 = exportDocumentXliff(db, id, { version: '2.0' });
    writeFileSync(join(dir, 'a12.xlf'), x12);
    writeFileSync(join(dir, 'a20.xlf'), x20);
    validate(join(dir, 'a12.xlf'), 'xliff-core-1.2-strict.xsd');
    validate(join(dir, 'a12.xlf'), 'xliff-core-1.2-transitional.xsd');
    validate(join(dir, 'a20.xlf'), 'xliff-2.0/xliff_core_2.0.xsd');
    expect(x12).toContain('<source>The port of <bpt id="f1" ctype="bold">&lt;b&gt;</bpt>Aktau<ept id="f1">&lt;/b&gt;</ept> handles <bpt id="f2" ctype="italic">&lt;i&gt;</bpt>most<ept id="f2">&lt;/i&gt;</ept> of the grain.<ph id="m1" ctype="x-footnote">[1]</ph></source>');
    expect(x12).toContain('<target state="needs-translation"><bpt id="f1" ctype="bold">&lt;b&gt;</bpt>Aktau<ept id="f1">&lt;/b&gt;</ept> limanı tahılın <bpt id="f2" ctype="italic">&lt;i&gt;</bpt>çoğunu<ept id="f2">&lt;/i&gt;</ept>');
    expect(x12).toContain('<bpt id="f1" ctype="link">&lt;a href=&quot;https://example.org/report&quot;&gt;</bpt>rapora<ept id="f1">&lt;/a&gt;</ept>');
    expect(x20).toContain('<pc id="f1" type="fmt" subType="xlf:b">Aktau</pc> limanı tahılın <pc id="f2" type="fmt" subType="xlf:i">çoğunu</pc>');
    expect(x20).toMatch(/<pc id="f1" type="link" dataRefStart="(d\d)" dataRefEnd="d\d">rapora<\/pc>/);
    const tmx = exportDocumentTmx(db, id);
    writeFileSync(join(dir, 'a.tmx'), tmx);
    execFileSync('xmllint', ['--nonet', '--noout', '--dtdvalid', join(SCHEMAS, 'tmx14.dtd'), join(dir, 'a.tmx')], { stdio: 'pipe' });
    expect(tmx).toContain('<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>Aktau<ept i="1">&lt;/b&gt;</ept>');
  });

  it('reads the formatting a CAT tool returns (1.2 <bpt>/<g>, 2.0 <pc>), keeps it with the translation and writes it out again', async () => {
    const { db, id } = workspace();
    const x12 = exportDocumentXliff(db, id, { version: '1.2' }).replace(
      'limanı tahılın <bpt id="f2" ctype="italic">&lt;i&gt;</bpt>çoğunu<ept id="f2">&lt;/i&gt;</ept>',
      'limanı, tahılın <g id="f2" ctype="italic">büyük kısmını</g>',
    );
    expect(importDocumentXliff(db, x12, 'back12.xlf')).toMatchObject({ updated: 1, conflicts: [] });
    const port = pairOf(db, id, 'The port');
    expect(port.target).toBe('Aktau limanı, tahılın büyük kısmını elleçliyor.[1]');
    expect(port.targetMarks).toEqual([
      { type: 'bold', start: 0, end: 5 },
      { type: 'italic', start: 22, end: 35 },
    ]);
    // only the formatting changed, in 2.0: still an update
    const x20 = exportDocumentXliff(db, id, { version: '2.0' }).replace(
      'Veriler <pc id="f1" type="fmt" subType="xlf:b">2024</pc> yılından',
      '<pc id="f9" type="fmt" subType="xlf:i">Veriler</pc> 2024 yılından',
    );
    expect(importDocumentXliff(db, x20, 'back20.xlf')).toMatchObject({ updated: 1, conflicts: [] });
    expect(pairOf(db, id, '[1]').targetMarks).toEqual([{ type: 'italic', start: 4, end: 11 }]);
    // out again, and in the translation as a document
    expect(exportDocumentXliff(db, id, { version: '1.2' })).toContain('<ph id="m1" ctype="x-footnote">[1]</ph> <bpt id="f2" ctype="italic">&lt;i&gt;</bpt>Veriler<ept id="f2">&lt;/i&gt;</ept> 2024 yılından.');
    const html = String((await exportDocument(db, id, { format: 'html', side: 'target' })).body);
    expect(html).toContain('<strong>Aktau</strong> limanı, tahılın <em>büyük kısmını</em> elleçliyor.');
    expect(html).toContain('<em>Veriler</em> 2024 yılından.');
  });

  it('refuses a unit text holding a private-use character it keeps for its own marks, naming the unit; a comment may hold one', () => {
    const { db, id } = workspace();
    const pair = pairOf(db, id, 'The port');
    const exported = exportDocumentXliff(db, id, { version: '1.2' });
    const unit = new RegExp(`(<trans-unit id="p${pair.id}"[^]*?<target[^>]*>)([^]*?)(</target>)`);
    expect(() => importDocumentXliff(db, exported.replace(unit, '$1Aktau \u{F0101} limanı.$3'), 'pua.xlf')).toThrowError(new RegExp(`pua\\.xlf:\\d+.*unit "p${pair.id}": a private-use character, U\\+F0101`));
    expect(pairOf(db, id, 'The port').target).toBe(pair.target);
    const withComment = exported.replace(unit, '$1$2$3<note from="ayşe">Bir not \u{F0101}</note>');
    expect(importDocumentXliff(db, withComment, 'note.xlf')).toMatchObject({ comments: 1 });
  });

  it('an edit keeps the formatting of the text it did not touch; a file returned before that edit does not bring back the old formatting', () => {
    const { db, id } = workspace();
    const before = exportDocumentXliff(db, id, { version: '1.2' });
    const returned = before.replace('Rakamlar için <bpt id="f1" ctype="link">', 'Rakamlar için <bpt id="f1" ctype="link">').replace('Veriler <bpt id="f1" ctype="bold">&lt;b&gt;</bpt>2024<ept id="f1">&lt;/b&gt;</ept> yılından', '<g id="f1" ctype="bold">Veriler 2024</g> yılından');
    expect(importDocumentXliff(db, returned, 'first.xlf')).toMatchObject({ updated: 1 });
    const note = pairOf(db, id, '[1]');
    expect(note.targetMarks).toEqual([{ type: 'bold', start: 4, end: 16 }]);
    writePair(db, note, { target: '[1] Veriler 2024 yılından alındı.' }, 'edit', null);
    expect(requirePair(db, note.id).targetMarks).toEqual([{ type: 'bold', start: 4, end: 16 }]);
    writePair(db, requirePair(db, note.id), { target: '[1] Veri 2024 yılından alındı.' }, 'edit', null);
    expect(requirePair(db, note.id).targetMarks).toEqual([]); // the bold text was edited: no bold in the wrong place
    // the first file again: its text is the exported one and the pair changed since, so nothing of it is applied
    expect(importDocumentXliff(db, returned, 'first.xlf')).toMatchObject({ updated: 0 });
    expect(requirePair(db, note.id).targetMarks).toEqual([]);
  });

  it('keeps the formatting through a PO round trip in translate-toolkit, which writes the codes into the PO text', () => {
    const { db, id, dir } = workspace();
    const xlf = join(dir, 'out.xlf');
    writeFileSync(xlf, exportDocumentXliff(db, id, { version: '1.2', matches: false }));
    const po = join(dir, 'out.po');
    execFileSync('xliff2po', ['-i', xlf, '-o', po], { stdio: 'pipe' });
    const text = readFileSync(po, 'utf8');
    expect(text).toContain('msgid "The port of <b>Aktau</b> handles <i>most</i> of the grain.[1]"');
    expect(text).toContain('msgid "See <a href=\\"https://example.org/report\\">the report</a> for figures."');
    writeFileSync(po, text.replace('<i>çoğunu</i>', '<i>büyük kısmını</i>').replace('<a href=\\"https://example.org/report\\">rapora</a> bakın', '<a href=\\"https://example.org/report\\">rapora</a> <b>bakınız</b>'));
    const back = join(dir, 'back.xlf');
    execFileSync('po2xliff', ['-t', xlf, '-i', po, '-o', back], { stdio: 'pipe' });
    expect(importDocumentXliff(db, readFileSync(back, 'utf8'), 'back.xlf')).toMatchObject({ updated: 2, orphans: [] });
    const marked = (start: string) => {
      const p = pairOf(db, id, start);
      return [p.target, p.targetMarks?.map((m) => [m.type, p.target.slice(m.start, m.end), m.href])];
    };
    expect(marked('The port')).toEqual(['Aktau limanı tahılın büyük kısmını elleçliyor.[1]', [['bold', 'Aktau', undefined], ['italic', 'büyük kısmını', undefined]]]);
    expect(marked('See')).toEqual(['Rakamlar için rapora bakınız.', [['link', 'rapora', 'https://example.org/report'], ['bold', 'bakınız', undefined]]]);
  });
});
