import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/index.js';
import { readDocumentBytes } from '../../src/formats/index.js';
import { readXliff } from '../../src/formats/xliff/read.js';
import { readTbx } from '../../src/formats/glossary/index.js';
import { importTmxText } from '../../src/tm/tmx.js';

/**
 * Small hostile files: nesting far deeper than any real file is refused at once with the
 * line where it happens, instead of costing time quadratic in the depth.
 */
const DEPTH = 50_000;
const nested = (open: string, close: string, inner = 'x') => `${open.repeat(DEPTH)}${inner}${close.repeat(DEPTH)}`;

describe('nesting limits of the readers', () => {
  it('XLIFF: deeply nested <g> in a target', () => {
    const xml = `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="tr" datatype="plaintext" original="x"><body>\n<trans-unit id="p1"><source>a</source><target>${nested('<g id="1">', '</g>')}</target></trans-unit></body></file></xliff>`;
    expect(() => readXliff(xml, 'deep.xlf')).toThrowError(/^deep\.xlf:3:\d+: elements nested deeper than 256 levels$/);
  });

  it('XLIFF: a unit over the character limit', () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="tr" datatype="plaintext" original="x"><body><trans-unit id="p1"><source>${'word '.repeat(300)}</source></trans-unit></body></file></xliff>`;
    expect(() => readXliff(xml, 'big.xlf', { maxDepth: 256, maxUnitChars: 1000 })).toThrowError(/unit "p1" has more than 1,000 characters/);
    expect(readXliff(xml, 'big.xlf').units).toHaveLength(1);
  });

  it('TMX: deeply nested inline codes', () => {
    const db = openDatabase(':memory:');
    const tmx = `<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>${nested('<hi>', '</hi>')}</seg></tuv></tu></body></tmx>`;
    expect(() => importTmxText(db, tmx, 'deep.tmx')).toThrowError(/^deep\.tmx:1:\d+: elements nested deeper than 256 levels$/);
    expect((db.prepare('SELECT count(*) AS n FROM tm_units').get() as { n: number }).n).toBe(0);
    db.close();
  });

  it('TBX: deeply nested elements', () => {
    const tbx = `<martif type="TBX"><text><body>${nested('<note>', '</note>')}</body></text></martif>`;
    expect(() => readTbx(tbx, 'deep.tbx')).toThrowError(/^deep\.tbx:1:\d+: elements nested deeper than 256 levels$/);
  });

  it('HTML: a page nested deeper than any real page', () => {
    const html = `<html><body>\n${nested('<div><b>', '</b></div>', 'Hello world.')}</body></html>`;
    expect(() => readDocumentBytes(Buffer.from(html), 'deep.en.html')).toThrowError(/^deep\.en\.html:2: elements nested deeper than 256 levels$/);
    // a page of ordinary depth reads as before
    const normal = `<html><body>${'<div>'.repeat(40)}<p>Hello world. This is fine.</p>${'</div>'.repeat(40)}</body></html>`;
    expect(readDocumentBytes(Buffer.from(normal), 'ok.en.html').paragraphs.map((p) => p.text)).toEqual(['Hello world. This is fine.']);
  });
});
