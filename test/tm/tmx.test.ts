import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Db } from '../../src/db/index.js';
import { addUnits, exportTmxFile, importTmxFile, importTmxText, tmStats } from '../../src/tm/index.js';
import { SCHEMAS } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { openTestDatabase } from '../helpers/store.js';

const units = (db: Db) => db.prepare('SELECT src_lang, tgt_lang, source, target, source_xml, target_xml, origin, author, created_at, changed_at FROM tm_units ORDER BY id').all();

describe('TMX', () => {
  it('exports TMX 1.4b that validates against the DTD and imports back to the same units', () => {
    const dir = tempDir();
    const db = openTestDatabase();
    addUnits(db, [
      { srcLang: 'en', tgtLang: 'tr', source: 'Zangezur & "Aras" <routes>', target: "Zengezur ve 'Aras' <güzergâhları>", origin: 'document:1', author: 'ayse', createdAt: '2024-05-14T09:30:00Z', changedAt: '2024-05-15T10:00:00Z' },
      { srcLang: 'en', tgtLang: 'tr', source: 'İstanbul, Iğdır and Şuşa.', target: 'İstanbul, Iğdır ve Şuşa.' },
    ]);
    const file = join(dir, 'out.tmx');
    expect(exportTmxFile(db, file)).toBe(2);
    execFileSync('xmllint', ['--noout', '--nonet', '--dtdvalid', join(SCHEMAS, 'tmx14.dtd'), file]);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('creationdate="20240514T093000Z"');
    expect(text).toContain('<prop type="x-origin">document:1</prop>');
    const back = openTestDatabase();
    expect(importTmxFile(back, file)).toMatchObject({ units: 2, added: 2 });
    expect(units(back)).toEqual(units(db));
  });

  it('reads a TMX written by another tool: language variants, <prop>, <note>, inline codes kept', () => {
    const db = openTestDatabase();
    const result = importTmxText(
      db,
      `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="3.6" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="EN-US" datatype="plaintext"/>
<body>
<tu tuid="7" creationid="mehmet" creationdate="20231001T101010Z"><prop type="file">rail.md</prop><note>checked</note>
<tuv xml:lang="EN-US"><seg>Open the <bpt i="1" x="1">&lt;b&gt;</bpt>Aras<ept i="1">&lt;/b&gt;</ept> route.</seg></tuv>
<tuv xml:lang="TR-tr"><seg><bpt i="1" x="1">&lt;b&gt;</bpt>Aras<ept i="1">&lt;/b&gt;</ept> güzergâhını açın.</seg></tuv></tu>
<tu><tuv lang="tr-TR"><seg>Yalnız Türkçe.</seg></tuv><tuv xml:lang="de"><seg>Nur Deutsch.</seg></tuv></tu>
</body></tmx>`,
      'omegat.tmx',
    );
    expect(result).toEqual({ units: 2, added: 1, skipped: 1, emptyTargets: 0, alternatives: 0 });
    const [u] = units(db) as { source: string; source_xml: string; author: string; created_at: string }[];
    expect(u).toMatchObject({ source: 'Open the Aras route.', author: 'mehmet', created_at: '2023-10-01T10:10:10Z' });
    expect(u!.source_xml).toBe('Open the <bpt i="1" x="1">&lt;b&gt;</bpt>Aras<ept i="1">&lt;/b&gt;</ept> route.');
  });

  it('refuses malformed TMX with line and column, and imports nothing', () => {
    const dir = tempDir();
    const db = openTestDatabase();
    const good = '<tu><tuv xml:lang="en"><seg>One.</seg></tuv><tuv xml:lang="tr"><seg>Bir.</seg></tuv></tu>\n';
    const file = join(dir, 'bad.tmx');
    writeFileSync(file, `<tmx version="1.4"><header srclang="en"/><body>\n${good.repeat(50)}<tu><tuv xml:lang="en"><seg>Broken</tuv></tu>\n</body></tmx>`);
    expect(() => importTmxFile(db, file)).toThrowError(/bad\.tmx:52:\d+: /);
    expect(tmStats(db).units).toBe(0);
  });

  it('refuses external entities and entity expansion quickly, importing nothing', () => {
    const db = openTestDatabase();
    const xxe = '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx><body><tu><tuv xml:lang="en"><seg>&x;</seg></tuv></tu></body></tmx>';
    const lol = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, k) => `<!ENTITY ${String.fromCharCode(98 + k)} "${`&${String.fromCharCode(97 + k)};`.repeat(10)}">`).join('')}]><tmx><body><tu><tuv xml:lang="en"><seg>&j;</seg></tuv></tu></body></tmx>`;
    for (const payload of [xxe, lol]) {
      const t = performance.now();
      expect(() => importTmxText(db, payload, 'evil.tmx')).toThrowError(/evil\.tmx:1:\d+: a DOCTYPE with an internal subset is not accepted/);
      expect(performance.now() - t).toBeLessThan(1000);
    }
    expect(() => importTmxText(db, '<tmx><body><tu><tuv xml:lang="en"><seg>&undefined;</seg></tuv></tu></body></tmx>', 'e.tmx')).toThrowError(/e\.tmx:1:\d+: /);
    expect(tmStats(db).units).toBe(0);
  });

  it('reads the TMX samples beside the bundled schemas', () => {
    const db = openTestDatabase();
    expect(importTmxFile(db, join(SCHEMAS, 'samples/tmx14-valid.tmx'))).toMatchObject({ units: 3, added: 3 });
  });
});
