import { defaultLexicon, englishLemmas, EN_STOP, lexicalKey, type Lexicon } from '../align/index.js';
import { forEachWord, LETTERS, LETTERS_AND_APOSTROPHES } from '../text/charclass.js';

/**
 * The aligned English segment as evidence for restoring a Turkish word's lost letters:
 * the Turkish stems its words translate to (the aligner's EN–TR lexicon, lexicon.ts), so
 * that of two fillings that are both words — "ba□□lıyor": başlıyor or bağlıyor — the one
 * the translation names is taken: "binds … more tightly" names bağla-, and nothing in it
 * names başla-. The news corpus writes başlıyor twelve times as often; the translation of
 * this very sentence outweighs that.
 */
export type TranslatedStems = ReadonlySet<string>;

/** The folded Turkish stems of an English text's words (function words left out). O(words). */
export function translatedStems(english: string, lexicon: Lexicon = defaultLexicon()): TranslatedStems {
  const stems = new Set<string>();
  forEachWord(english, LETTERS, LETTERS_AND_APOSTROPHES, (start, _end, cut) => {
    const word = lexicalKey(english.slice(start, cut), 'en');
    if (word.length < 3 || EN_STOP.has(word)) return;
    // the first form the lexicon knows: "binds" → bind, "linking" → link
    const known = englishLemmas(word).find((w) => lexicon.entries.has(w));
    for (const stem of known ? lexicon.entries.get(known)! : []) stems.add(stem);
  });
  return stems;
}

/**
 * A stem of three letters starts too many unrelated words to name one (baş- is in
 * başlayan and in the lexicon's "leader", ölü- in ölüde and in "still"): from four.
 */
const MIN_NAMING_STEM = 4;

/**
 * Which of the fillings the translation names, when it names exactly one: a stem of
 * `stems` that starts the filling and reaches past the first letter the fillings differ in
 * (a stem that ends before it — kavram- for kavramı and kavramış — says nothing of the
 * lost letters). Undefined when it names none or several. O(fillings × length).
 */
export function namedByTranslation(fillings: readonly string[], given: TranslatedStems | (() => TranslatedStems)): string | undefined {
  // names are the glossary's and the document's to spell (Bakü, not the Bakı a dictionary may give)
  if (fillings.length < 2 || fillings.some((f) => /^\p{Lu}/u.test(f))) return undefined;
  // read only now: most damaged words never come to a choice between fillings
  const stems = typeof given === 'function' ? given() : given;
  if (stems.size === 0) return undefined;
  const keys = fillings.map((f) => lexicalKey(f, 'tr'));
  let differs = 0;
  while (keys.every((k) => differs < k.length && k[differs] === keys[0]![differs])) differs++;
  const named = fillings.filter((_, j) => {
    const key = keys[j]!;
    for (let end = Math.max(differs + 1, MIN_NAMING_STEM); end <= key.length; end++) if (stems.has(key.slice(0, end))) return true;
    // a progressive form lost its stem's last vowel (bağla- → bağlıyor): the stem, or a
    // word made from it (bağlayıcı, bağlantı), is what the lexicon holds
    const verbs = progressiveStems(key).filter((v) => v.length > differs);
    return verbs.length > 0 && [...stems].some((s) => verbs.some((v) => s.startsWith(v)));
  });
  return named.length === 1 ? named[0] : undefined;
}

/** Shorter verb stems than this are too many words' beginnings (kal- of kalıyor would give kale, "castle"). */
const MIN_VERB_STEM = 5;

/**
 * The stems a progressive form (folded: ı is i) can be made from when -(I)yor took the
 * place of the stem's last vowel: bağl|iyor → bağla, bağle. O(length).
 */
function progressiveStems(key: string): string[] {
  const root = /^(\p{L}+?)[iuü]yor/u.exec(key)?.[1];
  return root && root.length + 1 >= MIN_VERB_STEM ? [`${root}a`, `${root}e`] : [];
}
