import { describe, expect, it } from 'vitest';
import { alignBanded, beadPosteriors, SENTENCE_SHAPES, type BeadCost } from '../../src/align/index.js';

/** A cost that makes `gold` the cheapest path: its beads cost 0, any other bead 1 + shape prior. */
function costFor(gold: { i: number; j: number; a: number; b: number }[]): BeadCost {
  const keys = new Set(gold.map((g) => `${g.i},${g.j},${g.a},${g.b}`));
  return (i, j, a, b) => (keys.has(`${i},${j},${a},${b}`) ? 0 : 1 + SENTENCE_SHAPES.find((s) => s.src === a && s.tgt === b)!.prior);
}

function beadsFromShapes(shapes: [number, number][]) {
  let i = 0;
  let j = 0;
  return shapes.map(([a, b]) => {
    const bead = { i, j, a, b };
    i += a;
    j += b;
    return bead;
  });
}

describe('banded DP', () => {
  it('finds a path with every bead shape', () => {
    const gold = beadsFromShapes([[1, 1], [1, 2], [2, 1], [1, 0], [0, 1], [2, 2], [1, 3], [3, 1], [1, 1]]);
    const n = gold.reduce((s, g) => s + g.a, 0);
    const m = gold.reduce((s, g) => s + g.b, 0);
    const result = alignBanded(n, m, SENTENCE_SHAPES, costFor(gold));
    expect(result.beads.map(({ i, j, a, b }) => ({ i, j, a, b }))).toEqual(gold);
    expect(result.total).toBe(0);
  });

  it('widens the band for a long one-sided insertion and finds the same path as a full search', () => {
    // 25 1-1 beads, a 10-sentence paragraph only on the Turkish side, 25 more 1-1 beads
    const shapes: [number, number][] = [...Array<[number, number]>(25).fill([1, 1]), ...Array<[number, number]>(10).fill([0, 1]), ...Array<[number, number]>(25).fill([1, 1])];
    const gold = beadsFromShapes(shapes);
    const cost = costFor(gold);
    const narrow = alignBanded(50, 60, SENTENCE_SHAPES, cost, { band: 2 });
    const full = alignBanded(50, 60, SENTENCE_SHAPES, cost, { band: 100 });
    expect(narrow.widenings).toBeGreaterThan(0);
    expect(narrow.beads).toEqual(full.beads);
    expect(narrow.beads.map(({ i, j, a, b }) => ({ i, j, a, b }))).toEqual(gold);
  });

  it('is deterministic', () => {
    const cost: BeadCost = (i, j, a, b) => ((i * 7 + j * 3 + a * 5 + b) % 4) + a + b;
    expect(alignBanded(30, 33, SENTENCE_SHAPES, cost)).toEqual(alignBanded(30, 33, SENTENCE_SHAPES, cost));
  });

  it('handles one empty side', () => {
    expect(alignBanded(0, 3, SENTENCE_SHAPES, () => 1).beads.map((b) => [b.a, b.b])).toEqual([[0, 1], [0, 1], [0, 1]]);
    expect(alignBanded(2, 0, SENTENCE_SHAPES, () => 1).beads).toHaveLength(2);
  });

  it('gives posteriors in [0, 1], near 1 for an unambiguous path and lower for a tie', () => {
    const gold = beadsFromShapes([[1, 1], [1, 1], [1, 1]]);
    const clear: BeadCost = (i, j, a, b) => (gold.some((g) => g.i === i && g.j === j && g.a === a && g.b === b) ? 0 : 20);
    const path = alignBanded(3, 3, SENTENCE_SHAPES, clear);
    for (const p of beadPosteriors(3, 3, SENTENCE_SHAPES, clear, path)) expect(p).toBeGreaterThan(0.99);
    // two beads of 1-1 versus one 2-2 at the same cost: each reading gets about half
    const tie: BeadCost = (_i, _j, a, b) => (a === 1 && b === 1 ? 1 : a === 2 && b === 2 ? 2 : 50);
    const tiePath = alignBanded(2, 2, SENTENCE_SHAPES, tie);
    const posteriors = beadPosteriors(2, 2, SENTENCE_SHAPES, tie, tiePath);
    for (const p of posteriors) {
      expect(p).toBeGreaterThan(0.3);
      expect(p).toBeLessThan(0.7);
    }
  });

  it('keeps the work per segment bounded when every path is as good as the next (one sentence repeated)', () => {
    // 1-1 beads all cost the same; the surplus of Turkish sentences is spread anywhere
    const flat: BeadCost = (_i, _j, a, b) => (a === 1 && b === 1 ? 0 : a === 0 || b === 0 ? 2 : 1.5);
    const cells: number[] = [];
    for (const n of [1000, 4000]) {
      let evaluated = 0;
      const counting: BeadCost = (i, j, a, b) => {
        evaluated++;
        return flat(i, j, a, b);
      };
      const result = alignBanded(n, Math.round(n * 1.15), SENTENCE_SHAPES, counting);
      expect(result.beads.reduce((s, b) => s + b.a, 0)).toBe(n);
      cells.push(evaluated / n);
    }
    // the same work per segment at 4× the size: linear, not n·m
    expect(cells[1]! / cells[0]!).toBeLessThan(1.5);
  });
});

