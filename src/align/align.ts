import type { ParagraphKind } from '../model/index.js';
import type { Lang } from '../text/case.js';
import { AnchorIndex, extractAnchors, matchedWeight, packLists, type Anchor, type PackedLists } from './anchors.js';
import { alignBanded, beadPosteriors, type BeadCost, type PathBead, type Shape } from './dp.js';
import { EN_TR_LENGTH, EN_TR_LENGTH_ROBUST, lengthCost, type LengthModel } from './length.js';
import { defaultLexicon, LexicalIndex, type Lexicon } from './lexicon.js';
import type { AlignOptions, AlignSide, Bead } from './types.js';

/**
 * The aligner: paragraphs first (kinds, footnote numbers, lengths, anchors), then
 * sentences inside each aligned group of paragraphs. Costs are −log probabilities in
 * nats, summed from separately testable parts (shape prior, length, anchors); the DP in
 * dp.ts finds the cheapest path and forward–backward gives each bead its confidence.
 */

/** Bead shapes with their prior cost, −ln P(shape): estimated on the dev gold beads and smoothed toward Gale–Church's figures (docs/alignment.md). */
export const SENTENCE_SHAPES: readonly (Shape & { prior: number })[] = [
  { src: 1, tgt: 1, prior: -Math.log(0.85) },
  { src: 1, tgt: 0, prior: -Math.log(0.015) },
  { src: 0, tgt: 1, prior: -Math.log(0.015) },
  { src: 2, tgt: 1, prior: -Math.log(0.05) },
  { src: 1, tgt: 2, prior: -Math.log(0.05) },
  { src: 2, tgt: 2, prior: -Math.log(0.006) },
  { src: 3, tgt: 1, prior: -Math.log(0.005) },
  { src: 1, tgt: 3, prior: -Math.log(0.005) },
];

export const PARAGRAPH_SHAPES: readonly (Shape & { prior: number })[] = [
  { src: 1, tgt: 1, prior: -Math.log(0.9) },
  { src: 1, tgt: 0, prior: -Math.log(0.01) },
  { src: 0, tgt: 1, prior: -Math.log(0.01) },
  { src: 2, tgt: 1, prior: -Math.log(0.03) },
  { src: 1, tgt: 2, prior: -Math.log(0.03) },
];

/** The tunable numbers of the cost model in one place (docs/alignment.md says where each comes from). */
export interface AlignModel {
  /** Sentence beads' length; `--method length` drops its tail (plain Gale–Church). */
  sentenceLength: LengthModel;
  /** Paragraph lengths vary more than sentence lengths around the ratio. */
  paragraphLength: LengthModel;
  /** Reward per translated English word beyond chance (nats). */
  lexicalWeight: number;
  /** Extra cost of a 1-0 or 0-1 sentence bead on top of its prior. */
  deletionCost: number;
  /** Temperature of the confidence posterior. */
  temperature: number;
  /**
   * Cost of each sentence of a 2-1, 1-2 (… n-m) bead that nothing in the bead supports —
   * no word of it translated on the other side, no anchor of it found there: a section
   * label or a date stuck to a sentence is a deletion in disguise, and costs as much.
   */
  unexplainedCost: number;
  /**
   * Cost per unit of anchor weight a bead leaves unmatched among the anchors translations
   * keep (numbers, months, URLs and e-mail addresses, note markers): a date paired with
   * another date, a number with a sentence that lacks it.
   */
  unmatchedAnchorCost: number;
  /**
   * Page clutter (a 'metadata' paragraph: a short unpunctuated line before the body — a
   * breadcrumb, a byline, a section label, share-button text) pairs only on evidence of
   * translation: a bead holding clutter whose lexical log-likelihood ratio plus matched
   * anchor weight stays below `clutterEvidence` nats, and whose two sides are not the same
   * text, costs `clutterCost` more per segment — as much as leaving each segment unpaired.
   * A wrong pair goes into the TM and gets reused; an unpaired line costs a look.
   */
  clutterCost: number;
  clutterEvidence: number;
  /**
   * The length model's wide tail stands for free translations, which show themselves by
   * shared content. A bead with no such evidence (lexical log-likelihood ratio plus
   * matched anchor weight below `clutterEvidence`) is scored by plain Gale–Church: two
   * unrelated sentences of far-off lengths in a revised page are then cheaper unpaired.
   */
  tailNeedsEvidence: boolean;
}

export const DEFAULT_MODEL: AlignModel = {
  sentenceLength: EN_TR_LENGTH_ROBUST,
  paragraphLength: { ratio: EN_TR_LENGTH.ratio, variance: EN_TR_LENGTH.variance * 4 },
  lexicalWeight: 1,
  deletionCost: 0,
  temperature: 2,
  unexplainedCost: -Math.log(0.015),
  unmatchedAnchorCost: 0.5,
  clutterCost: -Math.log(0.015),
  clutterEvidence: 1,
  tailNeedsEvidence: true,
};

/** Cost of putting paragraphs of these kinds in one bead. */
export function kindCost(a: ParagraphKind, b: ParagraphKind): number {
  if (a === b) return 0;
  if ((a === 'heading' && b === 'metadata') || (a === 'metadata' && b === 'heading')) return 1;
  if ((a === 'body' && b === 'list-item') || (a === 'list-item' && b === 'body')) return 0.5;
  if (a === 'footnote' || b === 'footnote') return 8;
  return 3;
}

export const DEFAULT_REVIEW_THRESHOLD = 0.7;

interface Prepared {
  lengths: Int32Array;
  anchors: PackedLists;
  /** The anchors a translation keeps (KEPT_KINDS), and prefix sums of their weights. */
  kept: PackedLists;
  keptPrefix: Float64Array;
  /** Date anchors, and whether the segment is nothing but a date (a dateline). */
  dates: PackedLists;
  dateLine: Uint8Array;
  /** Whether the segment is page clutter ('metadata' paragraph). */
  clutter: Uint8Array;
}

/** Anchors a translation keeps as they are: their absence on the other side is evidence against a pairing. */
const KEPT_KINDS: ReadonlySet<string> = new Set(['number', 'month', 'date', 'url', 'marker']);

function prepare(side: AlignSide, anchors: Anchor[][], index: AnchorIndex, which: 'src' | 'tgt'): Prepared {
  const encoded = anchors.map((list) => index.encode(list, which));
  const only = (keep: (anchor: Anchor) => boolean): Int32Array[] => encoded.map((ids, k) => ids.filter((_, n) => keep(anchors[k]![n]!)));
  const kept = only((x) => KEPT_KINDS.has(x.kind) && !x.spelled);
  const keptPrefix = new Float64Array(kept.length + 1);
  kept.forEach((ids, k) => (keptPrefix[k + 1] = keptPrefix[k]! + ids.reduce((sum, id) => sum + index.weights[id]!, 0)));
  return {
    lengths: Int32Array.from(side.segments.map((s) => visibleLength(s.text))),
    anchors: packLists(encoded),
    kept: packLists(kept),
    keptPrefix,
    dates: packLists(only((x) => x.kind === 'date')),
    dateLine: Uint8Array.from(side.segments.map((s, k) => (anchors[k]!.some((x) => x.kind === 'date') && isDateLine(s.text) ? 1 : 0))),
    clutter: Uint8Array.from(side.segments.map((s) => (side.paragraphs[s.paragraph]?.kind === 'metadata' ? 1 : 0))),
  };
}

/** Segment s has at least one id. */
function hasAny(lists: PackedLists, s: number): boolean {
  return lists.offsets[s + 1]! > lists.offsets[s]!;
}

/** Cost of a bead that holds a dateline whose date the other side does not have. */
const DATE_MISMATCH = 12;

/** Nothing but a date, with perhaps a time, a weekday or a place before a dash ("31/08/2018 - 18:46", "21 Temmuz 2015"). */
function isDateLine(text: string): boolean {
  const words = text.replace(/\d{1,2}[:.]\d{2}\b/g, ' ').replace(/[\d./,:|–—-]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  return words.length <= 2;
}

/** The bead side is a single dateline. */
function dateOnly(side: Prepared, s: number, count: number): boolean {
  return count === 1 && side.dateLine[s] === 1;
}

/** Every segment of [s, s+count) is marked in `marks`. */
function holdsAll(marks: Uint8Array, s: number, count: number): boolean {
  for (let k = s; k < s + count; k++) if (!marks[k]) return false;
  return true;
}

/** Some segment of [s, s+count) is marked in `marks`. */
function holdsAny(marks: Uint8Array, s: number, count: number): boolean {
  for (let k = s; k < s + count; k++) if (marks[k]) return true;
  return false;
}

/** Cost of putting segments [s, s+count) of one side, of paragraphs of different kinds, in one bead. */
function mixedKinds(side: AlignSide, s: number, count: number, unpairedCost: number): number {
  const first = side.paragraphs[side.segments[s]!.paragraph]!.kind;
  let cost = 0;
  for (let k = s + 1; k < s + count; k++) {
    const kind = side.paragraphs[side.segments[k]!.paragraph]!.kind;
    if (kind !== first) cost = Math.max(cost, kindCost(first, kind) + unpairedCost);
  }
  return cost;
}

/** Weight of the kept anchors of segments [s, s+count). */
function keptWeight(side: Prepared, s: number, count: number): number {
  return side.keptPrefix[s + count]! - side.keptPrefix[s]!;
}

export interface AlignContext {
  /** Word-translation lexicon; default: the shipped one. */
  lexicon?: Lexicon;
  /**
   * Glossary terms of a segment as anchors (kind 'term', key = the entry id), so that a
   * term and its translation — in any spelling the glossary lists, inflected — count as
   * a shared anchor. Default: none.
   */
  termAnchors?: (text: string, lang: Lang) => Anchor[];
  /** Overrides of the cost model's numbers (evaluation and tests). */
  model?: Partial<AlignModel>;
}


/** Align two sides. Deterministic; O((n+m)·band) time and memory. */
export function alignSides(src: AlignSide, tgt: AlignSide, options: AlignOptions = {}, context: AlignContext = {}): Bead[] {
  const model = { ...DEFAULT_MODEL, ...context.model };
  const method = options.method ?? 'full';
  const threshold = options.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD;
  const useAnchors = method !== 'length';
  const plainLength: LengthModel = { ratio: model.sentenceLength.ratio, variance: model.sentenceLength.variance };
  const sentenceLength: LengthModel = useAnchors ? model.sentenceLength : plainLength;
  const anchorsOf = (text: string, lang: Lang): Anchor[] => {
    if (!useAnchors) return [];
    const found = extractAnchors(text, lang);
    return context.termAnchors ? [...found, ...context.termAnchors(text, lang)] : found;
  };
  const srcAnchors = src.segments.map((s) => anchorsOf(s.text, src.lang));
  const tgtAnchors = tgt.segments.map((s) => anchorsOf(s.text, tgt.lang));
  const enFirst = src.lang === 'en';
  const lexical =
    method === 'full' && src.lang !== tgt.lang
      ? new LexicalIndex(
          (enFirst ? src : tgt).segments.map((s) => s.text),
          (enFirst ? tgt : src).segments.map((s) => s.text),
          context.lexicon ?? defaultLexicon(),
        )
      : null;
  const lexScratch = new Uint8Array(lexical?.stemCount ?? 0);
  const index = new AnchorIndex(srcAnchors, tgtAnchors);
  const S = prepare(src, srcAnchors, index, 'src');
  const T = prepare(tgt, tgtAnchors, index, 'tgt');
  const scratch = new Int32Array(index.weights.length);
  const weights = index.weightTable();

  // ---- paragraph stage ----
  // Segments are in paragraph order, so paragraphs [i, i+a) hold one contiguous run of segments.
  const srcFirst = firstSegments(src);
  const tgtFirst = firstSegments(tgt);
  const srcPrefix = prefixSums(S.lengths);
  const tgtPrefix = prefixSums(T.lengths);
  const np = src.paragraphs.length;
  const mp = tgt.paragraphs.length;
  const paragraphPrior = shapeTable(PARAGRAPH_SHAPES);
  const sentencePrior = shapeTable(SENTENCE_SHAPES);

  const paragraphCost = (i: number, j: number, a: number, b: number): number => {
    let cost = paragraphPrior[a * 4 + b]!;
    if (a === 0 || b === 0) return cost + 2;
    for (let x = i; x < i + a; x++) for (let y = j; y < j + b; y++) cost += kindCost(src.paragraphs[x]!.kind, tgt.paragraphs[y]!.kind);
    if (a === 1 && b === 1) {
      const fs = src.paragraphs[i]!.footnote;
      const ft = tgt.paragraphs[j]!.footnote;
      if (fs !== undefined && ft !== undefined) cost += fs === ft ? -4 : 8;
    }
    const s0 = srcFirst[i]!;
    const s1 = srcFirst[i + a]!;
    const t0 = tgtFirst[j]!;
    const t1 = tgtFirst[j + b]!;
    cost += lengthCost(srcPrefix[s1]! - srcPrefix[s0]!, tgtPrefix[t1]! - tgtPrefix[t0]!, model.paragraphLength);
    if (useAnchors) cost -= matchedWeight(S.anchors, s0, s1 - s0, T.anchors, t0, t1 - t0, weights, scratch);
    return cost;
  };
  const bandOption = options.band === undefined ? {} : { band: options.band };
  const paragraphPath = alignBanded(np, mp, PARAGRAPH_SHAPES, paragraphCost, bandOption);

  // ---- sentence stage, inside each paragraph bead ----
  const alignGroup = (pb: PathBead): Bead[] => {
    const beads: Bead[] = [];
    const srcStart = srcFirst[pb.i]!;
    const tgtStart = tgtFirst[pb.j]!;
    const n = srcFirst[pb.i + pb.a]! - srcStart;
    const m = tgtFirst[pb.j + pb.b]! - tgtStart;
    if (n === 0 || m === 0) {
      for (let k = 0; k < n; k++) beads.push({ src: [srcStart + k], tgt: [], score: 0.5, needsReview: !S.clutter[srcStart + k] });
      for (let k = 0; k < m; k++) beads.push({ src: [], tgt: [tgtStart + k], score: 0.5, needsReview: !T.clutter[tgtStart + k] });
      return beads;
    }
    const rawCost = (i: number, j: number, a: number, b: number): number => {
      const prior = sentencePrior[a * 4 + b]!;
      if (a === 0 || b === 0) return prior + model.deletionCost;
      const s0 = srcStart + i;
      const t0 = tgtStart + j;
      const srcLength = srcPrefix[s0 + a]! - srcPrefix[s0]!;
      const tgtLength = tgtPrefix[t0 + b]! - tgtPrefix[t0]!;
      const lengthPart = lengthCost(srcLength, tgtLength, sentenceLength);
      let cost = prior + lengthPart;
      let matched = 0;
      if (useAnchors) {
        matched = matchedWeight(S.anchors, s0, a, T.anchors, t0, b, weights, scratch);
        cost -= matched;
        const keptHere = keptWeight(S, s0, a) + keptWeight(T, t0, b);
        if (model.unmatchedAnchorCost && keptHere > 0) cost += model.unmatchedAnchorCost * (keptHere - 2 * matchedWeight(S.kept, s0, a, T.kept, t0, b, weights, scratch));
        // a dateline pairs with the same date or stays alone
        if ((dateOnly(S, s0, a) || dateOnly(T, t0, b)) && matchedWeight(S.dates, s0, a, T.dates, t0, b, weights, scratch) === 0) cost += DATE_MISMATCH;
      }
      let found = 0;
      if (lexical) {
        const evidence = enFirst ? lexical.evidence(s0, a, t0, b, lexScratch) : lexical.evidence(t0, b, s0, a, lexScratch);
        cost -= model.lexicalWeight * evidence;
        found = lexical.lastFound;
        if (model.tailNeedsEvidence && sentenceLength.tail && matched === 0 && evidence < model.clutterEvidence) {
          cost += lengthCost(srcLength, tgtLength, plainLength) - lengthPart;
        }
        if (model.clutterCost && evidence + matched < model.clutterEvidence && (holdsAny(S.clutter, s0, a) || holdsAny(T.clutter, t0, b)) && !sameText(s0, a, t0, b)) cost += model.clutterCost * (a + b);
      }
      // a title does not run on into body text: one side of a bead mixing a heading or a
      // line of clutter with prose costs what putting those paragraphs together would, and
      // as much again as leaving the title unpaired (a title merged into a sentence is rarer
      // than a title left untranslated)
      if (a > 1) cost += mixedKinds(src, s0, a, model.unexplainedCost);
      if (b > 1) cost += mixedKinds(tgt, t0, b, model.unexplainedCost);
      if (a + b > 2 && model.unexplainedCost && lexical) {
        // each sentence of a many-to-one bead must have something of its own on the other
        // side; the one-segment side is supported by anything the bead matched
        const enStart = enFirst ? s0 : t0;
        const enCount = enFirst ? a : b;
        const trStart = enFirst ? t0 : s0;
        const trCount = enFirst ? b : a;
        const beadSupported = found !== 0 || matched > 0;
        for (let k = 0; k < enCount; k++) {
          const ok = enCount === 1 ? beadSupported : (found >> k) & 1 || anchorSupported(enFirst, enStart + k, trStart, trCount);
          if (!ok) cost += model.unexplainedCost;
        }
        for (let k = 0; k < trCount; k++) {
          const t = trStart + k;
          const ok =
            trCount === 1
              ? beadSupported
              : anchorSupported(!enFirst, t, enStart, enCount) || translatedIn(enStart, enCount, t);
          if (!ok) cost += model.unexplainedCost;
        }
      }
      return cost;
    };
    // Whether English sentence e has a word translated in Turkish sentence t, kept per
    // pair of the group: the beads of a group ask about the same pairs again and again.
    const meets = lexical && n * m <= 1 << 20 ? new Int8Array(n * m).fill(-1) : null;
    const wordsMeet = (e: number, t: number): boolean => {
      if (!meets) return lexical!.translatesAny(e, 1, t, lexScratch);
      const cell = enFirst ? (e - srcStart) * m + (t - tgtStart) : (t - srcStart) * m + (e - tgtStart);
      let known = meets[cell]!;
      if (known < 0) meets[cell] = known = lexical!.translatesAny(e, 1, t, lexScratch) ? 1 : 0;
      return known === 1;
    };
    const translatedIn = (enStart: number, enCount: number, t: number): boolean => {
      for (let e = enStart; e < enStart + enCount; e++) if (wordsMeet(e, t)) return true;
      return false;
    };
    /** A 1-1 bead whose two sides read the same (a title or label kept in the original language). */
    const sameText = (s0: number, a: number, t0: number, b: number): boolean =>
      a === 1 && b === 1 && src.segments[s0]!.text.trim().toLowerCase() === tgt.segments[t0]!.text.trim().toLowerCase();
    /** An anchor of one segment (of the English side when `english`) found in a range of the other side. */
    const anchorSupported = (english: boolean, segment: number, otherStart: number, otherCount: number): boolean => {
      const srcSide = english === enFirst;
      return srcSide
        ? hasAny(S.anchors, segment) && matchedWeight(S.anchors, segment, 1, T.anchors, otherStart, otherCount, weights, scratch) > 0
        : hasAny(T.anchors, segment) && matchedWeight(S.anchors, otherStart, otherCount, T.anchors, segment, 1, weights, scratch) > 0;
    };
    const sentenceCost = memoise(rawCost, n, m);
    const path = alignBanded(n, m, SENTENCE_SHAPES, sentenceCost, bandOption);
    const posteriors = beadPosteriors(n, m, SENTENCE_SHAPES, sentenceCost, path, model.temperature);
    path.beads.forEach((b, k) => {
      const score = round3(posteriors[k]!);
      beads.push({
        src: range(srcStart + b.i, b.a),
        tgt: range(tgtStart + b.j, b.b),
        score,
        // a sentence left without a counterpart is always worth a look, however sure the
        // model is — but not page clutter, which is expected to stand alone
        needsReview: score < threshold || (b.a === 0 && !holdsAll(T.clutter, tgtStart + b.j, b.b)) || (b.b === 0 && !holdsAll(S.clutter, srcStart + b.i, b.a)),
      });
    });
    return beads;
  };
  // Sentences left unpaired on both sides of a group boundary — one English, one
  // Turkish — usually mean the paragraph stage cut between a sentence and its
  // translation (a paragraph split or joined on one side only); the two groups are then
  // aligned as one. A group with no sentences on one side (a paragraph added or dropped
  // whole) never joins. Each join removes a group, so O(groups) joins in all.
  const groups: PathBead[] = [];
  const aligned: Bead[][] = [];
  for (let group of groupUncertain(paragraphPath.beads)) {
    let groupBeads = alignGroup(group);
    for (;;) {
      const previous = groups[groups.length - 1];
      if (!previous || !bothSides(previous) || !bothSides(group) || !gapsMeet(aligned[aligned.length - 1]!, groupBeads)) break;
      groups.pop();
      aligned.pop();
      group = { i: previous.i, j: previous.j, a: previous.a + group.a, b: previous.b + group.b, cost: previous.cost + group.cost };
      groupBeads = alignGroup(group);
    }
    groups.push(group);
    aligned.push(groupBeads);
  }
  return aligned.flat();
}

function bothSides(group: PathBead): boolean {
  return group.a > 0 && group.b > 0;
}

/** The last bead of one group and the first of the next leave a sentence of each side unpaired. */
function gapsMeet(left: readonly Bead[], right: readonly Bead[]): boolean {
  const last = left[left.length - 1];
  const first = right[0];
  if (!last || !first) return false;
  return (last.tgt.length === 0 && first.src.length === 0) || (last.src.length === 0 && first.tgt.length === 0);
}

/**
 * Paragraph groups for the sentence stage. Where the paragraph stage found no 1-1
 * correspondence — a run of paragraph beads none of which is 1-1, holding paragraphs of
 * both sides (1-0 next to 0-1, 1-0 next to 1-2, …) — the run is one group, so the
 * sentence stage decides over the whole uncertain stretch: most often one paragraph the
 * translator reworked (sentences dropped or added) beyond what paragraph lengths
 * recognise. Sentences that correspond to nothing still come out as 1-0 / 0-1 beads. A
 * paragraph unmatched between two 1-1 beads (a paragraph added or dropped) stays alone.
 * O(paragraph beads).
 */
export function groupUncertain(path: readonly PathBead[]): PathBead[] {
  const out: PathBead[] = [];
  let k = 0;
  while (k < path.length) {
    const bead = path[k]!;
    if (bead.a === 1 && bead.b === 1) {
      out.push(bead);
      k++;
      continue;
    }
    let end = k;
    let a = 0;
    let b = 0;
    let cost = 0;
    while (end < path.length && !(path[end]!.a === 1 && path[end]!.b === 1)) {
      a += path[end]!.a;
      b += path[end]!.b;
      cost += path[end]!.cost;
      end++;
    }
    if (a > 0 && b > 0) out.push({ i: bead.i, j: bead.j, a, b, cost });
    else out.push(...path.slice(k, end));
    k = end;
  }
  return out;
}

/** Prior cost by shape, indexed a·4 + b. */
function shapeTable(shapes: readonly (Shape & { prior: number })[]): Float64Array {
  const table = new Float64Array(16).fill(Infinity);
  for (const s of shapes) table[s.src * 4 + s.tgt] = s.prior;
  return table;
}

/**
 * Bead costs are asked for three times (Viterbi, forward, backward); a small group's
 * costs are kept in a table. Large groups (no paragraph structure) are not cached, so
 * memory stays O(n·band).
 */
function memoise(cost: BeadCost, n: number, m: number): BeadCost {
  const cells = (n + 1) * (m + 1) * 16;
  if (cells > 1 << 20) return cost;
  const table = new Float64Array(cells).fill(NaN);
  return (i, j, a, b) => {
    const key = ((i * (m + 1) + j) << 4) | (a * 4 + b);
    let c = table[key]!;
    if (Number.isNaN(c)) {
      c = cost(i, j, a, b);
      table[key] = c;
    }
    return c;
  };
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

/** For each paragraph p, the index of its first segment; entry [paragraphs] is the segment count. */
function firstSegments(side: AlignSide): Int32Array {
  const first = new Int32Array(side.paragraphs.length + 1);
  let p = 0;
  side.segments.forEach((s, k) => {
    if (s.paragraph < p - 1 || s.paragraph >= side.paragraphs.length) throw new Error(`segment ${k} names paragraph ${s.paragraph}, out of order or missing`);
    while (p <= s.paragraph) first[p++] = k;
  });
  while (p <= side.paragraphs.length) first[p++] = side.segments.length;
  return first;
}

/** Length a reader sees: inline HTML such as <sup> around footnote markers does not count. */
export function visibleLength(text: string): number {
  return text.includes('<') ? text.replace(/<\/?[a-z][^>]*>/gi, '').length : text.length;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function prefixSums(values: Int32Array): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) out[k + 1] = out[k]! + values[k]!;
  return out;
}
