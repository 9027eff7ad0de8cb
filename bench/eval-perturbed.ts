/**
 * Alignment on perturbed copies of the dev sets (npm run eval): each set edited at random
 * — a sentence dropped, two sentences merged, a sentence from another document inserted,
 * on either side — with the gold rewritten to match. The dev sets are what the cost
 * model's numbers were measured on; these copies hold bead shapes in places the model
 * has not seen, so a model fitted to the dev documents shows here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSides, type AlignContext, type AlignMethod } from '../src/align/index.js';
import { defaultGlossary, glossaryAnchors, TermMatcher } from '../src/glossary/index.js';
import { beadScore, inGold, linkScore } from './lib/align-score.js';
import { ALIGN_DIR, goldBeads, prf, setNames } from './lib/gold.js';
import { perturb, presegmentedSides, prng, type GoldPair, type Sentence } from './lib/perturb.js';
import { leaveOneOutLexicon } from './lib/tm-lexicon.js';

const VARIANTS = 50;
const EDITS = 3;

export function sentences(name: string, lang: 'en' | 'tr'): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let inParagraph = false;
  for (const line of readFileSync(join(ALIGN_DIR, `${name}.${lang}.txt`), 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (inParagraph) paragraph++;
      inParagraph = false;
      continue;
    }
    out.push({ text: line.trim(), paragraph });
    inParagraph = true;
  }
  return out;
}

export function goldPair(name: string): GoldPair {
  const beads = goldBeads(name);
  return { en: sentences(name, 'en'), tr: sentences(name, 'tr'), beads };
}

/** Body sentences of the other sets, as insertions that translate nothing on the other side. */
export function foreignPool(names: readonly string[], except: string, lang: 'en' | 'tr'): string[] {
  return names
    .filter((n) => n !== except)
    .flatMap((n) => sentences(n, lang))
    .map((s) => s.text)
    .filter((t) => t.length >= 40 && /[.]$/u.test(t) && !/^\[\d+\]/u.test(t));
}

export function evalPerturbed(methods: readonly AlignMethod[] = ['full', 'anchors', 'length']): void {
  const glossary: AlignContext = { termAnchors: glossaryAnchors(new TermMatcher(defaultGlossary())) };
  type Run = { label: string; method: AlignMethod; context?: (name: string) => AlignContext };
  const runs = methods.flatMap((method): Run[] =>
    method === 'full'
      ? [
          { label: 'full', method },
          { label: '+glossary', method, context: () => glossary },
          { label: '+TM lexicon', method, context: (name) => ({ lexicon: leaveOneOutLexicon(name) }) },
        ]
      : [{ label: method, method }],
  );
  const names = setNames();
  const f = (x: number) => x.toFixed(3);
  console.log(`alignment on perturbed copies (${VARIANTS} per set, ${EDITS} random edits each: drop, merge, insert; presegmented)`);
  for (const { label, method, context } of runs) {
    const rows: string[] = [];
    let beadSum = 0;
    let linkSum = 0;
    let below = 0;
    let total = 0;
    let wrong = 0;
    let goldBeadCount = 0;
    let flagged = 0;
    let wrongFlagged = 0;
    const calibration = new Calibration();
    for (const name of names) {
      const base = goldPair(name);
      const foreign = { en: foreignPool(names, name, 'en'), tr: foreignPool(names, name, 'tr') };
      let setBead = 0;
      let setLink = 0;
      let setMin = 1;
      for (let v = 0; v < VARIANTS; v++) {
        const { pair } = perturb(base, EDITS, prng(1000 * (names.indexOf(name) + 1) + v), foreign);
        const { src, tgt } = presegmentedSides(pair);
        const beads = alignSides(src, tgt, { method }, context?.(name));
        const system = beads.map((b) => ({ en: b.src, tr: b.tgt }));
        const bead = beadScore(system, pair.beads).f1;
        const link = linkScore(system, pair.beads).f1;
        setBead += bead;
        setLink += link;
        setMin = Math.min(setMin, bead);
        if (bead < 0.97) below++;
        const correct = inGold(pair.beads);
        beads.forEach((b, k) => {
          const isWrong = !correct(system[k]!);
          if (isWrong) wrong++;
          if (b.needsReview) flagged++;
          if (b.needsReview && isWrong) wrongFlagged++;
          calibration.add(b.score, !isWrong);
        });
        goldBeadCount += pair.beads.length;
        total++;
      }
      beadSum += setBead;
      linkSum += setLink;
      rows.push(`${name} ${f(setBead / VARIANTS)}/${f(setLink / VARIANTS)} (min ${f(setMin)})`);
    }
    console.log(`  ${label.padEnd(9)} mean bead/link F1 ${f(beadSum / total)}/${f(linkSum / total)}; bead F1 < 0.97 in ${below} of ${total}; wrong beads ${wrong} (gold ${goldBeadCount}); ${rows.join(' · ')}`);
    const flag = prf(wrongFlagged, flagged, wrong);
    console.log(`           needs-review flag: precision ${f(flag.precision)} recall ${f(flag.recall)} (${wrongFlagged} of ${wrong} wrong beads flagged; ${flagged} flagged); scores: expected calibration error ${f(calibration.error())} over ten bins`);
  }
}

/**
 * Expected calibration error of bead scores: over ten equal-width score bins, the
 * bead-weighted mean of |share of right beads − mean score|. 0 when a score of 0.8
 * means right four times in five.
 */
class Calibration {
  private readonly count = new Float64Array(10);
  private readonly scoreSum = new Float64Array(10);
  private readonly right = new Float64Array(10);

  add(score: number, isRight: boolean): void {
    const bin = Math.min(9, Math.floor(score * 10));
    this.count[bin]!++;
    this.scoreSum[bin]! += score;
    if (isRight) this.right[bin]!++;
  }

  error(): number {
    let total = 0;
    let sum = 0;
    for (let k = 0; k < 10; k++) {
      const n = this.count[k]!;
      if (!n) continue;
      total += n;
      sum += Math.abs(this.right[k]! - this.scoreSum[k]!);
    }
    return total ? sum / total : 0;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const methods = process.argv.slice(2).filter((a): a is AlignMethod => ['full', 'anchors', 'length'].includes(a));
  evalPerturbed(methods.length ? methods : undefined);
}
