import { issuesFromOccurrences, ownLanguageOnly, type Occurrence, type TermIssue, type TermMatcher } from '../../glossary/index.js';
import { upper } from '../../text/case.js';
import type { CheckContext, Flag, PairCheck, PairText, Side } from '../types.js';

interface Cached {
  matcher: TermMatcher;
  source: string;
  target: string;
  occurrences: Record<Side, Occurrence[]>;
  issues?: (TermIssue & { pairSide: Side })[];
}

/**
 * Several checks look at the same pair's terms: the occurrences are found once per pair
 * object and text, and kept on the object under a symbol of this module. A WeakMap did
 * the same at a third of the checks' cost over 100,000 pairs (its table of weak keys is
 * rebuilt as it grows and traced by every collection). The entry is used only while the
 * text and the glossary are the ones it was made for.
 */
const CACHED = Symbol('pair terms');
type WithCache = PairText & { [CACHED]?: Cached };

export function pairOccurrences(pair: PairText, context: CheckContext): Record<Side, Occurrence[]> {
  return cached(pair, context).occurrences;
}

function cached(pair: PairText, context: CheckContext): Cached {
  const matcher = context.matcher!;
  let entry = (pair as WithCache)[CACHED];
  if (!entry || entry.matcher !== matcher || entry.source !== pair.source || entry.target !== pair.target) {
    entry = {
      matcher,
      source: pair.source,
      target: pair.target,
      occurrences: {
        src: ownLanguageOnly(matcher.find(pair.source, context.srcLang), pair.source, pair.target, context.srcLang),
        tgt: ownLanguageOnly(matcher.find(pair.target, context.tgtLang), pair.target, pair.source, context.tgtLang),
      },
    };
    // not enumerable: a copy, a comparison or a serialisation of the pair does not see it
    Object.defineProperty(pair, CACHED, { value: entry, writable: true, configurable: true, enumerable: false });
  }
  return entry;
}

/** Term issues of a pair, with en/tr mapped to the pair's source/target sides. */
export function pairTermIssues(pair: PairText, context: CheckContext): (TermIssue & { pairSide: Side })[] {
  if (!context.matcher) return [];
  const entry = cached(pair, context);
  if (!entry.issues) {
    const enSide: Side = context.srcLang === 'en' ? 'src' : 'tgt';
    const trSide: Side = enSide === 'src' ? 'tgt' : 'src';
    entry.issues = issuesFromOccurrences(context.matcher, entry.occurrences[enSide], entry.occurrences[trSide]).map((i) => ({
      ...i,
      pairSide: (i.side === context.srcLang ? 'src' : 'tgt') as Side,
    }));
  }
  return entry.issues;
}

/** The preferred term written the way the found one was (all capitals stay capitals), with the suffix kept. */
export function preferredWithSuffix(issue: TermIssue): string | undefined {
  if (!issue.preferred) return undefined;
  const term = issue.found.slice(0, issue.found.length - issue.suffix.length);
  const allCaps = term === upper(term, issue.side) && term !== term.toLowerCase();
  return (allCaps ? upper(issue.preferred, issue.side) : issue.preferred) + issue.suffix;
}

export const forbiddenVariant: PairCheck = {
  id: 'forbidden-variant',
  run(pair, context): Flag[] {
    return pairTermIssues(pair, context)
      .filter((i) => i.problem === 'forbidden-variant')
      .map((i) => {
        const fix = preferredWithSuffix(i);
        return {
          check: 'forbidden-variant',
          side: i.pairSide,
          start: i.start,
          end: i.end,
          severity: 'error',
          messageKey: 'qa.forbiddenVariant',
          params: { found: i.found, preferred: i.preferred ?? '', term: i.entryId },
          ...(fix ? { fix } : {}),
        };
      });
  },
};

export const missingTargetTerm: PairCheck = {
  id: 'missing-target-term',
  run(pair, context): Flag[] {
    return pairTermIssues(pair, context)
      .filter((i) => i.problem === 'missing-target-term')
      .map((i) => {
        const entry = context.matcher?.entries.get(i.entryId);
        const otherLang = i.side === 'en' ? 'tr' : 'en';
        const expected = entry?.terms.find((t) => t.lang === otherLang && t.status === 'preferred')?.text ?? '';
        return {
          check: 'missing-target-term',
          side: i.pairSide,
          start: i.start,
          end: i.end,
          severity: 'warning',
          messageKey: 'qa.missingTargetTerm',
          params: { found: i.found, expected, term: i.entryId },
        };
      });
  },
};
