import type { PairStatus } from '../../db/index.js';
import type { Lang } from '../../text/case.js';

/** What an XLIFF export carries per pair. */
export interface ExportUnit {
  pairId: number;
  ordinal: number;
  version: number;
  source: string;
  target: string;
  status: PairStatus;
  /** QA flags and glossary hits, as notes. */
  notes: { text: string; appliesTo: 'source' | 'target' | 'general'; category: string }[];
  /** TM matches, as alt-trans (1.2) or mtc:match (2.0). */
  matches: { score: number; source: string; target: string; origin: string }[];
  /** People's comments on the pair, as notes (1.2: from = the author; 2.0: category "comment"). */
  comments?: { author: string | null; text: string }[];
}

export interface ExportDocument {
  documentId: number;
  title: string;
  srcLang: Lang;
  tgtLang: Lang;
  /** Region subtags to add to the language codes (en-US, tr-TR), if any. */
  srcRegion?: string;
  tgtRegion?: string;
  original: string;
  units: ExportUnit[];
}

export type XliffVersion = '1.2' | '2.0';
export type XliffProfile = 'standard' | 'omegat3';

/** A unit as read back from a CAT tool's XLIFF. */
export interface ImportedUnit {
  id: string;
  /** The pair version recorded at export (1.2 extradata, 2.0 name), if the tool kept it. */
  exportedVersion: number | null;
  source: string;
  target: string | null;
  /** The state written by the tool, mapped to a pair status, or null when absent. */
  status: PairStatus | null;
  line: number;
  /** Notes that are people's comments (not Hizala's own QA and glossary notes). */
  comments: { author: string | null; text: string }[];
}

export interface ImportedFile {
  version: XliffVersion;
  srcLang: string;
  tgtLang: string;
  /** The Hizala document the file was exported from, when recorded. */
  documentId: number | null;
  units: ImportedUnit[];
}

/** Status ↔ state maps (docs/formats.md). */
export const STATE_12: Record<PairStatus, string> = { draft: 'needs-translation', translated: 'translated', reviewed: 'signed-off', final: 'final' };
export const STATE_20: Record<PairStatus, string> = { draft: 'initial', translated: 'translated', reviewed: 'reviewed', final: 'final' };

export function statusFrom12(state: string | undefined, approved: string | undefined): PairStatus | null {
  if (approved === 'yes' && (state === undefined || state === 'final' || state === 'signed-off' || state === 'translated')) return state === 'signed-off' ? 'reviewed' : 'final';
  switch (state) {
    case undefined:
      return null;
    case 'final':
      return 'final';
    case 'signed-off':
      return 'reviewed';
    case 'translated':
    case 'needs-review-translation':
    case 'needs-review-adaptation':
    case 'needs-review-l10n':
      return 'translated';
    default:
      return 'draft';
  }
}

export function statusFrom20(state: string | undefined): PairStatus | null {
  switch (state) {
    case 'final':
      return 'final';
    case 'reviewed':
      return 'reviewed';
    case 'translated':
      return 'translated';
    case 'initial':
      return 'draft';
    default:
      return null;
  }
}
