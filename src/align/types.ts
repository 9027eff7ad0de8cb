import type { ParagraphKind } from '../model/index.js';
import type { Lang } from '../text/case.js';

export interface AlignParagraph {
  kind: ParagraphKind;
  footnote?: number;
}

export interface AlignSegment {
  text: string;
  /** Index into the side's paragraphs. */
  paragraph: number;
}

/** One side of a document as the aligner sees it. */
export interface AlignSide {
  lang: Lang;
  paragraphs: readonly AlignParagraph[];
  segments: readonly AlignSegment[];
}

/** Aligned segments: indices into the source and target segment lists. */
export interface Bead {
  src: number[];
  tgt: number[];
  /** Confidence in [0, 1]: the posterior probability of this bead. */
  score: number;
  needsReview: boolean;
}

/** full: length + anchors + lexicon; anchors: length + anchors; length: plain Gale–Church. */
export type AlignMethod = 'full' | 'anchors' | 'length';

export interface AlignOptions {
  /** 'length' is plain Gale–Church (length + shape prior), for comparison. */
  method?: AlignMethod;
  /** Beads scoring below this are marked needsReview. */
  reviewThreshold?: number;
  /** Starting half-width of the DP band. */
  band?: number;
}
