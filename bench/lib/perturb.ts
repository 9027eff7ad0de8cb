/**
 * Perturbed copies of a gold-aligned document pair, to see how the aligner does on
 * documents it was not built on: sentences dropped from one side, two neighbouring
 * sentences merged into one, a foreign sentence inserted — each with the gold beads
 * rewritten to match (minimal beads, as the data README asks). Seeded, so a run is
 * repeatable.
 */
import type { AlignSide } from '../../src/align/index.js';
import { readPresegmented } from '../../src/formats/index.js';
import type { IndexBead } from './align-score.js';

export interface Sentence {
  text: string;
  /** Paragraph number within its side (blank-line separated in the presegmented text). */
  paragraph: number;
}

export interface GoldPair {
  en: Sentence[];
  tr: Sentence[];
  beads: IndexBead[];
}

type Side = 'en' | 'tr';
const OTHER: Record<Side, Side> = { en: 'tr', tr: 'en' };

/** Beads whose sides hold sentence objects, so edits need no renumbering until the end. */
interface ObjectBead {
  en: Sentence[];
  tr: Sentence[];
}

function single(side: Side, s: Sentence): ObjectBead {
  return side === 'en' ? { en: [s], tr: [] } : { en: [], tr: [s] };
}

/** Mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shapes the aligner can produce; a merge that would need another is not made. */
function allowedShape(a: number, b: number): boolean {
  if (a === 0 || b === 0) return a + b === 1;
  return (a === 1 && b <= 3) || (b === 1 && a <= 3) || (a === 2 && b === 2);
}

/** A sentence of a paragraph with more than one: removing it keeps the paragraph structure. */
function isBodySentence(side: Sentence[], k: number): boolean {
  const p = side[k]!.paragraph;
  return side.filter((s) => s.paragraph === p).length >= 2;
}

class Editor {
  readonly en: Sentence[];
  readonly tr: Sentence[];
  beads: ObjectBead[];

  constructor(pair: GoldPair) {
    this.en = pair.en.map((s) => ({ ...s }));
    this.tr = pair.tr.map((s) => ({ ...s }));
    this.beads = pair.beads.map((b) => ({ en: b.en.map((k) => this.en[k]!), tr: b.tr.map((k) => this.tr[k]!) }));
  }

  beadOf(s: Sentence, side: Side): number {
    return this.beads.findIndex((b) => b[side].includes(s));
  }

  /** Remove sentence k of a side; a bead left with one side only becomes single-sentence beads. */
  drop(side: Side, k: number): boolean {
    const list = this[side];
    if (!isBodySentence(list, k)) return false;
    const s = list[k]!;
    const bi = this.beadOf(s, side);
    const bead = this.beads[bi]!;
    list.splice(k, 1);
    bead[side] = bead[side].filter((x) => x !== s);
    if (bead[side].length > 0) return true;
    const other = OTHER[side];
    const singles = bead[other].map((x) => single(other, x));
    this.beads.splice(bi, 1, ...singles);
    return true;
  }

  /** Merge sentences k and k+1 of a side (same paragraph) the way a translator joins two sentences. */
  merge(side: Side, k: number): boolean {
    const list = this[side];
    const a = list[k];
    const b = list[k + 1];
    if (!a || !b || a.paragraph !== b.paragraph) return false;
    // a sentence ending in a footnote marker or a question keeps its own end
    if (!/[^.?!]\.$/u.test(a.text)) return false;
    const first = this.beadOf(a, side);
    const last = this.beadOf(b, side);
    const group = this.beads.slice(first, last + 1);
    const en = group.flatMap((g) => g.en);
    const tr = group.flatMap((g) => g.tr);
    const merged: Sentence = { text: `${a.text.slice(0, -1)}; ${b.text}`, paragraph: a.paragraph };
    const sizes = { en: en.length, tr: tr.length };
    sizes[side] -= 1;
    if (!allowedShape(sizes.en, sizes.tr)) return false;
    const replace = (xs: Sentence[]) => xs.flatMap((x) => (x === a ? [merged] : x === b ? [] : [x]));
    const bead: ObjectBead = { en: replace(en), tr: replace(tr) };
    list.splice(k, 2, merged);
    this.beads.splice(first, last - first + 1, bead);
    return true;
  }

  /** Insert an unrelated sentence after sentence k of a side, as a 1-0 / 0-1 bead. */
  insert(side: Side, k: number, text: string): boolean {
    const list = this[side];
    const after = list[k]!;
    const bi = this.beadOf(after, side);
    const bead = this.beads[bi]!;
    // inside a multi-sentence bead the insertion would split it: not a clean case
    if (bead[side][bead[side].length - 1] !== after) return false;
    if (!isBodySentence(list, k)) return false;
    const s: Sentence = { text, paragraph: after.paragraph };
    list.splice(k + 1, 0, s);
    this.beads.splice(bi + 1, 0, single(side, s));
    return true;
  }

  result(): GoldPair {
    const en = new Map(this.en.map((s, i) => [s, i]));
    const tr = new Map(this.tr.map((s, i) => [s, i]));
    const beads = this.beads.map((b) => ({ en: b.en.map((s) => en.get(s)!), tr: b.tr.map((s) => tr.get(s)!) }));
    return { en: this.en, tr: this.tr, beads };
  }
}

export type Perturbation = 'drop' | 'merge' | 'insert';

/**
 * `count` random edits on random sides. `foreign` supplies sentences from other
 * documents for insertions (per language). Throws if the gold it produces is not a
 * monotone, complete cover — a bug here would silently skew the figures.
 */
export function perturb(pair: GoldPair, count: number, random: () => number, foreign: Record<Side, string[]>, kinds: readonly Perturbation[] = ['drop', 'merge', 'insert']): { pair: GoldPair; applied: string[] } {
  const editor = new Editor(pair);
  const applied: string[] = [];
  for (let attempt = 0; applied.length < count && attempt < count * 50; attempt++) {
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    const side: Side = random() < 0.5 ? 'en' : 'tr';
    const k = Math.floor(random() * editor[side].length);
    let ok = false;
    if (kind === 'drop') ok = editor.drop(side, k);
    else if (kind === 'merge') ok = editor.merge(side, k);
    else {
      const pool = foreign[side];
      ok = pool.length > 0 && editor.insert(side, k, pool[Math.floor(random() * pool.length)]!);
    }
    if (ok) applied.push(`${kind} ${side} ${k}`);
  }
  const out = editor.result();
  checkCover(out);
  return { pair: out, applied };
}

function checkCover(pair: GoldPair): void {
  for (const side of ['en', 'tr'] as const) {
    const seen = pair.beads.flatMap((b) => b[side]);
    if (seen.length !== pair[side].length || seen.some((v, i) => v !== i)) throw new Error(`perturbed gold does not cover the ${side} side in order`);
  }
  for (const b of pair.beads) if (!allowedShape(b.en.length, b.tr.length)) throw new Error(`perturbed gold has a ${b.en.length}-${b.tr.length} bead`);
}

/** The two sides of a pair as the aligner reads them presegmented. */
export function presegmentedSides(pair: GoldPair): { src: AlignSide; tgt: AlignSide } {
  return {
    src: { lang: 'en', ...readPresegmented(presegmentedText(pair.en)) },
    tgt: { lang: 'tr', ...readPresegmented(presegmentedText(pair.tr)) },
  };
}

/** Presegmented text: one sentence per line, a blank line between paragraphs. */
export function presegmentedText(side: readonly Sentence[]): string {
  let out = '';
  side.forEach((s, i) => {
    if (i > 0) out += s.paragraph === side[i - 1]!.paragraph ? '\n' : '\n\n';
    out += s.text;
  });
  return `${out}\n`;
}
