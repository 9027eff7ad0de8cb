import type { DocumentFlag, Flag, FlagAcceptance } from '../model/flag.js';
import type { DocumentReport } from './registry.js';

/**
 * Marking the flags an editor accepted. An acceptance names the check, the side and the
 * flagged text (its parameters when it has no range), not offsets, so it holds when other
 * text of the pair changes and falls away when the flagged text itself does. Pure;
 * O(flags + acceptances).
 */
export interface AcceptanceRule extends FlagAcceptance {
  pairId: number | null;
  check: string;
  side: 'src' | 'tgt' | null;
  found: string;
}

/** What an acceptance is keyed by: the flagged text, or the flag's parameters when it covers no text. */
export function flagKey(flag: Flag, text: string): string {
  const found = text.slice(flag.start, flag.end);
  return found || JSON.stringify(flag.params ?? {});
}

export function markAccepted(flags: readonly Flag[], pair: { id: number; source: string; target: string }, rules: readonly AcceptanceRule[]): Flag[] {
  if (!rules.length) return [...flags];
  return flags.map((f) => {
    const key = flagKey(f, f.side === 'src' ? pair.source : pair.target);
    const rule = rules.find((r) => r.check === f.check && r.found === key && (r.side === null || r.side === f.side) && (r.pairId === null || r.pairId === pair.id));
    if (!rule) return f;
    const { id, scope, author, reason, at } = rule;
    return { ...f, accepted: { id, scope, author, reason, at } };
  });
}

/**
 * What a document-level finding's acceptance is keyed by: its parameters (the spellings
 * found, the preferred one …), so it holds while the finding is the same and falls away
 * when it changes (a new spelling turns up).
 */
export function documentFlagKey(flag: Pick<DocumentFlag, 'params'>): string {
  const params = flag.params ?? {};
  return JSON.stringify(Object.fromEntries(Object.keys(params).sort().map((k) => [k, params[k]])));
}

/** The side a document-level finding is about, if it names one. */
export function documentFlagSide(flag: Pick<DocumentFlag, 'params'>): 'src' | 'tgt' | null {
  const side = flag.params?.side;
  return side === 'src' || side === 'tgt' ? side : null;
}

/** A document's report with its accepted flags marked, the pairs' and the document's own. */
export function markReport(report: DocumentReport, pairs: ReadonlyMap<number, { id: number; source: string; target: string }>, rules: readonly AcceptanceRule[]): DocumentReport {
  const documentRules = rules.filter((r) => r.pairId === null);
  return {
    ...report,
    pairs: rules.length ? report.pairs.map((p) => ({ id: p.id, flags: markAccepted(p.flags, pairs.get(p.id)!, rules) })) : report.pairs,
    // each document-level finding with the key an acceptance names it by
    document: report.document.map((d) => {
      const key = documentFlagKey(d);
      const side = documentFlagSide(d);
      const rule = documentRules.find((r) => r.check === d.check && r.found === key && (r.side === null || r.side === side));
      if (!rule) return { ...d, key };
      const { id, scope, author, reason, at } = rule;
      return { ...d, key, accepted: { id, scope, author, reason, at } };
    }),
  };
}

/** Flags still open: not accepted. */
export const openFlags = (flags: readonly Flag[]): Flag[] => flags.filter((f) => !f.accepted);
