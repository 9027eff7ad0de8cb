import type { Lang } from '../text/case.js';
import { EN_TR_LENGTH, lengthCost } from './length.js';
import { LexicalIndex, type Lexicon } from './lexicon.js';

/**
 * Sentence-level sub-units of a many-to-one bead, for the TM: a 2-1 bead is one pair, but
 * a translator's query is one sentence, and against the whole bead it scores about half.
 * The one-sentence side is cut at a clause boundary (a comma, semicolon, colon or dash,
 * or before a coordinating conjunction) so that each sentence of the other side gets the
 * clause that translates it — only where the lexicon says so with confidence: each part
 * must hold translations of its own sentence's words (log-likelihood ratio ≥
 * MIN_PART_EVIDENCE nats), more of them than the other part does, and the cut must beat
 * the crossed reading by CROSS_MARGIN nats; the parts' lengths must fit their sentences.
 * Anything less gives no sub-units: a wrong sub-unit would be reused like any other.
 * O(boundaries^(k−1) · words) for k sentences (k ≤ 3): a few dozen cuts of one sentence.
 */
export interface SubUnit {
  source: string;
  target: string;
}

/** Each part must translate its own sentence this surely (nats). */
export const MIN_PART_EVIDENCE = 2;
/** The cut in order must beat the parts swapped by this much (nats). */
export const CROSS_MARGIN = 3;
/** A part's length against its sentence's may cost at most this (plain Gale–Church, nats; 3.1 is two standard deviations). */
const MAX_PART_LENGTH_COST = 4;

const CONJUNCTIONS: Record<Lang, readonly string[]> = {
  en: ['and', 'but', 'while', 'whereas', 'yet'],
  tr: ['ve', 'ama', 'ancak', 'fakat', 'oysa', 'ise'],
};

const BEFORE_CONJUNCTION: Record<Lang, RegExp> = {
  en: new RegExp(`\\s(?=(?:${CONJUNCTIONS.en.join('|')})\\s)`, 'gu'),
  tr: new RegExp(`\\s(?=(?:${CONJUNCTIONS.tr.join('|')})\\s)`, 'gu'),
};
const LEADING_CONJUNCTION: Record<Lang, RegExp> = {
  en: new RegExp(`^(?:${CONJUNCTIONS.en.join('|')})\\s+`, 'u'),
  tr: new RegExp(`^(?:${CONJUNCTIONS.tr.join('|')})\\s+`, 'u'),
};

/** Positions where a clause may end: after , ; : or a dash, or before a coordinating conjunction. */
export function clauseBoundaries(text: string, lang: Lang): number[] {
  const cuts = new Set<number>();
  for (const m of text.matchAll(/[,;:]\s+|\s[–—-]\s+/gu)) cuts.add(m.index + m[0].length);
  for (const m of text.matchAll(BEFORE_CONJUNCTION[lang])) cuts.add(m.index + 1);
  return [...cuts].filter((p) => p > 0 && p < text.length).sort((a, b) => a - b);
}

/** A clause as a sub-unit shows it: boundary punctuation and a leading conjunction dropped. */
function clause(text: string, lang: Lang): string {
  return text.trim().replace(/[,;:–—-]+$/u, '').replace(LEADING_CONJUNCTION[lang], '').trim();
}

/**
 * Sub-units of a bead whose `sources` (2 or 3 sentences, in order) translate the one
 * sentence `target`, or [] when no cut is sure. `srcLang`/`tgtLang` say which side is
 * English for the lexicon.
 */
export function splitBead(sources: readonly string[], target: string, srcLang: Lang, tgtLang: Lang, lexicon: Lexicon): SubUnit[] {
  const k = sources.length;
  if (k < 2 || k > 3 || srcLang === tgtLang) return [];
  const cuts = clauseBoundaries(target, tgtLang);
  if (cuts.length < k - 1) return [];
  const bounds = [0, ...cuts, target.length];
  const cutSets: number[][] = [];
  if (k === 2) for (let x = 1; x < bounds.length - 1; x++) cutSets.push([0, bounds[x]!, target.length]);
  else for (let x = 1; x < bounds.length - 2; x++) for (let y = x + 1; y < bounds.length - 1; y++) cutSets.push([0, bounds[x]!, bounds[y]!, target.length]);
  const english = srcLang === 'en';
  let best: { score: number; parts: string[] } | null = null;
  for (const cut of cutSets) {
    const parts = cut.slice(1).map((to, n) => target.slice(cut[n]!, to));
    // one index per cut: the parts together are the target sentence once, so each word is
    // as frequent as in the sentence (one index over every cut's parts made each look common)
    const index = english ? new LexicalIndex(sources, parts, lexicon) : new LexicalIndex(parts, sources, lexicon);
    const scratch = new Uint8Array(index.stemCount);
    const evidence = (sentence: number, part: number): number => (english ? index.evidence(sentence, 1, part, 1, scratch) : index.evidence(part, 1, sentence, 1, scratch));
    const own = parts.map((_, s) => evidence(s, s));
    if (own.some((e) => e < MIN_PART_EVIDENCE)) continue;
    // each sentence finds more of itself in its own part than in any other
    if (own.some((e, s) => parts.some((_, o) => o !== s && evidence(s, o) >= e))) continue;
    const total = own.reduce((a, b) => a + b, 0);
    const reversed = parts.reduce((sum, _, s) => sum + evidence(k - 1 - s, s), 0);
    if (total - reversed < CROSS_MARGIN) continue;
    const lengthsFit = parts.every((part, s) => lengthCost(english ? sources[s]!.length : part.length, english ? part.length : sources[s]!.length, EN_TR_LENGTH) <= MAX_PART_LENGTH_COST);
    if (lengthsFit && (!best || total > best.score)) best = { score: total, parts };
  }
  if (!best) return [];
  return best.parts.map((part, s) => ({ source: sources[s]!.trim(), target: clause(part, tgtLang) })).filter((u) => u.target.length > 0);
}
