/** Large synthetic documents made from the dev sets, consistently on both sides. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALIGN_DIR, goldBeads, goldSegments, setNames } from './gold.js';

/**
 * Markdown with at least `minSentences` sentences per side: the dev documents' bodies
 * (paragraph blocks) repeated in the same shuffled order on both sides.
 */
export function bigMarkdownPair(minSentences: number, seed = 7): { en: string; tr: string; copies: number; order: string[] } {
  const names = setNames();
  const docs = names.map((n) => ({
    en: readFileSync(join(ALIGN_DIR, `${n}.en.md`), 'utf8'),
    tr: readFileSync(join(ALIGN_DIR, `${n}.tr.md`), 'utf8'),
  }));
  const sentencesPerRound = docs.reduce((n, d) => n + (d.en.match(/[.!?](\s|$)/g)?.length ?? 0), 0);
  const rounds = Math.ceil(minSentences / Math.max(1, sentencesPerRound)) + 1;
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const en: string[] = [];
  const tr: string[] = [];
  const order: string[] = [];
  for (let r = 0; r < rounds; r++) {
    const shuffled = docs.map((_, i) => i).sort(() => random() - 0.5);
    for (const i of shuffled) {
      en.push(docs[i]!.en);
      tr.push(docs[i]!.tr);
      order.push(names[i]!);
    }
  }
  return { en: en.join('\n\n'), tr: tr.join('\n\n'), copies: rounds * docs.length, order };
}

/** Gold beads of a concatenation of dev documents in `order`, by offsetting each document's gold. */
export function concatenatedGold(order: readonly string[]): { en: number[]; tr: number[] }[] {
  const cache = new Map<string, { beads: { en: number[]; tr: number[] }[]; en: number; tr: number }>();
  const out: { en: number[]; tr: number[] }[] = [];
  let enOffset = 0;
  let trOffset = 0;
  for (const name of order) {
    let set = cache.get(name);
    if (!set) {
      const beads = goldBeads(name);
      set = { beads, en: goldSegments(name, 'en').length, tr: goldSegments(name, 'tr').length };
      cache.set(name, set);
    }
    for (const b of set.beads) out.push({ en: b.en.map((k) => k + enOffset), tr: b.tr.map((k) => k + trOffset) });
    enOffset += set.en;
    trOffset += set.tr;
  }
  return out;
}
