/**
 * Segmentation rules of one language, as data. The engine in ../segmenter.ts reads
 * these; adding an abbreviation never needs a code change.
 *
 * Abbreviations are written lower-case without their final full stop ("e.g", "prof").
 */
export interface SegmentationRules {
  /** Never end a sentence: titles before names, "e.g.", "örn." … */
  neverFinal: readonly string[];
  /**
   * Abbreviations that end a sentence only when a sentence starter follows: dotted
   * acronyms and degrees ("the U.S. Army" but "… the U.S. The EU …").
   */
  finalBeforeStarter?: readonly string[];
  /** Do not end a sentence when a number follows: "No. 12", "pp. 33", "md. 9". */
  beforeNumber: readonly string[];
  /**
   * Numbers of at most this many digits followed by "." and a word are ordinals, not
   * sentence ends ("19. yüzyıl", "2. Karabağ Savaşı"); 0 for languages without them.
   */
  ordinalMaxDigits: number;
  /**
   * Words that label a caption: "Figure 3. The Caspian ports" opening a paragraph is one
   * caption, not a sentence "Figure 3." and another. Lower case.
   */
  captionLabels?: readonly string[];
  /**
   * Closed-class words (pronouns, demonstratives, conjunctions, sentence adverbs) that
   * start sentences but never continue a name: after an ordinal ("12.") or an
   * abbreviation of `finalBeforeStarter` one of them means the sentence ended. Lower case.
   */
  sentenceStarters?: readonly string[];
}
