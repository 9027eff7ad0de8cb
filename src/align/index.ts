export { alignSides, groupUncertain, SENTENCE_SHAPES, PARAGRAPH_SHAPES, kindCost, DEFAULT_REVIEW_THRESHOLD, DEFAULT_MODEL, type AlignContext, type AlignModel } from './align.js';
export { alignBanded, beadPosteriors, type Shape, type BeadCost, type DpResult, type PathBead } from './dp.js';
export { lengthCost, normalTail, EN_TR_LENGTH, EN_TR_LENGTH_ROBUST, type LengthModel } from './length.js';
export { extractAnchors, AnchorIndex, matchedWeight, DEFAULT_ANCHOR_WEIGHTS, type Anchor, type AnchorKind } from './anchors.js';
export { lexiconFromPairs, parseLexicon, defaultLexicon, readLexiconFile, mergeLexicons, fillGaps, englishLemmas, turkishStem, lexicalKey, EN_STOP, LexicalIndex, EMPTY_LEXICON, type Lexicon } from './lexicon.js';
export type { AlignSide, AlignSegment, AlignParagraph, Bead, AlignOptions, AlignMethod } from './types.js';
export { sentenceParts, joinParts, partition } from './edits.js';
export { learnLexicon, g2, type LearnOptions } from './learn.js';
export { splitBead, clauseBoundaries, type SubUnit } from './subunits.js';
