/** What the checks find, as the API sends it. Plain types, no imports (the editor shares them). */
export type Severity = 'error' | 'warning' | 'info';
export type Side = 'src' | 'tgt';

/**
 * One finding. The editor underlines [start, end) of the side's text, shows the message
 * of `messageKey` (i18n) with `params`, and offers `fix` when it is safe to apply.
 */
export interface Flag {
  check: string;
  side: Side;
  start: number;
  end: number;
  severity: Severity;
  messageKey: string;
  params?: Record<string, string | number>;
  /** Replacement text for [start, end). */
  fix?: string;
  /** Set when an editor accepted this flag (it is then shown muted and counted apart). */
  accepted?: FlagAcceptance;
}

/** Who accepted a flag, when, why, and how widely: this place, the document, every document. */
export interface FlagAcceptance {
  id: number;
  scope: 'pair' | 'document' | 'workspace';
  author: string | null;
  reason: string;
  at: string;
}

export interface Place {
  pairId: number;
  side: Side;
  start: number;
  end: number;
  found: string;
}

/** A finding about a whole document (one concept spelled two ways …), with every place. */
export interface DocumentFlag {
  check: string;
  severity: Severity;
  messageKey: string;
  params?: Record<string, string | number>;
  places: Place[];
  /** What accepting the finding names it by (POST /api/documents/:id/accept). */
  key?: string;
  /** Set when an editor accepted the finding as it stands. */
  accepted?: FlagAcceptance;
}
