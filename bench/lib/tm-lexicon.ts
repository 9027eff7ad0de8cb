/** A lexicon learned, as from a translation memory, from the gold beads of the other dev sets (leave one out). */
import { defaultLexicon, fillGaps, learnLexicon, type Lexicon } from '../../src/align/index.js';
import { goldBeads, goldSegments, setNames } from './gold.js';

export function goldTranslationPairs(name: string): { en: string; tr: string }[] {
  const en = goldSegments(name, 'en');
  const tr = goldSegments(name, 'tr');
  const beads = goldBeads(name);
  return beads.filter((b) => b.en.length && b.tr.length).map((b) => ({ en: b.en.map((k) => en[k]!).join(' '), tr: b.tr.map((k) => tr[k]!).join(' ') }));
}

const cache = new Map<string, Lexicon>();

/** The shipped lexicon with its gaps filled from one learned from every dev set but `name`, as import --tm-lexicon does. */
export function leaveOneOutLexicon(name: string): Lexicon {
  let lexicon = cache.get(name);
  if (!lexicon) {
    const pairs = setNames()
      .filter((n) => n !== name)
      .flatMap(goldTranslationPairs);
    lexicon = fillGaps(defaultLexicon(), learnLexicon(pairs));
    cache.set(name, lexicon);
  }
  return lexicon;
}
