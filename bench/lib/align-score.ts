/** Scoring alignments against gold beads (conventions of data/dev/align/README.md). */
import { lettersOnly, prf, type Prf } from './gold.js';

export interface IndexBead {
  en: number[];
  tr: number[];
}

const key = (b: IndexBead) => `${b.en.join(',')}|${b.tr.join(',')}`;

/** A test for "this bead is one of the gold beads" (strict: both sides equal). */
export function inGold(gold: readonly IndexBead[]): (bead: IndexBead) => boolean {
  const g = new Set(gold.map(key));
  return (bead) => g.has(key(bead));
}

export function beadScore(system: readonly IndexBead[], gold: readonly IndexBead[]): Prf {
  const tp = system.filter(inGold(gold)).length;
  return prf(tp, system.length, gold.length);
}

function links(beads: readonly IndexBead[]): Set<string> {
  const out = new Set<string>();
  for (const b of beads) for (const e of b.en) for (const t of b.tr) out.add(`${e}-${t}`);
  return out;
}

export function linkScore(system: readonly IndexBead[], gold: readonly IndexBead[]): Prf {
  const s = links(system);
  const g = links(gold);
  let tp = 0;
  for (const l of s) if (g.has(l)) tp++;
  return prf(tp, s.size, g.size);
}

/**
 * Map each system segment to the gold segment it overlaps most, counting letters and
 * digits only; returns for each system segment the gold index.
 */
export function projectSegments(system: readonly string[], gold: readonly string[]): number[] {
  const goldEnds: number[] = [];
  let total = 0;
  for (const g of gold) goldEnds.push((total += lettersOnly(g).length));
  const out: number[] = [];
  let pos = 0;
  let gi = 0;
  for (const s of system) {
    const len = lettersOnly(s).length;
    const start = pos;
    const end = pos + len;
    pos = end;
    let best = -1;
    let bestOverlap = -1;
    for (let k = gi; k < gold.length; k++) {
      const gStart = k === 0 ? 0 : goldEnds[k - 1]!;
      const gEnd = goldEnds[k]!;
      if (gStart >= end && k > gi) break;
      const overlap = Math.min(end, gEnd) - Math.max(start, gStart);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = k;
      }
    }
    out.push(Math.max(0, best));
    while (gi < gold.length - 1 && goldEnds[gi]! <= start) gi++;
  }
  return out;
}

/** System beads over system segments → beads over gold segment indices (merging duplicates). */
export function projectBeads(beads: readonly IndexBead[], enMap: number[], trMap: number[]): IndexBead[] {
  const uniq = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
  return beads.map((b) => ({ en: uniq(b.en.map((k) => enMap[k]!)), tr: uniq(b.tr.map((k) => trMap[k]!)) }));
}
