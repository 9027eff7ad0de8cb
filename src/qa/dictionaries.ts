import nspell from 'nspell';
import type { Lang } from '../text/case.js';

/**
 * Spelling dictionaries for the checks: Hunspell's English (dictionary-en, MIT and BSD)
 * and Turkish (dictionary-tr, MIT, from Harun Reşit Zafer's hunspell-tr), read by nspell.
 * Loaded once per process on first use (the Turkish one takes about 3 s: rules for a
 * language that builds words from suffixes), so only batch entry points use them.
 */
export type SpellCheck = (word: string) => boolean;

const loaded = new Map<Lang, SpellCheck>();

/**
 * The checker of `lang` if this process has loaded it, else undefined: the checks that
 * run per pair (synchronously, on every save) use the dictionary once a server, worker
 * or command has loaded it (preloadSpelling), and their form-only rules before.
 */
export function loadedSpellChecker(lang: Lang): SpellCheck | undefined {
  return loaded.get(lang);
}

/** Load the English dictionary (about 0.3 s) for the per-pair checks; the Turkish one (about 3 s) only where restoring lost characters needs it. */
export async function preloadSpelling(): Promise<void> {
  await spellChecker('en');
}

export async function spellChecker(lang: Lang): Promise<SpellCheck> {
  const known = loaded.get(lang);
  if (known) return known;
  const dictionary = lang === 'tr' ? (await import('dictionary-tr')).default : (await import('dictionary-en')).default;
  const speller = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic));
  const check: SpellCheck = (word) => speller.correct(word);
  loaded.set(lang, check);
  return check;
}
