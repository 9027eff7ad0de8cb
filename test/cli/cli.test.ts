import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { hizala, DEV, REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const EN = join(DEV, 'align/corridor.en.md');
const TR = join(DEV, 'align/corridor.tr.md');

function fingerprint(path: string): string {
  // the database file and its WAL together describe its content
  const parts = [path, `${path}-wal`].filter(existsSync).map((p) => readFileSync(p));
  return createHash('sha256').update(Buffer.concat(parts)).digest('hex');
}

describe('hizala CLI', () => {
  it('prints help for the tool and each command', () => {
    const top = hizala(['--help']);
    expect(top.status).toBe(0);
    for (const c of ['segment', 'import', 'documents', 'serve']) expect(top.stdout).toContain(c);
    const sub = hizala(['import', '--help']);
    expect(sub.status).toBe(0);
    expect(sub.stdout).toMatch(/^hizala import EN_FILE TR_FILE/);
  });

  it('segments a real file one segment per line, and as JSON', () => {
    const run = hizala(['segment', join(DEV, 'align/gas.tr.md'), '--lang', 'tr']);
    expect(run.status).toBe(0);
    const gold = readFileSync(join(DEV, 'align/gas.tr.txt'), 'utf8').split('\n').filter(Boolean);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(gold.length);
    const json = JSON.parse(hizala(['segment', join(DEV, 'align/gas.en.md'), '--lang', 'en', '--json']).stdout) as {
      segments: { text: string; paragraph: number }[];
      paragraphs: { kind: string }[];
    };
    expect(json.segments[0]!.text).toBe('GAS, PIPELINES AND LEVERAGE IN THE CASPIAN BASIN');
    expect(json.paragraphs[0]!.kind).toBe('heading');
  });

  it('imports a pair in one go, prints its id as JSON and lists it', () => {
    const db = join(tempDir(), 'w.sqlite');
    const run = hizala(['import', EN, TR, '--title', 'Corridor', '--json', '--db', db]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { id: number; title: string; source: { segments: number }; target: { segments: number } };
    expect(result).toMatchObject({ id: 1, title: 'Corridor', source: { segments: 68 }, target: { segments: 67 } });
    const list = JSON.parse(hizala(['documents', '--json', '--db', db]).stdout) as { documents: { id: number; srcSegments: number }[] };
    expect(list.documents).toEqual([expect.objectContaining({ id: 1, srcSegments: 68, tgtSegments: 67 })]);
    expect(hizala(['documents', '--db', db]).stdout).toMatch(/^\s+1\s+en:68 tr:67\s+Corridor$/m);
  });

  it('honours HIZALA_DB', () => {
    const db = join(tempDir(), 'env.sqlite');
    expect(hizala(['import', EN, TR], { env: { HIZALA_DB: db } }).stdout.trim()).toBe('1');
    expect(existsSync(db)).toBe(true);
  });

  describe('bad input: a clear message, exit code 2, the database unchanged', () => {
    const dir = tempDir;
    const cases: [string, (d: string) => string[], RegExp][] = [
      ['an empty file', (d) => [write(d, 'empty.md', ''), TR], /empty\.md: the file is empty/],
      ['a binary file', (d) => [write(d, 'blob.md', Buffer.from([1, 2, 0, 3, 255, 0])), TR], /blob\.md:1: binary data/],
      ['an unsupported encoding', (d) => [write(d, 'ru.txt', iconv.encode('Азербайджан и Армения подписали заявление.', 'koi8-r')), TR], /ru\.txt:1: unsupported encoding/],
      ['a missing file', (d) => [join(d, 'nope.md'), TR], /nope\.md: no such file/],
      ['swapped languages', () => [TR, EN], /corridor\.tr\.md: the text looks Turkish, not English/],
      ['an unsupported file type', (d) => [write(d, 'a.odt', 'hello'), TR], /a\.odt: unsupported file type/],
      ['a text file named .docx', (d) => [write(d, 'a.docx', 'hello'), TR], /a\.docx: not a \.docx file: it is not a ZIP package/],
      ['a scanned PDF', (d) => [join(REPO, 'test/fixtures/no-text-layer.pdf'), TR], /no-text-layer\.pdf: the PDF has no text layer/],
    ];
    for (const [what, args, message] of cases) {
      it(what, () => {
        const d = dir();
        const db = join(d, 'w.sqlite');
        expect(hizala(['import', EN, TR, '--db', db]).status).toBe(0);
        const before = fingerprint(db);
        const run = hizala(['import', ...args(d), '--db', db]);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(message);
        expect(run.stdout).toBe('');
        expect(fingerprint(db)).toBe(before);
        expect(JSON.parse(hizala(['documents', '--json', '--db', db]).stdout).documents).toHaveLength(1);
      });
    }

    it('a wrong --lang flag on segment', () => {
      const run = hizala(['segment', EN, '--lang', 'tr']);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/looks English, not Turkish/);
      expect(hizala(['segment', EN, '--lang', 'de']).stderr).toMatch(/--lang must be en or tr/);
    });

    it('unknown commands and options', () => {
      expect(hizala(['frobnicate']).status).toBe(2);
      const run = hizala(['documents', '--colour']);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/Unknown option '--colour'/);
    });
  });
});

function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
