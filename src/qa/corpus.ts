import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SkeletonIndex } from './skeleton.js';

/**
 * How often Turkish words occur: counted from the Turkish news corpus that Olcay Taner
 * Yıldız's Starlang deasciifier ships (nlptoolkit-deasciifier, ISC licence; 50,000
 * lowercase sentences, 827,000 words, 98,000 distinct). A spelling dictionary says which
 * fillings of a damaged word are words; this says which is the word people write
 * ("b□□ında": başında 200 times, bağında never). Its words are also a source of fillings
 * that the dictionary lacks (hükümeti, Bakü). Read once per process on first use, about
 * 0.4 s; only batch entry points and the restoration of lost characters use it.
 */
export interface WordCounts {
  /** Times the corpus writes the word, case and apostrophe folded (0 when never). */
  count(word: string): number;
  /** The corpus's words with the skeleton of a damaged word (lowercase). */
  forms(damaged: string): readonly string[];
}

let loaded: WordCounts | undefined;

/** The corpus's word counts if this process has read them, else undefined. */
export function loadedTurkishCounts(): WordCounts | undefined {
  return loaded;
}

/** Read the corpus (once). */
export function turkishCounts(): WordCounts {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('nlptoolkit-deasciifier/package.json')), 'corpus.txt');
  const counts = new Map<string, number>();
  for (const word of readFileSync(file, 'utf8').split(/\s+/u)) if (word && /\p{L}/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const index = new SkeletonIndex(counts.keys());
  loaded = {
    count: (word) => counts.get(foldForCounts(word)) ?? 0,
    forms: (damaged) => index.lookup(damaged),
  };
  return loaded;
}

/** The corpus writes small letters and an ASCII apostrophe. */
export function foldForCounts(word: string): string {
  return word.toLocaleLowerCase('tr').replace(/’/gu, "'");
}
