import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPairs, writePair } from '../../src/db/index.js';
import { exportDocumentXliff, importDocumentPair, importDocumentXliff } from '../../src/documents/index.js';
import { xliff } from '../../src/formats/index.js';
import { REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { openTestWorkspace } from '../helpers/store.js';

/** Statuses as CAT tools read and write them: translate-toolkit's pocount, memoQ, Trados. */
describe('statuses through XLIFF 1.2', () => {
  it('translate-toolkit counts translated, reviewed and final pairs as translated, drafts as not', () => {
    const dir = tempDir();
    const db = openTestWorkspace();
    const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
    const pairs = listPairs(db, id);
    const statuses = ['translated', 'reviewed', 'final'] as const;
    pairs.slice(0, 6).forEach((p, k) => writePair(db, p, { status: statuses[k % 3] }, 'edit', null));
    const file = join(dir, 'out.xlf');
    writeFileSync(file, exportDocumentXliff(db, id, { version: '1.2' }));
    db.close();
    const [, row] = execFileSync('pocount', ['--csv', file], { encoding: 'utf8' }).trim().split('\n');
    const [, translated, , , fuzzy] = row!.split(',').map((x) => Number(x.trim()));
    expect(translated).toBe(6);
    expect(fuzzy! + translated!).toBeLessThanOrEqual(pairs.length);
  });

  const unit12 = (attrs: string, target: string, inner = '') =>
    `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><file source-language="en" target-language="tr" datatype="plaintext" original="x"><body>\n<trans-unit id="p1" ${attrs}><source>Ships wait.</source>${target}${inner}</trans-unit></body></file></xliff>`;
  const status = (xml: string) => xliff.readXliff(xml, 'x.xlf').units[0]!.status;

  it('reads approved="yes" without a state as translated, never final (pomerge sets it on every unit)', () => {
    expect(status(unit12('approved="yes"', '<target>Gemiler bekliyor.</target>'))).toBe('translated');
    expect(status(unit12('approved="yes"', '<target state="signed-off">Gemiler bekliyor.</target>'))).toBe('reviewed');
    expect(status(unit12('approved="yes"', '<target state="final">Gemiler bekliyor.</target>'))).toBe('final');
    expect(status(unit12('approved="no"', '<target state="needs-translation">Gemiler bekliyor.</target>'))).toBe('draft');
  });

  it("reads memoQ's mq:status and Trados' sdl:seg conf", () => {
    expect(status(unit12('mq:status="ManuallyConfirmed"', '<target>Gemiler bekliyor.</target>'))).toBe('translated');
    expect(status(unit12('mq:status="Reviewer1Confirmed"', '<target state="translated">Gemiler bekliyor.</target>'))).toBe('reviewed');
    const sdl = (conf: string) => unit12('', '<target>Gemiler bekliyor.</target>', `<sdl:seg-defs><sdl:seg id="1" conf="${conf}"/></sdl:seg-defs>`);
    expect(status(sdl('ApprovedSignOff'))).toBe('final');
    expect(status(sdl('ApprovedTranslation'))).toBe('reviewed');
    expect(status(sdl('Draft'))).toBe('draft');
  });
});

describe('inline codes in a returned XLIFF 1.2', () => {
  const unit = (source: string, target: string) =>
    `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="tr" datatype="plaintext" original="x"><body>\n<trans-unit id="p1"><source>${source}</source><target>${target}</target></trans-unit></body></file></xliff>`;
  const read = (source: string, target: string) => xliff.readXliff(unit(source, target), 'x.xlf').units[0]!;

  it('a note marker returned as <x id> is the marker again', () => {
    const u = read('Ships wait.<ph id="m1" ctype="x-footnote">[1]</ph>', 'Gemiler bekliyor.<x id="m1"/>');
    expect(u.source).toBe('Ships wait.[1]');
    expect(u.target).toBe('Gemiler bekliyor.[1]');
  });

  it("another tool's markup in <bpt>, <ept> or <ph> is not text", () => {
    const u = read('<bpt id="1">&lt;b&gt;</bpt>Ships<ept id="1">&lt;/b&gt;</ept> wait.', '<bpt id="1">&lt;b&gt;</bpt>Gemiler<ept id="1">&lt;/b&gt;</ept> bekliyor.<ph id="2">&lt;br/&gt;</ph>');
    expect(u.source).toBe('Ships wait.');
    expect(u.target).toBe('Gemiler bekliyor.');
  });
});

describe('characters XML 1.0 cannot carry in a returned file', () => {
  it('a 2.0 <cp hex> control character is refused with the unit and line, nothing written', () => {
    const db = openTestWorkspace();
    const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
    const exported = exportDocumentXliff(db, id, { version: '2.0' });
    const before = JSON.stringify(listPairs(db, id));
    const pair = listPairs(db, id)[2]!;
    const broken = exported.replace(new RegExp(`(<unit id="p${pair.id}"[^]*?<target[^>]*>)`), '$1<cp hex="0001"/>');
    const line = broken.slice(0, broken.indexOf(`<unit id="p${pair.id}"`)).split('\n').length;
    expect(() => importDocumentXliff(db, broken, 'back.xlf')).toThrowError(new RegExp(`^back\\.xlf:${line}: unit "p${pair.id}": the target has a control character, U\\+0001`));
    expect(JSON.stringify(listPairs(db, id))).toBe(before);
    db.close();
  });
});
