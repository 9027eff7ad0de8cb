/**
 * How often the lexicon finds an English word's translation in a true translation, on
 * the gold beads of the dev sets: the p of the lexical evidence (TRANSLATED_RATE in
 * src/align/lexicon.ts). Run: npx tsx bench/measure-lexicon.ts
 */
import { defaultLexicon, LexicalIndex } from '../src/align/index.js';
import { goldBeads, goldSegments, setNames } from './lib/gold.js';

let known = 0;
let found = 0;
for (const name of setNames()) {
  const beads = goldBeads(name);
  const index = new LexicalIndex(goldSegments(name, 'en'), goldSegments(name, 'tr'), defaultLexicon());
  const scratch = new Uint8Array(index.stemCount);
  for (const b of beads) {
    if (!b.en.length || !b.tr.length) continue;
    known += b.en.reduce((sum, k) => sum + index.enWords[k]!.length, 0);
    found += index.matches(b.en[0]!, b.en.length, b.tr[0]!, b.tr.length, scratch);
  }
}
console.log(`English lexicon words whose translation the lexicon finds in the gold Turkish: ${found} / ${known} = ${(found / known).toFixed(3)}`);
