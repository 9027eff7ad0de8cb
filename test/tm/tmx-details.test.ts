import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocumentTmx, importDocumentPair } from '../../src/documents/index.js';
import { addUnits, exportTmxFile, importTmxFile, importTmxText, searchTm } from '../../src/tm/index.js';
import { REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { openTestDatabase } from '../helpers/store.js';

const tmx = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en-US" datatype="plaintext"/><body>\n${body}\n</body></tmx>\n`;

describe('TMX import keeps what other tools put in', () => {
  it('takes dates and authors from the translation, OmegaT context, every translation; an empty target is not a unit', () => {
    const db = openTestDatabase();
    const result = importTmxText(
      db,
      tmx(`<tu creationdate="20200101T000000Z" creationid="tu-author">
  <prop type="prev">The port is old.</prop><prop type="next">Trade grows.</prop>
  <tuv xml:lang="en-US"><seg>Ships wait for days.</seg></tuv>
  <tuv xml:lang="tr-TR" changeid="ayşe" changedate="20240514T093000Z"><seg>Gemiler günlerce bekliyor.</seg></tuv>
  <tuv xml:lang="tr-TR" changeid="mehmet"><seg>Gemiler günlerce bekler.</seg></tuv>
</tu>
<tu><tuv xml:lang="en"><seg>Nothing yet.</seg></tuv><tuv xml:lang="tr"><seg> </seg></tuv></tu>`),
    );
    expect(result).toMatchObject({ units: 2, added: 1, emptyTargets: 1, alternatives: 1 });
    const rows = db.prepare('SELECT target, author, changed_at AS changedAt, prev_hash AS prev FROM tm_units ORDER BY id').all() as { target: string; author: string; changedAt: string; prev: number | null }[];
    expect(rows.map((r) => [r.target, r.author])).toEqual([
      ['Gemiler günlerce bekliyor.', 'ayşe'],
      ['Gemiler günlerce bekler.', 'mehmet'],
    ]);
    expect(rows[0]!.changedAt).toBe('2024-05-14T09:30:00Z');
    // the context from OmegaT's prev/next props makes a context match possible
    const match = searchTm(db, { text: 'Ships wait for days.', srcLang: 'en', tgtLang: 'tr', prevSource: 'The port is old.', nextSource: 'Trade grows.' });
    expect(match[0]).toMatchObject({ context: true });
  });

  it("keeps a unit's notes and properties and writes them out again, valid against the TMX DTD", () => {
    const db = openTestDatabase();
    importTmxText(
      db,
      tmx(`<tu tuid="7">
  <note>Checked against the 2024 report.</note>
  <prop type="x-client">Institute</prop><prop type="x-client">Archive</prop><prop type="prev">The port is old.</prop>
  <tuv xml:lang="en"><note>Source from the web page &amp; the PDF</note><seg>Ships wait for days.</seg></tuv>
  <tuv xml:lang="tr"><seg>Gemiler günlerce bekliyor.</seg></tuv>
</tu>`),
    );
    const dir = tempDir();
    const out = join(dir, 'out.tmx');
    expect(exportTmxFile(db, out)).toBe(1);
    const text = readFileSync(out, 'utf8');
    for (const line of [
      '<note>Checked against the 2024 report.</note>',
      '<note>Source from the web page &amp; the PDF</note>',
      '<prop type="x-client">Institute</prop>',
      '<prop type="x-client">Archive</prop>',
      '<prop type="prev">The port is old.</prop>',
    ])
      expect(text).toContain(line);
    execFileSync('xmllint', ['--nonet', '--noout', '--dtdvalid', join(REPO, 'schemas/tmx14.dtd'), out], { stdio: 'pipe' });
    // and in again: the same notes and properties, not doubled
    const again = openTestDatabase();
    importTmxFile(again, out);
    const second = join(dir, 'again.tmx');
    exportTmxFile(again, second);
    const units = (t: string) => t.slice(t.indexOf('<tu '));
    expect(units(readFileSync(second, 'utf8')).replace(/tuid="\d+"/, '')).toBe(units(text).replace(/tuid="\d+"/, ''));
  });

  it('reads a UTF-16 TMX with its byte-order mark', () => {
    const dir = tempDir();
    const file = join(dir, 'utf16.tmx');
    const text = tmx('<tu><tuv xml:lang="en"><seg>Iğdır is in the east.</seg></tuv><tuv xml:lang="tr"><seg>Iğdır doğudadır.</seg></tuv></tu>').replace('UTF-8', 'UTF-16');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const db = openTestDatabase();
    expect(importTmxFile(db, file)).toMatchObject({ units: 1, added: 1 });
    expect((db.prepare('SELECT target FROM tm_units').get() as { target: string }).target).toBe('Iğdır doğudadır.');
  });

  it('a document exported as TMX takes the regions asked for', () => {
    const db = openTestDatabase();
    const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
    const out = exportDocumentTmx(db, id, { srcRegion: 'US', tgtRegion: 'TR' });
    expect(out).toContain('srclang="en-US"');
    expect(out).toContain('<tuv xml:lang="tr-TR">');
  });
});

describe('note markers in TMX', () => {
  it('are written as placeholders with the same x on both sides and read back as text, not as codes', () => {
    const db = openTestDatabase();
    addUnits(db, [{ srcLang: 'en', tgtLang: 'tr', source: 'Ports grew fast.[3] Ferries did not.[4]', target: 'Limanlar hızla büyüdü.[3] Feribotlar büyümedi.[4]' }]);
    const file = join(tempDir(), 'm.tmx');
    exportTmxFile(db, file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('<seg>Ports grew fast.<ph x="1" type="x-footnote">[3]</ph> Ferries did not.<ph x="2" type="x-footnote">[4]</ph></seg>');
    expect(text).toContain('<seg>Limanlar hızla büyüdü.<ph x="1" type="x-footnote">[3]</ph> Feribotlar büyümedi.<ph x="2" type="x-footnote">[4]</ph></seg>');
    const other = openTestDatabase();
    importTmxText(other, text);
    expect(other.prepare('SELECT source, target, source_xml FROM tm_units').get()).toEqual({ source: 'Ports grew fast.[3] Ferries did not.[4]', target: 'Limanlar hızla büyüdü.[3] Feribotlar büyümedi.[4]', source_xml: null });
    // another tool's code in a <ph> stays a code: out of the text, kept as XML
    importTmxText(other, '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Bold <ph x="1">&lt;b&gt;</ph>move.</seg></tuv><tuv xml:lang="tr"><seg>Cesur <ph x="1">&lt;b&gt;</ph>adım.</seg></tuv></tu></body></tmx>');
    expect(other.prepare("SELECT source, source_xml FROM tm_units WHERE source LIKE 'Bold%'").get()).toEqual({ source: 'Bold move.', source_xml: 'Bold <ph x="1">&lt;b&gt;</ph>move.' });
  });
});
