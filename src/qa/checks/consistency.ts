import type { DocumentCheck, DocumentFlag, Place, Side } from '../types.js';
import { pairOccurrences } from './terms.js';

/**
 * One concept spelled two ways on the same side of one document (the seed's English has
 * both Zangezur and Zengezur): reported once per concept and side, with every place.
 */
export const inconsistentSpelling: DocumentCheck = {
  id: 'inconsistent-spelling',
  run(pairs, context): DocumentFlag[] {
    const matcher = context.matcher;
    if (!matcher) return [];
    const byConcept = new Map<string, { spellings: Map<string, Place[]> }>();
    for (const pair of pairs) {
      for (const side of ['src', 'tgt'] as Side[]) {
        for (const o of pairOccurrences(pair, context)[side]) {
          const key = `${side}|${o.entryId}`;
          const concept = byConcept.get(key) ?? { spellings: new Map() };
          const spelling = o.term.text;
          const places = concept.spellings.get(spelling) ?? [];
          places.push({ pairId: pair.id, side, start: o.start, end: o.end, found: o.found });
          concept.spellings.set(spelling, places);
          byConcept.set(key, concept);
        }
      }
    }
    const flags: DocumentFlag[] = [];
    for (const [key, { spellings }] of byConcept) {
      if (spellings.size < 2) continue;
      const [side, entryId] = key.split('|') as [Side, string];
      const lang = side === 'src' ? context.srcLang : context.tgtLang;
      const preferred = matcher.entries.get(entryId)?.terms.find((t) => t.lang === lang && t.status === 'preferred')?.text ?? '';
      flags.push({
        check: 'inconsistent-spelling',
        severity: 'warning',
        messageKey: 'qa.inconsistentSpelling',
        params: { term: entryId, spellings: [...spellings.keys()].join(', '), preferred, side },
        places: [...spellings.values()].flat().sort((a, b) => a.pairId - b.pairId || a.start - b.start),
      });
    }
    return flags;
  },
};
