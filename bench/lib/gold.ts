/** Reading the dev sets in data/dev/align and scoring against them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ALIGN_DIR = process.env.HIZALA_ALIGN_DATA ?? resolve(REPO, 'data/dev/align');

export function setNames(dir = ALIGN_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.en.md') && existsSync(join(dir, f.replace('.en.md', '.tr.md'))))
    .map((f) => f.replace('.en.md', ''))
    .sort();
}

/** Gold beads of NAME.gold.json: indices into the non-empty lines of the two .txt files. */
export function goldBeads(name: string, dir = ALIGN_DIR): { en: number[]; tr: number[] }[] {
  return (JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as { beads: { en: number[]; tr: number[] }[] }).beads;
}

/** Gold segments: non-empty lines of NAME.LANG.txt. */
export function goldSegments(name: string, lang: 'en' | 'tr', dir = ALIGN_DIR): string[] {
  return readFileSync(join(dir, `${name}.${lang}.txt`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
}

/** Letters and digits only, after removing HTML tags and markdown link targets. */
export function lettersOnly(s: string): string {
  return s
    .replace(/<\/?(?:sup|sub|b|i|em|strong|a|span|br|p|code)\b[^>]*>/giu, '')
    .replace(/\]\([^)]*\)/gu, ']')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Boundary offsets (in the letters-only concatenation) between consecutive segments. */
export function boundaries(segments: readonly string[]): { set: Set<number>; total: number; concat: string } {
  const set = new Set<number>();
  let total = 0;
  let concat = '';
  segments.forEach((s, i) => {
    const letters = lettersOnly(s);
    total += letters.length;
    concat += letters;
    if (i < segments.length - 1) set.add(total);
  });
  set.delete(total);
  return { set, total, concat };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** The counts behind the ratios, so that sets can be pooled. */
  truePositives: number;
  predicted: number;
  gold: number;
}

export function prf(truePositives: number, predicted: number, gold: number): Prf {
  const precision = predicted ? truePositives / predicted : 1;
  const recall = gold ? truePositives / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, truePositives, predicted, gold };
}

export function boundaryScore(system: readonly string[], gold: readonly string[]): Prf & { sameText: boolean } {
  const s = boundaries(system);
  const g = boundaries(gold);
  let tp = 0;
  for (const b of s.set) if (g.set.has(b)) tp++;
  return { ...prf(tp, s.set.size, g.set.size), sameText: s.concat === g.concat };
}
