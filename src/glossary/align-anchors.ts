import type { Anchor } from '../align/index.js';
import type { Lang } from '../text/index.js';
import type { TermMatcher } from './matcher.js';

/**
 * Glossary terms as alignment anchors: every term the matcher finds (any spelling the
 * entry lists, forbidden variants included, inflected) becomes an anchor keyed by its
 * entry, so "Zangezur corridor" and "Zengezur koridoruna" are one shared anchor.
 * O(text length) per segment, as the matcher.
 */
export function glossaryAnchors(matcher: TermMatcher): (text: string, lang: Lang) => Anchor[] {
  return (text, lang) => matcher.find(text, lang).map((o) => ({ kind: 'term' as const, key: o.entryId }));
}
