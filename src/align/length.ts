/**
 * Gale–Church length cost: the Turkish length of a bead is expected to be `ratio` times
 * its English length, with a variance proportional to the length. Parameters were
 * estimated on the gold beads of the dev sets (docs/alignment.md).
 */
export interface LengthModel {
  /** Expected target characters per source character. */
  ratio: number;
  /** Variance of (target − ratio·source) per character of the bead. */
  variance: number;
  /**
   * A contaminated normal: a share `weight` of beads deviates `scale` times more widely
   * (a translator who expands, or translates part of a sentence). Without it the cost
   * grows with the square of the deviation, so one bad length outvotes any number of
   * shared names, numbers and words. Absent: plain Gale–Church.
   */
  tail?: { weight: number; scale: number };
}

/** Measured on 181 non-empty gold beads of data/dev/align (tr chars / en chars). */
export const EN_TR_LENGTH: LengthModel = { ratio: 1.058, variance: 2.49 };

/**
 * The sentence model the aligner uses: EN_TR_LENGTH with a 5 % tail three times as wide.
 * The dev gold has too few outliers to estimate the tail (EM over its 181 beads gives a
 * weight of 0.09–0.48 depending on the set left out); every weight 0.02–0.1 and scale
 * 2–3 tried gave 137–149 wrong beads on the perturbed copies instead of 170 without a
 * tail, with the dev sets unchanged (docs/alignment.md).
 */
export const EN_TR_LENGTH_ROBUST: LengthModel = { ...EN_TR_LENGTH, tail: { weight: 0.05, scale: 3 } };

/** Standard normal upper tail, Q(z) = 1 − Φ(z), by the complementary error function. */
export function normalTail(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** erfc with relative error < 1.2e-7 (Numerical Recipes, Chebyshev fit). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/**
 * −log P(|δ| ≥ observed) for a bead of `source` and `target` characters, in nats.
 * 0 when the lengths agree exactly; about 1.2 at one standard deviation, 3.1 at two.
 */
export function lengthCost(source: number, target: number, model: LengthModel = EN_TR_LENGTH): number {
  if (source === 0 && target === 0) return 0;
  const mean = (source + target / model.ratio) / 2;
  const delta = (target - model.ratio * source) / Math.sqrt(model.variance * Math.max(mean, 1));
  const z = Math.abs(delta);
  const tail = model.tail;
  const p = tail ? 2 * ((1 - tail.weight) * normalTail(z) + tail.weight * normalTail(z / tail.scale)) : 2 * normalTail(z);
  return -Math.log(Math.max(p, 1e-300));
}
