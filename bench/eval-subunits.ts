/**
 * Sentence-level TM units of many-to-one beads (npm run eval; issue 19 item 5): every
 * gold bead of the dev and unseen sets goes into a TM as one unit; for each bead whose
 * source side holds several sentences and whose target holds one (in the en→tr and the
 * tr→en direction), each source sentence is looked up — once against the TM of whole
 * beads, once with the sentence-level units splitBead cuts added. Prints how many beads
 * were cut, and the best match's score per query before and after.
 */
import { defaultLexicon, splitBead } from '../src/align/index.js';
import { openDatabase } from '../src/db/index.js';
import type { Lang } from '../src/text/index.js';
import { addUnits, searchTm, type NewUnit } from '../src/tm/index.js';
import { UNSEEN_DIR } from './eval-alignment.js';
import { ALIGN_DIR, goldBeads, goldSegments, setNames } from './lib/gold.js';

export function evalSubUnits(): void {
  const lexicon = defaultLexicon();
  for (const [srcLang, tgtLang] of [['en', 'tr'], ['tr', 'en']] as const satisfies readonly (readonly [Lang, Lang])[]) {
    const whole: NewUnit[] = [];
    const parts: NewUnit[] = [];
    const queries: string[] = [];
    let beads = 0;
    let cut = 0;
    for (const dir of [ALIGN_DIR, UNSEEN_DIR]) {
      for (const name of setNames(dir)) {
        const segments = { en: goldSegments(name, 'en', dir), tr: goldSegments(name, 'tr', dir) };
        for (const bead of goldBeads(name, dir)) {
          const sources = bead[srcLang].map((k) => segments[srcLang][k]!);
          const targets = bead[tgtLang].map((k) => segments[tgtLang][k]!);
          if (!sources.length || !targets.length) continue;
          whole.push({ srcLang, tgtLang, source: sources.join(' '), target: targets.join(' ') });
          if (sources.length < 2 || targets.length !== 1) continue;
          beads++;
          queries.push(...sources);
          const found = splitBead(sources, targets[0]!, srcLang, tgtLang, lexicon);
          if (found.length) cut++;
          parts.push(...found.map((u) => ({ ...u, srcLang, tgtLang })));
        }
      }
    }
    const db = openDatabase(':memory:');
    addUnits(db, whole);
    const best = () => queries.map((text) => searchTm(db, { text, srcLang, tgtLang, min: 0, limit: 1 })[0]?.score ?? 0);
    const before = best();
    addUnits(db, parts);
    const after = best();
    db.close();
    const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1);
    const atLeast = (xs: number[], n: number) => xs.filter((x) => x >= n).length;
    console.log(
      `  ${srcLang}→${tgtLang}: ${beads} beads of several source sentences and one target sentence, ${cut} cut into ${parts.length} sentence units; ` +
        `one-sentence queries (${queries.length}): best match mean ${mean(before)} % → ${mean(after)} %, ≥ 95 % ${atLeast(before, 95)} → ${atLeast(after, 95)}, ≥ 70 % ${atLeast(before, 70)} → ${atLeast(after, 70)}`,
    );
  }
}
