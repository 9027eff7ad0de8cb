/**
 * QA accuracy on the dev sets in data/dev/qa (npm run eval): the terminology check
 * (P/R/F1 per problem type) and the mojibake check (P/R/F1 per kind, false alarms on clean
 * lines, exact repairs), both through the same functions the CLI contracts use.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TermMatcher, termIssues } from '../src/glossary/index.js';
import { readGlossaryFile } from '../src/formats/glossary/index.js';
import { detectMojibake } from '../src/qa/index.js';
import { prf, REPO } from './lib/gold.js';

const QA_DIR = process.env.HIZALA_QA_DATA ?? resolve(REPO, 'data/dev/qa');

function jsonl<T>(file: string): T[] {
  return readFileSync(resolve(QA_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

interface TermCase {
  id: string;
  en: string;
  tr: string;
  expected: { side: string; term: string; found: string; problem: string }[];
}

export function evalTerms(verbose = false): { worstF1: number } {
  let worstF1 = 1;
  // the terminology set, and notes citing titles in the other language (citations.dev.jsonl)
  for (const set of ['terms.dev.jsonl', 'citations.dev.jsonl']) worstF1 = Math.min(worstF1, evalTermSet(set, verbose));
  console.log(`  worst F1 ${worstF1.toFixed(3)} (goal ≥ 0.98)`);
  return { worstF1 };
}

function evalTermSet(set: string, verbose: boolean): number {
  const f = (x: number) => x.toFixed(3);
  let worstF1 = 1;
  for (const glossaryFile of ['glossary.tbx', 'glossary.v2.tbx']) {
    const matcher = new TermMatcher(readGlossaryFile(resolve(QA_DIR, glossaryFile)));
    const counts = new Map<string, { tp: number; sys: number; gold: number }>();
    const bump = (problem: string, key: 'tp' | 'sys' | 'gold') => {
      const c = counts.get(problem) ?? { tp: 0, sys: 0, gold: 0 };
      c[key]++;
      counts.set(problem, c);
    };
    for (const c of jsonl<TermCase>(set)) {
      const system = termIssues(matcher, c.en, c.tr).map((i) => `${i.side}|${i.entryId}|${i.found}|${i.problem}`);
      const gold = c.expected.map((i) => `${i.side}|${i.term}|${i.found}|${i.problem}`);
      const g = new Set(gold);
      for (const s of system) {
        bump(s.split('|')[3]!, 'sys');
        if (g.has(s)) bump(s.split('|')[3]!, 'tp');
        else if (verbose) console.log(`    extra ${c.id}: ${s}`);
      }
      const sys = new Set(system);
      for (const s of gold) {
        bump(s.split('|')[3]!, 'gold');
        if (verbose && !sys.has(s)) console.log(`    missed ${c.id}: ${s}`);
      }
    }
    console.log(`terminology, ${set} with ${glossaryFile} (P / R / F1)`);
    for (const [problem, c] of [...counts].sort()) {
      const score = prf(c.tp, c.sys, c.gold);
      worstF1 = Math.min(worstF1, score.f1);
      console.log(`  ${problem.padEnd(20)} P ${f(score.precision)}  R ${f(score.recall)}  F1 ${f(score.f1)}  (${c.tp} of ${c.gold} expected, ${c.sys} reported)`);
    }
  }
  return worstF1;
}

interface MojibakeCase {
  id: string;
  lang: 'en' | 'tr';
  text: string;
  label: 'clean' | 'broken';
  kind: string;
  fixed: string;
}

const LOSSY = new Set(['replacement-char', 'placeholder-square']);

export function evalMojibake(verbose = false): void {
  const f = (x: number) => x.toFixed(3);
  const cases = jsonl<MojibakeCase>('mojibake.dev.jsonl');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const falseAlarms: Record<string, number> = { en: 0, tr: 0 };
  let repairable = 0;
  let repaired = 0;
  const byKind = new Map<string, { found: number; total: number; fixed: number; fixable: number }>();
  for (const c of cases) {
    const result = detectMojibake(c.text, c.lang);
    const broken = c.label === 'broken';
    if (result.broken && broken) tp++;
    else if (result.broken && !broken) {
      fp++;
      falseAlarms[c.lang]!++;
      if (verbose) console.log(`    false alarm ${c.id} ${result.kinds.join(',')}: ${c.text}`);
    } else if (!result.broken && broken) {
      fn++;
      if (verbose) console.log(`    missed ${c.id} (${c.kind}): ${c.text}`);
    }
    if (!broken) continue;
    const k = byKind.get(c.kind) ?? { found: 0, total: 0, fixed: 0, fixable: 0 };
    k.total++;
    if (result.broken) k.found++;
    if (!LOSSY.has(c.kind)) {
      k.fixable++;
      repairable++;
      if (result.fixed === c.fixed) {
        k.fixed++;
        repaired++;
      } else if (verbose) console.log(`    repair ${c.id} (${c.kind}):\n      got  ${result.fixed}\n      want ${c.fixed}`);
    }
    byKind.set(c.kind, k);
  }
  const all = prf(tp, tp + fp, tp + fn);
  console.log('mojibake (detection P / R / F1; repairs)');
  console.log(`  all      P ${f(all.precision)}  R ${f(all.recall)}  F1 ${f(all.f1)}  (goal ≥ 0.98)`);
  console.log(`  false alarms on clean lines: en ${falseAlarms.en}, tr ${falseAlarms.tr} (goal 0)`);
  for (const [kind, k] of [...byKind].sort()) {
    console.log(`  ${kind.padEnd(20)} recall ${f(k.found / k.total)} (${k.found}/${k.total})${k.fixable ? `  repaired exactly ${k.fixed}/${k.fixable}` : ''}`);
  }
  console.log(`  exact repairs where a repair is possible: ${repaired}/${repairable} = ${f(repaired / Math.max(1, repairable))} (goal ≥ 0.90)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const verbose = process.argv.includes('--verbose');
  evalTerms(verbose);
  console.log('');
  evalMojibake(verbose);
}
