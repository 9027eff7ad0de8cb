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
}

/** Measured on 181 non-empty gold beads of ../shared/data/align (tr chars / en chars). */
export const EN_TR_LENGTH: LengthModel = { ratio: 1.058, variance: 2.49 };

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
  const p = 2 * normalTail(Math.abs(delta));
  return -Math.log(Math.max(p, 1e-300));
}
