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
