/**
 * Mojibake detection and repair on text the detector was not built on (npm run eval):
 * every sentence of the dev documents (gold .txt, both languages) damaged the ways real
 * files are — UTF-8 read in a single-byte code page, twice, or a Turkish code page read
 * as a Western one — and, undamaged, as a check for false alarms.
 */
import iconv from 'iconv-lite';
import { detectMojibake } from '../src/qa/index.js';
import { goldSegments, setNames } from './lib/gold.js';

type Damage = { kind: string; apply: (s: string) => string };

const asRead = (encodeAs: string, decodeAs: string) => (s: string) => iconv.decode(iconv.encode(s, encodeAs), decodeAs);

const DAMAGES: Damage[] = [
  { kind: 'utf8-as-cp1252', apply: asRead('utf8', 'windows-1252') },
  { kind: 'utf8-as-cp1254', apply: asRead('utf8', 'windows-1254') },
  { kind: 'utf8-as-latin1', apply: asRead('utf8', 'latin1') },
  { kind: 'double-utf8', apply: (s) => asRead('utf8', 'windows-1252')(asRead('utf8', 'windows-1252')(s)) },
  { kind: 'cp1254-as-cp1252', apply: asRead('windows-1254', 'windows-1252') },
  { kind: 'iso8859-9-as-latin1', apply: asRead('iso-8859-9', 'latin1') },
];

/** Lines a damage can be read back from: encodable in the code page, and changed by the damage. */
function applicable(text: string, damage: Damage): string | null {
  if (damage.kind === 'cp1254-as-cp1252' || damage.kind === 'iso8859-9-as-latin1') {
    const cp = damage.kind === 'cp1254-as-cp1252' ? 'windows-1254' : 'iso-8859-9';
    if (iconv.decode(iconv.encode(text, cp), cp) !== text) return null;
  }
  const damaged = damage.apply(text);
  return damaged === text ? null : damaged;
}

export function evalMojibakeSynthetic(verbose = false): void {
  const f = (x: number) => x.toFixed(3);
  const lines: { text: string; lang: 'en' | 'tr' }[] = [];
  for (const name of setNames()) for (const lang of ['en', 'tr'] as const) for (const text of goldSegments(name, lang)) lines.push({ text, lang });
  // the English dev lines carry deliberate defects (□, dropped apostrophes): clean lines are those the detector need not flag
  const clean = lines.filter((l) => !l.text.includes('\u25a1'));
  const alarms = new Map<string, number>();
  for (const l of clean) {
    const r = detectMojibake(l.text, l.lang);
    for (const k of r.kinds) alarms.set(`${l.lang} ${k}`, (alarms.get(`${l.lang} ${k}`) ?? 0) + 1);
    if (verbose && r.broken) console.log(`    flagged ${l.lang} ${r.kinds.join(',')}: ${l.text}`);
  }
  console.log(`mojibake on the dev sentences, damaged here (${clean.length} lines; detection recall, exact repairs)`);
  console.log(`  undamaged lines flagged: ${[...alarms].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'} (dropped-apostrophe on English lines is a true defect of the dev texts)`);
  // the same sentences as a typesetter writes them: curly quotes and apostrophes, dashes, ellipses
  const typographic = clean
    .map((l) => ({
      lang: l.lang,
      text: l.text
        .replace(/"([^"]*)"/g, '“$1”')
        .replace(/'/g, '’')
        .replace(/ - /g, ' — ')
        .replace(/\.\.\./g, '…'),
    }))
    .filter((l, k) => l.text !== clean[k]!.text);
  report(clean, '');
  console.log(`  the ${typographic.length} lines with quotes, apostrophes, dashes or ellipses, typeset (“ ” ’ — …):`);
  report(typographic, '  ');

  function report(lines: { text: string; lang: 'en' | 'tr' }[], indent: string): void {
  for (const damage of DAMAGES) {
    let total = 0;
    let found = 0;
    let fixed = 0;
    for (const l of lines) {
      const damaged = applicable(l.text, damage);
      if (damaged === null) continue;
      total++;
      const r = detectMojibake(damaged, l.lang, { apostrophes: false });
      if (r.broken) found++;
      if (r.fixed === l.text) fixed++;
      else if (verbose) console.log(`    ${damage.kind}: got ${r.fixed}\n      want ${l.text}`);
    }
    if (total === 0) {
      console.log(`${indent}  ${damage.kind.padEnd(20)} no line is encodable in that code page`);
      continue;
    }
    console.log(`${indent}  ${damage.kind.padEnd(20)} ${total} lines: recall ${f(found / Math.max(1, total))}, repaired exactly ${fixed}/${total} = ${f(fixed / Math.max(1, total))}`);
  }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) evalMojibakeSynthetic(process.argv.includes('--verbose'));
