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
  /**
   * ln P(word) by a model of letter sequences learnt from the corpus's words (letters
   * after the three before them, interpolated with shorter contexts): how Turkish-like a
   * word the corpus never writes is — a name, or a form with more suffixes than any it
   * has (karayollarının, not karayollarınığn). Case folded.
   */
  letterLogProbability(word: string): number;
  /** Times the corpus writes word `a` directly before word `b` (both folded). */
  pairCount(a: string, b: string): number;
  /** Times the corpus writes a word that begins with `prefix` (folded): how common a family of words is. O(log words). */
  prefixCount(prefix: string): number;
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
  // neighbouring words, for a choice the words alone cannot make (ton yük, yol açtı, dış politika)
  const pairs = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    let previous = '';
    for (const word of line.split(/\s+/u)) {
      if (!word || !/\p{L}/u.test(word)) {
        previous = '';
        continue;
      }
      counts.set(word, (counts.get(word) ?? 0) + 1);
      if (previous) {
        const pair = `${previous} ${word}`;
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      }
      previous = word;
    }
  }
  const index = new SkeletonIndex(counts.keys());
  // sorted with the rest of the load (0.15 s): the first choice the words' own counts leave
  // open would otherwise pay for it in the middle of a batch
  const prefixes = new PrefixCounts(counts);
  const letters = new LetterModel(counts.keys());
  loaded = {
    count: (word) => counts.get(foldForCounts(word)) ?? 0,
    forms: (damaged) => index.lookup(damaged),
    letterLogProbability: (word) => letters.logProbability(foldForCounts(word)),
    pairCount: (a, b) => pairs.get(`${foldForCounts(a)} ${foldForCounts(b)}`) ?? 0,
    prefixCount: (prefix) => prefixes.count(foldForCounts(prefix)),
  };
  return loaded;
}

/**
 * Counts of the words that begin with a prefix: the distinct words in code-unit order with
 * running sums of their counts; a prefix's words are one run of that order, found by two
 * binary searches. Built in O(n log n) once.
 */
class PrefixCounts {
  private readonly words: string[];
  /** sums[k]: the counts of words[0 … k−1]. */
  private readonly sums: Float64Array;

  constructor(counts: ReadonlyMap<string, number>) {
    this.words = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.sums = new Float64Array(this.words.length + 1);
    this.words.forEach((w, k) => (this.sums[k + 1] = this.sums[k]! + counts.get(w)!));
  }

  count(prefix: string): number {
    return this.sums[this.lowerBound(prefix + '\uffff')]! - this.sums[this.lowerBound(prefix)]!;
  }

  /** The first index whose word is not below `key`. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Letter n-grams of a word list (each word once: suffixes are productive, and a type
 * count says which sequences the language allows, not which words news repeat), with
 * contexts of up to ORDER − 1 letters, interpolated with fixed weights down to a uniform
 * floor. Built in O(letters of the list); a word is scored in O(its length).
 */
class LetterModel {
  private readonly grams = new Map<string, number>();
  private readonly contexts = new Map<string, number>();
  private readonly alphabet: number;

  constructor(words: Iterable<string>) {
    const letters = new Set<string>();
    for (const word of words) {
      if (!/^\p{L}+$/u.test(word)) continue;
      const padded = BOUNDARY.repeat(ORDER - 1) + word + BOUNDARY;
      for (let k = ORDER - 1; k < padded.length; k++) {
        letters.add(padded[k]!);
        for (let n = 1; n <= ORDER; n++) {
          const context = padded.slice(k - n + 1, k);
          this.contexts.set(context, (this.contexts.get(context) ?? 0) + 1);
          const gram = context + padded[k];
          this.grams.set(gram, (this.grams.get(gram) ?? 0) + 1);
        }
      }
    }
    this.alphabet = letters.size;
  }

  logProbability(word: string): number {
    const padded = BOUNDARY.repeat(ORDER - 1) + word + BOUNDARY;
    let sum = 0;
    for (let k = ORDER - 1; k < padded.length; k++) {
      let p = WEIGHTS[0]! / this.alphabet;
      for (let n = 1; n <= ORDER; n++) {
        const context = padded.slice(k - n + 1, k);
        const seen = this.contexts.get(context);
        if (seen) p += WEIGHTS[n]! * ((this.grams.get(context + padded[k]) ?? 0) / seen);
      }
      sum += Math.log(p);
    }
    return sum;
  }
}

const ORDER = 4;
const BOUNDARY = '#';
/** Weights of the uniform floor and of contexts of 0 … ORDER − 1 letters (sum 1): longer contexts trusted more. */
const WEIGHTS = [0.01, 0.04, 0.1, 0.25, 0.6];

/** The corpus writes small letters and an ASCII apostrophe. */
export function foldForCounts(word: string): string {
  return word.toLocaleLowerCase('tr').replace(/’/gu, "'");
}
