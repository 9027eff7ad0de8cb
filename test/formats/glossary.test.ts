import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { defaultGlossary, type Glossary } from '../../src/glossary/index.js';
import { readGlossaryCsv, readOmegatGlossary, readTbx, writeGlossaryCsv, writeOmegatGlossary, writeTbx } from '../../src/formats/glossary/index.js';
import { DEV, REPO, SCHEMAS } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const qa = (f: string) => readFileSync(join(DEV, 'qa', f), 'utf8');
const spec = JSON.parse(qa('glossary-spec.json')) as { id: string; en: { canonical: string; variants: string[]; case_sensitive: boolean; attach_suffix: boolean }; tr: { canonical: string; variants: string[] } }[];

function summary(g: Glossary) {
  return g.entries.map((e) => ({
    id: e.id,
    terms: e.terms.map((t) => `${t.lang}|${t.text}|${t.status}|${t.partOfSpeech ?? ''}|${t.termType ?? ''}|${t.suffixAttaches ? 'yes' : ''}`),
  }));
}

describe('TBX', () => {
  it('reads TBX v3 and TBX v2 of the dev glossary to the same content as its JSON', () => {
    const v3 = readTbx(qa('glossary.tbx'));
    const v2 = readTbx(qa('glossary.v2.tbx'));
    expect(summary(v3)).toEqual(summary(v2));
    expect(v3.entries).toHaveLength(spec.length);
    for (const concept of spec) {
      const entry = v3.entries.find((e) => e.id === concept.id)!;
      expect(entry.terms.find((t) => t.lang === 'en' && t.status === 'preferred')!.text).toBe(concept.en.canonical);
      expect(entry.terms.filter((t) => t.lang === 'tr' && t.status === 'deprecated').map((t) => t.text)).toEqual(concept.tr.variants);
    }
  });

  it('ships a default glossary with every concept of the dev glossary', () => {
    const ids = new Set(defaultGlossary().entries.map((e) => e.id));
    for (const concept of spec) expect(ids.has(concept.id)).toBe(true);
  });

  it('round-trips through its own writer, v2 and v3, forbidden status included', () => {
    const g = readTbx(qa('glossary.tbx'));
    g.entries[0]!.terms[1]!.status = 'forbidden';
    expect(summary(readTbx(writeTbx(g)))).toEqual(summary(g));
    expect(summary(readTbx(writeTbx(g, { version: 3 })))).toEqual(summary(g));
  });

  it('refuses a DOCTYPE (no external entities, no entity expansion) and malformed XML, with line numbers', () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<martif><text><body/></text></martif>';
    expect(() => readTbx(xxe, 'evil.tbx')).toThrowError(/evil\.tbx:2:\d+: a DOCTYPE with an internal subset is not accepted/);
    expect(readTbx(`<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n${qa('glossary.v2.tbx').replace(/^<\?xml[^>]*>\n/, '')}`).entries).toHaveLength(spec.length);
    expect(() => readTbx('<martif>\n<text>\n<body><termEntry id="a"></body></text></martif>', 'bad.tbx')).toThrowError(/bad\.tbx:3:\d+: /);
    expect(() => readTbx('<html/>', 'x.tbx')).toThrowError(/not a TBX file/);
  });
});

describe('CSV glossary', () => {
  it('round-trips', () => {
    const g = readTbx(qa('glossary.tbx'));
    expect(summary(readGlossaryCsv(writeGlossaryCsv(g)))).toEqual(summary(g));
  });

  it('names the line of each error', () => {
    const header = 'id,lang,term,status\n';
    expect(() => readGlossaryCsv(`${header}a,en,Zangezur,preferred\nb,de,Zangesur,preferred\n`, 'g.csv')).toThrowError(/g\.csv:3: language "de"/);
    expect(() => readGlossaryCsv(`${header}a,en,Zangezur,wrong\n`, 'g.csv')).toThrowError(/g\.csv:2: status "wrong"/);
    expect(() => readGlossaryCsv(`${header}a,en,"Zangezur,preferred\n`, 'g.csv')).toThrowError(/g\.csv:2: a quoted field is not closed/);
    expect(() => readGlossaryCsv('lang,term\n', 'g.csv')).toThrowError(InputError);
  });
});

describe('glossaries as CAT tools exchange them', () => {
  it('TBX v3 passes the TBX-Basic Schematron and reads back to the same glossary (proper nouns, suffixes, forbidden terms)', () => {
    const dir = tempDir();
    const g = defaultGlossary();
    const file = join(dir, 'basic.tbx');
    writeFileSync(file, writeTbx(g, { version: 3 }));
    // the Schematron rules run by test/helpers/schematron.py (lxml): every failed assert is listed
    const run = (tbx: string) => execFileSync('/usr/bin/python3', [join(REPO, 'test/helpers/schematron.py'), join(SCHEMAS, 'TBX-Basic_DCA.sch'), tbx], { encoding: 'utf8' }).trim();
    expect(run(file)).toBe('valid');
    // the runner catches what the rules forbid: a private data category and a part of speech TBX-Basic lacks
    const bad = join(dir, 'bad.tbx');
    writeFileSync(bad, readFileSync(file, 'utf8').replace('<termNote type="partOfSpeech">noun</termNote>', '<termNote type="partOfSpeech">properNoun</termNote><termNote type="x-suffixAttaches">yes</termNote>'));
    const failures = run(bad);
    expect(failures).toContain("tbx:termNote[@type='partOfSpeech']: /partOfSpeech/ type may be");
    expect(failures).toContain('tbx:termNote/@type: Permitted type value(s)');
    expect(summary(readTbx(readFileSync(file, 'utf8')))).toEqual(summary(g));
  });

  it("reads the rest of ISO 12620's statuses, and an unknown one as admitted instead of refusing the file", () => {
    const tbx = (status: string) => `<martif type="TBX-Basic"><text><body><termEntry id="a"><langSet xml:lang="en"><tig><term>Aras corridor</term><termNote type="administrativeStatus">${status}</termNote></tig></langSet></termEntry></body></text></martif>`;
    expect(readTbx(tbx('standardizedTerm-admn-sts')).entries[0]!.terms[0]!.status).toBe('preferred');
    expect(readTbx(tbx('somethingElse')).entries[0]!.terms[0]!.status).toBe('admitted');
  });

  it("writes and reads OmegaT's tab-separated glossary, naming forbidden spellings per language", () => {
    const g: Glossary = { entries: [{ id: 'zangezur', terms: [
      { lang: 'en', text: 'Zangezur', status: 'preferred' }, { lang: 'en', text: 'Zengezur', status: 'forbidden' },
      { lang: 'tr', text: 'Zengezur', status: 'preferred' }, { lang: 'tr', text: 'Zangezur', status: 'deprecated' },
    ] }] };
    const text = writeOmegatGlossary(g);
    expect(text).toBe('Zangezur\tZengezur\tDo not use in English: Zengezur; Do not use in Turkish: Zangezur\n');
    const back = readOmegatGlossary(`${text}Middle Corridor\tOrta Koridor\n`, 'omegat.txt');
    expect(back.entries.map((e) => [e.id, e.terms.map((t) => `${t.lang}:${t.text}:${t.status}`), e.note ?? ''])).toEqual([
      ['zangezur', ['en:Zangezur:preferred', 'tr:Zengezur:preferred'], 'Do not use in English: Zengezur; Do not use in Turkish: Zangezur'],
      ['middle-corridor', ['en:Middle Corridor:preferred', 'tr:Orta Koridor:preferred'], ''],
    ]);
    expect(() => readOmegatGlossary('only one column\n', 'bad.txt')).toThrowError(/bad\.txt:1: a line needs a source term, a tab and a target term/);
  });
});
