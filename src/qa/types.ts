import type { Lang } from '../text/case.js';
import type { TermMatcher } from '../glossary/index.js';

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

export interface PairText {
  source: string;
  target: string;
}

export interface CheckContext {
  srcLang: Lang;
  tgtLang: Lang;
  matcher?: TermMatcher;
}

/** A check of one pair: `(pair, context) => Flag[]`. */
export interface PairCheck {
  id: string;
  run(pair: PairText, context: CheckContext): Flag[];
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

export interface DocumentCheck {
  id: string;
  run(pairs: readonly (PairText & { id: number })[], context: CheckContext): DocumentFlag[];
}

export const sideLang = (side: Side, context: CheckContext): Lang => (side === 'src' ? context.srcLang : context.tgtLang);
export const sideText = (side: Side, pair: PairText): string => (side === 'src' ? pair.source : pair.target);
