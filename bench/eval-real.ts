/**
 * Alignment on a folder of real page pairs (npm run eval -- --real DIR; for the dev set,
 * ../shared/data/real-dev). Those texts belong to their publishers: they are read from
 * where they are, never copied into the repository. Per pair and pooled strict bead and
 * link F1, end to end (from NAME.{en,tr}.md) and presegmented (from the gold .txt), the
 * needs-review flag's precision and recall, and every wrong bead with its text.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { prf, goldSegments, setNames } from './lib/gold.js';
import { evaluateSet } from './eval-alignment.js';

export function evalReal(dir: string, verbose = true): void {
  const f = (x: number) => x.toFixed(3);
  if (!existsSync(dir)) {
    console.log(`real pairs: no folder ${dir}`);
    return;
  }
  console.log(`alignment of real page pairs in ${dir} (strict bead F1 · link F1 · flagged/wrong/wrong+flagged)`);
  for (const mode of ['end-to-end', 'presegmented'] as const) {
    const pooled = { bead: { tp: 0, predicted: 0, gold: 0 }, link: { tp: 0, predicted: 0, gold: 0 } };
    let flagTp = 0, flagged = 0, wrong = 0;
    const rows: string[] = [];
    const wrongTexts: string[] = [];
    for (const name of setNames(dir)) {
      const r = evaluateSet(name, mode, 'full', {}, dir);
      for (const kind of ['bead', 'link'] as const) {
        pooled[kind].tp += r[kind].truePositives;
        pooled[kind].predicted += r[kind].predicted;
        pooled[kind].gold += r[kind].gold;
      }
      flagTp += r.flagged.tp;
      flagged += r.flagged.flagged;
      wrong += r.flagged.wrong;
      rows.push(`    ${name.padEnd(22)} ${f(r.bead.f1)} · ${f(r.link.f1)} · ${r.flagged.flagged}/${r.flagged.wrong}/${r.flagged.tp}`);
      if (verbose && mode === 'end-to-end') {
        const en = goldSegments(name, 'en', dir);
        const tr = goldSegments(name, 'tr', dir);
        for (const w of r.wrongBeads) wrongTexts.push(`    ${name}: ${w.system.en.length}-${w.system.tr.length} (score ${w.score.toFixed(2)}) ${JSON.stringify(w.system.en.map((k) => en[k]?.slice(0, 70)))} ↔ ${JSON.stringify(w.system.tr.map((k) => tr[k]?.slice(0, 70)))}`);
      }
    }
    const bead = prf(pooled.bead.tp, pooled.bead.predicted, pooled.bead.gold);
    const link = prf(pooled.link.tp, pooled.link.predicted, pooled.link.gold);
    const beads = bead.predicted;
    const flag = prf(flagTp, flagged, wrong);
    console.log(`  ${mode}: pooled bead F1 ${f(bead.f1)} (P ${f(bead.precision)} R ${f(bead.recall)}) · link F1 ${f(link.f1)} · needs-review flag: ${flagged} of ${beads} beads flagged (${f(flagged / Math.max(1, beads))}), catches ${flagTp} of ${wrong} wrong (recall ${f(flag.recall)}, precision ${f(flag.precision)})`);
    for (const r of rows) console.log(r);
    if (wrongTexts.length) console.log('  wrong beads (end to end):');
    for (const w of wrongTexts) console.log(w);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--real');
  evalReal(at >= 0 ? process.argv[at + 1]! : join('..', 'shared', 'data', 'real-dev'));
}
