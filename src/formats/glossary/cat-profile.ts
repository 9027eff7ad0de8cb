import type { Glossary } from '../../glossary/model.js';
import { isDiscouraged } from '../../glossary/model.js';
import { LANGUAGE_NAMES } from '../../text/case.js';

/**
 * The glossary as a CAT tool should get it: OmegaT (and others) list deprecated terms
 * as ordinary translations, so forbidden and deprecated spellings are left out and named
 * only in a note on the concept's preferred term.
 */
export function catToolGlossary(glossary: Glossary): Glossary {
  return {
    entries: glossary.entries.map((e) => ({
      ...e,
      terms: e.terms
        .filter((t) => !isDiscouraged(t))
        .map((t) => {
          const avoid = e.terms.filter((o) => o.lang === t.lang && isDiscouraged(o)).map((o) => o.text);
          // the language named: OmegaT shows both languages' notes as one line
          return avoid.length && t.status === 'preferred' ? { ...t, note: [t.note, `Do not use in ${LANGUAGE_NAMES[t.lang]}: ${avoid.join(', ')}`].filter(Boolean).join('; ') } : t;
        }),
    })),
  };
}
