import { readFileSync } from 'node:fs';
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
    const sources = ['../../web/index.html', '../../web/src/main.ts'].map((p) => readFileSync(new URL(p, import.meta.url), 'utf8')).join('\n');
    const used = new Set([...sources.matchAll(/data-i18n="([^"]+)"|\bt\('([^']+)'/g)].map((m) => m[1] ?? m[2]!));
    const plural = (k: string) => en.includes(k) || en.includes(`${k}_one`);
    expect([...used].filter((k) => !plural(k))).toEqual([]);
  });
});
