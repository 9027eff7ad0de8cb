/**
 * A pair as stored and as the API sends it. Plain types and one constant, no imports:
 * the editor (web/) takes them from here, so server and editor cannot drift apart.
 */
export type PairStatus = 'draft' | 'translated' | 'reviewed' | 'final';
export const PAIR_STATUSES: readonly PairStatus[] = ['draft', 'translated', 'reviewed', 'final'];
/** How far a status is along the way (draft 0 … final 3). */
export const STATUS_RANK: Readonly<Record<PairStatus, number>> = { draft: 0, translated: 1, reviewed: 2, final: 3 };

export interface Pair {
  id: number;
  documentId: number;
  ordinal: number;
  srcSegments: number[];
  tgtSegments: number[];
  source: string;
  target: string;
  status: PairStatus;
  /** Alignment confidence in [0, 1]; null once a person has set the alignment. */
  score: number | null;
  version: number;
  updatedAt: string;
  /** Bold, italic and links of the target as a CAT tool returned them; null: as the document was read. */
  targetMarks: FormatMark[] | null;
}

/** A formatting range of a pair's text: bold, italic or a link (src/text/formatting.ts). */
export interface FormatMark {
  type: 'bold' | 'italic' | 'link';
  start: number;
  end: number;
  href?: string;
}

/** One version of a pair: what both sides and the status were, who made it and why. */
export interface Revision {
  version: number;
  source: string;
  target: string;
  status: PairStatus;
  author: string | null;
  origin: string | null;
  at: string;
}
