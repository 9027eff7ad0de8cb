import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { tmxHead, tmxReader, tmxUnit, type TmxTu } from '../../src/formats/tmx/index.js';

/** Every <tu> the reader gives for a TMX text, fed in chunks of `size` characters. */
function read(text: string, size = 7): TmxTu[] {
  const tus: TmxTu[] = [];
  const reader = tmxReader('test.tmx', (tu) => tus.push(tu));
  for (let k = 0; k < text.length; k += size) reader.feed(text.slice(k, k + size));
  reader.finish();
  return tus;
}

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en-GB" creationtool="X" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>
<body>
  <tu creationid="ayse" changedate="20240514T093000Z">
    <note>checked</note><prop type="prev">Before.</prop>
    <tuv xml:lang="en-GB"><seg>The <bpt i="1">&lt;b&gt;</bpt>road<ept i="1">&lt;/b&gt;</ept>[1]</seg></tuv>
    <tuv xml:lang="tr-TR" changeid="mehmet"><seg>Yol</seg></tuv>
    <tuv xml:lang="tr"><seg>Karayolu</seg></tuv>
  </tu>
  <tu><tuv xml:lang="en"><seg>Empty</seg></tuv><tuv xml:lang="tr"><seg> </seg></tuv></tu>
  <tu><tuv xml:lang="en"><seg>No translation</seg></tuv></tu>
</body></tmx>`;

describe('TMX read as translation units, without a workspace', () => {
  it('gives one unit per translation, with codes, dates, authors, notes and context, whatever the chunking', () => {
    const [first, empty, alone] = read(TMX);
    expect(first).toHaveLength(2);
    const [a, b] = first as Exclude<TmxTu, 'empty-target'>;
    expect(a).toMatchObject({ srcLang: 'en', tgtLang: 'tr', source: 'The road[1]', target: 'Yol', author: 'mehmet', changedAt: '2024-05-14T09:30:00Z', prevSource: 'Before.' });
    expect(a!.sourceXml).toContain('<bpt i="1">&lt;b&gt;</bpt>');
    expect(JSON.parse(a!.extra!)).toEqual({ notes: ['checked'], props: [['prev', 'Before.']] });
    expect(b).toMatchObject({ target: 'Karayolu', author: 'ayse' });
    expect(empty).toBe('empty-target');
    expect(alone).toEqual([]);
    expect(read(TMX, 1)).toEqual(read(TMX, 4096));
  });

  it('reads back what the writer wrote', () => {
    const unit = { id: 7, source: 'Trucks & buses', target: 'Tır ve otobüs', source_xml: null, target_xml: null, origin: 'demo', author: 'ayse', created_at: '2024-01-02T03:04:05.000Z', changed_at: '2024-01-02T03:04:05.000Z' };
    const [units] = read(`${tmxHead('en')}${tmxUnit(unit, 'en', 'tr')}  </body>\n</tmx>\n`);
    expect(units).toEqual([expect.objectContaining({ source: 'Trucks & buses', target: 'Tır ve otobüs', origin: 'demo', author: 'ayse', createdAt: '2024-01-02T03:04:05Z' })]);
  });

  it('refuses a file that is not TMX, naming the line', () => {
    expect(() => read('<xliff version="1.2"/>')).toThrow(InputError);
    expect(() => read('<tmx version="1.4">\n<body><tu><seg>x</seg></tu></body></tmx>')).toThrow(/line 2|<seg> outside <tuv>/);
  });
});
