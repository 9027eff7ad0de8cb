/**
 * Restoring lost characters (npm run eval): the dev documents with lines damaged the way
 * extraction damages them — every character outside ASCII becomes □ (or U+FFFD), one or
 * two symbols per character — one line at a time, restored from the rest of the document
 * (both sides) and the shipped glossary. Counts lines restored exactly, lines left with
 * lost symbols (no single filling), and lines made worse (a wrong filling).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentDocument } from '../src/documents/index.js';
import { readDocumentFile } from '../src/formats/index.js';
import { defaultGlossary, TermMatcher, usableTermTexts } from '../src/glossary/index.js';
import { applyRestorations, documentVocabulary, restoreLost, vocabularyOf } from '../src/qa/index.js';
import { preloadRestoration, restorationSources } from '../src/qa/dictionaries.js';
import { ALIGN_DIR, goldBeads, goldSegments, lettersOnly, setNames } from './lib/gold.js';
import { prng } from './lib/perturb.js';

export function damage(text: string, symbol: '□' | '\ufffd', next: () => number): string {
  return text.replace(/[^\x00-\x7f]/gu, () => symbol.repeat(next() < 0.5 ? 1 : 2));
}

/**
 * For each Turkish gold segment of a dev document (by its letters), the English text of
 * its gold bead: the aligned segment qa check passes with a Turkish line.
 */
function alignedEnglish(name: string): Map<string, string> {
  const [en, tr] = [goldSegments(name, 'en'), goldSegments(name, 'tr')];
  const out = new Map<string, string>();
  for (const bead of goldBeads(name)) {
    const english = bead.en.map((k) => en[k]!).join(' ');
    for (const k of bead.tr) out.set(lettersOnly(tr[k]!), english);
  }
  return out;
}

/** The sentences of one side of a dev document, as the segmenter cuts them. */
export function devSentences(name: string, lang: 'en' | 'tr'): string[] {
  return segmentDocument(readDocumentFile(join(ALIGN_DIR, `${name}.${lang}.md`)), lang).segments.map((s) => s.text);
}

export async function evalRestore(): Promise<void> {
  await preloadRestoration('en');
  await preloadRestoration('tr');
  const sources = restorationSources;
  const matcher = new TermMatcher(defaultGlossary());
  // the preferred and admitted terms of the shipped glossary, as qa mojibake --jsonl uses them
  const glossaryWords = usableTermTexts(defaultGlossary().entries);
  const next = prng(7); // the same damage on every run
  let lines = 0;
  let exact = 0;
  let left = 0;
  let worse = 0;
  let words = 0;
  let wordsRestored = 0;
  // the same lines alone, as qa mojibake --jsonl sees them: the line's words and the dictionary
  let aloneExact = 0;
  let aloneWorse = 0;
  let aloneWords = 0;
  let dictExact = 0;
  let dictWorse = 0;
  let alreadyDamaged = 0;
  let alignedLines = 0;
  let turkishLines = 0;
  for (const name of setNames()) {
    const sides = (['en', 'tr'] as const).map((lang) => devSentences(name, lang));
    const all = sides.flat();
    const langOf = (k: number): 'en' | 'tr' => (k < sides[0]!.length ? 'en' : 'tr');
    const english = alignedEnglish(name);
    for (let k = 0; k < all.length; k++) {
      const original = all[k]!;
      if (!/[^\x00-\x7f]/u.test(original)) continue;
      const damaged = damage(original, next() < 0.5 ? '□' : '\ufffd', next);
      // the document's own damage ("world□□s"): no truth to compare a restoration with
      if (/[\u25a1\ufffd]/u.test(original)) {
        alreadyDamaged++;
        continue;
      }
      // the rest of the document as evidence: this line's words are not in it
      const rest = all.filter((_, j) => j !== k).map((t) => ({ source: t, target: '' }));
      const vocabulary = documentVocabulary(rest, { srcLang: 'en', tgtLang: 'tr', matcher });
      const restorations = restoreLost(damaged, vocabulary);
      // as qa check does it: the document first, the line's dictionary where the document has nothing
      // a Turkish line with its gold-aligned English, as qa check has the pair's other side
      const aligned = langOf(k) === 'tr' ? english.get(lettersOnly(original)) : undefined;
      if (langOf(k) === 'tr') alignedLines += aligned === undefined ? 0 : 1;
      const withDictionary = restoreLost(damaged, vocabulary, { ...sources(langOf(k)), ...(aligned !== undefined ? { alignedEnglish: aligned } : {}) });
      const dictRestored = applyRestorations(damaged, withDictionary);
      if (dictRestored === original) dictExact++;
      else if (withDictionary.some((r) => r.certain && wrongFill(original, damaged, r))) {
        dictWorse++;
        if (process.env.SHOW) for (const r of withDictionary.filter((x) => x.certain && wrongFill(original, damaged, x))) console.log(`  qa check wrong: ${r.found} → ${r.candidates.join('|')} in ${JSON.stringify(original.slice(0, 100))}${aligned ? `\n     EN: ${aligned.slice(0, 160)}` : ''}`);
      }
      const restored = applyRestorations(damaged, restorations);
      lines++;
      const lang = langOf(k);
      if (lang === 'tr') turkishLines++;
      const alone = restoreLost(damaged, vocabularyOf([damaged, ...glossaryWords]), sources(lang));
      const aloneRestored = applyRestorations(damaged, alone);
      aloneWords += alone.filter((r) => r.certain).length;
      if (aloneRestored === original) aloneExact++;
      else if (alone.some((r) => r.certain && wrongFill(original, damaged, r))) {
        aloneWorse++;
        if (process.env.SHOW) for (const r of alone.filter((x) => x.certain && wrongFill(original, damaged, x))) console.log(`  alone wrong: ${r.found} → ${r.candidates[0]} in ${JSON.stringify(original.slice(0, 90))}`);
      }
      words += restorations.length;
      wordsRestored += restorations.filter((r) => r.certain).length;
      if (restored === original) exact++;
      else if (/[\u25a1\ufffd]/u.test(restored) && !restorations.some((r) => r.certain && original.slice(r.start) !== null && wrongFill(original, damaged, r))) left++;
      else {
        worse++;
        if (process.env.SHOW) console.log(`  worse: ${JSON.stringify(original)}\n      → ${JSON.stringify(restored)}`);
      }
    }
  }
  const pct = (n: number) => `${((100 * n) / Math.max(1, lines)).toFixed(1)} %`;
  console.log(`restoring lost characters (dev documents, one damaged line at a time, the rest of the document and the glossary as evidence; ${lines} lines, ${words} damaged words; ${alreadyDamaged} lines left out whose text already holds □ or U+FFFD, the documents' own damage)`);
  console.log(`  with the document, the dictionaries and, for ${alignedLines} of ${turkishLines} Turkish lines, the gold-aligned English (qa check): restored exactly ${dictExact} (${pct(dictExact)}) · made worse ${dictWorse} (${pct(dictWorse)})`);
  console.log(`  with the document (the editor): restored exactly ${exact} (${pct(exact)}) · left with lost symbols ${left} (${pct(left)}) · made worse ${worse} (${pct(worse)}) · words restored ${wordsRestored} of ${words}`);
  console.log(`  each line alone, with the spelling dictionaries (qa mojibake --jsonl): restored exactly ${aloneExact} (${pct(aloneExact)}) · made worse ${aloneWorse} (${pct(aloneWorse)}) · words restored ${aloneWords} of ${words}`);
}

/** A certain restoration whose filling differs from what the original had at that word. */
function wrongFill(original: string, damaged: string, r: { start: number; end: number; candidates: string[] }): boolean {
  // the damaged line's words align with the original's in order: compare the n-th word
  const index = damaged.slice(0, r.start).split(/\s+/).length - 1;
  const originalWord = original.split(/\s+/)[index] ?? '';
  return !originalWord.includes(r.candidates[0]!);
}

if (import.meta.url === `file://${process.argv[1]}`) await evalRestore();
