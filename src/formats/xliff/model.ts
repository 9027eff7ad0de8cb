import type { PairStatus } from '../../db/index.js';
import type { Lang } from '../../text/case.js';
import type { Formatting } from '../../text/formatting.js';
import type { UnitText } from '../unit.js';

/** What an XLIFF export carries per pair: the unit's text and what the pair keeps beside it. */
export interface ExportUnit extends UnitText {
  pairId: number;
  ordinal: number;
  version: number;
  status: PairStatus;
  /** QA flags and glossary hits, as notes. */
  notes: { text: string; appliesTo: 'source' | 'target' | 'general'; category: string }[];
  /** TM matches, as alt-trans (1.2) or mtc:match (2.0). */
  matches: { score: number; source: string; target: string; origin: string }[];
  /** People's comments on the pair, as notes (1.2: from = the author; 2.0: category "comment"). */
  comments?: { author: string | null; text: string }[];
  /** Bold, italic and links of each side, as paired codes. */
  sourceMarks?: Formatting[];
  targetMarks?: Formatting[];
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
  /** Read once, in order: an export makes each unit as it is written, so none outlives its write. */
  units: Iterable<ExportUnit>;
}

export type XliffVersion = '1.2' | '2.0';
export type XliffProfile = 'standard' | 'omegat3';

/** A unit as read back from a CAT tool's XLIFF (a target may be missing: untranslated). */
export interface ImportedUnit extends Pick<UnitText, 'source'> {
  id: string;
  /** The pair version recorded at export (1.2 extradata, 2.0 name), if the tool kept it. */
  exportedVersion: number | null;
  target: string | null;
  /** The state written by the tool, mapped to a pair status, or null when absent. */
  status: PairStatus | null;
  line: number;
  /** Notes that are people's comments (not Hizala's own QA and glossary notes). */
  comments: { author: string | null; text: string }[];
  /** Bold, italic and links the target's codes stand for, when it had any. */
  targetMarks?: Formatting[];
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

/**
 * XLIFF 1.2: the state says how far the unit is; approved="yes" only says a person
 * confirmed it (translate-toolkit sets it on every translated unit, pocount counts the
 * others as fuzzy), so without a state it means translated, never final or reviewed.
 */
export function statusFrom12(state: string | undefined, approved: string | undefined): PairStatus | null {
  switch (state) {
    case 'final':
      return 'final';
    case 'signed-off':
      return 'reviewed';
    case 'translated':
    case 'needs-review-translation':
    case 'needs-review-adaptation':
    case 'needs-review-l10n':
      return 'translated';
    case 'new':
    case 'needs-translation':
    case 'needs-adaptation':
    case 'needs-l10n':
      return approved === 'yes' ? 'translated' : 'draft';
    default:
      return approved === 'yes' ? 'translated' : null;
  }
}

/** memoQ's own statuses (mq:status on a trans-unit). */
const MEMOQ_STATUS: Readonly<Record<string, PairStatus>> = {
  NotStarted: 'draft', Edited: 'draft', PartiallyEdited: 'draft', Rejected: 'draft',
  ManuallyConfirmed: 'translated', Confirmed: 'translated',
  Reviewer1Confirmed: 'reviewed', Proofread: 'reviewed',
  Reviewer2Confirmed: 'final',
};

/** Trados Studio's confirmation levels (sdl:seg conf in an SDLXLIFF). */
const TRADOS_STATUS: Readonly<Record<string, PairStatus>> = {
  Draft: 'draft', RejectedTranslation: 'draft', RejectedSignOff: 'draft',
  Translated: 'translated',
  ApprovedTranslation: 'reviewed',
  ApprovedSignOff: 'final',
};

export const statusFromMemoQ = (status: string | undefined): PairStatus | null => (status && Object.hasOwn(MEMOQ_STATUS, status) ? MEMOQ_STATUS[status]! : null);
export const statusFromTrados = (conf: string | undefined): PairStatus | null => (conf && Object.hasOwn(TRADOS_STATUS, conf) ? TRADOS_STATUS[conf]! : null);

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
