import { InputError } from '../../errors.js';
import { LANGUAGE_NAMES, type Lang } from '../../text/case.js';
import { isDiscouraged, preferredTerm, type Entry, type Glossary } from '../../glossary/model.js';

/**
 * OmegaT's own glossary format: a UTF-8 text file, one line per concept, "source term
 * TAB target term TAB comment". OmegaT shows the comment beside the term; forbidden and
 * deprecated spellings are named there, per language, and never listed as translations.
 */

export function writeOmegatGlossary(glossary: Glossary, srcLang: Lang = 'en', tgtLang: Lang = 'tr'): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();
  const lines: string[] = [];
  for (const e of glossary.entries) {
    const src = preferredTerm(e, srcLang);
    const tgt = preferredTerm(e, tgtLang);
    if (!src || !tgt) continue;
    const avoid = ([srcLang, tgtLang] as const)
      .map((lang) => [lang, e.terms.filter((t) => t.lang === lang && isDiscouraged(t)).map((t) => t.text)] as const)
      .filter(([, list]) => list.length)
      .map(([lang, list]) => `Do not use in ${LANGUAGE_NAMES[lang]}: ${list.join(', ')}`);
    const comment = [e.note, ...avoid].filter(Boolean).join('; ');
    lines.push([clean(src.text), clean(tgt.text), clean(comment)].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** An OmegaT glossary (tab-separated) read as concepts: both terms preferred, the comment a note. O(length). */
export function readOmegatGlossary(text: string, file: string, srcLang: Lang = 'en', tgtLang: Lang = 'tr'): Glossary {
  const entries: Entry[] = [];
  const ids = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = raw.replace(/^\uFEFF/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const [src, tgt, comment] = line.split('\t').map((c) => c.trim());
    if (!src || !tgt) throw new InputError('a line needs a source term, a tab and a target term', { file, line: k + 1 });
    // an id from the source term (letters, digits, _ . -), made unique
    const base = src.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60) || 'term';
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    entries.push({
      id: n === 1 ? base : `${base}-${n}`,
      ...(comment ? { note: comment } : {}),
      terms: [
        { lang: srcLang, text: src, status: 'preferred' },
        { lang: tgtLang, text: tgt, status: 'preferred' },
      ],
    });
  });
  return { entries };
}
