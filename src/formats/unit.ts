import type { Lang } from '../text/case.js';

/**
 * One text and its translation, the unit every exchange format stores (translate-toolkit's
 * storage idea): a TMX <tu>'s pair of variants, an XLIFF unit, a TM row, a document's pair.
 * The format readers give these parts and the writers take them; the TM and the documents
 * add what they keep beside (ids, versions, statuses).
 */
export interface UnitText {
  source: string;
  target: string;
}

/** The languages of a unit's two sides. */
export interface UnitLanguages {
  srcLang: Lang;
  tgtLang: Lang;
}

/** Each side as the format wrote it with its inline codes (TMX <ph>/<bpt>/<ept>), when it had any. */
export interface UnitCodes {
  sourceXml: string | null;
  targetXml: string | null;
}

/** Where a unit came from and who wrote it. */
export interface UnitProvenance {
  /** The file, tool or pair it came from. */
  origin: string | null;
  author: string | null;
}

/** A bilingual unit with its languages, codes and provenance: what TMX carries and the TM stores. */
export type BilingualUnit = UnitText & UnitLanguages & UnitCodes & UnitProvenance;
