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
}
