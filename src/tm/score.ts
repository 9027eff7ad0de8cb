import type { Token } from './tokens.js';

/**
 * Fuzzy match score, 0–100 (docs/tm.md): word-level edit distance over tokens, scaled
 * as 100 × (1 − distance / longer length) the way CAT tools report it, then penalties:
 *  - a placeable (number, footnote marker, tag) that differs costs 0 in the distance when
 *    the token kinds agree, but 2 points off the score each, and a match with any such
 *    difference is never 100;
 *  - differences only in case or in the apostrophe's shape cost 1 point in all.
 * Tokens are compared by their folded keys. O(n·m) on the two token lists.
 */
const PLACEABLE = new Set(['number', 'marker', 'tag']);

export interface MatchScore {
  score: number;
  /** Token edit distance (placeable substitutions count 0). */
  distance: number;
  placeableDiffs: number;
}

export function fuzzyScore(query: readonly Token[], candidate: readonly Token[]): MatchScore {
  const n = query.length;
  const m = candidate.length;
  if (n === 0 && m === 0) return { score: 100, distance: 0, placeableDiffs: 0 };
  if (n === 0 || m === 0) return { score: 0, distance: Math.max(n, m), placeableDiffs: 0 };
  // dp over candidate positions, two rows; placeable substitutions are free in the distance
  let prev = new Float64Array(m + 1);
  let curr = new Float64Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    curr[0] = i;
    const q = query[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const c = candidate[j - 1]!;
      const same = q.key === c.key || (q.kind === c.kind && PLACEABLE.has(q.kind));
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + (same ? 0 : 1));
    }
    [prev, curr] = [curr, prev];
  }
  const distance = prev[m]!;
  const placeableDiffs = countPlaceableDiffs(query, candidate);
  const cosmetic = distance === 0 && placeableDiffs === 0 && !sameSurface(query, candidate) ? 1 : 0;
  let score = 100 * (1 - distance / Math.max(n, m)) - 2 * placeableDiffs - cosmetic;
  if (placeableDiffs > 0) score = Math.min(score, 99);
  return { score: Math.max(0, roundedScore(score)), distance, placeableDiffs };
}

/** Placeables that differ: as multisets, by kind and key. */
function countPlaceableDiffs(a: readonly Token[], b: readonly Token[]): number {
  const counts = new Map<string, number>();
  for (const t of a) if (PLACEABLE.has(t.kind)) counts.set(`${t.kind}:${t.key}`, (counts.get(`${t.kind}:${t.key}`) ?? 0) + 1);
  let unmatched = 0;
  for (const t of b) {
    if (!PLACEABLE.has(t.kind)) continue;
    const k = `${t.kind}:${t.key}`;
    const c = counts.get(k) ?? 0;
    if (c > 0) counts.set(k, c - 1);
    else unmatched++;
  }
  let left = 0;
  for (const c of counts.values()) left += c;
  return Math.max(unmatched, left);
}

function sameSurface(a: readonly Token[], b: readonly Token[]): boolean {
  return a.length === b.length && a.every((t, k) => t.raw === b[k]!.raw);
}

/** The largest token-count difference that can still reach `minScore` (for pruning). */
export function maxLengthGap(length: number, minScore: number): number {
  // score ≤ 100·(1 − gap/longer): gap ≤ longer·(1 − min/100), and longer ≤ length + gap
  const f = 1 - minScore / 100;
  return Math.floor((length * f) / Math.max(1 - f, 1e-9));
}

/** A score as matches carry it: to a tenth. */
export function roundedScore(score: number): number {
  return Math.round(score * 10) / 10;
}
