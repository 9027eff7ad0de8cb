/**
 * Alignment on a folder of real page pairs (npm run eval -- --real DIR; for the dev set,
 * ../shared/data/real-dev). Those texts belong to their publishers: they are read from
 * where they are, never copied into the repository. Per pair and pooled strict bead and
 * link F1, end to end (from NAME.{en,tr}.md) and presegmented (from the gold .txt), the
 * needs-review flag's precision and recall, and every wrong bead with its text.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { prf, goldBeads, goldSegments, setNames } from './lib/gold.js';
import { evaluateSet } from './eval-alignment.js';

export function evalReal(dir: string, verbose = true): void {
  const f = (x: number) => x.toFixed(3);
  if (!existsSync(dir)) {
    console.log(`real pairs: no folder ${dir}`);
    return;
  }
  console.log(`alignment of real page pairs in ${dir} (strict bead F1 · link F1 · flagged/wrong/wrong+flagged)`);
  for (const mode of ['end-to-end', 'presegmented'] as const) {
    let beadTp = 0, beadSys = 0, beadGold = 0, linkTp = 0, linkSys = 0, linkGold = 0, flagTp = 0, flagged = 0, wrong = 0, beads = 0;
    const rows: string[] = [];
    const wrongTexts: string[] = [];
    for (const name of setNames(dir)) {
      const r = evaluateSet(name, mode, 'full', {}, dir);
      const gold = goldBeads(name, dir);
      const systemCount = Math.round(r.bead.precision ? (r.bead.recall * gold.length) / r.bead.precision : r.wrongBeads.length);
      const tp = Math.round(r.bead.recall * gold.length);
      beadTp += tp;
      beadSys += systemCount;
      beadGold += gold.length;
      const goldLinks = gold.reduce((n, b) => n + b.en.length * b.tr.length, 0);
      const lTp = Math.round(r.link.recall * goldLinks);
      linkTp += lTp;
      linkSys += r.link.precision ? Math.round(lTp / r.link.precision) : 0;
      linkGold += goldLinks;
      flagTp += r.flagged.tp;
      flagged += r.flagged.flagged;
      wrong += r.flagged.wrong;
      beads += systemCount;
      rows.push(`    ${name.padEnd(22)} ${f(r.bead.f1)} · ${f(r.link.f1)} · ${r.flagged.flagged}/${r.flagged.wrong}/${r.flagged.tp}`);
      if (verbose && mode === 'end-to-end') {
        const en = goldSegments(name, 'en', dir);
        const tr = goldSegments(name, 'tr', dir);
        for (const w of r.wrongBeads) wrongTexts.push(`    ${name}: ${w.system.en.length}-${w.system.tr.length} (score ${w.score.toFixed(2)}) ${JSON.stringify(w.system.en.map((k) => en[k]?.slice(0, 70)))} ↔ ${JSON.stringify(w.system.tr.map((k) => tr[k]?.slice(0, 70)))}`);
      }
    }
    const bead = prf(beadTp, beadSys, beadGold);
    const link = prf(linkTp, linkSys, linkGold);
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
