/**
 * Banded dynamic programming over beads, shared by the paragraph and the sentence
 * stages. A bead covers src[i, i+a) and tgt[j, j+b) for a shape (a, b).
 *
 * The search is restricted to a band of half-width w around the diagonal
 * j ≈ i·m/n, so time and memory are O(n·w·shapes) instead of O(n·m). When the best path
 * runs along an edge of the band the band was too narrow to know, so it is doubled and
 * the search repeated (in practice once or twice) — but never past a budget of
 * CELLS_PER_SEGMENT cells per segment: on degenerate input (one sentence repeated a
 * different number of times on each side) every path is as good as the next, the best one
 * hugs an edge of any band, and unbounded widening made the search O(n·m). With the
 * budget the whole search, widenings included, stays O((n + m)·CELLS_PER_SEGMENT).
 */
export interface Shape {
  src: number;
  tgt: number;
}

/** Cost of a bead (−log probability, nats); Infinity forbids it. */
export type BeadCost = (i: number, j: number, a: number, b: number) => number;

export interface PathBead {
  i: number;
  j: number;
  a: number;
  b: number;
  cost: number;
}

export interface DpResult {
  beads: PathBead[];
  total: number;
  /** Half-width of the band that produced the path. */
  band: number;
  /** How many times the band was widened. */
  widenings: number;
}

export interface DpOptions {
  /** Starting half-width of the band (default 16). */
  band?: number;
  /** Cells per segment the band may grow to (default CELLS_PER_SEGMENT). */
  cellsPerSegment?: number;
}

/**
 * How wide the band may grow, in cells per segment of the longer side. 512 lets a band of
 * half-width 256 cover a stretch of 256 sentences one side dropped or added, far more than
 * any real document pair shows, while a 100,000-sentence pair still costs linear time.
 */
export const CELLS_PER_SEGMENT = 512;

class Band {
  readonly width: number;
  /** Centre column of each row, computed once (the DP asks for it per cell and shape). */
  private readonly centers: Int32Array;
  constructor(
    readonly n: number,
    readonly m: number,
    readonly w: number,
  ) {
    this.width = 2 * w + 1;
    this.centers = new Int32Array(n + 1);
    if (n > 0) for (let i = 0; i <= n; i++) this.centers[i] = Math.round((i * m) / n);
  }
  center(i: number): number {
    return this.centers[i]!;
  }
  lo(i: number): number {
    return Math.max(0, this.center(i) - this.w);
  }
  hi(i: number): number {
    return Math.min(this.m, this.center(i) + this.w);
  }
  /** Index of cell (i, j), or -1 outside the band. */
  index(i: number, j: number): number {
    if (i < 0 || i > this.n || j < 0 || j > this.m) return -1;
    const offset = j - (this.center(i) - this.w);
    return offset < 0 || offset >= this.width ? -1 : i * this.width + offset;
  }
}

function minimumBand(n: number, m: number, shapes: readonly Shape[], requested: number): number {
  const step = Math.max(...shapes.map((s) => Math.max(s.src, s.tgt)));
  const slope = n === 0 || m === 0 ? Math.max(n, m) : Math.ceil(Math.max(m / n, n / m));
  return Math.max(requested, slope + step + 1);
}

/** Viterbi search in one band. */
function searchBand(band: Band, shapes: readonly Shape[], cost: BeadCost): { total: Float64Array; back: Uint8Array } {
  const { n, width } = band;
  const total = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width);
  total[band.index(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    const lo = band.lo(i);
    const hi = band.hi(i);
    for (let j = lo; j <= hi; j++) {
      const here = band.index(i, j);
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = 0;
      for (let s = 0; s < shapes.length; s++) {
        const { src: a, tgt: b } = shapes[s]!;
        if (a > i || b > j) continue;
        const from = band.index(i - a, j - b);
        if (from < 0) continue;
        const start = total[from]!;
        if (start === Infinity) continue;
        const c = start + cost(i - a, j - b, a, b);
        if (c < best) {
          best = c;
          bestShape = s + 1;
        }
      }
      total[here] = best;
      back[here] = bestShape;
    }
  }
  return { total, back };
}

/**
 * Best monotone path of beads from (0,0) to (n,m). Deterministic: ties go to the shape
 * listed first.
 */
export function alignBanded(n: number, m: number, shapes: readonly Shape[], cost: BeadCost, options: DpOptions = {}): DpResult {
  // a band as wide as the longer side already holds every cell: no wider arrays than that
  let w = Math.min(minimumBand(n, m, shapes, options.band ?? 16), Math.max(n, m, 1));
  // The budget never narrows the band below what the side lengths' slope needs.
  const budget = Math.floor(((options.cellsPerSegment ?? CELLS_PER_SEGMENT) * (Math.max(n, m) + 1)) / (2 * (n + 1)));
  const widest = Math.max(w, Math.min(Math.max(n, m) + 4, budget));
  let previousTotal = Infinity;
  for (let widenings = 0; ; widenings++) {
    const band = new Band(n, m, w);
    const { total, back } = searchBand(band, shapes, cost);
    const end = band.index(n, m);
    const beads: PathBead[] = [];
    let touched = false;
    if (total[end] !== Infinity) {
      let i = n;
      let j = m;
      while (i > 0 || j > 0) {
        const shape = shapes[back[band.index(i, j)]! - 1]!;
        const a = shape.src;
        const b = shape.tgt;
        const c = total[band.index(i, j)]! - total[band.index(i - a, j - b)]!;
        beads.push({ i: i - a, j: j - b, a, b, cost: c });
        i -= a;
        j -= b;
        const lo = band.lo(i);
        const hi = band.hi(i);
        if ((j <= lo + 1 && lo > 0) || (j >= hi - 1 && hi < m)) touched = true;
      }
      beads.reverse();
    }
    // A wider band that bought (almost) nothing says the path hugs the edge among equally
    // good paths (repeated sentences), not that a better one lies outside: stop there.
    const gain = previousTotal - total[end]!;
    previousTotal = total[end]!;
    if ((total[end] === Infinity || (touched && gain > NEGLIGIBLE_GAIN)) && w < widest) {
      w = Math.min(widest, w * 2);
      continue;
    }
    if (total[end] === Infinity) throw new Error(`no alignment path for ${n}×${m} segments`);
    return { beads, total: total[end]!, band: w, widenings };
  }
}

/** Nats: less than one bead's cost changes between near-equal readings. */
const NEGLIGIBLE_GAIN = 0.5;

function logAddExp(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
}

/**
 * Posterior probability of each bead of `path` among all paths in the band, by the
 * forward–backward algorithm with costs read as −log probabilities scaled by
 * `temperature`. A bead the data supports against every alternative gets ≈1; a coin flip
 * between two segmentations of the same stretch gets ≈0.5. O(n·w·shapes).
 */
export function beadPosteriors(n: number, m: number, shapes: readonly Shape[], cost: BeadCost, path: DpResult, temperature = 1): number[] {
  const band = new Band(n, m, path.band);
  const size = (n + 1) * band.width;
  const forward = new Float64Array(size).fill(-Infinity);
  const backward = new Float64Array(size).fill(-Infinity);
  forward[band.index(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = band.lo(i); j <= band.hi(i); j++) {
      if (i === 0 && j === 0) continue;
      let acc = -Infinity;
      for (const { src: a, tgt: b } of shapes) {
        const from = band.index(i - a, j - b);
        if (from < 0 || forward[from] === -Infinity) continue;
        const c = cost(i - a, j - b, a, b);
        if (c !== Infinity) acc = logAddExp(acc, forward[from]! - c / temperature);
      }
      forward[band.index(i, j)] = acc;
    }
  }
  backward[band.index(n, m)] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = band.hi(i); j >= band.lo(i); j--) {
      if (i === n && j === m) continue;
      let acc = -Infinity;
      for (const { src: a, tgt: b } of shapes) {
        const to = band.index(i + a, j + b);
        if (to < 0 || backward[to] === -Infinity) continue;
        const c = cost(i, j, a, b);
        if (c !== Infinity) acc = logAddExp(acc, backward[to]! - c / temperature);
      }
      backward[band.index(i, j)] = acc;
    }
  }
  const z = forward[band.index(n, m)]!;
  /** ln of the total weight of the paths through a deletion bead at cell (i, j). */
  const through = (i: number, j: number, a: number, b: number): number => {
    const from = band.index(i, j);
    const to = band.index(i + a, j + b);
    if (from < 0 || to < 0) return -Infinity;
    const c = cost(i, j, a, b);
    return c === Infinity ? -Infinity : forward[from]! - c / temperature + backward[to]!;
  };
  return path.beads.map(({ i, j, a, b, cost: c }) => {
    let logP: number;
    if (a === 1 && b === 0) {
      // an unpaired segment: the probability that it has no counterpart, wherever among
      // the other side's unpaired segments it falls (a run of deletions can interleave in
      // many equally good orders, each of which alone looks unsure). O(band).
      logP = -Infinity;
      for (let y = band.lo(i); y <= band.hi(i); y++) logP = logAddExp(logP, through(i, y, 1, 0));
    } else if (a === 0 && b === 1) {
      logP = -Infinity;
      const stretch = m === 0 ? n : Math.ceil(((band.w + 1) * n) / m) + 1;
      const centre = m === 0 ? 0 : Math.round((j * n) / m);
      for (let x = Math.max(0, centre - stretch); x <= Math.min(n, centre + stretch); x++) logP = logAddExp(logP, through(x, j, 0, 1));
    } else {
      logP = forward[band.index(i, j)]! - c / temperature + backward[band.index(i + a, j + b)]!;
    }
    return Math.min(1, Math.max(0, Math.exp(logP - z)));
  });
}
