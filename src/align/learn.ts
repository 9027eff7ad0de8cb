import { EN_STOP, lexicalKey, type Lexicon } from './lexicon.js';

/**
 * A word lexicon learned from translation pairs (the translation memory): an English
 * word and a Turkish stem are taken as translations when they occur in the same pairs
 * far more often than chance — Dunning's log-likelihood ratio G² over the 2×2 table of
 * pairs with and without each, the usual test for word association in parallel text
 * (it stays reliable for rare words, where the Dice coefficient and χ² are not).
 *
 * A Turkish word's stem is its first five letters (the whole word if shorter): Turkish
 * adds suffixes (koridoru, koridorun) and the aligner matches stems as word beginnings.
 *
 * Cost: O(P·w) to count words, then O(Σ e·t) over the pairs for the English words and
 * Turkish stems frequent enough to pass (each pair's e·t bounded by the cap on words per
 * pair); memory O(distinct co-occurring kept pairs).
 */
export interface LearnOptions {
  /** Least number of pairs a word and a stem must share (default 3). */
  minShared?: number;
  /** Least G² (default 10.83: p < 0.001 for one degree of freedom). */
  minG2?: number;
  /** Stems kept per English word, best first (default 3). */
  perWord?: number;
}

const STEM_LENGTH = 5;
const MIN_WORD = 3;
/** Words per side of one pair that are counted: a long pair adds little but costs e·t. */
const MAX_WORDS_PER_PAIR = 40;
const WORDS = /\p{L}+(?:['’]\p{L}+)?/gu;

function turkishLearnStem(folded: string): string {
  const w = folded.replace(/['’].*$/u, '');
  return w.length > STEM_LENGTH ? w.slice(0, STEM_LENGTH) : w;
}

function englishWords(text: string): string[] {
  const out = new Set<string>();
  for (const m of lexicalKey(text, 'en').matchAll(WORDS)) {
    const w = m[0].replace(/’/g, "'").replace(/'s$/u, '');
    if (w.length >= MIN_WORD && !EN_STOP.has(w)) out.add(w);
    if (out.size >= MAX_WORDS_PER_PAIR) break;
  }
  return [...out];
}

function turkishStems(text: string): string[] {
  const out = new Set<string>();
  for (const m of lexicalKey(text, 'tr').matchAll(WORDS)) {
    const s = turkishLearnStem(m[0]);
    if (s.length >= MIN_WORD) out.add(s);
    if (out.size >= MAX_WORDS_PER_PAIR) break;
  }
  return [...out];
}

/** x·ln(x), 0 at 0. */
function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

/** Dunning's G² for a 2×2 table: k11 pairs with both, k12 English only, k21 Turkish only, k22 neither. */
export function g2(k11: number, k12: number, k21: number, k22: number): number {
  const n = k11 + k12 + k21 + k22;
  const rows = xlogx(k11 + k12) + xlogx(k21 + k22);
  const cols = xlogx(k11 + k21) + xlogx(k12 + k22);
  const cells = xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22);
  return 2 * (cells - rows - cols + xlogx(n));
}

export function learnLexicon(pairs: Iterable<{ en: string; tr: string }>, options: LearnOptions = {}): Lexicon {
  const minShared = options.minShared ?? 3;
  const minG2 = options.minG2 ?? 10.83;
  const perWord = options.perWord ?? 3;

  // pass 1: tokenise once, count in how many pairs each word and stem occurs
  const enIds = new Map<string, number>();
  const trIds = new Map<string, number>();
  const enCount: number[] = [];
  const trCount: number[] = [];
  const tokenised: [Int32Array, Int32Array][] = [];
  const idOf = (map: Map<string, number>, counts: number[], key: string) => {
    let id = map.get(key);
    if (id === undefined) {
      id = counts.length;
      map.set(key, id);
      counts.push(0);
    }
    counts[id]!++;
    return id;
  };
  for (const pair of pairs) {
    const words = englishWords(pair.en);
    const stems = turkishStems(pair.tr);
    // a pair with nothing on one side says nothing about association: not counted at all
    if (words.length === 0 || stems.length === 0) continue;
    tokenised.push([Int32Array.from(words, (w) => idOf(enIds, enCount, w)), Int32Array.from(stems, (s) => idOf(trIds, trCount, s))]);
  }
  const n = tokenised.length;
  if (n < minShared) return { entries: new Map() };

  // pass 2: co-occurrence of the words and stems frequent enough to pass
  const shared = new Map<number, number>();
  const width = trCount.length;
  for (const [en, tr] of tokenised) {
    for (const e of en) {
      if (enCount[e]! < minShared) continue;
      for (const t of tr) {
        if (trCount[t]! < minShared) continue;
        const key = e * width + t;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }

  const enWords = [...enIds.keys()];
  const trStems = [...trIds.keys()];
  const best = new Map<number, { t: number; score: number }[]>();
  // each stem's best score: a stem is kept only for the word(s) it is most associated
  // with, so collocates (Middle Corridor / Orta Koridor: corridor ~ orta) drop out
  const bestFor = new Map<number, number>();
  for (const [key, k11] of shared) {
    if (k11 < minShared) continue;
    const e = Math.floor(key / width);
    const t = key - e * width;
    const k12 = enCount[e]! - k11;
    const k21 = trCount[t]! - k11;
    const k22 = n - k11 - k12 - k21;
    if (k11 * n <= enCount[e]! * trCount[t]!) continue; // not more often together than by chance
    const score = g2(k11, k12, k21, k22);
    if (score < minG2) continue;
    const list = best.get(e) ?? [];
    list.push({ t, score });
    best.set(e, list);
    bestFor.set(t, Math.max(bestFor.get(t) ?? 0, score));
  }
  const entries = new Map<string, string[]>();
  for (const [e, all] of best) {
    // words that tie for a stem (always seen together) all keep it
    const list = all.filter((x) => x.score >= bestFor.get(x.t)! - 1e-9);
    if (list.length === 0) continue;
    list.sort((a, b) => b.score - a.score || trStems[a.t]!.localeCompare(trStems[b.t]!));
    entries.set(
      enWords[e]!,
      list.slice(0, perWord).map((x) => trStems[x.t]!),
    );
  }
  return { entries };
}
