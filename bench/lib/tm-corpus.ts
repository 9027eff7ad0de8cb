/**
 * A synthetic TM for benchmarks, generated from the dev corpora with controlled edits:
 * every gold bead of data/dev/align (and the demo pair) is a base pair; each unit
 * is a base with some of its source words replaced (by words of the corpora, Zipf-like,
 * and by lexicon headwords), deleted, inserted or its numbers changed. Most units are
 * heavily edited (40–80 % of the words), 1 % lightly (1–3 edits), so that each base has
 * a handful of close variants in the TM as a real TM has, not thousands.
 * Queries are bases with 1–3 word edits. Deterministic (seeded).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldBeads, goldSegments, REPO, setNames } from './gold.js';

export interface BasePair {
  source: string;
  target: string;
}

export function basePairs(): BasePair[] {
  const out: BasePair[] = [];
  for (const name of setNames()) {
    const en = goldSegments(name, 'en');
    const tr = goldSegments(name, 'tr');
    const gold = goldBeads(name);
    for (const b of gold) {
      if (!b.en.length || !b.tr.length) continue;
      out.push({ source: b.en.map((k) => en[k]).join(' ').replace(/<[^>]+>/g, ''), target: b.tr.map((k) => tr[k]).join(' ').replace(/<[^>]+>/g, '') });
    }
  }
  return out;
}

export class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state / 2 ** 32;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}

export function vocabulary(bases: BasePair[]): { corpus: string[]; lexicon: string[] } {
  const corpus = bases.flatMap((b) => b.source.split(/\s+/)).filter((w) => /^[A-Za-z]+$/.test(w));
  const lexicon = readFileSync(join(REPO, 'lexicon/en-tr.tsv'), 'utf8')
    .split('\n')
    .map((l) => l.split('\t')[0]!)
    .filter((w) => /^[a-z]{3,}$/.test(w));
  return { corpus, lexicon };
}

/** Edit `edits` words of a sentence. */
export function editSentence(text: string, edits: number, rng: Random, vocab: { corpus: string[]; lexicon: string[] }): string {
  const words = text.split(' ');
  for (let e = 0; e < edits && words.length > 1; e++) {
    const k = rng.int(words.length);
    const op = rng.next();
    const pick = () => (rng.next() < 0.5 ? vocab.corpus[rng.int(vocab.corpus.length)]! : vocab.lexicon[rng.int(vocab.lexicon.length)]!);
    if (/\d/.test(words[k]!) && op < 0.5) words[k] = words[k]!.replace(/\d+/, String(rng.int(3000)));
    else if (op < 0.75) words[k] = pick();
    else if (op < 0.87) words.splice(k, 1);
    else words.splice(k, 0, pick());
  }
  return words.join(' ');
}

/** The k-th unit of the synthetic TM. */
export function syntheticUnit(k: number, bases: BasePair[], vocab: { corpus: string[]; lexicon: string[] }): BasePair {
  const rng = new Random(k * 2654435761 + 17);
  const base = bases[rng.int(bases.length)]!;
  const words = base.source.split(' ').length;
  const light = rng.next() < 0.01;
  const edits = light ? 1 + rng.int(3) : Math.max(2, Math.round(words * (0.4 + 0.4 * rng.next())));
  return { source: editSentence(base.source, edits, rng, vocab), target: base.target };
}
