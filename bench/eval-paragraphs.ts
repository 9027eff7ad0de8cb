/**
 * Alignment when the two sides are paragraphed differently (npm run eval): every body
 * paragraph of each dev set joined with the next, split at each sentence boundary, or
 * dropped, on either side, one edit per copy (bench/lib/paragraph-edits.ts); and each
 * side once with no paragraph breaks at all and once with a paragraph per sentence.
 */
import { alignSides, type AlignMethod } from '../src/align/index.js';
import { beadScore, inGold } from './lib/align-score.js';
import { goldPair } from './eval-perturbed.js';
import { setNames } from './lib/gold.js';
import { paragraphEdits } from './lib/paragraph-edits.js';
import { presegmentedSides, type GoldPair } from './lib/perturb.js';

export function evalParagraphs(methods: readonly AlignMethod[] = ['full', 'anchors', 'length']): void {
  console.log('alignment when one side is paragraphed differently (every body paragraph joined with the next, split at each sentence, dropped; presegmented)');
  const f = (x: number) => x.toFixed(3);
  for (const method of methods) {
    const byKind = new Map<string, { copies: number; f1: number; below: number; wrong: number; extra: number }>();
    for (const name of setNames()) {
      const base = goldPair(name);
      const unedited = wrongBeads(base, method);
      for (const edit of paragraphEdits(base)) {
        const { f1, wrong } = score(edit.pair, method);
        const row = byKind.get(edit.kind) ?? { copies: 0, f1: 0, below: 0, wrong: 0, extra: 0 };
        row.copies++;
        row.f1 += f1;
        if (f1 < 0.97) row.below++;
        row.wrong += wrong;
        row.extra += Math.max(0, wrong - unedited);
        byKind.set(edit.kind, row);
      }
    }
    const rows = [...byKind].map(([kind, r]) => `${kind} ${r.copies} copies: mean bead F1 ${f(r.f1 / r.copies)}, < 0.97 in ${r.below}, wrong beads ${r.wrong} (${r.extra} more than unedited)`);
    console.log(`  ${method.padEnd(8)} ${rows.join(' · ')}`);
    // the extremes: a side that lost all paragraph breaks, or has one sentence per paragraph (line-based extraction)
    const extremes = (['one paragraph', 'a paragraph per sentence'] as const).map((label) => {
      const perSet = setNames().map((name) => {
        const base = goldPair(name);
        const sides = (['en', 'tr'] as const).map((side) => {
          const edited = base[side].map((s, k) => ({ ...s, paragraph: label === 'one paragraph' ? 0 : k }));
          return score({ ...base, [side]: edited }, method).f1;
        });
        return `${name} ${f(Math.min(...sides))}`;
      });
      return `${label}: ${perSet.join(' ')}`;
    });
    console.log(`  ${''.padEnd(8)} one side as ${extremes.join(' · ')} (bead F1, worse side)`);
  }
}

function score(pair: GoldPair, method: AlignMethod): { f1: number; wrong: number } {
  const { src, tgt } = presegmentedSides(pair);
  const system = alignSides(src, tgt, { method }).map((b) => ({ en: b.src, tr: b.tgt }));
  const correct = inGold(pair.beads);
  return { f1: beadScore(system, pair.beads).f1, wrong: system.filter((b) => !correct(b)).length };
}

function wrongBeads(pair: GoldPair, method: AlignMethod): number {
  return score(pair, method).wrong;
}

if (import.meta.url === `file://${process.argv[1]}`) evalParagraphs();
