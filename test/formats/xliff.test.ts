import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import xliffPackage from 'xliff';
import { describe, expect, it } from 'vitest';
import { listPairs, listRevisions, requirePair, writePair, type Db } from '../../src/db/index.js';
import { exportDocumentXliff, importDocumentPair, importDocumentXliff, leftUnapplied, mergeWithNext, moveSentence } from '../../src/documents/index.js';
import { xliff } from '../../src/formats/index.js';
import { addUnits } from '../../src/tm/index.js';
import { REPO, SCHEMAS } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { openTestWorkspace } from '../helpers/store.js';

const schemas = SCHEMAS;

function workspace(): { db: Db; id: number; dir: string } {
  const dir = tempDir();
  const db = openTestWorkspace();
  const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
  return { db, id, dir };
}

function validate(file: string, schema: string): void {
  execFileSync('xmllint', ['--nonet', '--noout', '--schema', join(schemas, schema), file], { stdio: 'pipe' });
}

describe('XLIFF export', () => {
  it('validates against the official XLIFF 1.2 (strict and transitional) and 2.0 schemas', () => {
    const { db, id, dir } = workspace();
    const f12 = join(dir, 'a12.xlf');
    const f20 = join(dir, 'a20.xlf');
    writeFileSync(f12, exportDocumentXliff(db, id, { version: '1.2' }));
    writeFileSync(f20, exportDocumentXliff(db, id, { version: '2.0', srcRegion: 'US', tgtRegion: 'TR' }));
    validate(f12, 'xliff-core-1.2-strict.xsd');
    validate(f12, 'xliff-core-1.2-transitional.xsd');
    validate(f20, 'xliff-2.0/xliff_core_2.0.xsd');
    validate(f20, 'xliff-2.0/matches.xsd');
    const text = readFileSync(f12, 'utf8');
    expect(text).toContain('<ph id="m1" ctype="x-footnote">[1]</ph>');
    expect(text).toMatch(/<note from="hizala-qa:mojibake" annotates="source">error: mojibake &quot;□□&quot;/);
    expect(text).toContain('term: Zangezur → Zengezur');
    expect(text).not.toMatch(/term: [^<]*→ Zangezur/); // a forbidden spelling never goes out as a translation
    expect(readFileSync(f20, 'utf8')).toContain('srcLang="en-US" trgLang="tr-TR"');
  });

  it('offers the TM\'s matches of a pair in both versions, only from units of the document\'s language pair', () => {
    const { db, id } = workspace();
    const [first] = listPairs(db, id);
    expect(exportDocumentXliff(db, id, { version: '1.2' })).not.toContain('<alt-trans');
    // a unit the other way round is no match for an English source
    addUnits(db, [{ srcLang: 'tr', tgtLang: 'en', source: first!.target, target: first!.source }]);
    expect(exportDocumentXliff(db, id, { version: '1.2' })).not.toContain('<alt-trans');
    addUnits(db, [{ srcLang: 'en', tgtLang: 'tr', source: `${first!.source} Again.`, target: 'Bir çeviri.', origin: 'old-tm' }]);
    const x12 = exportDocumentXliff(db, id, { version: '1.2' });
    expect(x12).toMatch(new RegExp(`<trans-unit id="p${first!.id}"[\\s\\S]*?<alt-trans match-quality="\\d+" origin="old-tm" alttranstype="proposal"><source>[^<]*Again\\.</source><target>Bir çeviri\\.</target></alt-trans>`));
    expect(x12.match(/<alt-trans /g)).toHaveLength(1);
    expect(exportDocumentXliff(db, id, { version: '2.0' })).toMatch(/<mtc:match ref="#s1" matchQuality="\d+\.\d" origin="old-tm" type="tm"><source>[^<]*Again\.<\/source><target>Bir çeviri\.<\/target><\/mtc:match>/);
    expect(exportDocumentXliff(db, id, { version: '1.2', matches: false })).not.toContain('<alt-trans');
  });

  it('maps statuses to each version\'s states', () => {
    const { db, id } = workspace();
    const [a, b] = listPairs(db, id);
    writePair(db, a!, { status: 'final' }, 'edit', null);
    writePair(db, b!, { status: 'reviewed' }, 'edit', null);
    const x12 = exportDocumentXliff(db, id, { version: '1.2' });
    expect(x12).toMatch(new RegExp(`id="p${a!.id}"[^>]*approved="yes"`));
    expect(x12).toContain('state="final"');
    expect(x12).toContain('state="signed-off"');
    const x20 = exportDocumentXliff(db, id, { version: '2.0' });
    expect(x20).toContain('state="final"');
    expect(x20).toContain('state="reviewed"');
  });

  it('is read by the xliff package with every source and target intact (a second reader)', async () => {
    const { db, id } = workspace();
    const js = (await xliffPackage.xliff12ToJs(exportDocumentXliff(db, id, { version: '1.2', matches: false }), { captureSpacesBetweenElements: true })) as {
      resources: Record<string, Record<string, { source: unknown; target: unknown }>>;
    };
    const units = Object.values(js.resources)[0]!;
    // inline codes come back as {Span: {id, ctype, contents}}; a paired code's ends
    // ({SpanStart}/{SpanEnd}: bold, italic, links) hold their native code, not text
    const flat = (v: unknown): string => {
      if (typeof v === 'string') return v;
      if (Array.isArray(v)) return v.map(flat).join('');
      if (v && typeof v === 'object') {
        if ('SpanStart' in v || 'SpanEnd' in v) return '';
        const inner = 'contents' in v ? v : Object.values(v)[0];
        return inner && typeof inner === 'object' && 'contents' in inner ? flat((inner as { contents: unknown }).contents) : '';
      }
      return '';
    };
    for (const p of listPairs(db, id)) {
      expect(flat(units[`p${p.id}`]!.source)).toBe(p.source);
      expect(flat(units[`p${p.id}`]!.target)).toBe(p.target);
    }
  });
});

describe('XLIFF import', () => {
  it('is a no-op when nothing changed, in both versions', () => {
    const { db, id } = workspace();
    for (const version of ['1.2', '2.0'] as const) {
      const report = importDocumentXliff(db, exportDocumentXliff(db, id, { version }), 'same.xlf');
      expect(report).toMatchObject({ updated: 0, conflicts: [] });
      expect(report.unchanged).toBe(listPairs(db, id).length);
    }
  });

  it('updates only the edited targets, each as a revision with the file as origin', () => {
    const { db, id } = workspace();
    const pairs = listPairs(db, id);
    const k = pairs.findIndex((p) => p.target.length > 40 && !/[[<&"]/.test(p.target));
    const target = pairs[k]!;
    const exported = exportDocumentXliff(db, id, { version: '2.0' });
    const edited = exported.replace(`>${target.target}</target>`, '>Yeni çeviri: İĞDIR, Şuşa.</target>');
    expect(edited).not.toBe(exported);
    const report = importDocumentXliff(db, edited, 'returned.xlf');
    expect(report).toMatchObject({ updated: 1, conflicts: [] });
    const after = listPairs(db, id);
    expect(after[k]!.target).toBe('Yeni çeviri: İĞDIR, Şuşa.');
    expect(after[k]!.status).toBe('translated');
    expect(listRevisions(db, target.id).at(-1)!.origin).toBe('xliff:returned.xlf');
    expect(after.filter((p, k) => p.version !== pairs[k]!.version)).toHaveLength(1);
  });

  it('reports a conflict when the pair changed here too, and applies it only with --theirs', () => {
    const { db, id } = workspace();
    const pair = listPairs(db, id)[7]!;
    const exported = exportDocumentXliff(db, id, { version: '1.2' });
    writePair(db, pair, { target: 'Burada düzeltildi.' }, 'edit', 'ayse');
    const theirs = exported.replace(new RegExp(`(<trans-unit id="p${pair.id}"[^]*?<target[^>]*>)[^]*?(</target>)`), '$1Orada düzeltildi.$2');
    const report = importDocumentXliff(db, theirs, 'back.xlf');
    expect(report.conflicts).toEqual([expect.objectContaining({ pairId: pair.id, ours: 'Burada düzeltildi.', theirs: 'Orada düzeltildi.', resolved: null })]);
    expect(listPairs(db, id)[7]!.target).toBe('Burada düzeltildi.');
    importDocumentXliff(db, theirs, 'back.xlf', { resolve: 'theirs' });
    expect(listPairs(db, id)[7]!.target).toBe('Orada düzeltildi.');
  });

  it('after a merge and a split since the export, imports the rest of the file and lists the units with no place to go', () => {
    const { db, id } = workspace();
    const pairs = listPairs(db, id);
    const exported = exportDocumentXliff(db, id, { version: '1.2' });
    // the translator works on the file while the editor merges pairs 3 and 4 and realigns pair 10
    const merged = pairs[3]!;
    const mergedAway = pairs[4]!;
    mergeWithNext(db, merged.id, merged.version, mergedAway.version, 'editor');
    const moved = pairs.find((p, k) => k > 6 && p.srcSegments.length > 1) ?? pairs[8]!;
    const k10 = pairs.indexOf(moved);
    moveSentence(db, moved.id, moved.version, 'src', 'last', pairs[k10 + 1]!.version, 'editor');
    const newTarget = (k: number, text: string) => (xml: string) => xml.replace(new RegExp(`(<trans-unit id="p${pairs[k]!.id}"[^]*?<target[^>]*>)[^]*?(</target>)`), `$1${text}$2`);
    const last = pairs.length - 1;
    const returned = [newTarget(4, 'Birleştirilen çiftin çevirisi.'), newTarget(k10, 'Yeniden hizalanan çift.'), newTarget(last, 'Son çift, yeni çeviri.')].reduce((xml, f) => f(xml), exported);
    const report = importDocumentXliff(db, returned, 'back.xlf');
    expect(report.updated).toBe(1);
    expect(requirePair(db, pairs[last]!.id).target).toBe('Son çift, yeni çeviri.');
    expect(report.orphans).toEqual([
      expect.objectContaining({ unit: `p${mergedAway.id}`, why: 'no-pair', target: 'Birleştirilen çiftin çevirisi.' }),
      expect.objectContaining({ unit: `p${moved.id}`, why: 'realigned', target: 'Yeniden hizalanan çift.' }),
    ]);
    // the realigned pair keeps its own text
    expect(requirePair(db, moved.id).target).not.toBe('Yeniden hizalanan çift.');
    expect(leftUnapplied(report)).toBe(true);
  });

  it('strict: a file with a unit that cannot be applied writes nothing, and says what it would have done', () => {
    const { db, id } = workspace();
    const pairs = listPairs(db, id);
    const exported = exportDocumentXliff(db, id, { version: '1.2' });
    mergeWithNext(db, pairs[3]!.id, pairs[3]!.version, pairs[4]!.version, 'editor');
    const newTarget = (k: number, text: string) => (xml: string) => xml.replace(new RegExp(`(<trans-unit id="p${pairs[k]!.id}"[^]*?<target[^>]*>)[^]*?(</target>)`), `$1${text}$2`);
    const returned = [newTarget(4, 'Birleştirilen çiftin çevirisi.'), newTarget(8, 'Sekizinci çift, yeni çeviri.')].reduce((xml, f) => f(xml), exported);
    const before = JSON.stringify(listPairs(db, id));
    const strict = importDocumentXliff(db, returned, 'back.xlf', { strict: true });
    expect(strict).toMatchObject({ rolledBack: true, updated: 1, orphans: [expect.objectContaining({ why: 'no-pair' })] });
    expect(JSON.stringify(listPairs(db, id))).toBe(before);
    // without it, the rest of the file comes in
    expect(importDocumentXliff(db, returned, 'back.xlf')).toMatchObject({ updated: 1 });
    expect(requirePair(db, pairs[8]!.id).target).toBe('Sekizinci çift, yeni çeviri.');
  });

  it('refuses a file with no unit of this workspace, another document and another language pair, changing nothing', () => {
    const { db, id } = workspace();
    const exported = exportDocumentXliff(db, id, { version: '1.2' });
    const before = JSON.stringify(listPairs(db, id));
    expect(() => importDocumentXliff(db, exported.replace(/id="p(\d+)"/g, 'id="p9999$1"'), 'x.xlf')).toThrowError(/x\.xlf:\d+: unit "p9999\d+" is not a pair of this workspace/);
    expect(() => importDocumentXliff(db, exported.replace('target-language="tr"', 'target-language="de"'), 'x.xlf')).toThrowError(/the file is en → de/);
    const other = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') }, force: true });
    const otherFirst = listPairs(db, other.id)[0]!.id;
    expect(() => importDocumentXliff(db, exported.replace(/id="p\d+"/, `id="p${otherFirst}"`), 'x.xlf')).toThrowError(/belongs to document/);
    expect(JSON.stringify(listPairs(db, id))).toBe(before);
  });

  it('refuses hostile XML quickly, changing nothing', () => {
    const { db, id } = workspace();
    const before = JSON.stringify(listPairs(db, id));
    const xxe = '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file><body><trans-unit id="p1"><source>&x;</source></trans-unit></body></file></xliff>';
    const laughs = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><xliff version="1.2"><file><body><trans-unit id="p1"><source>&c;</source></trans-unit></body></file></xliff>`;
    const huge = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="tr"><body><trans-unit id="p1"><source>x</source><target>${'ş'.repeat(3_000_000)}</target></trans-unit></body></file></xliff>`;
    for (const [payload, message] of [
      [xxe, /DOCTYPE with an internal subset/],
      [laughs, /DOCTYPE with an internal subset/],
      [huge, /more than 1,000,000 characters/],
    ] as const) {
      const t = performance.now();
      expect(() => importDocumentXliff(db, payload, 'evil.xlf')).toThrowError(message);
      expect(performance.now() - t).toBeLessThan(3000);
    }
    expect(JSON.stringify(listPairs(db, id))).toBe(before);
  });

  it('reads the shapes other tools write: 1.2 seg-source with <mrk mtype="seg">, 2.0 with several segments', () => {
    const x12 = xliff.readXliff(readFileSync(join(schemas, 'samples/xliff12-valid.xlf'), 'utf8'), 'a.xlf');
    expect(x12.units.map((u) => u.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(x12.units.at(-1)!.source).toBe('  Leading and trailing spaces  ');
    const x20 = xliff.readXliff(readFileSync(join(schemas, 'samples/xliff20-valid.xlf'), 'utf8'), 'b.xlf');
    expect(x20.units[0]!.source).toBe('The quarterly report is ready. Send it by e-mail.');
    const mrk = xliff.readXliff(
      `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:foo="urn:x-foo"><file source-language="en" target-language="tr" original="a" datatype="plaintext"><body>
<trans-unit id="p1"><source>One. Two.</source><seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two.</mrk></seg-source>
<target state="translated"><mrk mtype="seg" mid="1">Bir.</mrk> <mrk mtype="seg" mid="2">İki.</mrk></target><foo:extra>ignored</foo:extra></trans-unit></body></file></xliff>`,
      'c.xlf',
    );
    expect(mrk.units[0]).toMatchObject({ source: 'One. Two.', target: 'Bir. İki.', status: 'translated' });
  });
});
