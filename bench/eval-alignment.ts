/**
 * Alignment accuracy on the dev sets (npm run eval): every set aligned presegmented
 * (from the gold .txt) and end to end (from the .md), with the full cost model and with
 * plain length-based Gale–Church. Prints strict bead and link P/R/F1, and how well the
 * needs-review flag catches wrong beads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSides, type AlignContext, type AlignMethod, type AlignSide, type Bead } from '../src/align/index.js';
import { defaultGlossary, glossaryAnchors, TermMatcher } from '../src/glossary/index.js';
import { segmentDocument } from '../src/documents/index.js';
import { readDocumentFile, readPresegmented } from '../src/formats/index.js';
import type { Lang } from '../src/text/index.js';
import { beadScore, inGold, linkScore, projectBeads, projectSegments, type IndexBead } from './lib/align-score.js';
import { ALIGN_DIR, goldBeads, goldSegments, prf, REPO, setNames } from './lib/gold.js';
import { leaveOneOutLexicon } from './lib/tm-lexicon.js';

type Mode = 'presegmented' | 'end-to-end';

function sideFrom(name: string, lang: Lang, mode: Mode, dir: string): AlignSide {
  if (mode === 'presegmented') return { lang, ...readPresegmented(readFileSync(join(dir, `${name}.${lang}.txt`), 'utf8')) };
  return segmentDocument(readDocumentFile(join(dir, `${name}.${lang}.md`)), lang);
}

/** Pairs written for Hizala after the aligner was built, on other topics, in the dev sets' format. */
export const UNSEEN_DIR = join(REPO, 'bench/data/unseen');

export interface SetResult {
  name: string;
  mode: Mode;
  method: AlignMethod;
  bead: ReturnType<typeof beadScore>;
  link: ReturnType<typeof linkScore>;
  flagged: { tp: number; flagged: number; wrong: number };
  wrongBeads: { system: IndexBead; score: number }[];
}

export function evaluateSet(name: string, mode: Mode, method: AlignMethod, context: AlignContext = {}, dir = ALIGN_DIR): SetResult {
  const gold = goldBeads(name, dir);
  const src = sideFrom(name, 'en', mode, dir);
  const tgt = sideFrom(name, 'tr', mode, dir);
  const beads: Bead[] = alignSides(src, tgt, { method }, context);
  let system: IndexBead[] = beads.map((b) => ({ en: b.src, tr: b.tgt }));
  if (mode === 'end-to-end') {
    const enMap = projectSegments(src.segments.map((s) => s.text), goldSegments(name, 'en', dir));
    const trMap = projectSegments(tgt.segments.map((s) => s.text), goldSegments(name, 'tr', dir));
    system = projectBeads(system, enMap, trMap);
  }
  const correct = system.map(inGold(gold));
  let tp = 0;
  let flagged = 0;
  let wrong = 0;
  const wrongBeads: SetResult['wrongBeads'] = [];
  beads.forEach((b, k) => {
    if (b.needsReview) flagged++;
    if (!correct[k]) {
      wrong++;
      wrongBeads.push({ system: system[k]!, score: b.score });
      if (b.needsReview) tp++;
    }
  });
  return { name, mode, method, bead: beadScore(system, gold), link: linkScore(system, gold), flagged: { tp, flagged, wrong }, wrongBeads };
}

export function evalAlignment(verbose = false): void {
  const f = (x: number) => x.toFixed(3);
  const glossary: AlignContext = { termAnchors: glossaryAnchors(new TermMatcher(defaultGlossary())) };
  const runs: { label: string; method: AlignMethod; context?: (name: string) => AlignContext }[] = [
    { label: 'full', method: 'full' },
    { label: 'full + the shipped glossary as anchors (as on import)', method: 'full', context: () => glossary },
    { label: 'full + a lexicon learned from the other sets as a TM (import --tm-lexicon)', method: 'full', context: (name) => ({ lexicon: leaveOneOutLexicon(name) }) },
    { label: 'anchors', method: 'anchors' },
    { label: 'length', method: 'length' },
  ];
  for (const { label, method, context } of runs) {
    console.log(`alignment, method ${label} (strict bead P / R / F1 · link P / R / F1)`);
    let tpFlag = 0;
    let flaggedAll = 0;
    let wrongAll = 0;
    for (const mode of ['presegmented', 'end-to-end'] as const) {
      for (const name of setNames()) {
        const r = evaluateSet(name, mode, method, context?.(name));
        tpFlag += r.flagged.tp;
        flaggedAll += r.flagged.flagged;
        wrongAll += r.flagged.wrong;
        console.log(
          `  ${mode.padEnd(12)} ${name.padEnd(9)} bead ${f(r.bead.precision)} ${f(r.bead.recall)} ${f(r.bead.f1)} · link ${f(r.link.precision)} ${f(r.link.recall)} ${f(r.link.f1)} · flagged ${r.flagged.flagged}, wrong ${r.flagged.wrong}, wrong+flagged ${r.flagged.tp}`,
        );
        if (verbose && method === 'full') for (const w of r.wrongBeads) console.log(`      wrong: en ${JSON.stringify(w.system.en)} tr ${JSON.stringify(w.system.tr)} score ${w.score}`);
      }
    }
    const flag = prf(tpFlag, flaggedAll, wrongAll);
    console.log(`  needs-review flag: precision ${f(flag.precision)} recall ${f(flag.recall)} (${tpFlag} of ${wrongAll} wrong beads flagged; ${flaggedAll} flagged)`);
  }
  evalUnseen();
}

/** The same figures on pairs written after the model was built (bench/data/unseen), end to end. */
export function evalUnseen(): void {
  const f = (x: number) => x.toFixed(3);
  console.log('alignment of pairs written after the aligner was built, on other topics (bench/data/unseen; end to end; bead F1 · link F1 · wrong beads flagged)');
  for (const method of ['full', 'anchors', 'length'] as const) {
    const rows = setNames(UNSEEN_DIR).map((name) => {
      const r = evaluateSet(name, 'end-to-end', method, {}, UNSEEN_DIR);
      return `${name} ${f(r.bead.f1)} · ${f(r.link.f1)} · ${r.flagged.tp}/${r.flagged.wrong}`;
    });
    console.log(`  ${method.padEnd(8)} ${rows.join('   ')}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) evalAlignment(process.argv.includes('--verbose'));
