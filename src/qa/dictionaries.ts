import nspell from 'nspell';
import type { Lang } from '../text/case.js';
import { loadedTurkishCounts, turkishCounts } from './corpus.js';
import type { RestoreOptions } from './restore.js';
import type { FormLookup, SpellCheck } from './types.js';
import { SkeletonIndex } from './skeleton.js';

/**
 * Spelling dictionaries for the checks: Hunspell's English (dictionary-en, MIT and BSD)
 * and Turkish (dictionary-tr, MIT, from Harun Reşit Zafer's hunspell-tr), read by nspell.
 * Loaded once per process on first use (the Turkish one takes about 3 s: rules for a
 * language that builds words from suffixes), so only batch entry points use them.
 */
export type { SpellCheck, FormLookup } from './types.js';

const loaded = new Map<Lang, SpellCheck>();
const spellers = new Map<Lang, { data: Record<string, unknown> }>();
const formIndexes = new Map<Lang, SkeletonIndex>();

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
  spellers.set(lang, speller as unknown as { data: Record<string, unknown> });
  return check;
}

/**
 * The forms of `lang`'s dictionary by skeleton if this process has indexed them
 * (restorationSources): every word and inflection nspell expanded from the dictionary
 * (1.36 million for Turkish), for restoring lost characters.
 */
export function loadedDictionaryForms(lang: Lang): FormLookup | undefined {
  const index = formIndexes.get(lang);
  return index ? (damaged) => index.lookup(damaged) : undefined;
}

/**
 * Load what restoring lost characters in `lang` reads: the dictionary, its forms indexed
 * by skeleton (about 1 s for Turkish, once), and for Turkish the corpus's word counts.
 * Only batch entry points call it; the per-pair checks use what is loaded.
 */
export async function preloadRestoration(lang: Lang): Promise<void> {
  await spellChecker(lang);
  if (!formIndexes.has(lang)) formIndexes.set(lang, new SkeletonIndex(formsOf(spellers.get(lang)!.data)));
  if (lang === 'tr') turkishCounts();
}

/**
 * What this process has loaded for restoring lost characters in `lang`: the dictionary,
 * its forms by skeleton and, for Turkish, the word counts. All of them after
 * preloadRestoration; the per-pair checks take what is there.
 */
export function restorationSources(lang: Lang): RestoreOptions {
  const own = sourcesOf(lang);
  // English text about Turkey writes Turkish names: the Turkish sources, where loaded, for those
  if (lang === 'en') {
    const turkish = sourcesOf('tr');
    if (turkish.forms || turkish.counts) return { ...own, names: turkish };
  }
  return own;
}

function sourcesOf(lang: Lang): RestoreOptions {
  const spell = loadedSpellChecker(lang);
  const forms = loadedDictionaryForms(lang);
  const counts = lang === 'tr' ? loadedTurkishCounts() : undefined;
  return { lang, ...(spell ? { spell } : {}), ...(forms ? { forms } : {}), ...(counts ? { counts } : {}) };
}

function* formsOf(data: Record<string, unknown>): Iterable<string> {
  // nspell keeps its forms as the keys of a prototype-less object
  for (const form in data) yield form;
}
