/**
 * English possessives whose apostrophe was lost in extraction: "Russias focus",
 * "Pashinyans statements" → "Russia's", "Pashinyan's". A candidate is a capitalised
 * word ending in s followed by a lower-case word (or by a relative clause and then one).
 * Where the English spelling dictionary is loaded it decides first — a plural that is a
 * word is none, a form that is no word while its base is one is a possessive — and the
 * aligned Turkish decides what the English cannot (a genitive on the translation of the
 * base). For names the dictionary does not know, form rules: not taken are demonyms and nationality
 * nouns in the plural (Armenians, Azerbaijanis, Turks — they are followed by verbs, not
 * possessed nouns), proper names that are plural (the Netherlands, United States),
 * words before a function word ("the Balkans and"), names whose s is their own (Texas,
 * Thomas, Reuters: lexicon/en-names-s.txt), and "its".
 * Lists are data below; O(words).
 */
import { defaultLexicon, englishLemmas, readLexiconFile, type Lexicon } from '../align/index.js';
import { lower } from '../text/case.js';
import type { SpellCheck } from './types.js';

let namesEndingInS: ReadonlySet<string> | undefined;

/** English proper names whose s is their own (Texas, Thomas, Reuters, Vilnius): lexicon/en-names-s.txt, read once. */
function ownS(): ReadonlySet<string> {
  namesEndingInS ??= new Set(readLexiconFile('en-names-s.txt').split('\n').filter(Boolean));
  return namesEndingInS;
}

const DEMONYM_ENDING = /(?:ian|ean|can|ani|ese|ish|iot|ite)$/iu;

/** Nationality nouns whose plural is a plain +s and that the ending rule does not catch. */
const NATIONALITY_NOUNS = new Set(
  'turk kurd arab greek jew serb croat pole czech slovak tajik uzbek kazakh kyrgyz turkmen azeri tatar afghan slav balt scot dane swede finn thai brit lezgin avar chechen abkhaz ossete yezidi talysh laz roma sunni shia alawite druze saudi iraqi israeli pakistani'.split(' '),
);

/** Proper names and title words that are plural in their own right. */
const PLURAL_NAMES = new Set(
  'netherlands states nations emirates philippines maldives bahamas seychelles comoros balkans alps andes americas olympics affairs relations studies sciences forces services times news islands mountains heights territories republics games talks ministers members partners'.split(
    ' ',
  ),
);

/** Words that follow a plural subject or close a phrase, never a possessed noun. */
const FUNCTION_WORDS = new Set(
  'and or but nor of in on at to for from with by as than that which who whom whose is are was were be been being have has had do does did will would shall should can could may might must not also only still all both each say said says see saw think want agree insist claim argue believe fear hope plan remain seem'.split(
    ' ',
  ),
);

/**
 * Acronyms that name one body or country, so never take a plural s: "the EUs new
 * approach" is the EU's (unlike NGOs, MPs, SMEs, which are plurals).
 */
const NAMED_ACRONYMS = new Set(
  'EU US UK UN UNSC NATO OSCE CSTO EAEU SCO OTS OIC WTO IMF EBRD ADB AIIB IAEA UAE USSR PACE ECHR BSEC CIS GUAM ASEAN OPEC BOTAS SOCAR TANAP TAP'.split(' '),
);

/** Letters English and Turkish names are written with; a base with others (Guimarães) is a foreign name ending in s. */
const NAME_LETTERS = /^[A-Za-zÇĞİÖŞÜçğıöşüÂÎÛâîû-]+$/u;

const CANDIDATE = /\b(\p{Lu}[\p{L}]*?[\p{L}])s\b(?=[ \u00a0]+(\p{Ll}[\p{L}-]*))/gu;
/** A possessive before a relative clause: "Pashinyans, who took office in 2018, rapprochement with Ankara". */
const BEFORE_CLAUSE = /\b(\p{Lu}[\p{L}]*?[\p{L}])s(?=,[ \u00a0]+(?:who|which|whose)\b[^,;.]{1,120},[ \u00a0]+(\p{Ll}[\p{L}-]*))/gu;

export interface DroppedApostrophe {
  start: number;
  end: number;
  found: string;
  suggestion: string;
}

/** What decides beyond the word's form, when the caller has it. */
export interface ApostropheEvidence {
  /**
   * An English spelling dictionary (qa/dictionaries.ts): a plural that is a word
   * ("Westerners", "Ministers") is no possessive on its own; a form that is no word
   * while its base is ("Russias" / "Russia") is one.
   */
  spell?: SpellCheck;
  /** The aligned Turkish text: a genitive on the translation of the base ("Bakanı'nın") makes an ambiguous plural a possessive. */
  turkish?: string;
}

/**
 * `lexicon` tells words from names: a word that is itself a dictionary headword (Athens,
 * Paris, arms) is not a possessive, nor is a sentence-initial plural of a common noun
 * (Customs officers, Trucks queue). With `evidence.spell` the spelling dictionary
 * decides where it can, and the Turkish side where the English alone cannot.
 */
export function findDroppedApostrophes(text: string, lexicon: Lexicon = defaultLexicon(), evidence: ApostropheEvidence = {}): DroppedApostrophe[] {
  const out: DroppedApostrophe[] = [];
  const candidates = [...text.matchAll(CANDIDATE), ...text.matchAll(BEFORE_CLAUSE)].sort((a, b) => a.index - b.index);
  for (const m of candidates) {
    const base = m[1]!;
    const word = `${base}s`;
    const next = m[2]!;
    const lower = base.toLowerCase();
    const namedAcronym = NAMED_ACRONYMS.has(base);
    if ((base.length < 4 && !namedAcronym) || word === word.toUpperCase() || !NAME_LETTERS.test(base)) continue;
    if (FUNCTION_WORDS.has(next.toLowerCase())) continue;
    const verdict = evidence.spell ? dictionaryVerdict(base, lexicon, evidence.spell, evidence.turkish) : 'unknown';
    if (verdict === 'plural' || verdict === 'word') continue;
    if (verdict !== 'unknown') {
      out.push({ start: m.index, end: m.index + word.length, found: word, suggestion: verdict === 'plural-possessive' ? `${word}'` : `${base}'s` });
      continue;
    }
    if (lexicon.entries.has(word.toLowerCase())) continue;
    const sentenceStart = /(?:^|[.!?:;]\s+|^["“‘(]|[.!?]["”’]\s+)["“‘(]?$/u.test(text.slice(0, m.index));
    if (sentenceStart && lexicon.entries.has(lower) && !lexicon.properNouns?.has(lower)) continue;
    if (!namedAcronym && (/s$/u.test(base) || /(?:u|ss)$/u.test(lower))) continue; // "Congress", "Caucasus"
    if (DEMONYM_ENDING.test(lower) || NATIONALITY_NOUNS.has(lower)) continue;
    if (PLURAL_NAMES.has(word.toLowerCase())) continue;
    // a name whose s is its own (Thomas de Waal, Reuters reporters), unless what is left is
    // a country or place the lexicon knows (France's: "Frances position")
    if (ownS().has(word) && !lexicon.properNouns?.has(lower)) continue;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (/\bUnited\s$/u.test(before)) continue;
    out.push({ start: m.index, end: m.index + word.length, found: word, suggestion: `${base}'s` });
  }
  return out;
}

/**
 * What the dictionary and the translation say of "Xs" before a noun:
 * - a common word in the s-form (westerners, ministers): a plural — unless the Turkish
 *   puts its translation in the genitive (then a possessive, "Ministers'" when plural);
 * - a name in the s-form whose base is a word too (Frances/France, Armenians/Armenian):
 *   the Turkish decides when there is one, else the rules for names;
 * - a name in the s-form alone (Athens, Texas, Reuters): a word in its own right;
 * - no word, but the base is one (Russias/Russia): a possessive;
 * - neither known (Pashinyans): the rules for names decide.
 */
function dictionaryVerdict(base: string, lexicon: Lexicon, spell: SpellCheck, turkish: string | undefined): 'plural' | 'word' | 'possessive' | 'plural-possessive' | 'unknown' {
  const word = `${base}s`;
  const genitive = () => (turkish === undefined ? null : turkishGenitive(base, lexicon, turkish));
  if (spell(word.toLowerCase())) return genitive() ?? 'plural';
  if (spell(word)) {
    if (!spell(base)) return 'word';
    return genitive() ?? (turkish === undefined ? 'unknown' : 'word');
  }
  if (spell(base) && !NATIONALITY_NOUNS.has(base.toLowerCase())) return 'possessive';
  return 'unknown';
}

/** After the stem: a plural, a possessive, a buffer n, then the genitive (Bakanı'nın, Rusya'nın, bakanların, bakanlarının). */
const GENITIVE_AFTER_STEM = /^(l[ae]r)?(?:[ıiuü]|s[ıiuü])?['’]?n?[ıiuü]n$/u;

/** Whether the Turkish text has a translation of `base` in the genitive: 'possessive' (singular), 'plural-possessive', or null. */
function turkishGenitive(base: string, lexicon: Lexicon, turkish: string): 'possessive' | 'plural-possessive' | null {
  const stems = [base.toLowerCase(), ...englishLemmas(base.toLowerCase())].flatMap((lemma) => lexicon.entries.get(lemma) ?? []);
  if (stems.length === 0) return null;
  for (const m of turkish.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)) {
    const folded = lower(m[0], 'tr');
    for (const stem of stems) {
      if (!folded.startsWith(stem)) continue;
      const ending = GENITIVE_AFTER_STEM.exec(folded.slice(stem.length));
      if (ending) return ending[1] ? 'plural-possessive' : 'possessive';
    }
  }
  return null;
}
