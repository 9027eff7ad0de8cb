/**
 * The shapes the HTTP API sends and receives, for the routes (which check their answers
 * against them with `satisfies`) and the editor (web/src/api.ts). Plain types: nothing
 * here may import a module that needs Node.
 */
import type { Pair, PairStatus, Revision } from './pair.js';
import type { DocumentFlag, Flag } from './flag.js';
import type { Comment } from './comment.js';

export type { Pair, PairStatus, Revision, Flag, DocumentFlag, Comment };
export type { Severity, Side, Place, FlagAcceptance } from './flag.js';

/** A pair in the API's answers: the stored pair and what the editor shows with it. */
export interface PairView extends Pair {
  /** An uncertain alignment, or a sentence left without a counterpart. */
  needsReview: boolean;
  /** How many comments the pair has (in a document's pair list). */
  comments?: number;
  /** The paragraph of the pair's first source sentence (in a document's pair list). */
  paragraph?: number | null;
}

export interface PairPage {
  title: string;
  /** Pairs in the document (the page may hold fewer). */
  total: number;
  pairs: PairView[];
}

export interface DocumentSummary {
  id: number;
  title: string;
  srcLang: 'en' | 'tr';
  tgtLang: 'en' | 'tr';
  srcFile: string | null;
  tgtFile: string | null;
  createdAt: string;
  srcSegments: number;
  tgtSegments: number;
  pairs: number;
  /** Pairs per status. */
  statuses: Record<PairStatus, number>;
  /** Source words per status (words: runs between spaces). */
  words: Record<PairStatus, number>;
}

export type Band = 'context' | 'exact' | '95-99' | '85-94' | '75-84' | '50-74' | 'no-match' | 'repetition';

export interface LeverageReport {
  bands: Record<Band, { segments: number; words: number }>;
  total: { segments: number; words: number };
}

export interface PairFlags {
  pairs: { id: number; flags: Flag[] }[];
  document: DocumentFlag[];
}

export interface TmMatchView {
  score: number;
  /** 101 for a context match. */
  rank: number;
  context: boolean;
  /** `partOf`: the unit is one sentence of a longer pair (a 2-1 bead cut at a clause), that pair's id. */
  unit: { id: number; source: string; target: string; origin: string | null; changedAt: string; partOf: number | null };
}

export interface ConcordanceHit {
  id: number;
  source: string;
  target: string;
  origin: string | null;
  changedAt: string;
  /** Character ranges of the hits in source and target. */
  sourceRanges: [number, number][];
  targetRanges: [number, number][];
}

export type FindSide = 'source' | 'target' | 'both';

export interface FindRequest {
  find: string;
  replace?: string;
  side: FindSide;
  matchCase: boolean;
  wholeWord: boolean;
  regex: boolean;
}

export interface ReplacePlan {
  pairId: number;
  version: number;
  side: 'source' | 'target';
  before: string;
  /** Null for a preview of a search without replacement. */
  after: string | null;
  found: { start: number; end: number }[];
}

export interface FindPreview {
  occurrences: number;
  pairs: number;
  /** Pairs the replacement would leave with an empty side. */
  emptied: number[];
  matches: ReplacePlan[];
  truncated: boolean;
}

export interface BatchResult {
  batch: string;
  /** Pairs written, as they are now. */
  pairs: Pair[];
  /** Pairs left alone, and why (changed since the preview, or since the batch). */
  skipped: { pairId: number; reason: string }[];
}

export interface XliffImportReport {
  updated: number;
  unchanged: number;
  conflicts: { pairId: number; ours: string; theirs: string; resolved: string | null }[];
  /** Units whose pair was merged, split or realigned since the export: their text, left alone. */
  orphans: XliffOrphan[];
  /** A strict import that could not apply every unit: nothing was written. */
  rolledBack?: boolean;
}

/** A returned unit whose translation was kept aside: its pair was merged away or split, realigned, has another source, or is reviewed (and the sender may not change it). */
export interface XliffOrphan {
  unit: string;
  line: number;
  source: string;
  target: string;
  why: 'no-pair' | 'realigned' | 'source-differs' | 'reviewed';
}

/** Every error answer: a code the editor puts into its language, and the server's own words. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    /** For bad input the editor can name in its language: what is wrong, and where. */
    reason?: string;
    params?: Record<string, string | number>;
    file?: string;
    line?: number;
    column?: number;
  };
}

/** A word of a segment that neither the dictionaries nor the workspace know (GET /api/documents/:id/spelling). */
export interface Misspelling {
  start: number;
  end: number;
  word: string;
}

export interface SpellingReport {
  pairs: { id: number; src: Misspelling[]; tgt: Misspelling[] }[];
}
