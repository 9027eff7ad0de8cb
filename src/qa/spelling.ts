import { lower, type Lang } from '../text/case.js';
import type { Misspelling } from '../model/api.js';
import type { SpellCheck } from './types.js';

export type { Misspelling };

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const CIRCUMFLEX: Record<string, string> = { â: 'a', î: 'i', û: 'u', Â: 'A', Î: 'İ', Û: 'U' };

/**
 * Spelling, for the editor: the words of a segment that neither the language's Hunspell
 * dictionary nor the workspace knows. Marked apart from the QA flags (a word the
 * dictionary lacks is often a right name), never counted as findings.
 * Known besides the dictionary: the workspace's word list and the glossary's words
 * (`known`), and any word that stands the same on the other side of the pair (a name
 * kept as it is). Not checked: acronyms, abbreviations, the suffixes after a Turkish
 * apostrophe ("Bakü'den": the name is checked, "den" is not). O(words).
 */
export function misspellings(text: string, lang: Lang, spell: SpellCheck, known: (foldedWord: string) => boolean, otherSide = ''): Misspelling[] {
  const out: Misspelling[] = [];
  let otherWords: Set<string> | null = null;
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const apostrophe = word.search(/['’]/u);
    if (apostrophe > 0) {
      // Turkish writes a name's suffixes after an apostrophe; English possessives likewise
      if (lang === 'tr' || /^['’]s$/u.test(word.slice(apostrophe))) word = word.slice(0, apostrophe);
    }
    if (word.length < 2 || (word === word.toUpperCase() && word.length <= 5)) continue; // acronyms
    // a suffix after a number or a sign ("2026'dan"); an abbreviation, whose full stop the
    // sentence runs on after ("örn. bir", "approx. 40")
    if (/['’]/u.test(text[m.index - 1] ?? '')) continue;
    if (word.length <= 5 && /^\.\s+[\p{Ll}\d]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    if (isKnown(word, lang, spell, known)) continue;
    otherWords ??= new Set([...otherSide.matchAll(WORD)].map((w) => lower(w[0].replace(/['’].*$/u, ''), lang)));
    if (otherWords.has(lower(word, lang))) continue;
    out.push({ start: m.index, end: m.index + word.length, word });
  }
  return out;
}

function isKnown(word: string, lang: Lang, spell: SpellCheck, known: (foldedWord: string) => boolean): boolean {
  const folded = lower(word, lang);
  if (known(folded)) return true;
  if (spell(word)) return true;
  // a heading in capitals, a sentence's first word: the dictionary knows the lower-case form
  if (word !== folded && spell(folded)) return true;
  // the dictionary writes "hal", the text "hâl" (the circumflex marks a long vowel only)
  const plain = word.replace(/[âîûÂÎÛ]/gu, (c) => CIRCUMFLEX[c]!);
  return plain !== word && (spell(plain) || spell(lower(plain, lang)));
}
