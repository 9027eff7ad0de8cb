import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };
const load = (lang: string) => JSON.parse(readFileSync(new URL(`../../web/locales/${lang}.json`, import.meta.url), 'utf8')) as Tree;

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

describe('UI locales', () => {
  const en = keys(load('en')).sort();
  const tr = keys(load('tr')).sort();

  it('have the same keys in English and Turkish', () => {
    expect(tr.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !tr.includes(k))).toEqual([]);
  });

  it('cover every data-i18n key and t() call of the page', () => {
    const dir = new URL('../../web/src/', import.meta.url);
    const sources = [readFileSync(new URL('../../web/index.html', import.meta.url), 'utf8'), ...readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(new URL(f, dir), 'utf8'))].join('\n');
    // literal keys: data-i18n="…", t('…') and keys kept as data ('editor.keyConfirm' in a table); keys built at run time (status.${s}) are checked by prefix below
    const used = new Set([...sources.matchAll(/data-i18n="([^"]+)"|\bt\('([^'$]+)'|'((?:editor|find|documents)\.[a-zA-Z]+)'/g)].map((m) => m[1] ?? m[2] ?? m[3]!));
    for (const prefix of ['status.', 'termStatus.', 'checks.']) expect(en.some((k) => k.startsWith(prefix))).toBe(true);
    const plural = (k: string) => en.includes(k) || en.includes(`${k}_one`);
    expect([...used].filter((k) => !plural(k))).toEqual([]);
  });
});

describe('QA message keys', () => {
  it('every message key the QA checks use has an English and a Turkish string', () => {
    const dir = new URL('../../src/qa/', import.meta.url);
    const files = [...readdirSync(dir).map((f) => new URL(f, dir)), ...readdirSync(new URL('checks/', dir)).map((f) => new URL(`checks/${f}`, dir))];
    const source = files.filter((u) => u.pathname.endsWith('.ts')).map((u) => readFileSync(u, 'utf8')).join('\n');
    const used = [...source.matchAll(/messageKey: '([^']+)'/g)].map((m) => m[1]!);
    const kinds = [...readFileSync(new URL('mojibake.ts', dir), 'utf8').matchAll(/^\s+\| '([a-z0-9-]+)'/gm)].map((m) => `qa.mojibake.${m[1]}`);
    expect(used.length).toBeGreaterThan(10);
    expect(kinds.length).toBeGreaterThan(8);
    for (const lang of ['en', 'tr']) {
      const have = keys(load(lang));
      expect([...used, ...kinds].filter((k) => !have.includes(k))).toEqual([]);
    }
  });
});
